/**
 * The passage index: every passage analysed once into MiniSearch fields, with the term sets that
 * evidence is judged on, and the ranking of passages for a question's concepts.
 */
import MiniSearch, { type Query } from 'minisearch';
import type { Intent } from '../answer/types.ts';
import type { Confidence } from '../answer/types.ts';
import { ReadingLexicon, type Analyzer, type Term } from '../text/analyzer.ts';
import { normalizeText } from '../text/normalize.ts';
import { judgeEvidence, type EvidenceJudgement, type EvidenceTerms } from './evidence.ts';
import { FACT_WORDS, factsStatedIn } from './facts.ts';
import type { Glossary } from './glossary.ts';
import { INTENT_TERMS } from './intent.ts';
import type { Passage } from './passages.ts';
import { PARTY_WEIGHT, type ContentGroup } from './query.ts';
import { topicTerm } from './vocabulary.ts';

export type IndexField = 'title' | 'body' | 'heading' | 'roles' | 'defines' | 'topics' | 'grams';
const TEXT_FIELDS: readonly IndexField[] = ['title', 'body', 'heading', 'roles', 'defines', 'topics'];
export const DEFAULT_BOOSTS: Readonly<Record<IndexField, number>> = { title: 3, body: 1.5, heading: 1, roles: 0.2, defines: 6, topics: 3, grams: 0.15 };
/** Bigram lookups per question at most (see rank). */
const MAX_QUERY_BIGRAMS = 24;
const TERM_SEPARATOR = '\u0000';
/** How much an article gains when the question asks for one (本文では, どの条). */
const ARTICLE_HINT_BOOST = 1.5;

/** How one passage scored for one question: what `trace` receives, to explain a ranking. */
export interface RankedPassage {
  readonly passage: Passage;
  /** Weighted share of the question's concepts the passage covers. */
  readonly coverage: number;
  /** Enough evidence to answer with it (see {@link judgeEvidence}). */
  readonly strong: boolean;
  /** `related` when the passage holds the question's topic only through the vocabulary. */
  readonly confidence: Confidence;
  readonly score: number;
  /** Facts the question asks for (§figure, §date: see facts.ts) that the passage does not state. */
  readonly missingFacts: readonly string[];
}

/** One passage as indexed: the passage and the term sets evidence is judged on. */
export interface IndexedPassage extends EvidenceTerms {
  readonly passage: Passage;
}

/** What a ranking needs besides the concepts. */
export interface RankRequest {
  readonly groups: readonly ContentGroup[];
  /** The question's text not understood otherwise, for the bigram fallback. */
  readonly content: string;
  readonly intent: Intent;
  /** Only passages of these agreements (notes always). */
  readonly preferred: ReadonlySet<string> | undefined;
  /** The question asks for an article (本文では, どの条). */
  readonly articleWanted: boolean;
}

/** The built index (see {@link buildPassageIndex}). */
export interface PassageIndex {
  readonly entries: ReadonlyMap<string, IndexedPassage>;
  /** Readings of every word of the corpus and the glossary, to read kana-only questions. */
  readonly lexicon: ReadingLexicon;
  /** Number of passages whose terms include the term. */
  documentFrequency(term: string): number;
  /** True when the agreements' normalised text contains this string. */
  inText(surface: string): boolean;
  /** Every term some passage holds. */
  terms(): Iterable<string>;
  /** Passages holding some of the concepts, best first. */
  rank(request: RankRequest): RankedPassage[];
  /** The search scores rank starts from, by passage id (before evidence and boosts). */
  passageScores(request: Pick<RankRequest, 'groups' | 'content'>): Map<string, number>;
  /** The same scores from one MiniSearch search of all the terms, as rank once ran it: tests compare the two. */
  searchScores(request: Pick<RankRequest, 'groups' | 'content'>): Map<string, number>;
}

/**
 * Analyses every passage once (kuromoji runs once per text) and indexes it.
 *
 * @example
 * const index = buildPassageIndex(passages, analyzer, glossary, { expansionWeight: 0.6 });
 * index.rank({ groups, content, intent: 'role', preferred: undefined, articleWanted: false })[0]?.passage.ref;
 */
