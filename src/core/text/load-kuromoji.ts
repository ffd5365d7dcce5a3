/**
 * Loads kuromoji's IPADIC tokenizer with a fraction of the memory and start-up time of
 * `kuromoji.builder().build()`, without changing how text is tokenized.
 *
 * The tokenizer is assembled from kuromoji's own classes (`DynamicDictionaries`, `Tokenizer`,
 * the dictionary classes behind them) fed with the bytes of the package's own `dict/*.dat.gz`.
 * Only the loading differs from the stock builder:
 *
 * - each file is gunzipped by node:zlib into one buffer sized from the gzip trailer, so zlib
 *   writes the output once instead of concatenating 16 KiB chunks into a second copy, and the
 *   buffer is used in place instead of being copied again into a fresh `Uint8Array`;
 * - the zero padding the dictionary builder left at the end of most files (about 40 MB of the
 *   100 MB; `unk.dat` and `unk_pos.dat` are 10 MiB each around 400 and 1,600 bytes of data) is
 *   cut off before it is kept;
 * - the word-id table (`tid_map`), which the stock loader turns into 326k small JavaScript
 *   arrays (~75 MB of heap), is kept as two flat integer arrays behind a read-only view that
 *   answers the only question the tokenizer asks of it: `target_map[trieId]`.
 *
 * Two things make the loaded tokenizer faster, not just lighter, with the same output:
 *
 * - the word lattice is built by lattice-builder.ts, in linear time where kuromoji's builder is
 *   quadratic in the sentence's length;
 * - decoded feature strings of recently seen words are kept (a few thousand).
 *
 * Everything else — the trie data, the connection costs, the unknown-word tables, the Viterbi
 * search, the token format — is kuromoji's own, over the same bytes.
 */
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gunzip, constants as zlibConstants } from 'node:zlib';
import type * as Kuromoji from 'kuromoji';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import { readDictionaryCache, writeDictionaryCache, type DictionaryArrays, type DictionarySource, type DiskBytes, type InMemoryDictionaryArrays } from './dictionary-cache.ts';
import { createLatticeBuilder, type CharacterClassView, type CompactTargetMap, type LatticeBuilderParts } from './lattice-builder.ts';

/** Where to find the IPADIC `*.dat.gz` files; defaults to the installed package's `dict/`. */
export interface LoadKuromojiOptions {
  readonly dicPath?: string;
  /** The dictionary cache to read first, or false to read the `.dat.gz` files. @defaultValue {@link defaultDictionaryCachePath} */
  readonly cachePath?: string | false;
}

const requireCjs = createRequire(import.meta.url);
const gunzipAsync = promisify(gunzip);

/** The installed kuromoji package: both loaders use its code and (by default) its dictionary. */
function kuromojiRoot(): string {
  return dirname(requireCjs.resolve('kuromoji/package.json'));
}

function resolveDicPath(options: LoadKuromojiOptions | undefined): string {
  return options?.dicPath ?? join(kuromojiRoot(), 'dict');
}

/**
 * Builds the tokenizer the stock way, `kuromoji.builder({ dicPath }).build()`. Kept for
 * comparisons: tests and benchmarks check {@link loadKuromojiTokenizer} against it.
 */
export async function loadStockKuromojiTokenizer(options?: LoadKuromojiOptions): Promise<Tokenizer<IpadicFeatures>> {
  const kuromoji = requireCjs('kuromoji') as typeof Kuromoji;
  const dicPath = resolveDicPath(options);
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((error: Error | null, tokenizer) => {
      if (error) reject(error);
      else resolve(tokenizer);
    });
  });
}

// --- kuromoji internals we call (not covered by @types/kuromoji) ---------------------------

interface CharacterClass {
  readonly class_id: number;
}

interface UnknownDictionaryInternals {
  character_definition: { invoke_definition_map: { map: CharacterClass[] } } | null;
  readonly dictionary: { getShort(index: number): number };
  readonly target_map: Readonly<Record<number, readonly number[] | undefined>>;
  lookup(ch: string): CharacterClassView;
}

interface TokenizerInternals {
  viterbi_builder: { build: (sentence: string) => unknown };
}

interface DictionaryInternals {
  readonly dictionary: { getShort(index: number): number; getInt(index: number): number };
  getFeatures(id: number | string): string;
  target_map: unknown;
  loadDictionary(bytes: Uint8Array): unknown;
  loadPosVector(bytes: Uint8Array): unknown;
  loadTargetMap(bytes: Uint8Array): unknown;
}

