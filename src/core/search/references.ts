/**
 * Explicit references in a question, in every form staff type: 第4条, 第４条, 4条, 第四条,
 * article 4, 別表3(1)エ, 別表３（１）エ, 3(1)エ, 別表2のイ, 前文, 末文, and the annex's sections (別表1, 別表3(1), 2番目の柱). Works on normalised text
 * (NFKC has already made ４ → 4 and （１） → (1)).
 */

/** A reference found in a question, with where it was, so the rest can be read as content. */
export interface FoundReference {
  /** Canonical ref: 第4条, 別表3(1)エ, 前文. */
  readonly ref: string;
  readonly start: number;
  readonly end: number;
}

const KANJI_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 四 → 4, 十二 → 12, 二十 → 20; undefined for anything else. */
export function parseKanjiNumber(text: string): number | undefined {
  if (/^[0-9]+$/.test(text)) return Number(text);
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(text);
  if (!match || text === '') return undefined;
  const [, tensDigit, ten, ones] = match;
  if (!ten) return tensDigit && !ones ? KANJI_DIGITS[tensDigit] : undefined;
  return (tensDigit ? (KANJI_DIGITS[tensDigit] ?? 0) : 1) * 10 + (ones ? (KANJI_DIGITS[ones] ?? 0) : 0);
}

/** A number, as 第4条 spells it. */
const NUMBER = '([0-9]+|[一二三四五六七八九十]+)';

