/**
 * The lean kuromoji loader must tokenize exactly like the stock builder: same tokens, every
 * field of every token, on a large and varied body of Japanese text, and the same dictionary
 * read entry by entry — both as loaded from the dictionary cache `npm run build` writes (feature
 * strings read from disk) and from kuromoji's `.dat.gz` files. The stock tokenizer is the oracle,
 * so the comparison needs no expected values of its own.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDictionarySource, loadKuromojiTokenizer, loadStockKuromojiTokenizer, writeKuromojiDictionaryCache } from '../src/core/text/load-kuromoji.ts';
import { readDictionaryCache } from '../src/core/text/dictionary-cache.ts';
import { loadQuestionSet } from '../scripts/lib/question-set.ts';
import { loadCorpus } from '../src/core/corpus/load-corpus.ts';
import { buildPassages } from '../src/core/search/passages.ts';
import { normalizeText } from '../src/core/text/normalize.ts';

const CORPUS_TEXTS = buildPassages(await loadCorpus(fileURLToPath(new URL('../corpus', import.meta.url)))).flatMap((p) => [
  p.title,
  p.quote,
  p.heading,
  ...p.partyRoles.map((r) => r.role),
]);

const SEED_PATH = fileURLToPath(new URL('../../shared/seeds/000_21e4c18fccd78b0c.txt', import.meta.url));

/** Short texts aimed at the tokenizer's corners: unknown words, every character class, odd input. */
const VARIED_SENTENCES: readonly string[] = [
  'すもももももももものうち',
  '今日は良い天気ですね。明日も晴れるでしょう。',
  '連携協約に基づき、甲及び乙は相互に連携を図るものとする。',
  '山口県央連携都市圏域推進協議会幹事会（担当課長会議）',
  // Unknown words and neologisms.
  'ググればわかるけど、バズったツイートがエモい。',
  'ヤマグチケンオウレンケイトシケンイキビジョンを策定',
  'ほげふがぴよぴよ、ぬるぽ、がっ',
  // Katakana: long compounds, small kana, prolonged sound marks.
  'コンピュータネットワークセキュリティインシデントレスポンスチーム',
  'ヴァイオリンとヴィオラのアンサンブル、ウィーン・フィルハーモニー',
  'ァィゥェォャュョッヮヵヶー',
  // Half-width katakana, with and without voiced marks.
  'ｶﾀｶﾅﾃﾞｽ ﾊﾝｶｸｶﾞﾅ ｶﾞｷﾞｸﾞｹﾞｺﾞ',
  'ﾎﾞｰﾙﾍﾟﾝと｢ﾒﾓ｣を用意｡',
  // Latin, full-width latin, mixed scripts.
  'Slack bot で kuromoji.js を使う',
  'Hello, World! This is a test of ASCII-only input.',
  'ＡＢＣ１２３　ｘｙｚ　Ｓｌａｃｋ',
  'iPhone15とPixel 8aとGalaxy S24を比較',
  // Digits: arabic, full-width, kanji numerals, decimals, separators.
  '2024年4月1日から12,345円（税込13,579円）',
  '地方自治法（昭和２２年法律第６７号）第２５２条の２第１項',
  '3.14159 と -42 と 1e10 と 0x1F',
  '二千二十四年三月三十一日、第百二十三回',
  // Emoji, including ZWJ sequences, skin tones, flags and variation selectors.
  '今日は晴れ☀️😀👍🏽🇯🇵です',
  '家族👨‍👩‍👧‍👦で旅行🚄に行きました🎉',
  // Symbols and punctuation.
  '【重要】※注意：〒753-8650 山口市亀山町２－１ ℡083-922-4111',
  '①②③ ㈱ ㍻ ～ ― … ♪★☆→← ≒ ≠ ∞ ° ‰ ¥ $ € £',
  '「」『』（）［］｛｝〈〉《》〔〕・、。！？',
  '、、。。！？!?...',
  // Greek, Cyrillic, Korean, Chinese.
  'αβγ ΔΕΖ и Москва',
  '안녕하세요 你好世界 谢谢',
  // Characters outside the BMP (surrogate pairs) and combining marks.
  '𠮷野家で𩸽を食べた',
  'か\u3099 e\u0301 ﾊﾟ',
  // Whitespace of every kind.
  '\t改行\nと\r\nタブ\u3000全角空白  半角空白',
  '',
  '。',
  'あ',
  'ああああああああああああああああああああああああああああああああああああああああ',
  '東京特許許可局許可局長今日急遽休暇許可拒否',
  '貴社の記者が汽車で帰社した',
];