interface DynamicDictionariesInternals {
  token_info_dictionary: DictionaryInternals;
  unknown_dictionary: UnknownDictionaryInternals;
  loadTrie(base: Int32Array, check: Int32Array): unknown;
  loadConnectionCosts(costs: Int16Array): unknown;
  loadUnknownDictionaries(
    unk: Uint8Array,
    unkPos: Uint8Array,
    unkMap: Uint8Array,
    catMap: Uint8Array,
    compatCatMap: Uint32Array,
    invokeDef: Uint8Array,
  ): unknown;
}

type DynamicDictionariesClass = new () => DynamicDictionariesInternals;
type TokenizerClass = new (dic: DynamicDictionariesInternals) => Tokenizer<IpadicFeatures>;

// --- bytes ---------------------------------------------------------------------------------

/** zlib refuses smaller chunks; the cap only guards against a corrupt trailer asking for gigabytes. */
const MIN_CHUNK = zlibConstants.Z_MIN_CHUNK;
const MAX_CHUNK = 256 * 1024 * 1024;

/** Reads and gunzips one dictionary file into a single buffer. */
async function inflateFile(file: string): Promise<Uint8Array> {
  const gz = await readFile(file);
  // The gzip trailer's last 4 bytes are the uncompressed size (mod 2^32). As chunkSize it makes zlib
  // produce the output in one piece, skipping the concatenation copy; if it is wrong, zlib still
  // decompresses correctly, only in several chunks.
  const size = gz.length >= 18 ? gz.readUInt32LE(gz.length - 4) : 0;
  const out = await gunzipAsync(gz, { chunkSize: Math.min(Math.max(size, MIN_CHUNK), MAX_CHUNK) });
  // A plain Uint8Array over the same memory: Buffer#slice would make views where we want copies.
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/** Length without the trailing zero bytes. Scans whole words where it can: ~3x faster on 45 MB of padding. */
function contentLength(bytes: Uint8Array): number {
  let end = bytes.length;
  const head = (4 - (bytes.byteOffset % 4)) % 4;
  const wordCount = Math.max(0, (bytes.length - head) >> 2);
  const wordsEnd = head + wordCount * 4;
  while (end > wordsEnd && bytes[end - 1] === 0) end -= 1;
  if (end === wordsEnd && wordCount > 0) {
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset + head, wordCount);
    let w = wordCount;
    while (w > 0 && words[w - 1] === 0) w -= 1;
    end = head + w * 4;
  }
  while (end > 0 && bytes[end - 1] === 0) end -= 1;
  return end;
}

/**
 * Drops trailing zero bytes, keeping `margin` of them. kuromoji's ByteBuffer reads 0 (or "")
 * past its end, exactly what it would read from the padding, so keeping 4 zero bytes (the widest
 * read) after the last non-zero byte changes no value it can read.
 */
function trimZeroPadding(bytes: Uint8Array, margin = 4): Uint8Array {
  const keep = Math.min(bytes.length, contentLength(bytes) + margin);
  // Copy only when it frees a lot: a copy briefly holds both, which counts towards peak RSS.
  return keep < bytes.length * 0.75 ? bytes.slice(0, keep) : bytes.subarray(0, keep);
}

/** A typed view over the same memory when aligned (zlib's single-chunk output is), else a copy. */
function typedView<T>(bytes: Uint8Array, width: number, make: (buffer: ArrayBufferLike, offset: number, length: number) => T): T {
  const aligned = bytes.byteOffset % width === 0 ? bytes : bytes.slice();
  return make(aligned.buffer, aligned.byteOffset, Math.floor(aligned.length / width));
}

const int32View = (bytes: Uint8Array) => typedView(bytes, 4, (b, o, n) => new Int32Array(b, o, n));
const uint32View = (bytes: Uint8Array) => typedView(bytes, 4, (b, o, n) => new Uint32Array(b, o, n));
const int16View = (bytes: Uint8Array) => typedView(bytes, 2, (b, o, n) => new Int16Array(b, o, n));

/**
 * The double-array trie's BASE and CHECK, cut where doublearray's own `shrink()` would cut them
 * (one past the last used node). `shrink()` only takes a `subarray`, which would keep the whole
 * 8 MiB buffers alive; copying here lets the unused third go.
 */
function shrinkTrie(baseBytes: Uint8Array, checkBytes: Uint8Array): [Int32Array, Int32Array] {
  const base = int32View(baseBytes);
  const check = int32View(checkBytes);
  let last = Math.max(base.length, check.length) - 1;
  while (last > 0 && !((check[last] ?? -1) >= 0)) last -= 1;
  return [base.slice(0, last + 2), check.slice(0, last + 2)];
}

