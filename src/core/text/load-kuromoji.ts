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
 *   quadratic in the sentence's length, into flat arrays searched by viterbi.ts (kuromoji's
 *   Viterbi search, without an object per candidate word);
 * - decoded feature strings of recently seen words are kept (a few thousand).
 *
 * Everything else — the trie data, the connection costs, the unknown-word tables, the token
 * format — is kuromoji's own, over the same bytes.
 */
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type * as Kuromoji from 'kuromoji';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import { contentLength, inflateFile, int16View, parseTargetMap, shrinkTrie, targetMapView, trimZeroPadding, uint32View } from './dictionary-bytes.ts';
import { readDictionaryCache, writeDictionaryCache, type DictionaryArrays, type DictionarySource, type DiskBytes, type InMemoryDictionaryArrays } from './dictionary-cache.ts';
import { createLatticeBuilder, type CharacterClassView, type CompactTargetMap, type LatticeBuilderParts } from './lattice-builder.ts';
import { createSentenceTokenizer, type SentenceTokenizerParts } from './viterbi.ts';

/** Where to find the IPADIC `*.dat.gz` files; defaults to the installed package's `dict/`. */
export interface LoadKuromojiOptions {
  readonly dicPath?: string;
  /** The dictionary cache to read first, or false to read the `.dat.gz` files. @defaultValue {@link defaultDictionaryCachePath} */
  readonly cachePath?: string | false;
}

const requireCjs = createRequire(import.meta.url);

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
  getFeatures(id: number): string | null | undefined;
}

interface TokenizerInternals {
  viterbi_builder: { build: (sentence: string) => unknown };
  tokenizeForSentence: (sentence: string, tokens?: IpadicFeatures[] | null) => IpadicFeatures[];
  readonly formatter: SentenceTokenizerParts['formatter'];
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
  // The same lattice in linear time, in flat arrays (see lattice-builder.ts), and kuromoji's
  // Viterbi search over them (viterbi.ts). A word-id table only the stock parser could read keeps
  // kuromoji's own builder and search.
  if (wordIds === undefined) return tokenizer;
  const internals = tokenizer as unknown as TokenizerInternals;
  const builder = createLatticeBuilder({
    base,
    check,
    wordIds,
    words: words.dictionary,
    unknown: dic.unknown_dictionary,
    Lattice: requireCjs(join(root, 'src/viterbi/ViterbiLattice.js')) as LatticeBuilderParts['Lattice'],
    Node: requireCjs(join(root, 'src/viterbi/ViterbiNode.js')) as LatticeBuilderParts['Node'],
  });
  internals.viterbi_builder.build = builder.build;
  internals.tokenizeForSentence = createSentenceTokenizer({ builder, costs: arrays.costs, words, unknown: dic.unknown_dictionary, formatter: internals.formatter });
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