export function buildPassageIndex(
  passages: readonly Passage[],
  analyzer: Analyzer,
  glossary: Glossary,
  options: { readonly boosts: Readonly<Record<IndexField, number>>; readonly expansionWeight: number },
): PassageIndex {
  const { boosts, expansionWeight } = options;
  const lexicon = new ReadingLexicon();
  const entries = new Map<string, IndexedPassage>();
  const frequency = new Map<string, number>();
  const index = new MiniSearch<Record<IndexField | 'id', string>>({
    fields: [...TEXT_FIELDS, 'grams'],
    idField: 'id',
    // Fields and queries arrive already analysed (terms joined by a separator): kuromoji runs once per text.
    tokenize: splitTerms,
    processTerm: (term) => term,
    searchOptions: { tokenize: splitTerms, processTerm: (term) => term },
  });

  for (const passage of passages) {
    const fieldTexts: Record<Exclude<IndexField, 'grams' | 'topics'>, string> = {
      title: passage.title,
      body: passage.quote,
      heading: passage.heading,
      roles: roleTexts(passage).join('\n'),
      defines: definedTerms(passage.quote).join('\n'),
    };
    // An annex row carries its topic term: the vocabulary's concrete projects find the row through it.
    const topics: Term[] = passage.kind === 'annex-row' ? [{ term: topicTerm(passage.ref), surface: '', reading: '', unknown: false, pos: '' }] : [];
    const analysed = Object.fromEntries(TEXT_FIELDS.map((f) => [f, f === 'topics' ? topics : analyzer.analyze(fieldTexts[f as Exclude<IndexField, 'grams' | 'topics'>])])) as Record<Exclude<IndexField, 'grams'>, Term[]>;
    const grams = analyzer.bigrams(`${passage.title} ${passage.quote}`);
    for (const terms of Object.values(analysed)) lexicon.addTerms(terms);
    index.add({
      id: passage.id,
      ...(Object.fromEntries(TEXT_FIELDS.map((f) => [f, analysed[f as Exclude<IndexField, 'grams'>].map((t) => t.term).join(TERM_SEPARATOR)])) as Record<Exclude<IndexField, 'grams'>, string>),
      grams: grams.join(TERM_SEPARATOR),
    });
    const terms = new Set([...Object.values(analysed).flatMap((ts) => ts.map((t) => t.term)), ...grams, ...factsStatedIn(passage.quote)]);
    const titleTerms = new Set([...analysed.title, ...analysed.heading, ...analysed.defines, ...analysed.topics].map((t) => t.term));
    entries.set(passage.id, { passage, terms, titleTerms, wholeTerms: new Set(analyzer.standalone(`${passage.title}\n${passage.quote}`)) });
    for (const t of terms) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  }
  const corpusText = passages.map((p) => normalizeText(`${p.title}\n${p.heading}\n${p.quote}`)).join('\n');
  // Glossary words are read too, so a kana-only question can spell them (ぼうさい → 防災), and the
  // words of asking (たいしょう → 対象), so that they are not misread as corpus words (体 + 書).
  for (const entry of glossary.synonyms) for (const w of [...entry.words, ...entry.means]) lexicon.addTerms(analyzer.analyze(w));
  for (const w of INTENT_TERMS) lexicon.addTerms(analyzer.analyze(w));
  // A fact word of several pieces (議事|録, 有効|期間) is read whole too: ぎじろく is 議事録.
  for (const w of FACT_WORDS) {
    const terms = analyzer.analyze(w);
    lexicon.addTerms(terms);
    if (terms.length > 1 && terms.every((t) => t.reading && !t.unknown) && terms.map((t) => t.term).join('') === w) lexicon.add(terms.map((t) => t.reading).join(''), w);
  }
  const documentFrequency = (term: string): number => frequency.get(term) ?? 0;

  // MiniSearch scores each term once per process, per kind of subquery (the fields and boosts it
  // searches), and rank adds those scores up as MiniSearch adds up a query's terms (see
  // scorePassages): the same BM25 figures, without a search's option merging and per-result
  // objects, which took a third of a question's time. The vocabulary is the index's, so the
  // remembered scores are bounded by it.
  const ordinals = new Map(passages.map((p, i) => [p.id, i]));
  const indexed = passages.map((p) => entries.get(p.id));
  const fieldBoosts = (weight: number) => Object.fromEntries(TEXT_FIELDS.map((f) => [f, boosts[f] * weight]));
  const scorer = (fields: readonly IndexField[], boost: Record<string, number>): TermScorer => ({ fields, boost, scores: new Map() });
  const literalScorer = scorer(TEXT_FIELDS, fieldBoosts(1));
  const expansionScorer = scorer(TEXT_FIELDS, fieldBoosts(expansionWeight));
  const partyScorer = scorer(TEXT_FIELDS, fieldBoosts(PARTY_WEIGHT));
  const gramScorer = scorer(['grams'], { grams: boosts.grams });

  /** The passages one term finds and its score in each, as MiniSearch computes them for a one-term query. */
  function scoreTerm(termScorer: TermScorer, term: string): TermScores {
    let found = termScorer.scores.get(term);
    if (found === undefined) {
      const results = index.search({ queries: [term], combineWith: 'OR', fields: [...termScorer.fields], boost: termScorer.boost });
      // One term: the score is the term's, times a quality of 1.
      found = { passages: results.map((r) => ordinals.get(String(r.id)) ?? -1), scores: results.map((r) => r.score) };
      termScorer.scores.set(term, found);
    }
    return found;
  }

  const passageCount = passages.length;
  // Scratch arrays of rank, one slot per passage (rank runs to completion, so one set serves all).
  const totals = new Float64Array(passageCount);
  const inTotals = new Uint8Array(passageCount);
  const subtotals = new Float64Array(passageCount);
  const inSubtotals = new Uint8Array(passageCount);
  const quality = new Int32Array(passageCount);
  const counted = new Int32Array(passageCount);

  /**
   * MiniSearch's score of every passage for a query of OR-ed subqueries, each a list of terms:
   * a term's score is summed into its subquery's, a subquery's into the total, in query order
   * (floating-point sums in MiniSearch's order give its very figures), and the total is multiplied
   * by the number of distinct terms the passage matched (MiniSearch's "quality").
   */
  function scorePassages(subqueries: readonly (readonly [TermScorer, readonly string[]])[]): void {
    totals.fill(0);
    inTotals.fill(0);
    quality.fill(0);
    const occurrences = new Map<string, TermScores[]>();
    for (const [termScorer, terms] of subqueries) {
      subtotals.fill(0);
      inSubtotals.fill(0);
      for (const term of terms) {
        const found = scoreTerm(termScorer, term);
        const seen = occurrences.get(term);
        if (seen) seen.push(found);
        else occurrences.set(term, [found]);
        for (let k = 0; k < found.passages.length; k += 1) {
          const at = found.passages[k] ?? -1;
          if (at < 0) continue;
          const score = found.scores[k] ?? 0;
          subtotals[at] = inSubtotals[at] === 1 ? (subtotals[at] ?? 0) + score : score;
          inSubtotals[at] = 1;
        }
      }
      for (let at = 0; at < passageCount; at += 1) {
        if (inSubtotals[at] !== 1) continue;
        totals[at] = inTotals[at] === 1 ? (totals[at] ?? 0) + (subtotals[at] ?? 0) : (subtotals[at] ?? 0);
        inTotals[at] = 1;
      }
    }
    // A term searched in two subqueries (観光 as a word and as a bigram) counts once: each passage
    // is marked with the number of the term that last counted in it.
    counted.fill(0);
    let term = 0;
    for (const list of occurrences.values()) {
      term += 1;
      for (const found of list) {
        for (const at of found.passages) {
          if (at < 0 || counted[at] === term) continue;
          counted[at] = term;
          quality[at] = (quality[at] ?? 0) + 1;
        }
      }
    }
  }

  /** The request's terms by kind, each with the fields and boosts it is searched with. */
  function subqueriesOf({ groups, content }: Pick<RankRequest, 'groups' | 'content'>): (readonly [TermScorer, readonly string[]])[] {
    // Only terms some passage has: a term the index lacks finds nothing.
    const known = (term: string): boolean => documentFrequency(term) > 0;
    const literal = [...new Set(groups.filter((g) => !g.optional).flatMap((g) => g.literal))];
    const expansions = [...new Set(groups.flatMap((g) => g.expansions))].filter((t) => !literal.includes(t) && known(t));
    const partyNames = [...new Set(groups.filter((g) => g.optional).flatMap((g) => g.literal))].filter(known);
    const subqueries: (readonly [TermScorer, readonly string[]])[] = [];
    const searched = literal.filter(known);
    if (searched.length > 0) subqueries.push([literalScorer, searched]);
    if (expansions.length > 0) subqueries.push([expansionScorer, expansions]);
    if (partyNames.length > 0) subqueries.push([partyScorer, partyNames]);
    // Distinct bigrams only, and a bounded number: a long question repeats itself; the fallback
    // needs a handful, not hundreds.
    const grams = [...new Set(analyzer.bigrams(content))].slice(0, MAX_QUERY_BIGRAMS).filter(known);
    if (grams.length > 0) subqueries.push([gramScorer, grams]);
    return subqueries;
  }

  // One judgement reused for every passage: its fields are copied out at once.
  const judgement: EvidenceJudgement = { coverage: 0, strong: false, related: false, missingFacts: [] };

  function rank({ groups, content, intent, preferred, articleWanted }: RankRequest): RankedPassage[] {
    const subqueries = subqueriesOf({ groups, content });
    scorePassages(subqueries);
    const ranked: RankedPassage[] = [];
    for (let at = 0; at < passageCount; at += 1) {
      const entry = indexed[at];
      if (inTotals[at] !== 1 || !entry || (preferred && !isInPreferred(entry.passage, preferred))) continue;
      const { coverage, strong, related, missingFacts } = judgeEvidence(groups, entry, judgement);
      // Who-questions are answered by the annex, whose rows name each party's role.
      const intentBoost = intent === 'role' && entry.passage.kind === 'annex-row' ? 1.25 : 1;
      // 本文では / どの条: the asker wants an article, not an annex row or the 前文.
      const kindBoost = articleWanted && entry.passage.kind === 'article' ? ARTICLE_HINT_BOOST : 1;
      // Coverage cubed: a passage answering every concept beats one repeating a single concept often
      // (BM25 rewards 市町, 圏域 ×3 in 3(3)ア more than つながり + その他 in 3(2)ウ).
      const score = (totals[at] ?? 0) * (quality[at] ?? 1);
      ranked.push({ passage: entry.passage, coverage, strong, missingFacts, confidence: related ? 'related' : 'answer', score: score * coverage ** 3 * intentBoost * kindBoost });
    }
    // Passages' order is unique, so the ranking does not depend on the order they were scored in.
    return ranked.sort((a, b) => b.score - a.score || a.passage.order - b.passage.order);
  }

  return {
    entries,
    lexicon,
    documentFrequency,
    inText: (surface) => corpusText.includes(surface),
    terms: () => frequency.keys(),
    rank,
    passageScores(request) {
      scorePassages(subqueriesOf(request));
      const scores = new Map<string, number>();
      for (let at = 0; at < passageCount; at += 1) if (inTotals[at] === 1) scores.set(passages[at]?.id ?? '', (totals[at] ?? 0) * (quality[at] ?? 1));
      return scores;
    },
    searchScores(request) {
      const queries = subqueriesOf(request).map(([s, terms]): Query => ({ queries: [terms.join(TERM_SEPARATOR)], combineWith: 'OR', fields: [...s.fields], boost: s.boost }));
      return new Map(index.search({ queries, combineWith: 'OR' }).map((r) => [String(r.id), r.score]));
    },
  };
}