/** The part of kuromoji's ViterbiLattice the lattice comparison reads (not in @types/kuromoji). */
interface Lattice {
  readonly nodes_end_at: readonly (readonly LatticeNode[])[];
}
interface LatticeNode {
  readonly name: number;
  readonly cost: number;
  readonly start_pos: number;
  readonly length: number;
  readonly type: string;
  readonly left_id: number;
  readonly right_id: number;
  readonly surface_form: string;
}

/** The parts of kuromoji's dictionaries the entry-by-entry comparison reads. */
interface DictionaryView {
  readonly target_map: Record<number, number[] | undefined>;
  readonly dictionary: { getShort(index: number): number; getInt(index: number): number };
  getFeatures(id: string): string;
}
interface TokenizerInternals {
  readonly words: DictionaryView;
  readonly unknown: DictionaryView & { lookup(ch: string): unknown };
  readonly trie: { bc: { size(): number; getBase(i: number): number; getCheck(i: number): number } };
  readonly costs: { buffer: Int16Array };
}

function internalsOf(tokenizer: Tokenizer<IpadicFeatures>): TokenizerInternals {
  const t = tokenizer as unknown as {
    token_info_dictionary: TokenizerInternals['words'];
    unknown_dictionary: TokenizerInternals['unknown'];
    viterbi_builder: { trie: TokenizerInternals['trie'] };
    viterbi_searcher: { connection_costs: TokenizerInternals['costs'] };
  };
  return { words: t.token_info_dictionary, unknown: t.unknown_dictionary, trie: t.viterbi_builder.trie, costs: t.viterbi_searcher.connection_costs };
}

/** A labelled text to tokenize with both loaders. */
interface SampleText {
  readonly label: string;
  readonly text: string;
}

/**
 * Every text the comparison runs on: the seed document whole, each of its lines, each varied
 * sentence, and all the varied sentences run together. Add further sources (such as the
 * question set) here.
 */
function collectSampleTexts(): SampleText[] {
  const seed = readFileSync(SEED_PATH, 'utf8');
  const lines = seed.split(/\r?\n/u).filter((line) => line.trim() !== '');
  return [
    { label: 'seed document', text: seed },
    ...lines.map((text, i) => ({ label: `seed line ${i + 1}`, text })),
    ...VARIED_SENTENCES.map((text, i) => ({ label: `varied sentence ${i + 1}: ${JSON.stringify(text)}`, text })),
    { label: 'varied sentences joined', text: VARIED_SENTENCES.join('\n') },
    // The questions staff ask, raw and normalised as the engine tokenizes them.
    ...loadQuestionSet().flatMap((c, i) => [
      { label: `question ${i + 1}: ${c.q}`, text: c.q },
      { label: `question ${i + 1} normalised`, text: normalizeText(c.q) },
    ]),
    // The corpus as indexed: every quoted text of every passage, normalised.
    ...CORPUS_TEXTS.map((text, i) => ({ label: `corpus text ${i + 1}`, text: normalizeText(text) })),
  ];
}

