/**
 * kuromoji's Viterbi search (`ViterbiSearcher`) and token formatting (`Tokenizer#tokenizeForSentence`)
 * over the flat lattice of lattice-builder.ts: the same best path, found with numbers in typed
 * arrays instead of a `ViterbiNode` object per candidate, so a question allocates only its tokens.
 *
 * Kept exactly as kuromoji does it, quirks included (test/load-kuromoji.test.ts compares every
 * token with the stock tokenizer's): ties go to the first candidate in lattice order; a node whose
 * candidates are all unreachable keeps the previous node's best predecessor (kuromoji's
 * `shortest_prev_node` is a function-scoped `var`, never reset); a path that breaks yields no
 * tokens; positions continue from the last token of the previous sentence.
 */
import type { IpadicFeatures } from 'kuromoji';
import type { FlatLattice, LatticeBuilder } from './lattice-builder.ts';

/** What the tokenizer reads of kuromoji's dictionaries and formatter (not in @types/kuromoji). */
export interface SentenceTokenizerParts {
  readonly builder: LatticeBuilder;
  /** kuromoji's connection-cost matrix: [forward size, backward size, costs…]. */
  readonly costs: Int16Array;
  readonly words: { getFeatures(id: number): string | null | undefined };
  readonly unknown: { getFeatures(id: number): string | null | undefined };
  readonly formatter: {
    formatEntry(id: number, position: number, type: string, features: readonly string[]): IpadicFeatures;
    formatUnknownEntry(id: number, position: number, type: string, features: readonly string[], surface: string): IpadicFeatures;
  };
}

/** Split feature lines of recent words; the arrays are only read, so one serves every token of a word. */
const FEATURE_ENTRIES = 4096;
const NO_FEATURES: readonly string[] = Object.freeze([]);

/**
 * Creates `tokenizeForSentence(sentence, tokens)`, a drop-in for kuromoji's: appends the tokens
 * of the sentence's best path to `tokens` and returns it.
 */
export function createSentenceTokenizer(parts: SentenceTokenizerParts): (sentence: string, tokens?: IpadicFeatures[] | null) => IpadicFeatures[] {
  const { builder, costs, words, unknown, formatter } = parts;
  const backward = costs[1] ?? 0;
  let shortest = new Float64Array(256);
  let previous = new Int32Array(256);
  let path: Int32Array<ArrayBuffer> = new Int32Array(64);
  const knownFeatures = new Map<number, readonly string[]>();
  const unknownFeatures = new Map<number, readonly string[]>();

  const featuresOf = (cache: Map<number, readonly string[]>, dictionary: SentenceTokenizerParts['words'], id: number): readonly string[] => {
    let features = cache.get(id);
    if (features === undefined) {
      const line = dictionary.getFeatures(id);
      features = line == null ? NO_FEATURES : line.split(',');
      if (cache.size >= FEATURE_ENTRIES) cache.clear();
      cache.set(id, features);
    }
    return features;
  };

  /** ViterbiSearcher#forward: each node's cheapest path from BOS, in `shortest` and `previous`. */
  function forward(lattice: FlatLattice): void {
    if (shortest.length < lattice.count) {
      shortest = new Float64Array(2 * lattice.count);
      previous = new Int32Array(2 * lattice.count);
    }
    const { startPos, leftId, rightId, cost, nextSameEnd, endHead } = lattice;
    shortest[0] = 0;
    previous[0] = -1;
    let best = -1;
    for (let end = 1; end <= lattice.lastEnd; end += 1) {
      for (let node = endHead[end] ?? -1; node !== -1; node = nextSameEnd[node] ?? -1) {
        shortest[node] = Number.MAX_VALUE;
        previous[node] = -1;
        const before = (startPos[node] ?? 0) - 1;
        let candidate = endHead[before] ?? -1;
        if (candidate === -1) continue;
        let least = Number.MAX_VALUE;
        const left = leftId[node] ?? 0;
        const own = cost[node] ?? 0;
        for (; candidate !== -1; candidate = nextSameEnd[candidate] ?? -1) {
          const total = (shortest[candidate] ?? 0) + (costs[(rightId[candidate] ?? 0) * backward + left + 2] ?? 0) + own;
          if (total < least) {
            best = candidate;
            least = total;
          }
        }
        previous[node] = best;
        shortest[node] = least;
      }
    }
    // EOS: after every node ending last, with left id 0 and cost 0.
    if ((endHead[lattice.lastEnd] ?? -1) === -1) {
      eosBefore = -1;
      return;
    }
    let eosPrevious = best;
    let least = Number.MAX_VALUE;
    for (let candidate = endHead[lattice.lastEnd] ?? -1; candidate !== -1; candidate = nextSameEnd[candidate] ?? -1) {
      const total = (shortest[candidate] ?? 0) + (costs[(rightId[candidate] ?? 0) * backward + 2] ?? 0);
      if (total < least) {
        eosPrevious = candidate;
        least = total;
      }
    }
    eosBefore = eosPrevious;
  }
  let eosBefore = -1;

  return function tokenizeForSentence(sentence, tokens) {
    const out = tokens ?? [];
    // An empty sentence: kuromoji's lattice holds BOS and EOS alone, and its path nothing.
    if (sentence.length === 0) return out;
    const lattice = builder.fill(sentence);
    forward(lattice);
    // ViterbiSearcher#backward: from EOS back to BOS; a node without a predecessor breaks the path.
    let length = 0;
    let node = eosBefore;
    if (node === -1) return out;
    while (node !== 0) {
      if (length === path.length) path = growPath(path);
      path[length] = node;
      length += 1;
      node = previous[node] ?? -1;
      if (node === -1) return out;
    }
    const lastPosition = out.length > 0 ? (out[out.length - 1]?.word_position ?? 0) : 0;
    for (let i = length - 1; i >= 0; i -= 1) {
      node = path[i] ?? 0;
      const id = lattice.name[node] ?? 0;
      const position = lastPosition + (lattice.startPos[node] ?? 0);
      if (lattice.known[node] === 1) {
        out.push(formatter.formatEntry(id, position, 'KNOWN', featuresOf(knownFeatures, words, id)));
      } else {
        const surface = sentence.slice(lattice.surfaceStart[node], lattice.surfaceEnd[node]);
        out.push(formatter.formatUnknownEntry(id, position, 'UNKNOWN', featuresOf(unknownFeatures, unknown, id), surface));
      }
    }
    return out;
  };
}

function growPath(path: Int32Array): Int32Array<ArrayBuffer> {
  const wider = new Int32Array(2 * path.length);
  wider.set(path);
  return wider;
}
