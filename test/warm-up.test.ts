/**
 * The start-up warm-up: made from the corpus (not from the evaluation's questions), it changes no
 * answer, and it leaves the event loop free between slices so a real question is not held up.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AskResult, QuestionAnswerer } from '../src/core/answer/types.ts';
import { createQuestionAnswerer } from '../src/core/create-question-answerer.ts';
import { loadCorpus } from '../src/core/corpus/load-corpus.ts';
import { parseGlossary } from '../src/core/search/glossary.ts';
import { buildPassages } from '../src/core/search/passages.ts';
import { buildWarmUpQuestions, warmUpEngine } from '../src/core/warm-up.ts';
import { loadQuestionSet } from '../scripts/lib/question-set.ts';

const corpusDir = fileURLToPath(new URL('../corpus', import.meta.url));
const glossaryPath = `${corpusDir}/glossary.yml`;

describe('buildWarmUpQuestions', () => {
  it('makes several hundred distinct questions from the corpus, none of them from the question set', async () => {
    const questions = buildWarmUpQuestions(buildPassages(await loadCorpus(corpusDir)), parseGlossary(glossaryPath, readFileSync(glossaryPath, 'utf8')));
    expect(new Set(questions).size).toBe(questions.length);
    expect(questions.length).toBeGreaterThan(300);
    // Warming up on the evaluation's own questions would flatter the benchmark.
    const evaluated = new Set(loadQuestionSet().map((c) => c.q));
    expect(questions.filter((q) => evaluated.has(q))).toEqual([]);
    // Every shape the engine handles: role, reference, English, long, off-topic.
    expect(questions).toContain('災害対策は誰が担当？');
    expect(questions).toContain('第4条の中身を確認したい');
    expect(questions.some((q) => /^who handles /u.test(q))).toBe(true);
    expect(questions.some((q) => q.length > 80)).toBe(true);
    expect(questions).toContain('明日の天気を教えて');
  });
});

describe('warmUpEngine', () => {
  it('asks every question once per round', async () => {
    const asked: string[] = [];
    expect(await warmUpEngine((q) => asked.push(q), ['a', 'b', 'c'], { rounds: 2 })).toBe(6);
    expect(asked).toEqual(['a', 'b', 'c', 'a', 'b', 'c']);
    expect(await warmUpEngine((q) => asked.push(q), ['a'], { rounds: 0 })).toBe(0);
  });

  it('yields to the event loop after each slice, so other work runs in between', async () => {
    const events: string[] = [];
    // Each question takes about 2 ms; slices are 5 ms, so a timer set now fires within three questions.
    const slowAsk = (q: string): void => {
      const until = performance.now() + 2;
      while (performance.now() < until);
      events.push(q);
    };
    setTimeout(() => events.push('timer'), 0);
    await warmUpEngine(slowAsk, Array.from({ length: 20 }, (_, i) => `q${i}`), { rounds: 1, sliceMs: 5 });
    const timerAt = events.indexOf('timer');
    expect(timerAt).toBeGreaterThan(0);
    expect(timerAt).toBeLessThanOrEqual(4);
    expect(events).toHaveLength(21);
  });
});

describe('QuestionAnswerer.warmUp', () => {
  let engine: QuestionAnswerer;
  beforeAll(async () => {
    engine = await createQuestionAnswerer();
  });

  // The set is asked twice over (about 27,000 questions each time): a minute on a slow machine.
  it('changes no answer: every question of the set is answered the same before and after', { timeout: 120_000 }, async () => {
    const questions = loadQuestionSet().map((c) => c.q);
    const before: AskResult[] = questions.map((q) => engine.ask(q));
    const asked = await engine.warmUp({ rounds: 1 });
    expect(asked).toBeGreaterThan(300);
    expect(questions.map((q) => engine.ask(q))).toStrictEqual(before);
  });
});