describe('loadKuromojiTokenizer', () => {
  let stock: Tokenizer<IpadicFeatures>;
  /** From a dictionary cache written here (what the bot loads once built), feature strings on disk. */
  let lean: Tokenizer<IpadicFeatures>;
  /** From the `.dat.gz` files (no cache). */
  let fromGz: Tokenizer<IpadicFeatures>;
  const samples = collectSampleTexts();
  const cacheDir = mkdtempSync(join(tmpdir(), 'kyoyaku-cache-'));
  const cachePath = join(cacheDir, 'ipadic.bin');

  beforeAll(async () => {
    await writeKuromojiDictionaryCache({ cachePath });
    expect(readDictionaryCache(cachePath, describeDictionarySource()), 'the cache just written is usable').toBeDefined();
    [stock, lean, fromGz] = await Promise.all([loadStockKuromojiTokenizer(), loadKuromojiTokenizer({ cachePath }), loadKuromojiTokenizer({ cachePath: false })]);
  });

  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  // Every line of the corpus and every question of the set (about 27,000): over 20 s on a slow two-core machine.
  it('tokenizes every sample exactly like the stock builder, every field of every token, from the cache and from the .dat.gz files', { timeout: 120_000 }, () => {
    let tokens = 0;
    const wordTypes = new Set<string>();
    for (const { label, text } of samples) {
      const expected = stock.tokenize(text);
      // toStrictEqual also tells a missing field from one set to undefined.
      expect(lean.tokenize(text), label).toStrictEqual(expected);
      expect(fromGz.tokenize(text), `${label} (.dat.gz)`).toStrictEqual(expected);
      tokens += expected.length;
      for (const token of expected) wordTypes.add(token.word_type);
    }
    // The comparison is only as good as its coverage: a large text, known and unknown words.
    expect(samples.length).toBeGreaterThan(500);
    expect(tokens).toBeGreaterThan(10_000);
    expect([...wordTypes].sort()).toEqual(['KNOWN', 'UNKNOWN']);
  });

  // The same samples, every candidate node of each lattice: over 30 s on a slow two-core machine.
  it('builds the same lattice as the stock builder, every candidate node, for every line and sentence', { timeout: 120_000 }, () => {
    // Finer than tokens: the word-id table is read for every dictionary match, not only the best path.
    const nodesOf = (tokenizer: Tokenizer<IpadicFeatures>, text: string) =>
      (tokenizer.getLattice(text) as unknown as Lattice).nodes_end_at.map((nodes) =>
        nodes.map(({ name, cost, start_pos, length, type, left_id, right_id, surface_form }) => ({ name, cost, start_pos, length, type, left_id, right_id, surface_form })),
      );
    let nodes = 0;
    for (const { label, text } of samples.filter((sample) => sample.text.length < 2000)) {
      const expected = nodesOf(stock, text);
      expect(nodesOf(lean, text), label).toStrictEqual(expected);
      nodes += expected.reduce((sum, list) => sum + list.length, 0);
    }
    expect(nodes).toBeGreaterThan(25_000);
  });

  it('finds the same best path as kuromoji where a run of emoji leaves words unreachable', () => {
    // kuromoji measures an emoji run in UTF-16 units but positions in characters, so some words
    // have no reachable predecessor; its search then keeps the previous word's best predecessor
    // (a `var` never reset). These texts, and random ones of the same pieces, take that path.
    const texts = ['😀👍🏽とは🇯🇵😀', '🇯🇵𠮷医療👍🏽', '🎉👍🏽と\u200d👍🏽', 'A🎉野家👍🏽🎉A👍🏽', '、と🇯🇵1👍🏽🇯🇵カ'];
    const pieces = ['😀', '🇯🇵', '👍🏽', '🎉', 'と', '医療', '災害', 'は', 'ア', 'カ', 'A', '1', '、', '𠮷', '☀️', '\u200d', 'です', '野家'];
    let seed = 12345;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 3000; i += 1) texts.push(Array.from({ length: 2 + next(6) }, () => pieces[next(pieces.length)]).join(''));
    for (const text of texts) expect(lean.tokenize(text), JSON.stringify(text)).toStrictEqual(stock.tokenize(text));
  });

  it('tokenizes text with a lone high surrogate or a NUL, on which the stock builder throws', () => {
    // doublearray cannot encode a lone high surrogate, and reads NUL as its end-of-key byte; kuromoji
    // crashes on both. The lean lattice builder treats each as a character no dictionary word starts
    // with, and reads the rest as usual.
    for (const text of ['災害対策\uD800', '\uDBFF', '防災\uD800と医療', '災害\u0000対策']) {
      expect(() => stock.tokenize(text), JSON.stringify(text)).toThrow();
      expect(lean.tokenize(text).map((t) => t.surface_form).join(''), JSON.stringify(text)).toBe(text);
    }
    expect(lean.tokenize('災害対策\uD800').map((t) => t.surface_form)).toEqual(['災害', '対策', '\uD800']);
  });

  it('holds the same dictionary as the stock builder, entry by entry', () => {
    // The samples reach only the words they contain; this reads every entry, so trimming or
    // re-indexing that lost any part of the dictionary would show here.
    const a = internalsOf(stock);
    const b = internalsOf(lean);
    const mismatches: string[] = [];
    const differ = (what: string, x: unknown, y: unknown) => {
      if (mismatches.length < 20 && JSON.stringify(x) !== JSON.stringify(y)) mismatches.push(`${what}: ${JSON.stringify(x)} ≠ ${JSON.stringify(y)}`);
    };

    // Trie: every BASE and CHECK cell, and some past the end (doublearray answers those too).
    const cells = Math.max(a.trie.bc.size(), b.trie.bc.size()) + 64;
    for (let i = 0; i < cells; i += 1) {
      if (a.trie.bc.getBase(i) !== b.trie.bc.getBase(i) || a.trie.bc.getCheck(i) !== b.trie.bc.getCheck(i)) differ(`trie cell ${i}`, [a.trie.bc.getBase(i), a.trie.bc.getCheck(i)], [b.trie.bc.getBase(i), b.trie.bc.getCheck(i)]);
    }

    // Word entries: ids of every trie key, then each entry's ids, cost and feature string.
    for (const [name, x, y] of [
      ['word', a.words, b.words],
      ['unknown', a.unknown, b.unknown],
    ] as const) {
      // Keys of the stock map (a plain object), and a margin past the largest.
      const lastKey = Object.keys(x.target_map).reduce((max, key) => Math.max(max, Number(key)), 0) + 100;
      let entries = 0;
      for (let key = 0; key <= lastKey; key += 1) {
        const ids = x.target_map[key];
        const other = y.target_map[key];
        if (ids === undefined || other === undefined || ids.length !== other.length || ids.some((id, i) => id !== other[i])) {
          if (ids !== undefined || other !== undefined) differ(`${name} target_map[${key}]`, ids, other);
          continue;
        }
        for (const id of ids) {
          entries += 1;
          const left = [0, 2, 4].map((offset) => x.dictionary.getShort(id + offset)).concat(x.dictionary.getInt(id + 6));
          const right = [0, 2, 4].map((offset) => y.dictionary.getShort(id + offset)).concat(y.dictionary.getInt(id + 6));
          differ(`${name} entry ${id}`, left, right);
          differ(`${name} features ${id}`, x.getFeatures(String(id)), y.getFeatures(String(id)));
        }
      }
      expect(entries, name).toBeGreaterThan(name === 'word' ? 390_000 : 30);
    }

    // Character classes of every UTF-16 code unit (and one surrogate pair).
    for (let code = 0; code <= 0xffff; code += 1) {
      const ch = String.fromCharCode(code);
      differ(`class of U+${code.toString(16)}`, a.unknown.lookup(ch), b.unknown.lookup(ch));
    }
    differ('class of a surrogate pair', a.unknown.lookup('𠮷'), b.unknown.lookup('𠮷'));

    // Connection costs, every cell.
    const costs = [a.costs, b.costs].map(({ buffer }) => Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength));
    if (!costs[0]?.equals(costs[1] ?? Buffer.alloc(0))) differ('connection costs', costs[0]?.length, costs[1]?.length);

    expect(mismatches).toEqual([]);
  });

  it('falls back to the stock word-id table and lattice builder when the table is not what it expects', async () => {
    // A record whose key is no trie id of a real dictionary makes the compact parser decline.
    const source = fileURLToPath(new URL('../node_modules/kuromoji/dict/', import.meta.url));
    const dicPath = mkdtempSync(join(tmpdir(), 'kyoyaku-dict-'));
    try {
      for (const name of readdirSync(source)) copyFileSync(join(source, name), join(dicPath, name));
      const table = gunzipSync(readFileSync(join(source, 'tid_map.dat.gz')));
      const bogus = Buffer.alloc(12);
      bogus.writeInt32LE(2 ** 27, 0);
      bogus.writeInt32LE(1, 4);
      writeFileSync(join(dicPath, 'tid_map.dat.gz'), gzipSync(Buffer.concat([table.subarray(0, 4), bogus, table.subarray(4)])));
      const fallback = await loadKuromojiTokenizer({ dicPath });
      const builder = (fallback as unknown as { viterbi_builder: { build: unknown } }).viterbi_builder;
      expect(Object.hasOwn(builder, 'build'), 'kuromoji\'s own builder is kept').toBe(false);
      for (const text of ['連携協約を締結する。', '𠮷野家でｻｲｶﾞｲﾀｲｻｸ']) expect(fallback.tokenize(text)).toStrictEqual(stock.tokenize(text));
    } finally {
      rmSync(dicPath, { recursive: true, force: true });
    }
  });

  it('ignores a dictionary cache that is missing, cut short, garbled or built from another dictionary', () => {
    const source = describeDictionarySource();
    const whole = readFileSync(cachePath);
    const variant = (name: string, bytes: Uint8Array): string => {
      const path = join(cacheDir, name);
      writeFileSync(path, bytes);
      return path;
    };
    expect(readDictionaryCache(join(cacheDir, 'missing.bin'), source)).toBeUndefined();
    expect(readDictionaryCache(variant('short.bin', whole.subarray(0, whole.length >> 1)), source)).toBeUndefined();
    expect(readDictionaryCache(variant('garbage.bin', Buffer.from('not a cache at all')), source)).toBeUndefined();
    expect(readDictionaryCache(cachePath, { ...source, kuromoji: '0.0.0' })).toBeUndefined();
    expect(readDictionaryCache(cachePath, { ...source, files: { ...source.files, 'tid_pos.dat.gz': 1 } })).toBeUndefined();
    expect(readDictionaryCache(cachePath, source)).toBeDefined();
  });

  it('reads the .dat.gz files when the cache is for another dictionary, with the same result', async () => {
    const stale = join(cacheDir, 'stale.bin');
    copyFileSync(cachePath, stale);
    const header = readFileSync(stale);
    const length = header.readUInt32LE(0);
    // Same length, another kuromoji version: the header no longer matches what is installed.
    const edited = header.toString('utf8', 4, 4 + length).replace(/"kuromoji":"[^"]*"/u, (m) => m.replace(/[0-9]/gu, '9'));
    header.write(edited, 4, 'utf8');
    writeFileSync(stale, header);
    expect(readDictionaryCache(stale, describeDictionarySource())).toBeUndefined();
    const tokenizer = await loadKuromojiTokenizer({ cachePath: stale });
    for (const text of ['連携協約を締結する。', '𠮷野家でｻｲｶﾞｲﾀｲｻｸ']) expect(tokenizer.tokenize(text)).toStrictEqual(stock.tokenize(text));
  });

  it('reads the dictionary from an explicit dicPath and rejects a missing one', async () => {
    const dicPath = fileURLToPath(new URL('../node_modules/kuromoji/dict/', import.meta.url));
    const explicit = await loadKuromojiTokenizer({ dicPath });
    expect(explicit.tokenize('連携協約を締結する。')).toStrictEqual(stock.tokenize('連携協約を締結する。'));
    await expect(loadKuromojiTokenizer({ dicPath: fileURLToPath(new URL('./no-such-dict/', import.meta.url)), cachePath: false })).rejects.toThrow(/ENOENT/u);
    await expect(loadKuromojiTokenizer({ dicPath: fileURLToPath(new URL('./no-such-dict/', import.meta.url)) }), 'no cache stands in for a missing dictionary').rejects.toThrow(/ENOENT/u);
  });
});