const PATTERNS: readonly { pattern: RegExp; toRef: (m: RegExpExecArray, lastArticle: number | undefined) => string | undefined }[] = [
  // 第3条のひとつ前の条文, 第4条の次の条: the article beside the one named (first, so that 第3条 alone is not read).
  // Not 前の条件, 前の条例, 前の条約: conditions, ordinances and treaties are no articles.
  // Before 第1条 comes the preamble, after the last article the closing.
  { pattern: new RegExp(`第?\\s*${NUMBER}\\s*条の\\s*(?:ひとつ|一つ|1つ)?\\s*(前|手前|次|あと|後)の条(?![件例約])`, 'gu'), toRef: (m, last) => besidePassage(m[1], m[2], last) },
  // 最初の条, 一番最後の条文: the first and the last article (not 最後の条件).
  { pattern: /(?:一番|いちばん)?(最初|初め|はじめ|最後|最終)の条(?![件例約])/gu, toRef: (m, last) => (/最後|最終/u.test(m[1] ?? '') ? (last === undefined ? undefined : `第${last}条`) : '第1条') },
  // 前文の次の条 is 第1条, 末文の前の条 the last article (before 前文 and 末文 alone are read).
  { pattern: /(前文|末文)の\s*(?:ひとつ|一つ|1つ)?\s*(前|手前|次|あと|後)の条(?![件例約])/gu, toRef: (m, last) => articleBesideFrame(m[1], m[2], last) },
  // 第2条にある「前条で決めた目的」, 第2条の「次条に規定する取組」: the text's own 前条/次条, read from the article quoted.
  { pattern: new RegExp(`第?\\s*${NUMBER}\\s*条(?:の中(?:の|に)?|に(?:ある|出てくる|書いてある)?|の)?\\s*[「『]\\s*(前|次)条`, 'gu'), toRef: (m) => nextArticle(m[1], m[2]) },
  // 第4条, 4条, 第四条 — not 前条/次条, and not a statute's article (地方自治法252条, 第252条の2):
  // those are citations the text holds (analyzer.ts findCitations), not passages of the agreements.
  { pattern: /(?<!法\s*(?:第\s*)?[0-9]*)(?<!法\s*)第?\s*([0-9]+|[一二三四五六七八九十]+)\s*条(?!\s*の\s*[0-9一二三四五六七八九十])/gu, toRef: (m) => numberedArticle(m[1]) },
  { pattern: /(?<![a-z])(?:article|art\.)\s*([0-9]+)/gu, toRef: (m) => numberedArticle(m[1]) },
  // 別表3(1)エ, 別表2のイ, 別表1ア (not the start of a katakana word: 別表2のアクセス, 別表1のキーワード).
  { pattern: /別表\s*第?\s*([0-9])\s*(?:\(\s*([0-9])\s*\))?\s*の?\s*([ア-コ])(?![\p{Script=Katakana}ー])/gu, toRef: (m) => annexRef(m[1], m[2], m[3]) },
  // 3(1)エ without 別表: the bracketed subsection makes it unambiguous.
  { pattern: /(?<![0-9])([0-9])\s*\(\s*([0-9])\s*\)\s*の?\s*([ア-コ])(?![\p{Script=Katakana}ー])/gu, toRef: (m) => annexRef(m[1], m[2], m[3]) },
  // 1ウ, 2のイ: a digit and an annex label standing alone (not the start of a katakana word).
  { pattern: /(?<![0-9(（])([1-9])\s*の?\s*([ア-コ])(?![\p{Script=Katakana}ー])/gu, toRef: (m) => annexRef(m[1], undefined, m[2]) },
  // 別表3-1, 別表3の1: a subsection typed without brackets (after the rows' own forms, like all sections).
  { pattern: /別表\s*(?:第|の)?\s*([0-9一二三四五六七八九])\s*(?:-|‐|ー|の)\s*([0-9])(?![0-9])/gu, toRef: (m) => annexSection(m[1], m[2]) },
  // 別表1, 別表一, 別表の2, 別表3(1), 別表3の(2): a section of the annex, whose rows answer (after the rows' own forms).
  { pattern: /別表\s*(?:第|の)?\s*([0-9一二三四五六七八九])\s*(?:の\s*)?(?:\(\s*([0-9])\s*\))?(?![0-9]|\s*(?:番目|つ目|本目|つの|項目)|\s*の?\s*[ア-コ](?![\p{Script=Katakana}ー]))/gu, toRef: (m) => annexSection(m[1], m[2]) },
  // 3(1) without 別表 or a row: only the annex has bracketed subsections.
  { pattern: /(?<![0-9])([0-9])\s*\(\s*([0-9])\s*\)(?![0-9]|\s*の?\s*[ア-コ](?![\p{Script=Katakana}ー]))/gu, toRef: (m) => annexSection(m[1], m[2]) },
  // annex 1, annex section 3(1), appendix 2: the same in English.
  { pattern: /(?<![a-z])(?:annex|appendix|schedule)(?:\s+(?:section|part|no\.?|table))?\s*([0-9])(?:\s*\(\s*([0-9])\s*\))?(?![0-9])/gu, toRef: (m) => annexSection(m[1], m[2]) },
  // 1番目の柱, 2つ目の柱, 第3の柱: the annex's sections as staff count them (not 3つの柱, how many).
  { pattern: /第\s*([0-9一二三四五六七八九])\s*の\s*柱|([0-9一二三四五六七八九])\s*(?:番目|つ目|本目)\s*の\s*柱/gu, toRef: (m) => annexSection(m[1] ?? m[2], undefined) },
  { pattern: /前文|preamble/gu, toRef: () => '前文' },
  { pattern: /末文/gu, toRef: () => '末文' },
];

/** The article before (前, 手前) or after (次, あと, 後) article `digits`; none before 第1条. */
function nextArticle(digits: string | undefined, side: string | undefined): string | undefined {
  const n = digits === undefined ? undefined : parseKanjiNumber(digits);
  if (n === undefined) return undefined;
  const m = side === '前' || side === '手前' ? n - 1 : n + 1;
  return m >= 1 ? `第${m}条` : undefined;
}

/** The passage before or after article `digits` in reading order: 前文 before 第1条, 末文 after the last article. */
function besidePassage(digits: string | undefined, side: string | undefined, lastArticle: number | undefined): string | undefined {
  const n = digits === undefined ? undefined : parseKanjiNumber(digits);
  if (n === undefined) return undefined;
  if (n === 1 && (side === '前' || side === '手前')) return '前文';
  if (lastArticle !== undefined && n === lastArticle && !(side === '前' || side === '手前')) return '末文';
  return nextArticle(digits, side);
}

/** The article after the preamble (第1条) or before the closing (the last one); nothing beyond either. */
function articleBesideFrame(frame: string | undefined, side: string | undefined, lastArticle: number | undefined): string | undefined {
  const before = side === '前' || side === '手前';
  if (frame === '前文') return before ? undefined : '第1条';
  return before && lastArticle !== undefined ? `第${lastArticle}条` : undefined;
}

function numberedArticle(digits: string | undefined): string | undefined {
  const n = digits === undefined ? undefined : parseKanjiNumber(digits);
  return n === undefined ? undefined : `第${n}条`;
}

function annexRef(section: string | undefined, sub: string | undefined, label: string | undefined): string | undefined {
  if (section === undefined || label === undefined) return undefined;
  return `別表${section}${sub === undefined ? '' : `(${sub})`}${label}`;
}

/** 別表1, 別表3(1): a section of the annex, named by its number (and subsection). */
function annexSection(section: string | undefined, sub: string | undefined): string | undefined {
  const n = section === undefined ? undefined : parseKanjiNumber(section);
  return n === undefined ? undefined : `別表${n}${sub === undefined ? '' : `(${sub})`}`;
}

/** True for a ref that names a section of the annex (別表1, 別表3(1)) rather than one passage. */
export function isAnnexSection(ref: string): boolean {
  return /^別表[0-9](?:\([0-9]\))?$/u.test(ref);
}

/**
 * True when passage ref `passageRef` is, or is a row of, the ref a question named: 別表1エ is one of 別表1's rows,
 * 別表3(2)ア one of 別表3's.
 *
 * @example refCovers('別表3', '別表3(2)ア') // → true
 */
export function refCovers(ref: string, passageRef: string): boolean {
  return passageRef === ref || (isAnnexSection(ref) && passageRef.startsWith(ref) && /^[ア-コ(]/u.test(passageRef.slice(ref.length)));
}

/**
 * Finds the explicit references of a normalised question, in order of appearance, without
 * overlaps (別表3(1)エ is one reference, not also 3(1)エ). `lastArticle`, the number of the last article,
 * makes 「第6条の次の条」 the closing (末文); without it, 第7条.
 *
 * @example findReferences('第4条と別表3(1)エを見せて').map((r) => r.ref) // → ['第4条', '別表3(1)エ']
 */
export function findReferences(normalized: string, lastArticle?: number): FoundReference[] {
  const found: FoundReference[] = [];
  for (const { pattern, toRef } of PATTERNS) {
    for (const match of normalized.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      const ref = toRef(match as RegExpExecArray, lastArticle);
      if (ref !== undefined) found.push({ ref, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
