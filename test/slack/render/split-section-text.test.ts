import { describe, expect, it } from 'vitest';
import { SECTION_TEXT_LIMIT, splitSectionText } from '../../../src/slack/render/split-section-text.ts';

describe('splitSectionText', () => {
  const cases: { input: string; max: number; expected: string[]; why: string }[] = [
    // Most passages fit in one section: no split at all.
    { input: '第4条の全文。', max: 100, expected: ['第4条の全文。'], why: 'short text is one chunk' },
    // Slack rejects an empty section text, so blank input gives no sections.
    { input: '  \n ', max: 100, expected: [], why: 'blank text gives no chunks' },
    // Japanese sentences end with 。; that is the natural place to cut.
    { input: 'あいう。えおか。きく', max: 5, expected: ['あいう。', 'えおか。', 'きく'], why: 'cut after 。' },
    // A closing bracket belongs to the sentence it closes.
    { input: 'あ「い。」うえ', max: 6, expected: ['あ「い。」', 'うえ'], why: 'closing bracket kept with its sentence' },
    // A newline is as good a cut as 。, and the newline itself is dropped.
    { input: 'abc\ndef\nghi', max: 8, expected: ['abc\ndef', 'ghi'], why: 'cut at the last newline that fits' },
    // With neither 。 nor newline, cut hard; never at a space, which means nothing in Japanese.
    { input: 'あいうえおかきくけこ', max: 4, expected: ['あいうえ', 'おかきく', 'けこ'], why: 'hard cut when no 。 or newline' },
    // An escaped entity cut in half shows as garbage: cut before its &.
    { input: 'ab&amp;cd', max: 5, expected: ['ab', '&amp;', 'cd'], why: 'entity kept whole' },
    // Spaces are not cut points, even when present.
    { input: 'aa bb cc dd', max: 5, expected: ['aa bb', ' cc d', 'd'], why: 'spaces are not preferred cut points' },
  ];
  it.each(cases)('$why', ({ input, max, expected }) => {
    expect(splitSectionText(input, max)).toEqual(expected);
  });

  it('keeps every chunk within Slack’s 3,000 characters and loses no sentence', () => {
    // A long article: 400 sentences of 20 characters is 8,000 characters.
    const sentence = 'この連携協約は圏域を形成することを目的とする。';
    const text = sentence.repeat(400);
    const chunks = splitSectionText(text);
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(SECTION_TEXT_LIMIT);
      expect(chunk.endsWith('。')).toBe(true);
    }
    expect(chunks.join('')).toBe(text);
  });

  it('never splits a surrogate pair on a hard cut', () => {
    // Emoji are two UTF-16 units; a chunk ending in half of one would be invalid text.
    const chunks = splitSectionText('😀'.repeat(10), 5);
    for (const chunk of chunks) expect(chunk).not.toMatch(/[\uD800-\uDBFF]$/);
    expect(chunks.join('')).toBe('😀'.repeat(10));
  });
});
