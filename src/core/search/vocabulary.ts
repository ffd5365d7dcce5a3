/**
 * The policy-area vocabulary (`corpus/vocabulary.yml`): concrete projects and services the
 * agreements never name (乗合タクシー, 空き家バンク), each mapped to the annex row that covers it,
 * and ordinary city-hall business no row covers (住民票, 年次休暇). A question that reaches a row
 * only through this vocabulary gets a related answer, never a confident one.
 */
import { z } from 'zod';
import { fail, parseYamlFile } from '../corpus/parse-yaml-file.ts';
import type { Glossary } from './glossary.ts';

const word = z.string().trim().min(1, 'must not be empty');

export const vocabularySchema = z.strictObject({
  areas: z.array(
    z.strictObject({
      /** The annex row: 別表3(2)ア. */
      row: word,
      /** Where the terms come from (public pages, national guidelines). */
      source: word,
      terms: z.array(word).min(1, 'needs at least one term'),
    }),
  ),
  /** Ordinary city-hall business no row covers: a question about it is off-topic, not unknown. */
  outside: z.array(word).default([]),
  /** Where the outside terms come from. */
  outside_source: word.optional(),
});

export type Vocabulary = z.infer<typeof vocabularySchema>;

/** The search term a row's passages carry for its vocabulary: `§別表3(2)ア`. No analysed text yields `§`. */
export function topicTerm(ref: string): string {
  return `§${ref}`;
}

/** What an outside word means: a concept no passage holds, so it weighs against every answer. */
export const OUTSIDE_TERM = '§outside';

/**
 * Parses the vocabulary and checks that every row exists in the agreements.
 * @throws CodedError `kyoyaku_corpus_invalid`: `file: field: problem (line N)`
 */
export function parseVocabulary(file: string, source: string, rows: ReadonlySet<string>): Vocabulary {
  const { data, lineOf } = parseYamlFile(file, source, vocabularySchema);
  data.areas.forEach((area, a) => {
    if (!rows.has(area.row)) fail(file, ['areas', a, 'row'], `unknown annex row "${area.row}"`, lineOf(['areas', a, 'row']));
  });
  return data;
}

/**
 * The vocabulary as glossary entries for the matcher: each term means its row's topic term, each
 * outside word the outside term. Matching is then the glossary's (token boundaries, dictionary forms).
 */
export function vocabularyAsGlossary(vocabulary: Vocabulary): Glossary {
  return {
    compounds: [],
    english: [],
    synonyms: [
      ...vocabulary.areas.map((area) => ({ words: area.terms, means: [topicTerm(area.row)] })),
      ...(vocabulary.outside.length > 0 ? [{ words: vocabulary.outside, means: [OUTSIDE_TERM] }] : []),
    ],
  };
}
