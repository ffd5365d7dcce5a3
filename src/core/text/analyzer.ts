/**
 * Turns Japanese text into search terms: the one place where indexing and questions meet, so both
 * always go through the same normalisation, tokenizer and filters.
 */
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import { characterStarts } from './lattice-builder.ts';
import { normalizeText, toKatakana } from './normalize.ts';
import {
  baseFormOf,
  isKanaOnly,
  isLightVerb,
  isPunctuationOnly,
  isStopNoun,
  isStopPartOfSpeech,
  stemLongVowel,
} from './token-filters.ts';

/** A content word of a text. */
export interface Term {
  /** The search term: base form, normalised, long vowel stemmed. */
  readonly term: string;
  /** The surface as written in the (normalised) text. */
  readonly surface: string;
  /** Katakana reading, when the dictionary knows the word. */
  readonly reading: string | undefined;
  /** True when the dictionary did not know the word. */
  readonly unknown: boolean;
  /** Part of speech (名詞, 動詞…); compounds are 名詞. */
  readonly pos: string;
}

export interface AnalyzerOptions {
  /**
   * Domain compounds (連携協約, 連携中枢都市圏) emitted as one term alongside the parts the
   * dictionary splits them into, so a question using the compound ranks passages using it higher.
   */
  readonly compounds?: readonly string[];
}

/** One token of normalised text with its position, for matching multi-word phrases (the glossary). */
export interface PositionedToken {
  readonly surface: string;
  /** Dictionary form (行う for 行っ), or the surface for unknown words. */
  readonly base: string;
  /** The search term it yields (base form, long vowel stemmed), when it is a content word. */
  readonly term: string | undefined;
  readonly pos: string;
  readonly posDetail: string;
  /** Second sub-class (for suffixes: 一般 for 票, 室; 地域 for 市; 助数詞 for 条). */
  readonly posDetail2: string;
  /** True when the dictionary does not know the word (kuromoji made it up from character classes). */
  readonly unknown: boolean;
  /** The dictionary's reading of the surface, in katakana, when it has one. */
  readonly reading?: string;
  /** Offsets in the normalised text: [start, end). */
  readonly start: number;
  readonly end: number;
}

/** The analyzer: pure functions over one kuromoji tokenizer built once per process. */
export interface Analyzer {
  /** Content terms of raw text (normalised first), compounds and citations included. */
  analyze(text: string): Term[];
  /** The domain compounds (連携協約, その他) occurring in normalised text. */
  compoundsIn(normalized: string): string[];
  /** Every token of already normalised text, grammar included, with offsets into that text. */
  tokens(normalized: string): PositionedToken[];
  /**
   * The terms of raw text that stand as whole words: nouns with no noun beside them (テクノロジー in
   * 文化・芸術、テクノロジー、スポーツ), compounds and citations, but not 人口 of 人口減少 or 交流人口.
   */
  standalone(text: string): string[];
  /** Just the term strings of {@link Analyzer.analyze}. */
  terms(text: string): string[];
  /** Character bigrams of the kanji and katakana runs: the fallback for words the dictionary splits badly. */
  bigrams(text: string): string[];
}

/**
 * Statute and article citations (第252条の2, 第1項) in normalised text. The tokenizer cuts them into
 * 第 / 252 / 条 and drops the numbers, yet 第1項 and 第4項 are what tell the 前文's legal basis from
 * 第6条's: each citation is kept as one term, always spelled with 第.
 */
// 第252条の2の2 is an article of its own, not 第252条の2: the branch numbers are read whole.
const CITATION = /第?([0-9]+)(条|項|号)((?:の[0-9]+)*)/gu;

/** Runs of kanji or katakana, where character bigrams carry meaning (hiragana bigrams are mostly grammar). */
const BIGRAM_RUN = /[\p{Script=Han}\p{Script=Katakana}ー]{2,}/gu;

/**
 * Creates an analyzer over a ready kuromoji tokenizer.
 *
 * @example
 * const analyzer = createAnalyzer(await loadKuromojiTokenizer(), { compounds: ['連携協約'] });
 * analyzer.terms('連携協約を見せて'); // → ['連携', '協約', '連携協約']
 */
