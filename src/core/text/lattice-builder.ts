/**
 * A drop-in for kuromoji's `ViterbiBuilder.prototype.build` that builds the same word lattice
 * (every node, every field: test/load-kuromoji.test.ts compares them with the stock builder's)
 * in linear rather than quadratic time.
 *
 * The stock builder, at every position of a sentence,
 * - wraps the whole rest of the sentence in a `SurrogateAwareString`, which indexes it character
 *   by character;
 * - converts that whole rest to UTF-8 for `DoubleArray#commonPrefixSearch`, which then walks the
 *   trie byte by byte and copies and decodes the bytes again for each match;
 * - for unknown words of a grouping class (katakana, latin, digits…), looks up the class of every
 *   following character until the class changes.
 *
 * This builder indexes the sentence and looks up character classes once, walks the trie straight
 * from the string (stopping where the trie has no edge, a few characters in), and takes matched
 * words as offsets into the sentence. An 85-character question's lattice took 230 µs before, 15 µs
 * with node objects; the nodes now go into reused flat arrays (viterbi.ts searches them), and the
 * whole tokenization of a bench question takes about half the time it took with node objects.
 *
 * Where the stock builder throws — on a high surrogate without its low half, and on U+0000, which
 * IPADIC's trie maps to no word — this one treats the character as one no dictionary word starts
 * with, so it becomes an unknown word.
 */

/** kuromoji's character class (`CharacterClass`), as the unknown-word step reads it. */
export interface CharacterClassView {
  readonly class_id: number;
  readonly class_name: string;
  readonly is_always_invoke: boolean | number;
  readonly is_grouping: boolean | number;
}

/** kuromoji's `ByteBuffer`: the packed entries (left id, right id, cost) of a dictionary. */
interface EntryBuffer {
  getShort(index: number): number;
}

/** The word-id table as flat arrays: trie id k maps to values[offsets[k]..offsets[k+1]). */
export interface CompactTargetMap {
  readonly offsets: Int32Array;
  readonly values: Int32Array;
}

/** Everything the builder reads: the same dictionary data and lattice classes the stock builder uses. */
export interface LatticeBuilderParts {
  /** The double-array trie of dictionary surface forms (doublearray's BASE and CHECK). */
  readonly base: Int32Array;
  readonly check: Int32Array;
  /** Token-info ids of each trie id. */
  readonly wordIds: CompactTargetMap;
  readonly words: EntryBuffer;
  readonly unknown: {
    readonly dictionary: EntryBuffer;
    readonly target_map: Readonly<Record<number, readonly number[] | undefined>>;
    lookup(ch: string): CharacterClassView;
  };
  readonly Lattice: new () => LatticeLike;
  readonly Node: new (name: number, cost: number, startPos: number, length: number, type: string, leftId: number, rightId: number, surface: string) => unknown;
}

/** kuromoji's `ViterbiLattice`: what the builder calls on it. */
export interface LatticeLike {
  append(node: unknown): void;
  appendEos(): void;
}

/** doublearray's root node and the byte that marks the end of a key. */
const ROOT_ID = 0;
const TERM_CODE = 0;

/**
 * A sentence's word lattice as flat arrays, reused from one sentence to the next: node k (0 is
 * BOS) is the word `name[k]`, starting at character `startPos[k]` (1-based), `length[k]` long as
 * kuromoji measures it, its surface `sentence.slice(surfaceStart[k], surfaceEnd[k])`. The nodes
 * ending at position p are `endHead[p]`, then `nextSameEnd` of each, in the order kuromoji's
 * ViterbiLattice lists them. Node objects and surface strings are made only for the best path
 * (viterbi.ts), where kuromoji made them for every candidate: a question's lattice holds hundreds.
 */
export class FlatLattice {
  /** Nodes, BOS included. */
  count = 0;
  /** kuromoji's `eos_pos` before the EOS node is added: the last position any node ends at (at least 1). */
  lastEnd = 1;
  name = new Int32Array(256);
  cost = new Int32Array(256);
  startPos = new Int32Array(256);
  length = new Int32Array(256);
  leftId = new Int32Array(256);
  rightId = new Int32Array(256);
  /** 1 for a dictionary word (KNOWN), 0 for an unknown word. */
  known = new Uint8Array(256);
  surfaceStart = new Int32Array(256);
  surfaceEnd = new Int32Array(256);
  nextSameEnd = new Int32Array(256);
  endHead = new Int32Array(64);
  endTail = new Int32Array(64);

