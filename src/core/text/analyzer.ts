/**
 * Turns Japanese text into search terms: the one place where indexing and questions meet, so both
 * always go through the same normalisation, tokenizer and filters.
 */
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
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

/** The analyzer: pure functions over one kuromoji tokenizer built once per process. */
export interface Analyzer {
  /** Content terms of raw text (normalised first), compounds included. */
  analyze(text: string): Term[];
  /** Just the term strings of {@link Analyzer.analyze}. */
  terms(text: string): string[];
  /** Character bigrams of the kanji and katakana runs: the fallback for words the dictionary splits badly. */
  bigrams(text: string): string[];
}

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

  function analyze(text: string): Term[] {
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
    return out;
  }

  return {
    analyze,
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
  return true;
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

/**
 * A reading lexicon: katakana readings of known words → the word. Kana-only questions
 * (さいがいたいさく, ｻｲｶﾞｲﾀｲｻｸ) are segmented against it to recover the words they spell.
 */
export class ReadingLexicon {
  readonly #words = new Map<string, string>();
  #longest = 0;

  /** Adds a word under its reading (readings of two or more characters only: shorter ones match by chance). */
  add(reading: string, word: string): void {
    const key = toKatakana(reading);
    if ([...key].length < 2 || this.#words.has(key)) return;
    this.#words.set(key, word);
    this.#longest = Math.max(this.#longest, [...key].length);
  }

  /** Adds every known word of analysed text. */
  addTerms(terms: readonly Term[]): void {
    for (const t of terms) if (t.reading && !t.unknown && !isKanaOnly(t.term)) this.add(t.reading, t.term);
  }

  get size(): number {
    return this.#words.size;
  }

  /**
   * Segments a kana run greedily, longest reading first, into the words it spells; characters that
   * start no known reading are skipped (particles like は, が between words).
   *
   * @example lexicon.segment('さいがいたいさくはだれ') // → ['災害', '対策']
   */
  segment(kana: string): string[] {
    const chars = [...toKatakana(kana)];
    const out: string[] = [];
    let i = 0;
    while (i < chars.length) {
      let matched = 0;
      for (let len = Math.min(this.#longest, chars.length - i); len >= 2; len -= 1) {
        const word = this.#words.get(chars.slice(i, i + len).join(''));
        if (word !== undefined) {
          out.push(word);
          matched = len;
          break;
        }
      }
      i += matched || 1;
    }
    return out;
  }
}
