/**
 * A tokenizer that remembers its last few texts. The engine reads one question several times over
 * (its words for the search, its features for the example vote, a reading of its kana): 42 % of
 * the tokenizer's calls were for a text one of the last four calls had just read (3,000 questions
 * of the set). Tokenizing is the largest single cost of a question, and its garbage the most.
 *
 * The tokens given back are shared between the callers: they must not change them (none does).
 */
import type { IpadicFeatures, Tokenizer } from 'kuromoji';

/**
 * @param size how many texts are remembered (the oldest is forgotten first)
 * @example
 * const tokenizer = rememberTokens(kuromojiTokenizer);
 * tokenizer.tokenize('協約の目的') === tokenizer.tokenize('協約の目的'); // → true
 */
export function rememberTokens(tokenizer: Tokenizer<IpadicFeatures>, size = 4): Tokenizer<IpadicFeatures> {
  const texts: string[] = [];
  const tokens: IpadicFeatures[][] = [];
  // The tokenizer's other members (its dictionaries) through the prototype: only tokenize changes.
  const remembering = Object.create(tokenizer) as Tokenizer<IpadicFeatures>;
  remembering.tokenize = (text: string): IpadicFeatures[] => {
    const at = texts.indexOf(text);
    if (at >= 0) return tokens[at] as IpadicFeatures[];
    const read = tokenizer.tokenize(text);
    texts.unshift(text);
    tokens.unshift(read);
    if (texts.length > size) {
      texts.pop();
      tokens.pop();
    }
    return read;
  };
  return remembering;
}
