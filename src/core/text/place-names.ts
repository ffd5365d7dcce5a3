/**
 * Place names in question text: where a name stands as a word of its own, so that a short name or a
 * latin one is not found inside another word. Pure text, used by the region (neighbours named) and
 * the facts asked (a neighbour named as a party).
 */

/**
 * Where a place name (normalised) stands as a word of its own in a normalised text, or -1: latin names
 * as whole words (hikari city); kanji names not inside a longer word (光市 is no part of 観光市場, 下関 none
 * of 上下関係, 長門 none of 長門峡; 山口県光市 still names it); kana names not run on from kana before them
 * (はまだし is no part of きょうぎはまだしてない).
 *
 * @example indexOfPlaceName('観光市場の開拓', '光市') // → -1
 */
export function indexOfPlaceName(text: string, word: string): number {
  // Most questions name no place: the plain search settles them before any pattern is made.
  if (word === '' || !text.includes(word)) return -1;
  if (/^[a-z .-]+$/u.test(word)) {
    // Only . needs escaping among the characters allowed (a-z, space, dot, hyphen); \- is no escape under u.
    return new RegExp(`(?<![a-z])${word.replace(/\./gu, '\\.')}(?![a-z])`, 'u').exec(text)?.index ?? -1;
  }
  const han = /\p{Script=Han}/u;
  const kana = /[\p{Script=Hiragana}\p{Script=Katakana}ー]/u;
  const startsHan = han.test(word[0] ?? '');
  // A short name (下関, 長門) may run on into a longer word; one ending 市, 町 or 村 is whole.
  const whole = /[市町村]$/u.test(word);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text[at + word.length] ?? '';
    if (startsHan ? han.test(before) && before !== '県' : kana.test(before)) continue;
    if (startsHan && !whole && han.test(after)) continue;
    return at;
  }
  return -1;
}
