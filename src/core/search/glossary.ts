/**
 * The domain glossary (`corpus/glossary.yml`): staff wording and English mapped to the words the
 * agreements use, and compounds the dictionary splits. Data, so it is curated without code changes.
 */
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { CodedError, ErrorCode } from '../errors.ts';
import { normalizeText } from '../text/normalize.ts';

const word = z.string().trim().min(1, 'must not be empty');
const entrySchema = z.strictObject({
  /** What staff type. */
  words: z.array(word).min(1, 'needs at least one word'),
  /** The agreement's words they mean. */
  means: z.array(word).min(1, 'needs at least one word'),
});

export const glossarySchema = z.strictObject({
  compounds: z.array(word).default([]),
  synonyms: z.array(entrySchema).default([]),
  english: z.array(entrySchema).default([]),
});

export type Glossary = z.infer<typeof glossarySchema>;

/** An expansion found in a question: what matched and what it means. */
export interface GlossaryMatch {
  /** The word of the question that matched (normalised). */
  readonly word: string;
  /** The agreement's words it means. */
  readonly means: readonly string[];
}

/**
 * Parses the glossary file's text.
 * @throws CodedError `kyoyaku_glossary_invalid` with one line naming file, field and problem
 */
export function parseGlossary(file: string, source: string): Glossary {
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    throw new CodedError(ErrorCode.GlossaryInvalid, `${file}: YAML syntax error: ${(yamlError.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')} (line ${yamlError.linePos?.[0].line ?? '?'})`);
  }
  const parsed = glossarySchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') ?? '';
    throw new CodedError(ErrorCode.GlossaryInvalid, `${file}: ${path || '(top level)'}: ${issue?.message.replace(/^Invalid input: /, '') ?? 'invalid'}`);
  }
  return parsed.data;
}

/** Matches a glossary against questions. Japanese words match anywhere; English words at a word start. */
export class GlossaryMatcher {
  readonly #japanese: { word: string; means: readonly string[] }[] = [];
  readonly #english: { pattern: RegExp; word: string; means: readonly string[] }[] = [];

  constructor(glossary: Glossary) {
    for (const entry of glossary.synonyms) {
      for (const w of entry.words) this.#japanese.push({ word: normalizeText(w), means: entry.means });
    }
    for (const entry of glossary.english) {
      for (const w of entry.words) {
        const escaped = normalizeText(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        this.#english.push({ pattern: new RegExp(`(?<![a-z])${escaped}`, 'u'), word: normalizeText(w), means: entry.means });
      }
    }
    // Longest first, so 外国人観光客 wins over 観光客 when both would match the same text.
    this.#japanese.sort((a, b) => b.word.length - a.word.length);
  }

  /** Every glossary entry whose word occurs in the normalised question. */
  match(normalizedQuestion: string): GlossaryMatch[] {
    const out: GlossaryMatch[] = [];
    let rest = normalizedQuestion;
    for (const entry of this.#japanese) {
      if (!rest.includes(entry.word)) continue;
      out.push({ word: entry.word, means: entry.means });
      // Consume the match so a shorter word inside it (観光客 in 外国人観光客) does not match again.
      rest = rest.split(entry.word).join(' ');
    }
    for (const entry of this.#english) {
      if (entry.pattern.test(normalizedQuestion)) out.push({ word: entry.word, means: entry.means });
    }
    return out;
  }
}
