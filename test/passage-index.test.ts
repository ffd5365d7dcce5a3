/**
 * The passage index adds up MiniSearch's per-term scores itself (see rank in passage-index.ts):
 * here every such sum must equal, to the last bit, what one MiniSearch search of the same terms
 * gives, over the real corpus, glossary and dictionary.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngineFiles } from '../src/core/create-question-answerer.ts';
import { DEFAULT_BOOSTS, buildPassageIndex, type PassageIndex } from '../src/core/search/passage-index.ts';
import { buildPassages, type Passage } from '../src/core/search/passages.ts';
import type { ContentGroup } from '../src/core/search/query.ts';
import { createAnalyzer, type Analyzer } from '../src/core/text/analyzer.ts';
import { loadKuromojiTokenizer } from '../src/core/text/load-kuromoji.ts';

let index: PassageIndex;
let analyzer: Analyzer;
let passages: Passage[];
let means: string[];

beforeAll(async () => {
  const files = await loadEngineFiles();
  analyzer = createAnalyzer(await loadKuromojiTokenizer(), { compounds: files.glossary.compounds });
  passages = buildPassages(files.corpus);
  index = buildPassageIndex(passages, analyzer, files.glossary, { boosts: DEFAULT_BOOSTS, expansionWeight: 0.6 });
  means = files.glossary.synonyms.flatMap((s) => s.means);
}, 60_000);

const group = (literal: readonly string[], expansions: readonly string[] = [], optional = false): ContentGroup => ({
  label: literal.join(''),
  literal,
  expansions,
  phrases: [literal],
  weight: optional ? 0.3 : 1,
  optional,
});

/** Both scorings of one request, as sorted [id, score] pairs. */
function bothScores(request: { groups: readonly ContentGroup[]; content: string }): [[string, number][], [string, number][]] {
  const sorted = (scores: Map<string, number>) => [...scores].sort(([a], [b]) => a.localeCompare(b));
  return [sorted(index.passageScores(request)), sorted(index.searchScores(request))];
}

describe('passage scores', () => {
  it('equal MiniSearch’s for each passage’s own words, meanings, a party name and bigrams', () => {
    let compared = 0;
    for (const [i, passage] of passages.entries()) {
      const words = analyzer.terms(passage.title);
      const request = {
        groups: [group(words), group([], analyzer.terms(means[i % means.length] ?? '')), group(['山口市'], [], true)],
        content: `${passage.title}${passage.quote.slice(0, 40)}`,
      };
      const [ours, minisearch] = bothScores(request);
      expect(ours).toStrictEqual(minisearch);
      compared += ours.length;
    }
    expect(compared).toBeGreaterThan(passages.length);
  });

  it('equal MiniSearch’s for random mixes, the same term in several subqueries included', () => {
    // Words of the agreements, including two-kanji words that are bigrams as well (観光, 連携).
    const vocabulary = [...new Set(passages.flatMap((p) => analyzer.terms(`${p.title}\n${p.quote}`)))];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pick = (count: number): string[] => Array.from({ length: count }, () => vocabulary[random(vocabulary.length)] ?? '');
    let overlapping = 0;
    for (let i = 0; i < 300; i += 1) {
      const literal = pick(1 + random(5));
      const shared = literal[0] ?? '';
      // The same word as a meaning, a party name and in the bigram text, now and then.
      const groups = [group(literal, i % 3 === 0 ? [shared, ...pick(2)] : pick(random(3))), group(i % 4 === 0 ? [shared] : pick(1), [], true), group(pick(2))];
      const content = `${pick(2).join('')}${i % 2 === 0 ? shared : ''}`;
      const [ours, minisearch] = bothScores({ groups, content });
      expect(ours).toStrictEqual(minisearch);
      if (i % 4 === 0 && ours.length > 0) overlapping += 1;
    }
    expect(overlapping).toBeGreaterThan(10);
  });
});
