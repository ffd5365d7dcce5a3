/**
 * Questions of any length or content get an answer or a clean abstention, never an exception;
 * every quoted text of every answer is verbatim from the seed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QuestionAnswerer } from '../src/core/answer/types.ts';
import { DEFAULT_CORPUS_DIR, createQuestionAnswerer } from '../src/core/create-question-answerer.ts';
import { loadCorpus } from '../src/core/corpus/load-corpus.ts';
import { parseGlossary } from '../src/core/search/glossary.ts';
import { createQuestionAnswererFrom } from '../src/core/question-answerer.ts';
import { loadKuromojiTokenizer } from '../src/core/text/load-kuromoji.ts';
import { loadQuestionSet } from '../scripts/lib/question-set.ts';
import { locateFragments, readSeedText } from './support/seed-text.ts';

let engine: QuestionAnswerer;
beforeAll(async () => {
  engine = await createQuestionAnswerer();
});

describe('hostile and odd questions', () => {
  const cases: { q: string; why: string }[] = [
    { q: '', why: 'empty' },
    { q: '   \n\t ', why: 'whitespace only' },
    { q: '？？？！！！。。、、', why: 'punctuation only' },
    { q: '🙏🙏🙏', why: 'emoji only' },
    { q: '\u0000\u0007\u001b[31m災害\u202e対策', why: 'control and bidi characters around a real word' },
    { q: '<!channel> <@U123ABC> <https://example.com|link> *bold* `code`', why: 'Slack markup only' },
    { q: '災'.repeat(40_000), why: '40,000 characters' },
    { q: 'a'.repeat(100_000), why: 'a long latin run' },
    { q: '第99999999999999999999条', why: 'an absurd article number' },
    { q: '別表9(9)コ', why: 'an annex reference that does not exist' },
    { q: '\uD800\uDFFF\uDBFF', why: 'lone surrogates' },
  ];
  it.each(cases)('answers or abstains cleanly: $why', ({ q }) => {
    const result = engine.ask(q);
    expect(typeof result.summary).toBe('string');
    expect(result.summary.length).toBeGreaterThan(0);
    if (result.abstained) expect(result.answers).toEqual([]);
    expect(result.question.length).toBeLessThanOrEqual(1000);
  });

  it('cuts an overly long question and says so', () => {
    const result = engine.ask(`災害対策について。${'あ'.repeat(40_000)}`);
    expect(result.truncated).toBe(true);
    expect([...result.question]).toHaveLength(500);
    expect(result.summary).toContain('先頭の500文字');
    // Also when the cut question cannot be answered: the asker should know why.
    const offTopic = engine.ask('x'.repeat(40_000));
    expect(offTopic).toMatchObject({ truncated: true, abstained: true });
    expect(offTopic.summary).toContain('先頭の500文字');
  });
});

describe('an internal failure', () => {
  /** The real engine over a tokenizer with a bug that only `trigger` reaches (after the index is built). */
  async function createBrokenEngine(onError: (error: unknown, question: string) => void, trigger = '故障語'): Promise<QuestionAnswerer> {
    const tokenizer = await loadKuromojiTokenizer();
    const glossaryPath = join(DEFAULT_CORPUS_DIR, 'glossary.yml');
    const buggy = Object.assign(Object.create(tokenizer) as typeof tokenizer, {
      tokenize: (text: string) => {
        if (text.includes(trigger)) throw new TypeError('tokenizer bug');
        return tokenizer.tokenize(text);
      },
    });
    const corpus = await loadCorpus(DEFAULT_CORPUS_DIR);
    return createQuestionAnswererFrom({ corpus, glossary: parseGlossary(glossaryPath, readFileSync(glossaryPath, 'utf8')), tokenizer: buggy }, { onError });
  }

  it('is answered as not found, and reported to onError with the question', async () => {
    const failures: { error: unknown; question: string }[] = [];
    const broken = await createBrokenEngine((error, question) => failures.push({ error, question }));
    const result = broken.ask('故障語は誰が担当？');
    expect(result.abstained).toBe(true);
    expect(result.answers).toEqual([]);
    expect(failures).toHaveLength(1);
    expect(failures[0]?.question).toBe('故障語は誰が担当？');
    expect(String(failures[0]?.error)).toContain('tokenizer bug');
    // Other questions are unaffected and report nothing.
    expect(broken.ask('災害対応は誰が担当？').answers[0]?.ref).toBe('別表3(1)エ');
    expect(failures).toHaveLength(1);
  });

  it('ends the warm-up with one report instead of rejecting (which would stop the bot)', async () => {
    const failures: { error: unknown; question: string }[] = [];
    // The English warm-up questions say "who handles"; no corpus text does.
    const broken = await createBrokenEngine((error, question) => failures.push({ error, question }), 'who handles');
    const answered = await broken.warmUp({ rounds: 3 });
    expect(failures).toHaveLength(1);
    expect(failures[0]?.question).toMatch(/^who handles /u);
    expect(String(failures[0]?.error)).toContain('tokenizer bug');
    // It stopped at the first English question, within the first round.
    expect(answered).toBeGreaterThan(0);
    expect(answered).toBeLessThan(await engine.warmUp({ rounds: 1 }));
  });

  it('stays an abstention when onError itself throws', async () => {
    const broken = await createBrokenEngine(() => {
      throw new Error('the log is down');
    });
    expect(broken.ask('故障語').abstained).toBe(true);
  });
});

describe('verbatim answers', () => {
  const seed = readSeedText();
  // Every question of the set (about 27,000) answered and checked: nearly 20 s on a slow two-core machine.
  it('quotes and roles of every answer to every question of the set, and of every passage, are in the seed', { timeout: 120_000 }, () => {
    const questions = loadQuestionSet().map((c) => c.q);
    const refs = engine.listAnnexRows().map((r) => r.ref);
    const all = [...questions, ...refs, '前文', '末文', '第1条', '第2条', '第3条', '第4条', '第5条', '第6条'];
    let checked = 0;
    for (const q of all) {
      for (const answer of engine.ask(q).answers) {
        for (const text of [answer.quote, ...Object.values(answer.roles)]) {
          expect(locateFragments(seed, text, { maxFragments: 12 }), `${answer.agreement} ${answer.ref}: ${text}`).toBeDefined();
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});