export function createAnalyzer(tokenizer: Tokenizer<IpadicFeatures>, options: AnalyzerOptions = {}): Analyzer {
  const compounds = [...new Set((options.compounds ?? []).map(normalizeText).filter((c) => c !== ''))];

  // Short texts (glossary words and meanings, compounds) are analysed again for every question that
  // mentions them; caching them keeps a question to one tokenizer pass over its own text.
  const cache = new Map<string, readonly Term[]>();
  const CACHEABLE_LENGTH = 32;
  const CACHE_ENTRIES = 4096;

  function analyze(text: string): Term[] {
    if (text.length > CACHEABLE_LENGTH) return analyzeUncached(text);
    let terms = cache.get(text);
    if (terms === undefined) {
      if (cache.size >= CACHE_ENTRIES) cache.clear();
      terms = analyzeUncached(text);
      cache.set(text, terms);
    }
    return [...terms];
  }

  function analyzeUncached(text: string): Term[] {
    const normalized = normalizeText(text);
    if (normalized === '') return [];
    const out: Term[] = [];
    for (const token of tokenizer.tokenize(normalized)) {
      if (!isContentToken(token)) continue;
      const term = stemLongVowel(baseFormOf(token));
      const reading = token.reading && token.reading !== '*' ? token.reading : undefined;
      out.push({ term, surface: token.surface_form, reading, unknown: token.word_type === 'UNKNOWN', pos: token.pos });
    }
    for (const compound of compounds) {
      if (normalized.includes(compound)) out.push({ term: compound, surface: compound, reading: undefined, unknown: false, pos: '名詞' });
    }
    for (const citation of citationTerms(normalized)) out.push({ term: citation, surface: citation, reading: undefined, unknown: false, pos: '名詞' });
    return out;
  }

  function tokens(normalized: string): PositionedToken[] {
    let offset = 0;
    // word_position is 1-based and counts characters, a surrogate pair (an emoji) as one, where
    // String offsets count it as two. Not the running length of the surfaces either: after a run
    // of emoji kuromoji may skip text (🇯🇵 と医療 yields 🇯🇵, 医療).
    const units = characterStarts(normalized);
    return tokenizer.tokenize(normalized).map((token) => {
      const start = token.word_position > 0 ? (units[token.word_position - 1] ?? offset) : offset;
      offset = start + token.surface_form.length;
      const term = isContentToken(token) ? stemLongVowel(baseFormOf(token)) : undefined;
      const reading = token.reading && token.reading !== '*' ? { reading: token.reading } : {};
      return { surface: token.surface_form, base: baseFormOf(token), term, pos: token.pos, posDetail: token.pos_detail_1, posDetail2: token.pos_detail_2, unknown: token.word_type === 'UNKNOWN', ...reading, start, end: offset };
    });
  }

  function standalone(text: string): string[] {
    const normalized = normalizeText(text);
    const all = tokens(normalized);
    const isNoun = (t: PositionedToken | undefined): boolean => t !== undefined && t.pos === '名詞' && !isPunctuationOnly(t.surface);
    const alone = all.filter((t, i) => isNoun(t) && !isNoun(all[i - 1]) && !isNoun(all[i + 1])).map((t) => stemLongVowel(t.base));
    const joined = compounds.filter((c) => normalized.includes(c));
    return [...new Set([...alone, ...joined, ...citationTerms(normalized)])];
  }

  return {
    analyze,
    compoundsIn: (normalized) => compounds.filter((c) => normalized.includes(c)),
    tokens,
    standalone,
    terms: (text) => analyze(text).map((t) => t.term),
    bigrams: (text) => characterBigrams(normalizeText(text)),
  };
}

/** True for a token that names a topic: not grammar, not punctuation, not a light verb. */
export function isContentToken(token: IpadicFeatures): boolean {
  if (isStopPartOfSpeech(token) || isStopNoun(token) || isLightVerb(token)) return false;
  if (isPunctuationOnly(token.surface_form)) return false;
  // A lone hiragana character left over from a bad split (は, が) is noise, not a word.
  if (token.surface_form.length === 1 && /\p{Script=Hiragana}/u.test(token.surface_form)) return false;
  // 甲は具体的にはだれ？: before ？ kuromoji reads はだれ as one noun (斑, patchy snow), a particle and a
  // question word run together (so はどこ, もだれ); it asks, and names no topic.
  if (token.pos === '名詞' && PARTICLE_AND_QUESTION_WORD.test(token.surface_form)) return false;
  return true;
}

/** A particle run into a question word (はだれ), which kuromoji may read as one noun. */
const PARTICLE_AND_QUESTION_WORD = /^[はがもを](?:だれ|どこ|なに|いつ|どれ|どなた)$/u;

/**
 * Citation terms of normalised text: 第252条の2 and 第1項 for 第252条の2第1項, 第252条の2 for
 * 252条の2 (staff drop the 第).
 *
 * @example citationTerms('地方自治法第252条の2第4項') // → ['第252条の2', '第4項']
 */
export function citationTerms(normalized: string): string[] {
  return findCitations(normalized).map((c) => c.term);
}

/** The citations of normalised text with their offsets, so a question can treat each as one concept. */
export function findCitations(normalized: string): { term: string; start: number; end: number }[] {
  return [...normalized.matchAll(CITATION)].map((m) => {
    const [whole, n, unit, branches] = m;
    return { term: `第${n}${unit}${branches ?? ''}`, start: m.index, end: m.index + whole.length };
  });
}

/** Character bigrams of every kanji/katakana run of normalised text. */
export function characterBigrams(normalized: string): string[] {
  const out: string[] = [];
  for (const [run] of normalized.matchAll(BIGRAM_RUN)) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i += 1) out.push(`${chars[i]}${chars[i + 1]}`);
  }
  return out;
}

/** A node of {@link ReadingLexicon}'s trie: the word whose reading ends here, if any. */
interface ReadingNode {
  readonly next: Map<string, ReadingNode>;
  word?: string;
}

