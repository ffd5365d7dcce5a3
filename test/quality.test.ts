/**
 * Answer quality on the question set (test/fixtures/questions.yml, written before tuning):
 * the thresholds of the engine issue. `npm run eval` prints the same figures with every miss.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createQuestionAnswerer } from '../src/core/create-question-answerer.ts';
import { evaluate, type Evaluation } from '../scripts/lib/evaluate.ts';
import { loadQuestionSet } from '../scripts/lib/question-set.ts';

const cases = loadQuestionSet();
let evaluation: Evaluation;
beforeAll(async () => {
  evaluation = evaluate(await createQuestionAnswerer(), cases);
});

const describeMisses = (): string => evaluation.misses.map((m) => `${m.q} → expected ${m.expected}, got ${m.got}`).join('\n');

describe('question set', () => {
  it('is large and varied enough to mean something', () => {
    expect(cases.length).toBeGreaterThanOrEqual(120);
    expect(cases.filter((c) => c.expect.length === 0).length).toBeGreaterThanOrEqual(15);
  });
});

describe('engine quality', () => {
  it('ranks the expected passage first for at least 95 % of on-topic questions', () => {
    expect(evaluation.top1, describeMisses()).toBeGreaterThanOrEqual(0.95);
  });

  it('has the expected passage in the top three for every on-topic question', () => {
    expect(evaluation.top3, describeMisses()).toBe(1);
  });

  it('abstains on every off-topic question', () => {
    expect(evaluation.abstention, describeMisses()).toBe(1);
  });
});
