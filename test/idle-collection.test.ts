/**
 * Young-generation collection between questions (src/idle-collection.ts): due only when more than
 * half the room is in use, one collection after a burst of questions, run after the answers, and
 * nothing at all without a collector (node without --expose-gc).
 */
import { describe, expect, it } from 'vitest';
import type { QuestionAnswerer } from '../src/core/answer/types.ts';
import { collectBetweenQuestions, collectYoungGenerationIfDue, type YoungGenerationUse } from '../src/idle-collection.ts';
import { makeArticleAnswer, makeFakeAnswerer, makeResult } from './support/answer-fixtures.ts';

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A collector that records its calls, over a young generation `use` says is so full. */
function fakeParts(use: YoungGenerationUse | undefined) {
  const calls: unknown[] = [];
  return { calls, parts: { collect: (options: { type: 'minor' }) => void calls.push(options), readYoungGeneration: () => use } };
}

describe('collectYoungGenerationIfDue', () => {
  it.each([
    // More than half of the room in use: due.
    { use: { used: 1_100_000, available: 900_000 }, collected: true },
    // Exactly half is not more than half.
    { use: { used: 1_000_000, available: 1_000_000 }, collected: false },
    // Just collected: little in use.
    { use: { used: 40_000, available: 1_960_000 }, collected: false },
    // No young generation reported (another engine): nothing to judge by.
    { use: undefined, collected: false },
  ])('collects at $use.used of $use.used + $use.available bytes: $collected', ({ use, collected }) => {
    const { calls, parts } = fakeParts(use);
    expect(collectYoungGenerationIfDue(parts)).toBe(collected);
    expect(calls).toEqual(collected ? [{ type: 'minor' }] : []);
  });

  it('does nothing without a collector (node without --expose-gc), whatever the space holds', () => {
    expect(collectYoungGenerationIfDue({ collect: undefined, readYoungGeneration: () => ({ used: 2, available: 0 }) })).toBe(false);
  });

  it("reads V8's own new space when no reader is given", () => {
    const calls: unknown[] = [];
    const collected = collectYoungGenerationIfDue({ collect: (options) => void calls.push(options) });
    // Whether it is due depends on this process's heap; either way the call matches the answer.
    expect(calls).toHaveLength(collected ? 1 : 0);
  });
});

describe('collectBetweenQuestions', () => {
  const answerer: QuestionAnswerer = makeFakeAnswerer((question) => makeResult([makeArticleAnswer('連携協約1', { ref: '第4条' })], { question }));

  it('answers at once and collects once after a burst of questions, on a later turn of the event loop', async () => {
    const { calls, parts } = fakeParts({ used: 1_500_000, available: 500_000 });
    const wrapped = collectBetweenQuestions(answerer, parts);
    expect(wrapped.ask('費用は誰が負担する？').answers[0]?.ref).toBe('第4条');
    wrapped.ask('連絡会議は？');
    // Not during the questions: the replies go out first.
    expect(calls).toEqual([]);
    await nextTurn();
    expect(calls).toEqual([{ type: 'minor' }]);
    // The next question schedules the next check.
    wrapped.ask('第6条は？');
    await nextTurn();
    expect(calls).toHaveLength(2);
  });

  it('collects nothing when the space has room left', async () => {
    const { calls, parts } = fakeParts({ used: 100_000, available: 1_900_000 });
    collectBetweenQuestions(answerer, parts).ask('費用は誰が負担する？');
    await nextTurn();
    expect(calls).toEqual([]);
  });

  it('is the answerer itself without a collector, and otherwise passes every other member through', () => {
    expect(collectBetweenQuestions(answerer, { collect: undefined })).toBe(answerer);
    const wrapped = collectBetweenQuestions(answerer, fakeParts(undefined).parts);
    expect(wrapped).not.toBe(answerer);
    expect(wrapped.examples).toBe(answerer.examples);
    expect(wrapped.listAnnexRows()).toEqual(answerer.listAnnexRows());
    expect(wrapped.lookup('連携協約2', '別表3(1)エ')).toBe(answerer.lookup('連携協約2', '別表3(1)エ'));
    expect(wrapped.lookup('連携協約2', '別表3(1)エ')).toBeDefined();
  });
});