// --- the word-id table -----------------------------------------------------------------------

/** Keys above this are not a trie id of a real dictionary; such data goes to the stock parser. */
const MAX_TRIE_ID = 1 << 26;

/**
 * Parses a `*_map.dat` file with the semantics of TokenInfoDictionary.loadTargetMap (little-endian
 * int32 records `key, count, value × count` after a leading size; values of a repeated key are
 * appended in file order), or returns undefined when the records look malformed so the caller
 * can fall back to the stock parser.
 */
function parseTargetMap(bytes: Uint8Array): CompactTargetMap | undefined {
  const length = bytes.length;
  const view = new DataView(bytes.buffer, bytes.byteOffset, length);
  const readInt = (at: number): number => (at + 4 > length ? 0 : view.getInt32(at, true));

  // Pass 1: validate and size. Reads past the end give 0, as in ByteBuffer, so a record cut short
  // by the end (or by trimZeroPadding) reads exactly as it would from the padding.
  let maxKey = -1;
  let total = 0;
  for (let at = 4; at < length; ) {
    const key = readInt(at);
    const count = readInt(at + 4);
    if (key < 0 || key > MAX_TRIE_ID || count < 0 || count > length) return undefined;
    if (count > 0 && key > maxKey) maxKey = key;
    total += count;
    at += 8 + 4 * count;
  }

  // Pass 2: counting sort by key, which keeps each key's values in file order.
  const offsets = new Int32Array(maxKey + 2);
  for (let at = 4; at < length; ) {
    const key = readInt(at);
    const count = readInt(at + 4);
    if (count > 0) offsets[key + 1] = (offsets[key + 1] ?? 0) + count;
    at += 8 + 4 * count;
  }
  let running = 0;
  for (let k = 0; k < offsets.length; k += 1) {
    running += offsets[k] ?? 0;
    offsets[k] = running;
  }
  const cursor = offsets.slice(0, -1);
  const values = new Int32Array(total);
  for (let at = 4; at < length; ) {
    const key = readInt(at);
    const count = readInt(at + 4);
    at += 8;
    for (let i = 0; i < count; i += 1, at += 4) {
      const slot = cursor[key] ?? 0;
      cursor[key] = slot + 1;
      values[slot] = readInt(at);
    }
  }
  return { offsets, values };
}

