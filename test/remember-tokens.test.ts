/**
 * The remembering tokenizer (src/core/text/remember-tokens.ts): a text read again within the last
 * few is not tokenized again, and what it gives back is what the tokenizer gives.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import { loadKuromojiTokenizer } from '../src/core/text/load-kuromoji.ts';
import { rememberTokens } from '../src/core/text/remember-tokens.ts';

let kuromoji: Tokenizer<IpadicFeatures>;
beforeAll(async () => {
  kuromoji = await loadKuromojiTokenizer();
}, 30_000);

/** The real tokenizer, counting the texts it is asked to read. */
function counted(): { tokenizer: Tokenizer<IpadicFeatures>; read: string[] } {
  const read: string[] = [];
  const tokenizer = Object.create(kuromoji) as Tokenizer<IpadicFeatures>;
  tokenizer.tokenize = (text: string) => {
    read.push(text);
    return kuromoji.tokenize(text);
  };
  return { tokenizer, read };
}

describe('rememberTokens', () => {
  it('gives the tokenizer’s tokens, and the same tokens again without reading the text twice', () => {
    const { tokenizer, read } = counted();
    const remembering = rememberTokens(tokenizer);
    const first = remembering.tokenize('協約の目的は？');
    expect(first.map((t) => t.surface_form)).toEqual(kuromoji.tokenize('協約の目的は？').map((t) => t.surface_form));
    expect(remembering.tokenize('協約の目的は？')).toBe(first);
    expect(read).toEqual(['協約の目的は？']);
  });

  it('forgets the oldest text once more than `size` were read', () => {
    const { tokenizer, read } = counted();
    const remembering = rememberTokens(tokenizer, 2);
    for (const text of ['費用', '会議', '災害', '費用']) remembering.tokenize(text);
    // 費用 was the third text back when asked again: read anew. 災害, the last one, is still known.
    remembering.tokenize('災害');
    expect(read).toEqual(['費用', '会議', '災害', '費用']);
  });

  it('keeps the tokenizer’s other members (its dictionaries)', () => {
    expect(rememberTokens(kuromoji).token_info_dictionary).toBe(kuromoji.token_info_dictionary);
  });
});