/** The fields and boosts of one kind of subquery, and the scores of the terms searched so. */
interface TermScorer {
  readonly fields: readonly IndexField[];
  readonly boost: Record<string, number>;
  readonly scores: Map<string, TermScores>;
}

/** The passages (by position) a term finds, and its score in each. */
interface TermScores {
  readonly passages: readonly number[];
  readonly scores: readonly number[];
}

/** Analysed text as MiniSearch receives it: terms joined by {@link TERM_SEPARATOR}. */
function splitTerms(text: string): string[] {
  return text.split(TERM_SEPARATOR).filter((t) => t !== '');
}

/** Notes stand outside both drafts (注記2 is about the 宇部市 draft), so a party filter keeps them. */
function isInPreferred(passage: Passage | undefined, preferred: ReadonlySet<string>): boolean {
  return passage !== undefined && (passage.kind === 'note' || preferred.has(passage.agreement.id));
}

/** The annex columns are headed 甲の役割 / 両市の役割: part of each row, so 役割 finds the rows. */
function roleTexts(passage: Passage): string[] {
  if (passage.kind !== 'annex-row') return [];
  const headings = passage.agreement.parties.map((p) => p.roleHeading);
  return [...headings, ...passage.partyRoles.map((r) => r.role)];
}

/** Terms a passage defines (山口市（以下「甲」という。）): the passage is where to look them up. */
export function definedTerms(text: string): string[] {
  return [...text.matchAll(/以下「([^」]+)」という/gu)].map(([, term]) => term ?? '').filter((t) => t !== '');
}
