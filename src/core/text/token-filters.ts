/**
 * Small pure predicates over kuromoji tokens, in the manner of textlint-ja rules: each decides one
 * thing, so the analyzer reads as a list of decisions and each is tested on its own.
 */
import type { IpadicFeatures } from 'kuromoji';

/** Parts of speech that carry no topic: particles, auxiliaries, symbols, fillers, adverbs (どう, 相互に's に is a particle anyway), prefixes (第, 各). */
const STOP_POS = new Set(['助詞', '助動詞', '記号', 'フィラー', '感動詞', '接続詞', '連体詞', '副詞', '接頭詞']);
/** Noun sub-classes that carry no topic (こと, もの, ため, これ, 数). */
const STOP_NOUN_DETAIL = new Set(['非自立', '代名詞', '数']);
/** Verbs so common they carry no topic (する, ある…): matching them would rank by grammar, not meaning. */
const LIGHT_VERBS = new Set(['する', 'ある', 'いる', 'なる', 'できる', 'れる', 'られる', 'おる', 'くる', 'いく', 'やる', 'よる', '係る', '関する', '定める', '図る', '取り組む', 'いう', '思う', 'わかる', '知る', '教える', '見せる', '見る', '決まる', 'くれる']);

/** True for a particle, auxiliary, symbol or similar token. */
export function isStopPartOfSpeech(token: IpadicFeatures): boolean {
  return STOP_POS.has(token.pos);
}

/** True for a dependent or pronoun noun (こと, ため, これ) or a number: grammar, not topic. */
export function isStopNoun(token: IpadicFeatures): boolean {
  return token.pos === '名詞' && STOP_NOUN_DETAIL.has(token.pos_detail_1);
}

/** True for a light or auxiliary-like verb (する, いる, 取り組む): present in every passage. */
export function isLightVerb(token: IpadicFeatures): boolean {
  return token.pos === '動詞' && (token.pos_detail_1 === '非自立' || token.pos_detail_1 === '接尾' || LIGHT_VERBS.has(baseFormOf(token)));
}

/**
 * True when the surface has no letter, digit or Japanese character. NFKC turns full-width
 * punctuation (？！＠) into ASCII, which kuromoji tags as 名詞 (サ変接続), so POS alone misses it.
 */
export function isPunctuationOnly(surface: string): boolean {
  return !/[\p{L}\p{N}]/u.test(surface);
}

/** The dictionary form (行う for 行っ), or the surface for unknown words. */
export function baseFormOf(token: IpadicFeatures): string {
  return token.basic_form && token.basic_form !== '*' ? token.basic_form : token.surface_form;
}

/** True for a word written only in katakana (and the long-vowel mark). */
export function isKatakanaWord(text: string): boolean {
  return /^[\p{Script=Katakana}ー]+$/u.test(text);
}

/**
 * Katakana long-vowel stemming: テクノロジー and テクノロジ, コンピューター and コンピュータ are one word.
 * Only for words of four or more characters, where the final ー is a spelling choice.
 */
export function stemLongVowel(word: string): string {
  return word.length >= 4 && isKatakanaWord(word) ? word.replace(/ー+$/u, '') : word;
}

/** True for kana only (hiragana, katakana, ー): text kuromoji cannot segment by meaning. */
export function isKanaOnly(text: string): boolean {
  return /^[\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u.test(text);
}
