/**
 * The terms each passage offers a search, read as the engine indexes them (title, text, heading,
 * the annex's role columns, defined terms, topic term, facts), for the curator's tools: does a
 * glossary meaning occur anywhere, and which of a question's concepts does a candidate hold.
 */
import { buildPassages, type Passage } from '../core/search/passages.ts';
import { definedTerms } from '../core/search/passage-index.ts';
import { factsStatedIn } from '../core/search/facts.ts';
import { topicTerm } from '../core/search/vocabulary.ts';
import type { Corpus } from '../core/corpus/load-corpus.ts';
import type { Analyzer } from '../core/text/analyzer.ts';
import { normalizeText } from '../core/text/normalize.ts';

/** A passage with its terms and its normalised text. */
export interface PassageTerms {
  readonly passage: Passage;
  readonly terms: ReadonlySet<string>;
  readonly text: string;
}

/** Every passage of the corpus with the terms a search finds it by. */
export function collectPassageTerms(corpus: Corpus, analyzer: Analyzer): PassageTerms[] {
  return buildPassages(corpus).map((passage) => {
    const roles = passage.kind === 'annex-row' ? [...passage.agreement.parties.map((p) => p.roleHeading), ...passage.partyRoles.map((r) => r.role)] : [];
    const texts = [passage.title, passage.quote, passage.heading, ...roles, ...definedTerms(passage.quote)];
    const terms = new Set(texts.flatMap((t) => analyzer.terms(t)));
    for (const fact of factsStatedIn(passage.quote)) terms.add(fact);
    if (passage.kind === 'annex-row') terms.add(topicTerm(passage.ref));
    return { passage, terms, text: normalizeText(texts.join('\n')) };
  });
}

/**
 * True when the passage holds one of the phrases (every term of it): how the engine decides that a
 * passage expresses a concept.
 */
export function holdsPhrase(terms: ReadonlySet<string>, phrases: readonly (readonly string[])[]): boolean {
  return phrases.some((phrase) => phrase.length > 0 && phrase.every((t) => terms.has(t)));
}

/** The phrases a glossary meaning is searched by: as written, or all of its terms (see query.ts). */
export function meaningPhrases(meaning: string, analyzer: Analyzer): string[][] {
  return [[normalizeText(meaning)], analyzer.terms(meaning)].filter((p) => p.length > 0);
}