/** The number a canonical array-index property name stands for ("0", "17"), else -1. */
function indexOf(property: string): number {
  const n = property.length;
  if (n === 0 || n > 9 || (n > 1 && property.charCodeAt(0) === 48)) return -1;
  let value = 0;
  for (let i = 0; i < n; i += 1) {
    const digit = property.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * A stand-in for the plain object the stock loader builds: `map[trieId]` returns a fresh array
 * of that key's token-info ids, or undefined for a key without any, as the object would. The
 * tokenizer (ViterbiBuilder.build) only ever reads it by index.
 */
function targetMapView({ offsets, values }: CompactTargetMap): Record<number, number[] | undefined> {
  return new Proxy<Record<number, number[] | undefined>>(
    {},
    {
      get(target, property, receiver) {
        const key = typeof property === 'string' ? indexOf(property) : -1;
        if (key < 0) return Reflect.get(target, property, receiver) as unknown;
        const start = offsets[key];
        const end = offsets[key + 1];
        if (start === undefined || end === undefined || start === end) return undefined;
        const ids: number[] = [];
        for (let i = start; i < end; i += 1) ids.push(values[i] ?? 0);
        return ids;
      },
    },
  );
}

// --- assembly --------------------------------------------------------------------------------

/**
 * Cuts `unk_invoke.dat` after the last character class. Its padding would otherwise parse into
 * ~150k nameless classes that no character maps to; kept whole if `unk_char.dat` ever names a
 * class beyond the real ones.
 */
function trimInvokeDefinitions(invoke: Uint8Array, charClasses: Uint8Array, root: string): Uint8Array {
  // Keep the NUL ending the last class name; then InvokeDefinitionMap.load stops right there.
  const trimmed = invoke.slice(0, Math.min(invoke.length, contentLength(invoke) + 1));
  const InvokeDefinitionMap = requireCjs(join(root, 'src/dict/InvokeDefinitionMap.js')) as { load(bytes: Uint8Array): { map: unknown[] } };
  const classes = InvokeDefinitionMap.load(trimmed).map.length;
  return charClasses.some((classId) => classId >= classes) ? invoke : trimmed;
}

/** Longer than any IPADIC feature string (the longest is 348 bytes); longer ones are read in several steps. */
const FEATURE_READ_BYTES = 512;

/**
 * Makes `getFeatures` read the feature string from disk (the dictionary cache) as kuromoji would
 * read it from memory: the bytes from the entry's offset to the first NUL (or the end), decoded
 * by kuromoji's own ByteBuffer.
 */
function readFeaturesFromDisk(dictionary: DictionaryInternals, bytes: DiskBytes, root: string): void {
  const ByteBuffer = requireCjs(join(root, 'src/util/ByteBuffer.js')) as new (bytes: Uint8Array) => { getString(index: number): string };
  const chunk = new Uint8Array(FEATURE_READ_BYTES);
  dictionary.getFeatures = (idArg) => {
    const id = parseInt(String(idArg), 10);
    if (Number.isNaN(id)) return '';
    const start = dictionary.dictionary.getInt(id + 6);
    const parts: Uint8Array[] = [];
    for (let position = start; ; position += chunk.length) {
      const n = bytes.read(position, chunk);
      const end = chunk.subarray(0, n).indexOf(0);
      parts.push(chunk.slice(0, end < 0 ? n : end));
      if (end >= 0 || n < chunk.length) break;
    }
    return new ByteBuffer(parts.length === 1 ? (parts[0] ?? new Uint8Array(0)) : Buffer.concat(parts)).getString(0);
  };
}

/** Feature strings kept decoded: enough for the words of many questions, a few hundred KB at most. */
const FEATURE_CACHE_ENTRIES = 4096;

/**
 * Remembers decoded feature strings (名詞,一般,*,…) by token-info id. kuromoji decodes the string
 * from UTF-8 for every token of every text; a question's words recur, so most become a lookup.
 */
function cacheFeatures(dictionary: DictionaryInternals): void {
  const read = dictionary.getFeatures.bind(dictionary);
  const cache = new Map<number | string, string>();
  dictionary.getFeatures = (id) => {
    let features = cache.get(id);
    if (features === undefined) {
      if (cache.size >= FEATURE_CACHE_ENTRIES) cache.clear();
      features = read(id);
      cache.set(id, features);
    }
    return features;
  };
}

/** The names of the IPADIC files under `dicPath`, as kuromoji ships them. */
const DICTIONARY_FILES = ['base.dat.gz', 'check.dat.gz', 'tid.dat.gz', 'tid_pos.dat.gz', 'tid_map.dat.gz', 'cc.dat.gz', 'unk.dat.gz', 'unk_pos.dat.gz', 'unk_map.dat.gz', 'unk_char.dat.gz', 'unk_compat.dat.gz', 'unk_invoke.dat.gz'] as const;

/**
 * Where `npm run build` puts the dictionary cache (dictionary-cache.ts): beside the installed
 * packages, in the conventional node_modules/.cache, so the build and `tsx` runs share it.
 */
export function defaultDictionaryCachePath(): string {
  return join(kuromojiRoot(), '..', '.cache', 'kyoyaku-bot', 'ipadic.bin');
}

/** What a cache must have been built from: kuromoji's version, the dictionary folder, each file's size. */
export function describeDictionarySource(options?: LoadKuromojiOptions): DictionarySource {
  const { version } = requireCjs('kuromoji/package.json') as { version: string };
  const dicPath = resolve(resolveDicPath(options));
  const files: Record<string, number> = {};
  for (const name of DICTIONARY_FILES) files[name] = statSync(join(dicPath, name), { throwIfNoEntry: false })?.size ?? -1;
  return { kuromoji: version, dicPath, files };
}

/** Reads, gunzips and trims kuromoji's `dict/*.dat.gz` into the arrays the tokenizer is made of. */
export async function readDictionaryArrays(options?: LoadKuromojiOptions): Promise<InMemoryDictionaryArrays> {
  const dicPath = resolveDicPath(options);
  const file = (name: (typeof DICTIONARY_FILES)[number]) => inflateFile(join(dicPath, name));
  // All files are read and inflated concurrently (zlib runs on the libuv pool), largest first,
  // and each is trimmed as soon as it arrives so padded buffers die young.
  const [tidPos, [base, check], tid, [wordIds, tidMap], costs, unk, unkPos, unkMap, unkChar, unkCompat, unkInvoke] = await Promise.all([
    file('tid_pos.dat.gz').then((b) => trimZeroPadding(b)),
    Promise.all([file('base.dat.gz'), file('check.dat.gz')]).then(([b, c]) => shrinkTrie(b, c)),
    file('tid.dat.gz').then((b) => trimZeroPadding(b)),
    file('tid_map.dat.gz').then((b): [CompactTargetMap | undefined, Uint8Array | undefined] => {
      const raw = trimZeroPadding(b);
      const compact = parseTargetMap(raw);
      return compact ? [compact, undefined] : [undefined, raw];
    }),
    file('cc.dat.gz').then(int16View),
    file('unk.dat.gz').then((b) => trimZeroPadding(b)),
    file('unk_pos.dat.gz').then((b) => trimZeroPadding(b)),
    file('unk_map.dat.gz').then((b) => trimZeroPadding(b)),
    file('unk_char.dat.gz'),
    file('unk_compat.dat.gz').then(uint32View),
    file('unk_invoke.dat.gz'),
  ]);
  return { base, check, tid, tidPos, wordIds, tidMap, costs, unk, unkPos, unkMap, unkChar, unkCompat, unkInvoke: trimInvokeDefinitions(unkInvoke, unkChar, kuromojiRoot()) };
}

/**
 * Assembles the tokenizer from prepared arrays, using them in place (no copies): kuromoji's own
 * classes, the word-id table behind a read-only view, the linear lattice builder.
 */
export function assembleTokenizer(arrays: DictionaryArrays): Tokenizer<IpadicFeatures> {
  const root = kuromojiRoot();
  const DynamicDictionaries = requireCjs(join(root, 'src/dict/DynamicDictionaries.js')) as DynamicDictionariesClass;
  const TokenizerImpl = requireCjs(join(root, 'src/Tokenizer.js')) as TokenizerClass;
  const { base, check, wordIds } = arrays;

  // The constructor's empty 10 MiB ByteBuffers are replaced below; zero-filled and never
  // written, they are not resident, so going through it costs no RSS.
  const dic = new DynamicDictionaries();
  dic.loadTrie(base, check);
  const words = dic.token_info_dictionary;
  words.loadDictionary(arrays.tid);
  if (arrays.tidPos instanceof Uint8Array) words.loadPosVector(arrays.tidPos);
  else readFeaturesFromDisk(words, arrays.tidPos, root);
  if (wordIds) words.target_map = targetMapView(wordIds);
  else words.loadTargetMap(arrays.tidMap ?? new Uint8Array(4));
  cacheFeatures(words);
  dic.loadConnectionCosts(arrays.costs);
  dic.loadUnknownDictionaries(arrays.unk, arrays.unkPos, arrays.unkMap, arrays.unkChar, arrays.unkCompat, arrays.unkInvoke);
  const tokenizer = new TokenizerImpl(dic);
  // The same lattice in linear time (see lattice-builder.ts); the Viterbi search stays kuromoji's.
  // A word-id table only the stock parser could read keeps kuromoji's own builder.
  if (wordIds === undefined) return tokenizer;
  (tokenizer as unknown as TokenizerInternals).viterbi_builder.build = createLatticeBuilder({
    base,
    check,
    wordIds,
    words: words.dictionary,
    unknown: dic.unknown_dictionary,
    Lattice: requireCjs(join(root, 'src/viterbi/ViterbiLattice.js')) as LatticeBuilderParts['Lattice'],
    Node: requireCjs(join(root, 'src/viterbi/ViterbiNode.js')) as LatticeBuilderParts['Node'],
  });
  return tokenizer;
}

/**
 * Loads the IPADIC tokenizer with the lean loader described in this module's header. The result
 * tokenizes exactly like {@link loadStockKuromojiTokenizer}'s (every field of every token).
 */
export async function loadKuromojiTokenizer(options?: LoadKuromojiOptions): Promise<Tokenizer<IpadicFeatures>> {
  const cachePath = options?.cachePath ?? defaultDictionaryCachePath();
  const cached = cachePath === false ? undefined : readDictionaryCache(cachePath, describeDictionarySource(options));
  return assembleTokenizer(cached ?? (await readDictionaryArrays(options)));
}

/** Writes the dictionary cache `loadKuromojiTokenizer` reads first (`npm run build` does). */
export async function writeKuromojiDictionaryCache(options?: LoadKuromojiOptions & { readonly cachePath?: string }): Promise<string> {
  const cachePath = options?.cachePath ?? defaultDictionaryCachePath();
  writeDictionaryCache(cachePath, await readDictionaryArrays(options), describeDictionarySource(options));
  return cachePath;
}
