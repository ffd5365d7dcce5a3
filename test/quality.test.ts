/**
 * Answer quality on the question set (test/fixtures/questions/): the development part must stay
 * ahead of the naive peer in every category, and above floors a little under today's figures. `npm run eval` prints the full tables.
 * The held-out part is written by a helper who never read the engine code; no tuning looks at it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/core/corpus/load-corpus.ts';
import { loadStockKuromojiTokenizer } from '../src/core/text/load-kuromoji.ts';
import { evaluate, type Evaluation, type Figures } from '../scripts/lib/evaluate.ts';
import { createLeaveOneOutEngines } from '../scripts/lib/leave-one-out.ts';
import { createNaivePeer } from '../scripts/lib/naive-peer.ts';
import { CATEGORIES, loadQuestionSet } from '../scripts/lib/question-set.ts';

const cases = loadQuestionSet();
let engine: Evaluation;
let peer: Evaluation;
beforeAll(async () => {
  // Each development file is answered by an engine whose example bank lacks that file's questions.
  // Only the development part is answered here: the held-out parts are `npm run eval`'s to measure,
  // and a test that answered them would hold their figures where nobody meant to look.
  const development = cases.filter((c) => c.part === 'development');
  engine = evaluate(await createLeaveOneOutEngines(undefined, cases), development);
  peer = evaluate(createNaivePeer(await loadCorpus(fileURLToPath(new URL('../corpus', import.meta.url))), await loadStockKuromojiTokenizer()), development);
  // About 100 s for 30,000 questions on an idle 2-core machine; more than twice that when other
  // processes share it (two minutes ran out once in session 30, every answer still right).
}, 300_000);

const figures = (e: Evaluation, key: string): Figures => {
  const f = e.byPartAndCategory.get(key);
  if (!f) throw new Error(`no cases for ${key}`);
  return f;
};
const describeMisses = (part: string): string => engine.misses.filter((m) => m.part === part).map((m) => `${m.q} → expected ${m.expected}, got ${m.got}`).join('\n');

describe('question set', () => {
  it('is large and varied enough to mean something, with a held-out part', () => {
    expect(cases.length).toBeGreaterThanOrEqual(600);
    const count = (pred: (c: (typeof cases)[number]) => boolean): number => cases.filter(pred).length;
    expect(count((c) => c.category === 'project')).toBeGreaterThanOrEqual(150);
    expect(count((c) => c.category === 'member')).toBeGreaterThanOrEqual(120);
    expect(count((c) => c.category === 'negative')).toBeGreaterThanOrEqual(100);
    expect(count((c) => c.part !== 'development')).toBeGreaterThanOrEqual(300);
  });
});

describe('engine quality', () => {
  // A guard against regressions on the part tuning may look at; the held-out parts are measured by
  // `npm run eval`, not asserted here, so a fresh part never has to be tuned to pass.
  it('is ahead of the naive peer in every category of the development part', () => {
    for (const part of ['development']) {
      for (const category of CATEGORIES) {
        const key = `${part}/${category}`;
        const mine = figures(engine, key);
        const theirs = figures(peer, key);
        if (category === 'negative') expect(mine.abstention, key).toBeGreaterThan(theirs.abstention);
        else expect(mine.top3, `${key}\n${describeMisses(part)}`).toBeGreaterThan(theirs.top3);
      }
    }
  });

  // Floors a little under the figures of this change (see docs/evaluation.md): fall below and something broke.
  // The development part holds the former held-out parts and the fresh parts written blind since; each
  // development file is answered without its own examples in the bank (leave one file out), so these
  // figures are not the bank remembering its questions (nor the classifier trained on it: it is
  // trained without the file's group of files). Session 29's figures (top-3): core 97.9, project 97.9,
  // member 98.6, variant 98.5; negatives 98.8; special kinds 92.7 (the part now holds the former
  // held-out-kinds-5 and -6, 88.3 and 75.0 % when they joined, and development-kinds-4, 75.0 %).
  it.each([
    { category: 'core', top3: 0.96 },
    { category: 'project', top3: 0.96 },
    { category: 'member', top3: 0.975 },
    { category: 'variant', top3: 0.975 },
  ])('development $category: top-3 at least $top3', ({ category, top3 }) => {
    expect(figures(engine, `development/${category}`).top3, describeMisses('development')).toBeGreaterThanOrEqual(top3);
  });

  it('abstains on at least 98.5 % of the development negatives', () => {
    expect(figures(engine, 'development/negative').abstention, describeMisses('development')).toBeGreaterThanOrEqual(0.985);
  });

  it('gives the special kinds of reply to at least 92 % of the development cases asking for one (or a near miss)', () => {
    const part = engine.byPart.get('development');
    expect(part?.kindCases).toBeGreaterThan(0);
    expect(part?.kindRight ?? 0, describeMisses('development')).toBeGreaterThanOrEqual(0.92);
  });
});