/**
 * A reading lexicon: katakana readings of known words → the word. Kana-only questions
 * (さいがいたいさく, ｻｲｶﾞｲﾀｲｻｸ) are segmented against it to recover the words they spell.
 */
export class ReadingLexicon {
  readonly #words = new Map<string, string>();
  /** Every word taught, under whichever reading won: 期間 is one, though キカン reads 機関. */
  readonly #taught = new Set<string>();
  /** The same readings in a trie of characters: one walk finds the longest reading at a position. */
  readonly #trie: ReadingNode = { next: new Map() };

  /** Adds a word under its reading (readings of two or more characters only: shorter ones match by chance). */
  add(reading: string, word: string): void {
    const key = toKatakana(reading);
    this.#taught.add(word);
    if ([...key].length < 2 || this.#words.has(key)) return;
    this.#set(key, word);
  }

  /**
   * Adds a word under its reading even where another word has that reading: for the words a kana
   * question most likely means (こう is 甲 here, not 項).
   */
  prefer(reading: string, word: string): void {
    const key = toKatakana(reading);
    if ([...key].length < 2) return;
    this.#set(key, word);
  }

  #set(key: string, word: string): void {
    this.#words.set(key, word);
    let node = this.#trie;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (child === undefined) {
        child = { next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.word = word;
  }

  /** Adds every known word of analysed text: kanji words under their readings, loanwords under themselves (ばす → バス). */
  addTerms(terms: readonly Term[]): void {
    const katakana = (t: Term | undefined): boolean => t !== undefined && /^[\p{Script=Katakana}ー]+$/u.test(t.term);
    terms.forEach((t, k) => {
      if (!t.reading || t.unknown) return;
      // A short piece of a longer loanword (バイオ/マス) is no word: ます would read as マス. The
      // whole loanword is (ばいおます → バイオマス).
      if (katakana(t) && katakana(terms[k + 1]) && !katakana(terms[k - 1])) {
        let whole = t.term;
        for (let j = k + 1; katakana(terms[j]); j += 1) whole += terms[j]?.term ?? '';
        this.add(whole, whole);
      }
      // Two one-kanji pieces of one word (圏/域) are read as that word too: けんいき is 圏域, which else
      // loses to a longer word begun one kana earlier (はけんいき → 派遣 + 域). Not a one-kanji piece
      // beside a longer word (連絡/会 of 連絡会議), which would swallow the start of the next word.
      const next = terms[k + 1];
      if (next?.reading && !next.unknown && /^\p{Script=Han}$/u.test(t.term) && /^\p{Script=Han}$/u.test(next.term)) {
        this.add(t.reading + next.reading, t.term + next.term);
      }
      if (katakana(t) && [...t.term].length <= 2 && (katakana(terms[k - 1]) || katakana(terms[k + 1]))) return;
      if (katakana(t)) this.add(t.term, t.term);
      else if (!isKanaOnly(t.term)) this.add(t.reading, t.term);
    });
  }

  get size(): number {
    return this.#words.size;
  }

  /** True when the word was taught, whether or not its reading went to it. */
  knows(word: string): boolean {
    return this.#taught.has(word);
  }

  /** The word read exactly so, if any: wordOf('ヘンコウ') → 変更. */
  wordOf(reading: string): string | undefined {
    return this.#words.get(toKatakana(reading));
  }

  /**
   * The longest word whose reading starts at `at` of a katakana text (as characters: code points), if any.
   * @example lexicon.wordAt([...'キョウヤクノ'], 0) // → { word: '協約', length: 5 }
   */
  wordAt(chars: readonly string[], at: number): { word: string; length: number } | undefined {
    let found: string | undefined;
    let length = 0;
    let node: ReadingNode | undefined = this.#trie;
    for (let i = at; i < chars.length; i += 1) {
      node = node.next.get(chars[i] ?? '');
      if (node === undefined) break;
      if (node.word !== undefined && i - at + 1 >= 2) {
        found = node.word;
        length = i - at + 1;
      }
    }
    return found === undefined ? undefined : { word: found, length };
  }

  /**
   * Segments a kana run greedily, longest reading first, into the words it spells; characters that
   * start no known reading are skipped (particles like は, が between words).
   *
   * @example lexicon.segment('さいがいたいさくはだれ') // → ['災害', '対策']
   */
  segment(kana: string): string[] {
    return this.read(kana).words;
  }

  /**
   * Like {@link ReadingLexicon.segment}, with the share of the run the words spell: ナガ in
   * とつながる spells 2 of 5 characters, so that run is grammar, not a word spelled in kana.
   */
  read(kana: string): { words: string[]; spelled: number } {
    const chars = [...toKatakana(kana)];
    const out: string[] = [];
    let covered = 0;
    let i = 0;
    while (i < chars.length) {
      const found = this.wordAt(chars, i);
      if (found) out.push(found.word);
      const matched = found?.length ?? 0;
      covered += matched;
      i += matched || 1;
    }
    return { words: out, spelled: chars.length === 0 ? 0 : covered / chars.length };
  }
}
