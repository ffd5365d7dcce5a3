/**
 * Semantic categories of general words (JUMAN dictionary, BSD licence), derived by
 * `scripts/derive-juman-table.ts` into `corpus/derived/juman-categories.tsv`: whether a word names
 * a person, a place or a quantity. The engine reads it only for words the corpus does not know.
 */
import { CodedError, ErrorCode } from '../errors.ts';
import { normalizeText } from './normalize.ts';

/** Word → its categories (人, 場所-その他, 場所-自然, 数量). */
export type LexicalCategories = ReadonlyMap<string, readonly string[]>;

/**
 * Parses the derived table: `#` comment lines, then `word<TAB>categories` with `;` between categories.
 * @throws CodedError `kyoyaku_corpus_invalid` naming the file and line of a malformed row
 * @example parseLexicalCategories('t.tsv', '人口\t数量\n').get('人口') // → ['数量']
 */
export function parseLexicalCategories(file: string, source: string): LexicalCategories {
  const table = new Map<string, readonly string[]>();
  source.split('\n').forEach((line, index) => {
    if (line === '' || line.startsWith('#')) return;
    const [word, categories, extra] = line.split('\t');
    if (!word || !categories || extra !== undefined) {
      throw new CodedError(ErrorCode.CorpusInvalid, `${file}: line ${index + 1}: expected "word<TAB>categories"`);
    }
    table.set(normalizeText(word), categories.split(';'));
  });
  return table;
}
