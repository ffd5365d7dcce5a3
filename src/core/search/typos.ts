/**
 * One-character typos in kanji (廃址 for 廃止, 交痛 for 交通, 対作 for 対策). The dictionary knows no
 * such word, so kuromoji cuts it into single kanji that mean nothing here; the word the agreements
 * use with one kanji different is what the asker meant, when exactly one such word exists.
 */

/** Kanji words this long are corrected: shorter ones are single kanji, longer ones rare. */
const MIN_LENGTH = 2;
const MAX_LENGTH = 4;
const KANJI = /^\p{Script=Han}+$/u;

/**
 * Builds a corrector over the corpus's terms.
 * @example createTypoCorrector(['廃止', '協議'])('廃址') // → '廃止'
 * @example createTypoCorrector(['交通', '交流'])('交痛') // → undefined: 交? holds two words
 */
export function createTypoCorrector(terms: Iterable<string>): (word: string) => string | undefined {
  // Each term under every pattern with one kanji blanked: 廃止 → ?止, 廃?.
  const byPattern = new Map<string, Set<string>>();
  for (const term of terms) {
    const chars = [...term];
    if (chars.length < MIN_LENGTH || chars.length > MAX_LENGTH || !KANJI.test(term)) continue;
    for (let i = 0; i < chars.length; i += 1) {
      const pattern = blank(chars, i);
      const set = byPattern.get(pattern) ?? new Set<string>();
      set.add(term);
      byPattern.set(pattern, set);
    }
  }
  return (word) => {
    const chars = [...word];
    if (chars.length < MIN_LENGTH || chars.length > MAX_LENGTH || !KANJI.test(word)) return undefined;
    const found = new Set<string>();
    for (let i = 0; i < chars.length; i += 1) for (const t of byPattern.get(blank(chars, i)) ?? []) if (t !== word) found.add(t);
    return found.size === 1 ? [...found][0] : undefined;
  };
}

function blank(chars: readonly string[], at: number): string {
  return chars.map((c, i) => (i === at ? '?' : c)).join('');
}

/**
 * Every run of two to four kanji in the texts (幹事会, 事会, 幹事): the words a typo may stand for
 * where the analyser gives no single term.
 * @example listKanjiGrams(['幹事会で']) // → ['幹事', '幹事会', '事会']
 */
export function listKanjiGrams(texts: readonly string[]): string[] {
  const grams = new Set<string>();
  for (const text of texts) {
    for (const run of text.match(/\p{Script=Han}{2,}/gu) ?? []) {
      const chars = [...run];
      for (let i = 0; i < chars.length; i += 1) {
        for (let len = MIN_LENGTH; len <= MAX_LENGTH && i + len <= chars.length; len += 1) grams.add(chars.slice(i, i + len).join(''));
      }
    }
  }
  return [...grams];
}
