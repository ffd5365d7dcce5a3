/**
 * ReadingLexicon finds, at a position of a katakana text, the longest reading it knows (two
 * characters or more). It walks a trie; the oracle here is the plain definition: every length,
 * longest first, looked up in a map of the same readings.
 */
import { describe, expect, it } from 'vitest';
import { ReadingLexicon } from '../src/core/text/analyzer.ts';
import { toKatakana } from '../src/core/text/normalize.ts';
import { loadQuestionSet } from '../scripts/lib/question-set.ts';

describe('ReadingLexicon.wordAt', () => {
  it('takes the longest reading, of two characters or more; add keeps the first word, prefer the last', () => {
    const lexicon = new ReadingLexicon();
    lexicon.add('きょう', '今日');
    lexicon.add('きょうやく', '協約');
    lexicon.add('きょうやく', '共役');
    lexicon.add('や', '屋');
    lexicon.add('こう', '項');
    lexicon.prefer('こう', '甲');
    const chars = [...'キョウヤクノコウヤ'];
    expect(lexicon.wordAt(chars, 0)).toEqual({ word: '協約', length: 5 });
    expect(lexicon.wordAt(chars, 6)).toEqual({ word: '甲', length: 2 });
    expect(lexicon.wordAt(chars, 8)).toBeUndefined();
    expect(lexicon.wordAt([...'キョウ'], 0)).toEqual({ word: '今日', length: 3 });
    expect(lexicon.wordAt([...'キョ'], 0)).toBeUndefined();
    expect(lexicon.size).toBe(3);
  });

  it('finds what a longest-first lookup of every length finds, at every position of the question set in kana', () => {
    const readings = new Map<string, string>();
    const lexicon = new ReadingLexicon();
    // Readings of every two- to four-character stretch of the questions' kana: many overlapping keys.
    // Development questions only: a test has no business reading the held-out parts, even as kana soup.
    const kana = loadQuestionSet().filter((c) => c.part === 'development').map((c) => toKatakana(c.q.replace(/[^\p{Script=Hiragana}\p{Script=Katakana}ー]/gu, '')));
    kana.forEach((text, n) => {
      const chars = [...text];
      for (let i = 0; i + 2 <= chars.length; i += 3) {
        const key = chars.slice(i, i + 2 + (n % 3)).join('');
        if (!readings.has(key)) readings.set(key, `w${n}-${i}`);
        lexicon.add(key, `w${n}-${i}`);
      }
    });
    const longest = Math.max(...[...readings.keys()].map((k) => [...k].length));
    let found = 0;
    for (const text of kana) {
      const chars = [...text];
      for (let at = 0; at < chars.length; at += 1) {
        let expected: { word: string; length: number } | undefined;
        for (let len = Math.min(longest, chars.length - at); len >= 2 && expected === undefined; len -= 1) {
          const word = readings.get(chars.slice(at, at + len).join(''));
          if (word !== undefined) expected = { word, length: len };
        }
        if (expected) found += 1;
        expect(lexicon.wordAt(chars, at)).toEqual(expected);
      }
    }
    expect(found).toBeGreaterThan(1000);
  });
});
