/**
 * Text normalisation shared by indexing and questions, so both sides compare like with like.
 */

const JAPANESE = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆・「」（）、。';
/** Whitespace between two Japanese characters: inserted by PDF extraction or by habit, never meaningful. */
const INNER_SPACE = new RegExp(`(?<=[${JAPANESE}])\\s+(?=[${JAPANESE}])`, 'gu');
/** Control and format characters (zero-width joiners, bidi marks): invisible, they only break matching. */
const CONTROL = /[\p{Cc}\p{Cf}]/gu;
/** Half of a surrogate pair without its other half (cut text, broken clients): no character at all. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;

/**
 * Normalises text for search: NFKC (full-width digits and latin, half-width katakana), lower case,
 * one middle dot (･ and ・ → ・), 々 expanded (人々 → 人人), control characters and lone surrogates dropped, and
 * whitespace removed between Japanese characters.
 *
 * @example
 * normalizeText('第４条 ｻｲｶﾞｲ 対策') // → '第4条サイガイ対策' (half-width katakana made full-width, spaces between Japanese removed)
 */
export function normalizeText(text: string): string {
  return normalizeKeepingSpaces(text).replace(INNER_SPACE, '');
}

/**
 * A question as typed, normalised: like {@link normalizeText}, but a space between two kanji is a
 * boundary the asker typed (地域医療の確保 別表のどれ, often a full-width space), read as 、 so the words on either side are
 * not run together (確保別表 would cut as 確保 / 別 / 表).
 */
export function normalizeQuestion(text: string): string {
  return readDialect(normalizeKeepingSpaces(text).replace(KANJI_SPACE, '、').replace(INNER_SPACE, ''));
}

/**
 * Yamaguchi's 〜ちょる (〜ている: どうなっちょる, 決まっちょるん, 何しちょる, 見ちょる) and なんぼ (いくら),
 * read in the standard forms the tokenizer knows; else ちょ is read as an unknown noun, the heaviest
 * kind of word. Each form keeps its tense and negation: 決まっちょった is 決まってた (not てった),
 * 書いちょらん is 書いてない.
 */
function readDialect(question: string): string {
  return question.replace(CHORU, (form: string) => CHORU_STANDARD[form] ?? form).replace(/なんぼ/gu, 'いくら');
}

/** 〜ちょる after the て-form's stem (なっ, 書い, 読ん, 見, し, 言う). */
const CHORU = /(?<=[っいんえしう\p{Script=Han}])ちょ(?:らん|った|って|る|り)/gu;
const CHORU_STANDARD: Readonly<Record<string, string>> = { ちょる: 'てる', ちょった: 'てた', ちょって: 'てて', ちょらん: 'てない', ちょり: 'てい' };

/** A space between two kanji: in a question, it parts two words (kana questions keep their own rule). */
const KANJI_SPACE = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;

/**
 * Like {@link normalizeText}, but spaces between Japanese characters stay (one each). A question
 * typed in kana uses them as word boundaries: ばすの ろせんを is バス の 路線 を, not ばすのろ せん.
 */
export function normalizeKeepingSpaces(text: string): string {
  return expandIterationMarks(
    text
      .replace(LONE_SURROGATE, ' ')
      .normalize('NFKC')
      .replace(CONTROL, ' ')
      .toLowerCase()
      .replace(/[･·]/gu, '・'),
  )
    .replace(/\s+/gu, ' ')
    .trim();
}

/** 々 repeats the previous character: 人々 → 人人, 各々 → 各各, so tokens match their plain spelling. */
export function expandIterationMarks(text: string): string {
  return text.replace(/(.)々/gu, '$1$1');
}

/** Hiragana → katakana, for comparing readings. */
export function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));
}

/** Katakana → hiragana (the inverse of {@link toKatakana}). */
export function toHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}