  /** Empties the lattice for a sentence whose nodes end at positions up to `maxEnd`, and adds BOS. */
  reset(maxEnd: number): void {
    if (this.endHead.length <= maxEnd) {
      this.endHead = new Int32Array(2 * maxEnd + 2);
      this.endTail = new Int32Array(2 * maxEnd + 2);
    }
    this.endHead.fill(-1, 0, maxEnd + 1);
    this.count = 0;
    this.lastEnd = 1;
    this.append(-1, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  /** Appends a node as `ViterbiLattice#append` does: last in the list of the position it ends at. */
  append(name: number, cost: number, startPos: number, length: number, known: number, leftId: number, rightId: number, surfaceStart: number, surfaceEnd: number): void {
    if (this.count === this.name.length) this.grow();
    const k = this.count;
    this.count += 1;
    this.name[k] = name;
    this.cost[k] = cost;
    this.startPos[k] = startPos;
    this.length[k] = length;
    this.known[k] = known;
    this.leftId[k] = leftId;
    this.rightId[k] = rightId;
    this.surfaceStart[k] = surfaceStart;
    this.surfaceEnd[k] = surfaceEnd;
    this.nextSameEnd[k] = -1;
    const end = k === 0 ? 0 : startPos + length - 1;
    if (end > this.lastEnd) this.lastEnd = end;
    const tail = this.endHead[end] === -1 ? -1 : (this.endTail[end] ?? -1);
    if (tail === -1) this.endHead[end] = k;
    else this.nextSameEnd[tail] = k;
    this.endTail[end] = k;
  }

  private grow(): void {
    const size = 2 * this.name.length;
    const widen = <T extends Int32Array | Uint8Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.name = widen(this.name, new Int32Array(size));
    this.cost = widen(this.cost, new Int32Array(size));
    this.startPos = widen(this.startPos, new Int32Array(size));
    this.length = widen(this.length, new Int32Array(size));
    this.leftId = widen(this.leftId, new Int32Array(size));
    this.rightId = widen(this.rightId, new Int32Array(size));
    this.known = widen(this.known, new Uint8Array(size));
    this.surfaceStart = widen(this.surfaceStart, new Int32Array(size));
    this.surfaceEnd = widen(this.surfaceEnd, new Int32Array(size));
    this.nextSameEnd = widen(this.nextSameEnd, new Int32Array(size));
  }
}

/** The builder of {@link createLatticeBuilder}: the flat lattice, or kuromoji's own lattice object. */
export interface LatticeBuilder {
  /** Fills the builder's one {@link FlatLattice} with the sentence's lattice and returns it (valid until the next call). */
  fill(sentence: string): FlatLattice;
  /** The same lattice as kuromoji's `ViterbiLattice` of `ViterbiNode`s (`Tokenizer#getLattice`). */
  build(sentence: string): LatticeLike;
}

/**
 * Creates a builder equivalent to kuromoji's `ViterbiBuilder#build` over the given dictionary parts.
 */
export function createLatticeBuilder(parts: LatticeBuilderParts): LatticeBuilder {
  const { base, check, wordIds, words, unknown, Lattice, Node } = parts;
  const { offsets, values } = wordIds;
  const cells = check.length;
  const lattice = new FlatLattice();

  /** The trie node reached from `parent` by `code`, or -1 (doublearray's `traverse`); -1 stays -1. */
  const traverse = (parent: number, code: number): number => {
    if (parent < 0) return -1;
    const child = (base[parent] ?? 0) + code;
    return child >= 0 && child < cells && check[child] === parent ? child : -1;
  };

  // The class of a character depends on its first UTF-16 unit alone, or is the default class of a
  // surrogate pair (CharacterDefinition#lookup): looked up once per unit, not once per occurrence.
  const classIndex = new Uint8Array(0x10000);
  const knownClasses: CharacterClassView[] = [];
  let pairClass: CharacterClassView | undefined;
  const classOf = (sentence: string, from: number, to: number): CharacterClassView => {
    if (to - from === 2 && isSurrogatePair(sentence.charCodeAt(from), sentence.charCodeAt(from + 1))) {
      pairClass ??= unknown.lookup(sentence.slice(from, to));
      return pairClass;
    }
    const unit = sentence.charCodeAt(from);
    const index = classIndex[unit] ?? 0;
    if (index > 0) return knownClasses[index - 1] ?? unknown.lookup(sentence.slice(from, to));
    const found = unknown.lookup(sentence.slice(from, to));
    let at = knownClasses.indexOf(found);
    if (at < 0 && knownClasses.length < 255) at = knownClasses.push(found) - 1;
    if (at >= 0) classIndex[unit] = at + 1;
    return found;
  };

  // Each class's unknown-word entries, read from the dictionary once: (id, cost, left id, right id)…
  const unknownEntries = new Map<number, Int32Array>();
  const unknownEntriesOf = (classId: number): Int32Array => {
    let entries = unknownEntries.get(classId);
    if (entries === undefined) {
      const ids = unknown.target_map[classId] ?? [];
      entries = new Int32Array(4 * ids.length);
      ids.forEach((id, k) => entries?.set([id, unknown.dictionary.getShort(id + 4), unknown.dictionary.getShort(id), unknown.dictionary.getShort(id + 2)], 4 * k));
      unknownEntries.set(classId, entries);
    }
    return entries;
  };

  function fill(sentence: string): FlatLattice {
    const length = sentence.length;
    // A node ends at most at its start plus its length in UTF-16 units.
    lattice.reset(2 * length + 2);

    const starts = characterStarts(sentence);
    const count = starts.length;
    const startOf = (k: number): number => (k < count ? (starts[k] ?? length) : length);
    const classes: CharacterClassView[] = [];
    for (let k = 0; k < count; k += 1) classes.push(classOf(sentence, startOf(k), startOf(k + 1)));
    // Where the run of characters of one class name, starting at each character, ends.
    // A plain array: a typed array this size would get an off-heap buffer, costly to create and collect.
    const runEnd: number[] = new Array<number>(count).fill(0);
    for (let k = count - 1; k >= 0; k -= 1) {
      runEnd[k] = k + 1 < count && classes[k + 1]?.class_name === classes[k]?.class_name ? (runEnd[k + 1] ?? count) : k + 1;
    }

    for (let pos = 0; pos < count; pos += 1) {
      const from = startOf(pos);
      let matches = 0;
      // Every dictionary word that starts here, shortest first, walking the trie over UTF-8 bytes.
      let parent = ROOT_ID;
      for (let i = from; i < length && parent >= 0; ) {
        let code = sentence.charCodeAt(i);
        i += 1;
        if (code >= 0xd800 && code <= 0xdbff) {
          const low = sentence.charCodeAt(i);
          i += 1;
          // A high surrogate without its low half is no key's prefix (the stock builder throws on it).
          if (!(low >= 0xdc00 && low <= 0xdfff)) break;
          code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        }
        // U+0000 is the trie's end-of-key byte, not a character of any word (stock throws on it).
        if (code === 0) break;
        if (code < 0x80) parent = traverse(parent, code);
        else if (code < 0x800) parent = traverse(traverse(parent, (code >>> 6) | 0xc0), (code & 0x3f) | 0x80);
        else if (code < 0x10000) parent = traverse(traverse(traverse(parent, (code >>> 12) | 0xe0), ((code >> 6) & 0x3f) | 0x80), (code & 0x3f) | 0x80);
        else parent = traverse(traverse(traverse(traverse(parent, (code >>> 18) | 0xf0), ((code >> 12) & 0x3f) | 0x80), ((code >> 6) & 0x3f) | 0x80), (code & 0x3f) | 0x80);
        if (parent < 0) break;
        const leaf = traverse(parent, TERM_CODE);
        const leafBase = leaf >= 0 ? (base[leaf] ?? 1) : 1;
        if (leafBase > 0) continue;
        const trieId = -leafBase - 1;
        matches += 1;
        const end = offsets[trieId + 1] ?? 0;
        for (let v = offsets[trieId] ?? end; v < end; v += 1) {
          const id = values[v] ?? 0;
          // The stock builder measures a dictionary word in UTF-16 units.
          lattice.append(id, words.getShort(id + 4), pos + 1, i - from, 1, words.getShort(id), words.getShort(id + 2), from, i);
        }
      }

      // Unknown words: where no dictionary word starts, or the class always proposes one.
      const head = classes[pos];
      if (!head || (matches > 0 && !isSet(head.is_always_invoke))) continue;
      const grouped = isSet(head.is_grouping) && (runEnd[pos] ?? pos + 1) > pos + 1;
      const to = startOf(grouped ? (runEnd[pos] ?? pos + 1) : pos + 1);
      // The stock builder measures a single character in characters and a group in UTF-16 units.
      const keyLength = grouped ? to - from : 1;
      const entries = unknownEntriesOf(head.class_id);
      for (let e = 0; e < entries.length; e += 4) {
        lattice.append(entries[e] ?? 0, entries[e + 1] ?? 0, pos + 1, keyLength, 0, entries[e + 2] ?? 0, entries[e + 3] ?? 0, from, to);
      }
    }
    return lattice;
  }

  function build(sentence: string): LatticeLike {
    const flat = fill(sentence);
    const out = new Lattice();
    for (let k = 1; k < flat.count; k += 1) {
      const surface = sentence.slice(flat.surfaceStart[k], flat.surfaceEnd[k]);
      out.append(new Node(flat.name[k] ?? 0, flat.cost[k] ?? 0, flat.startPos[k] ?? 0, flat.length[k] ?? 0, flat.known[k] === 1 ? 'KNOWN' : 'UNKNOWN', flat.leftId[k] ?? 0, flat.rightId[k] ?? 0, surface));
    }
    out.appendEos();
    return out;
  }

  return { fill, build };
}

function isSurrogatePair(high: number, low: number): boolean {
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/**
 * The String offset of each character as kuromoji counts characters (SurrogateAwareString): a high
 * surrogate takes the next unit along. Token `word_position`s index into this.
 */
export function characterStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    starts.push(i);
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) i += 1;
  }
  return starts;
}

/** Class flags are the bytes 0 and 1 of unk_invoke.dat; kuromoji tests them with `=== 1`, so only 1 counts. */
function isSet(flag: boolean | number): boolean {
  return flag === 1;
}
