/**
 * The question-answering engine: query understanding, MiniSearch over the passages, abstention,
 * and answer composition. Pure: it receives a ready tokenizer, the corpus and the glossary.
 */
import MiniSearch, { type Query } from 'minisearch';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import {
  ABSTAIN_MESSAGE,
  composeNoQuestionMessage,
  EXAMPLE_QUESTIONS,
  composeSummary,
  type SummaryContext,
  groupAnswers,
  toAnswer,
} from './answer/compose.ts';
import type { Answer, AskResult, Confidence, Intent, PartyReading, QuestionAnswerer } from './answer/types.ts';
import type { Corpus } from './corpus/load-corpus.ts';
import { GlossaryMatcher, type Glossary } from './search/glossary.ts';
import { asksForArticle, asksForVenue, classifyIntent } from './search/intent.ts';
import { buildPassages, type Passage } from './search/passages.ts';
import { PARTY_WEIGHT, blankSpans, buildContentGroups, type ContentGroup, type QueryContext, type Span } from './search/query.ts';
import { findReferences } from './search/references.ts';
import { factsAskedFor, factsStatedIn } from './search/facts.ts';
import { topicTerm, vocabularyAsGlossary, type Vocabulary } from './search/vocabulary.ts';
import { createMemberResolver, type MemberResolution } from './region/resolve-members.ts';
import { ReadingLexicon, createAnalyzer, type Term } from './text/analyzer.ts';
import { normalizeText } from './text/normalize.ts';
import type { LexicalCategories } from './text/lexical-categories.ts';
import { buildWarmUpQuestions, warmUpEngine } from './warm-up.ts';

/** Options of {@link createQuestionAnswererFrom}. Every option has a tuned default. */
export interface EngineOptions {
  /**
   * Questions longer than this (in characters) are cut, and the answer says so.
   * @defaultValue 500
   * @example { maxQuestionLength: 1000 }
   */
  readonly maxQuestionLength?: number;
  /**
   * How many answers `ask` returns at most (both drafts of one ref count as two).
   * @defaultValue 6
   */
  readonly limit?: number;
  /**
   * Abstain unless the best passage covers at least this share of the question's content words
   * (a word covered by a synonym counts). Lower answers more, and more wrongly.
   * @defaultValue 0.5
   */
  readonly minCoverage?: number;
  /**
   * Field boosts of the index.
   * @defaultValue { title: 3, body: 1.5, heading: 1, roles: 0.2, defines: 6, topics: 3, grams: 0.15 }
   */
  readonly boosts?: Partial<Record<IndexField, number>>;
  /**
   * Weight of a glossary expansion relative to the literal word of the question.
   * @defaultValue 0.6
   */
  readonly expansionWeight?: number;
  /** Receives each searched question's concepts and best passages: for evaluation tooling, never needed in production. */
  readonly trace?: (trace: { readonly question: string; readonly groups: readonly ContentGroup[]; readonly ranked: readonly RankedPassage[] }) => void;
  /**
   * Called when answering a question fails unexpectedly. That is a bug (every input has an answer
   * or an abstention), so the asker still gets a plain abstention and this is where it gets logged.
   * @defaultValue nothing: the failure is silent
   * @example { onError: (error, question) => console.error('engine failed on', question, error) }
   */
  readonly onError?: (error: unknown, question: string) => void;
}

type IndexField = 'title' | 'body' | 'heading' | 'roles' | 'defines' | 'topics' | 'grams';
const TEXT_FIELDS: readonly IndexField[] = ['title', 'body', 'heading', 'roles', 'defines', 'topics'];
const DEFAULT_BOOSTS: Record<IndexField, number> = { title: 3, body: 1.5, heading: 1, roles: 0.2, defines: 6, topics: 3, grams: 0.15 };
/** Bigram lookups per question at most (see rank). */
const MAX_QUERY_BIGRAMS = 24;
const TERM_SEPARATOR = '\u0000';

/** The parts an engine is built from; loading them is the caller's job (see create-question-answerer.ts). */
export interface EngineParts {
  readonly corpus: Corpus;
  readonly glossary: Glossary;
  /** Concrete projects mapped to annex rows, and off-topic city-hall business (optional). */
  readonly vocabulary?: Vocabulary;
  /** General words' categories (JUMAN), to weigh words the corpus does not know (optional). */
  readonly lexicalCategories?: LexicalCategories;
  readonly tokenizer: Tokenizer<IpadicFeatures>;
}

/** How one passage scored for one question: what `trace` receives, to explain a ranking. */
export interface RankedPassage {
  readonly passage: Passage;
  /** Weighted share of the question's concepts the passage covers. */
  readonly coverage: number;
  /** Enough evidence to answer with it (see {@link hasStrongEvidence}). */
  readonly strong: boolean;
  /** `related` when the passage holds the question's topic only through the vocabulary. */
  readonly confidence: Confidence;
  readonly score: number;
}

interface IndexedPassage {
  readonly passage: Passage;
  readonly terms: ReadonlySet<string>;
  /** Terms of the title, section heading and definitions: what the passage is about. */
  readonly titleTerms: ReadonlySet<string>;
  /** Terms standing as whole words in the text (see `Analyzer.standalone`). */
  readonly wholeTerms: ReadonlySet<string>;
}

/** A party word of some agreement: 宇部市 is only in 連携協約2, 山口市 in both. */
interface PartyWord {
  readonly word: string;
  readonly agreements: ReadonlySet<string>;
}

/**
 * Builds the engine from a corpus, a glossary and a ready kuromoji tokenizer.
 *
 * @example
 * const engine = createQuestionAnswererFrom({ corpus, glossary, tokenizer });
 * engine.ask('災害対応は誰が担当？').answers[0]?.ref; // → '別表3(1)エ'
 */
export function createQuestionAnswererFrom(parts: EngineParts, options: EngineOptions = {}): QuestionAnswerer {
  const maxLength = options.maxQuestionLength ?? 500;
  const defaultLimit = options.limit ?? 6;
  const minCoverage = options.minCoverage ?? 0.5;
  const boosts = { ...DEFAULT_BOOSTS, ...options.boosts };
  const expansionWeight = options.expansionWeight ?? 0.6;
  const trace = options.trace;

  const partyWords = collectPartyWords(parts.corpus);
  const members = createMemberResolver(parts.corpus.region, parts.corpus.agreements.map((a) => a.id));
  // Party names are domain compounds: 宇部市 is one term, so a question naming it finds the
  // passages that print it (前文, 末文, 注記2) although the tokenizer reads 宇部 / 市.
  const partyCompounds = partyWords.map((p) => p.word).filter((w) => /\p{Script=Han}/u.test(w) && [...w].length >= 2);
  const analyzer = createAnalyzer(parts.tokenizer, { compounds: [...parts.glossary.compounds, ...partyCompounds] });
  const glossary = new GlossaryMatcher(parts.glossary);
  const vocabulary = parts.vocabulary ? new GlossaryMatcher(vocabularyAsGlossary(parts.vocabulary)) : undefined;
  const passages = buildPassages(parts.corpus);
  const byId = new Map(passages.map((p) => [p.id, p]));
  const agreementIds = parts.corpus.agreements.map((a) => a.id);
  const lexicon = new ReadingLexicon();
  const indexed = new Map<string, IndexedPassage>();
  const documentFrequency = new Map<string, number>();
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
    indexed.set(passage.id, { passage, terms, titleTerms, wholeTerms: new Set(analyzer.standalone(`${passage.title}\n${passage.quote}`)) });
    for (const t of terms) documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1);
  }
  const corpusText = passages.map((p) => normalizeText(`${p.title}\n${p.heading}\n${p.quote}`)).join('\n');
  // Glossary words are read too, so a kana-only question can spell them (ぼうさい → 防災).
  for (const entry of parts.glossary.synonyms) for (const w of [...entry.words, ...entry.means]) lexicon.addTerms(analyzer.analyze(w));

  const queryContext: QueryContext = {
    analyzer,
    glossary,
    ...(vocabulary ? { vocabulary } : {}),
    ...(parts.lexicalCategories ? { lexicalCategories: (word: string) => parts.lexicalCategories?.get(word) ?? [] } : {}),
    lexicon,
    documentFrequency: (term) => documentFrequency.get(term) ?? 0,
    passageCount: passages.length,
    inText: (surface) => corpusText.includes(surface),
  };

  function ask(rawQuestion: string, askOptions: { readonly limit?: number } = {}): AskResult {
    const limit = askOptions.limit ?? defaultLimit;
    const chars = [...String(rawQuestion ?? '')];
    const truncated = chars.length > maxLength;
    const question = truncated ? chars.slice(0, maxLength).join('') : chars.join('');
    const normalized = normalizeText(question);
    if (normalized === '' || !/[\p{L}\p{N}]/u.test(normalized)) {
      return abstain(question, truncated, 'search', composeNoQuestionMessage(normalized));
    }

    const resolution = members.resolve(normalized);
    const memberSpans = [...resolution.mentions, ...resolution.agreementSpans];
    const found = findReferences(blankSpans(normalized, resolution.agreementSpans));
    const references = found.filter((r) => passages.some((p) => p.ref === r.ref));
    // 第7条, 別表4ア: say what exists rather than a generic not-found.
    const missing = found.filter((r) => !references.includes(r));
    if (missing.length > 0 && references.length === 0) return abstain(question, truncated, 'reference', describeMissing(missing.map((r) => r.ref), passages));
    // Members are read first (萩市 is 乙 of 連携協約1); the agreements' own party words (甲, 両市) in the rest.
    const mentioned = mentionedParties(blankSpans(normalized, memberSpans), partyWords);
    const preferred = combinePreferences(resolution.agreements, preferredAgreements(mentioned.map((m) => m.party), agreementIds));
    // References, members and party names are understood already; the rest of the question is its content.
    const excluded = [...references, ...mentioned.flatMap((m) => m.spans), ...memberSpans];
    const partyTerms = [...new Set([...mentioned.map((m) => m.party.word), ...memberPartyWords(resolution)])];
    const groups = buildContentGroups(normalized, excluded, partyTerms, queryContext);
    // A forum question asks for the concept 場, whose meanings (会議, 幹事会…) the glossary holds.
    if (asksForVenue(normalized)) groups.push(...buildContentGroups(VENUE_WORD, [], [], queryContext));
    // 何人? いつ? The answer must state such a fact; few passages do (see facts.ts).
    for (const fact of factsAskedFor(normalized)) groups.push({ label: fact, literal: [], expansions: [], phrases: [[fact]], weight: FACT_WEIGHT, optional: false });
    const topical = groups.filter((g) => !g.optional);

    const intent = classifyIntent(normalized, references.length > 0 && topical.length === 0);
    if (references.length > 0) {
      const answers = references.flatMap((r) =>
        passages.filter((p) => p.ref === r.ref && (preferred === undefined || preferred.has(p.agreement.id))).map((p) => toAnswer(p, 1)),
      );
      return respond(question, truncated, intent, answers.slice(0, Math.max(limit, references.length * agreementIds.length)), { ...readingOf(resolution), notes: resolution.notes });
    }
    if (groups.length === 0) return abstain(question, truncated, intent, ABSTAIN_MESSAGE);

    const ranked = rank(groups, blankSpans(normalized, excluded), intent, preferred, asksForArticle(normalized));
    trace?.({ question, groups, ranked: ranked.slice(0, 8) });
    const top = ranked[0];
    if (!top || top.coverage < minCoverage || !top.strong) return abstain(question, truncated, intent, ABSTAIN_MESSAGE);
    const kept = ranked.filter((r) => r.score >= top.score * 0.35).slice(0, limit);
    const answers = orderByRef(kept).map((r) => toAnswer(r.passage, r.score, r.confidence));
    const topEntry = indexed.get(top.passage.id);
    const relatedTerms = top.confidence === 'related' && topEntry ? unnamedTopics(groups, topEntry) : [];
    return respond(question, truncated, intent, answers, { ...readingOf(resolution), notes: resolution.notes, relatedTerms });
  }

  function rank(groups: readonly ContentGroup[], content: string, intent: Intent, preferred: ReadonlySet<string> | undefined, articleWanted: boolean): RankedPassage[] {
    // Only terms some passage has: a term the index lacks finds nothing, yet costs MiniSearch a
    // full lookup with its option merging. Each subquery is one string of terms (see searchOptions).
    const known = (term: string): boolean => (documentFrequency.get(term) ?? 0) > 0;
    const literal = [...new Set(groups.filter((g) => !g.optional).flatMap((g) => g.literal))];
    const expansions = [...new Set(groups.flatMap((g) => g.expansions))].filter((t) => !literal.includes(t) && known(t));
    const partyNames = [...new Set(groups.filter((g) => g.optional).flatMap((g) => g.literal))].filter(known);
    const fieldBoosts = (weight: number) => Object.fromEntries(TEXT_FIELDS.map((f) => [f, boosts[f] * weight]));
    const queries: Query[] = [];
    const searched = literal.filter(known);
    if (searched.length > 0) queries.push({ queries: [searched.join(TERM_SEPARATOR)], combineWith: 'OR', fields: [...TEXT_FIELDS], boost: fieldBoosts(1) });
    if (expansions.length > 0) queries.push({ queries: [expansions.join(TERM_SEPARATOR)], combineWith: 'OR', fields: [...TEXT_FIELDS], boost: fieldBoosts(expansionWeight) });
    if (partyNames.length > 0) queries.push({ queries: [partyNames.join(TERM_SEPARATOR)], combineWith: 'OR', fields: [...TEXT_FIELDS], boost: fieldBoosts(PARTY_WEIGHT) });
    // Distinct bigrams only, and a bounded number: each is one index lookup, and a long question
    // repeats itself; the fallback needs a handful, not hundreds.
    const grams = [...new Set(analyzer.bigrams(content))].slice(0, MAX_QUERY_BIGRAMS).filter(known);
    if (grams.length > 0) queries.push({ queries: [grams.join(TERM_SEPARATOR)], combineWith: 'OR', fields: ['grams'], boost: { grams: boosts.grams } });
    const results = index.search({ queries, combineWith: 'OR' }, {
      filter: preferred ? (r) => isInPreferred(byId.get(String(r.id)), preferred) : undefined,
    });
    const ranked: RankedPassage[] = [];
    for (const result of results) {
      const entry = indexed.get(String(result.id));
      if (!entry) continue;
      const { coverage, strong, related } = judgeEvidence(groups, entry);
      // Who-questions are answered by the annex, whose rows name each party's role.
      const intentBoost = intent === 'role' && entry.passage.kind === 'annex-row' ? 1.25 : 1;
      // 本文では / どの条: the asker wants an article, not an annex row or the 前文.
      const kindBoost = articleWanted && entry.passage.kind === 'article' ? ARTICLE_HINT_BOOST : 1;
      // Coverage cubed: a passage answering every concept beats one repeating a single concept often
      // (BM25 rewards 市町, 圏域 ×3 in 3(3)ア more than つながり + その他 in 3(2)ウ).
      ranked.push({ passage: entry.passage, coverage, strong, confidence: related ? 'related' : 'answer', score: result.score * coverage ** 3 * intentBoost * kindBoost });
    }
    return ranked.sort((a, b) => b.score - a.score || a.passage.order - b.passage.order);
  }

  function respond(question: string, truncated: boolean, intent: Intent, answers: Answer[], context: SummaryContext): AskResult {
    if (answers.length === 0) return abstain(question, truncated, intent, ABSTAIN_MESSAGE);
    const groups = groupAnswers(answers);
    const summary = truncationNote(truncated) + composeSummary(intent, groups, context);
    return { question, truncated, intent, abstained: false, summary, suggestions: [], answers, groups, ...(context.reading ? { reading: context.reading } : {}) };
  }

  function abstain(question: string, truncated: boolean, intent: Intent, message: string): AskResult {
    return { question, truncated, intent, abstained: true, summary: truncationNote(truncated) + message, suggestions: EXAMPLE_QUESTIONS, answers: [], groups: [] };
  }

  /** Said whether the engine answers or abstains: a cut question may have lost what it asked. */
  function truncationNote(truncated: boolean): string {
    return truncated ? `※ 質問が長いため、先頭の${maxLength}文字だけを読みました。\n` : '';
  }

  /** Tells the caller's onError of a failure (a bug); a failing handler changes nothing. */
  function reportFailure(error: unknown, question: string): void {
    try {
      options.onError?.(error, question);
    } catch {
      // A failing error handler must not turn an abstention into an exception.
    }
  }

  /** `ask` as callers get it: an unexpected failure becomes an abstention and goes to onError. */
  function askSafely(question: string, askOptions?: { readonly limit?: number }): AskResult {
    try {
      return ask(question, askOptions);
    } catch (error) {
      // The engine never throws at a user: an unexpected failure is an honest "not found".
      reportFailure(error, String(question ?? ''));
      return abstain(String(question ?? '').slice(0, maxLength), false, 'search', ABSTAIN_MESSAGE);
    }
  }

  return {
    ask: askSafely,
    lookup(agreement, ref) {
      const passage = byId.get(`${agreement}:${ref}`);
      return passage ? toAnswer(passage, 1) : undefined;
    },
    listAnnexRows() {
      const seen = new Map<string, { ref: string; section: string; sectionTitle: string; title: string; agreements: string[] }>();
      for (const p of passages) {
        if (p.kind !== 'annex-row') continue;
        const entry = seen.get(p.ref);
        if (entry) entry.agreements.push(p.agreement.id);
        else seen.set(p.ref, { ref: p.ref, section: p.section, sectionTitle: p.sectionTitle, title: p.title, agreements: [p.agreement.id] });
      }
      return [...seen.values()];
    },
    examples: EXAMPLE_QUESTIONS,
    async warmUp(warmUpOptions) {
      // A corpus or glossary edit that trips a bug must not stop the bot: the first failure is
      // reported once and ends the warm-up (the bug would only repeat itself).
      let answered = 0;
      let current = '';
      try {
        await warmUpEngine(
          (question) => {
            current = question;
            ask(question);
            answered += 1;
          },
          buildWarmUpQuestions(passages, parts.glossary),
          warmUpOptions,
        );
      } catch (error) {
        reportFailure(error, current);
      }
      return answered;
    },
  };
}

/** Analysed text as MiniSearch receives it: terms joined by {@link TERM_SEPARATOR}. */
function splitTerms(text: string): string[] {
  return text.split(TERM_SEPARATOR).filter((t) => t !== '');
}

/**
 * Coverage and strength of one passage's evidence. Coverage is the weighted share of the question's
 * concepts the passage contains; a party name counts only where the passage names it. Evidence is
 * strong with two concepts, or one that names the passage (title, heading, a term it defines), or
 * one rare enough to single it out (テクノロジー is in one row only) and used there as a word.
 */
export function judgeEvidence(
  groups: readonly ContentGroup[],
  entry: { readonly terms: ReadonlySet<string>; readonly titleTerms: ReadonlySet<string>; readonly wholeTerms: ReadonlySet<string> },
): { coverage: number; strong: boolean; related: boolean } {
  // Plain loops: this runs for every group of every passage a question finds.
  let named = false;
  let viaTopic = false;
  let matchedWeight = 0;
  let countedWeight = 0;
  let matched = 0;
  let singlesOut = false;
  for (const g of groups) {
    const hit = expresses(g, entry.terms);
    if (hit && !g.optional) {
      // Named: the passage holds the concept in words (its own or a synonym's); a vocabulary concept
      // held only through the row's topic term makes the passage related, not an answer.
      if (g.topic && !holdsAll(g.literal, entry.terms)) viaTopic = true;
      else if (g.weight >= NAMING_WEIGHT) named = true;
    }
    if (hit) {
      matched += 1;
      matchedWeight += g.weight;
      // A rare word counts alone only where the passage uses it as a word: 山口市の人口は？ is not
      // answered by 人口減少 (第1条) or 交流人口 (別表1オ).
      // A glossary meaning is the agreements' own word, so it needs no such check.
      const rare = !g.optional && g.weight >= RARE_WEIGHT && (g.expansions.length > 0 || expresses(g, entry.wholeTerms));
      if (!singlesOut && (rare || expresses(g, entry.titleTerms))) singlesOut = true;
    }
    if (!g.optional || hit) countedWeight += g.weight;
  }
  const coverage = matchedWeight / Math.max(countedWeight, Number.EPSILON);
  return { coverage, strong: matched >= 2 || singlesOut, related: viaTopic && !named };
}

/** True when every term is in the set (and there is at least one). */
function holdsAll(terms: readonly string[], set: ReadonlySet<string>): boolean {
  return terms.length > 0 && terms.every((t) => set.has(t));
}

/** The vocabulary words of the question that the passage holds only through its topic term. */
function unnamedTopics(groups: readonly ContentGroup[], entry: { readonly terms: ReadonlySet<string> }): string[] {
  return groups.filter((g) => g.topic && expresses(g, entry.terms) && !holdsAll(g.literal, entry.terms)).map((g) => g.label);
}

/** The resolution's reading, as the summary context wants it (absent when the question named no member). */
function readingOf(resolution: MemberResolution): { reading?: PartyReading } {
  return resolution.reading ? { reading: resolution.reading } : {};
}

/** A concept weighing this much is a topic word: held in words, it makes the passage an answer. */
const NAMING_WEIGHT = 0.5;

/** True when the terms hold every term of one of the concept's phrases. */
function expresses(group: ContentGroup, terms: ReadonlySet<string>): boolean {
  for (const phrase of group.phrases) {
    let all = true;
    for (const term of phrase) {
      if (!terms.has(term)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/** A fact asked for (a figure, a date) weighs like the thing asked: a passage without it is no answer. */
const FACT_WEIGHT = 1.5;

/** The word for a forum, as the glossary knows it. */
const VENUE_WORD = '場';

/** How much an article gains when the question asks for one (本文では, どの条). */
const ARTICLE_HINT_BOOST = 1.5;

/** A concept weighing this much (a word of very few passages) singles a passage out on its own. */
const RARE_WEIGHT = 0.95;

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

/** Party symbols, names and aliases, each with the agreements that have such a party. */
function collectPartyWords(corpus: Corpus): PartyWord[] {
  const map = new Map<string, Set<string>>();
  for (const agreement of corpus.agreements) {
    for (const party of agreement.parties) {
      for (const word of [party.symbol, party.name, party.displayName, ...party.aliases]) {
        const key = normalizeText(word);
        if (key === '') continue;
        map.set(key, (map.get(key) ?? new Set()).add(agreement.id));
      }
    }
  }
  // Longest first: 山口市と宇部市 is removed before 山口市.
  return [...map.entries()].map(([word, agreements]) => ({ word, agreements })).sort((a, b) => b.word.length - a.word.length);
}

/**
 * The party words of a question with where they occur, longest first and without overlaps
 * (山口市と宇部市 is one party word, not also 山口市). English aliases match whole words only.
 */
function mentionedParties(normalized: string, partyWords: readonly PartyWord[]): { party: PartyWord; spans: Span[] }[] {
  const out: { party: PartyWord; spans: Span[] }[] = [];
  const taken: Span[] = [];
  for (const party of partyWords) {
    const english = /^[a-z ]+$/u.test(party.word);
    const spans: Span[] = [];
    for (let at = normalized.indexOf(party.word); at >= 0; at = normalized.indexOf(party.word, at + 1)) {
      const span = { start: at, end: at + party.word.length };
      if (english && (/[a-z]/u.test(normalized[at - 1] ?? '') || /[a-z]/u.test(normalized[span.end] ?? ''))) continue;
      if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
      spans.push(span);
    }
    if (spans.length === 0) continue;
    taken.push(...spans);
    out.push({ party, spans });
  }
  return out;
}

/** The agreements a question's party words point to, when they single some out (宇部市 → 連携協約2). */
function preferredAgreements(mentioned: readonly PartyWord[], all: readonly string[]): ReadonlySet<string> | undefined {
  let preferred: Set<string> | undefined;
  for (const p of mentioned) {
    if (p.agreements.size >= all.length) continue;
    preferred = preferred ? new Set([...preferred].filter((a) => p.agreements.has(a))) : new Set(p.agreements);
  }
  return preferred && preferred.size > 0 ? preferred : undefined;
}

/** 「第7条はありません。この協約は第1条〜第6条です。」: what a reference to nothing should say. */
function describeMissing(refs: readonly string[], passages: readonly Passage[]): string {
  const articles = [...new Set(passages.filter((p) => p.kind === 'article').map((p) => p.ref))];
  const rows = [...new Set(passages.filter((p) => p.kind === 'annex-row').map((p) => p.ref))];
  const range = (list: readonly string[]): string => (list.length > 1 ? `${list[0] ?? ''}〜${list.at(-1) ?? ''}` : (list[0] ?? ''));
  return `${refs.join('・')}はありません。協約の本文は${range(articles)}、別表は${range(rows)}（${rows.length}行）です。前文と末文もあります。`;
}

/** Both preferences when they agree on some agreement; the members' reading when they do not. */
function combinePreferences(fromMembers: ReadonlySet<string> | undefined, fromParties: ReadonlySet<string> | undefined): ReadonlySet<string> | undefined {
  if (!fromMembers) return fromParties;
  if (!fromParties) return fromMembers;
  const both = new Set([...fromMembers].filter((a) => fromParties.has(a)));
  return both.size > 0 ? both : fromMembers;
}

/**
 * The printed words that stand for the named members in their agreement: the party symbol
 * (乙 for 萩市) and a name the agreement prints (山口市, 宇部市; 山口市 where 宇部市 reads as it).
 */
function memberPartyWords(resolution: MemberResolution): string[] {
  const reading = resolution.reading;
  if (!reading) return resolution.mentions.map((m) => normalizeText(m.member.name)).filter((name) => PRINTED_MEMBERS.has(name));
  return reading.named.flatMap((name) => {
    const symbol = Object.entries(reading.names).find(([, member]) => member.split('と').includes(name))?.[0];
    const printed = reading.readAs?.as === name ? reading.readAs.printed : name;
    return [symbol, PRINTED_MEMBERS.has(printed) ? printed : undefined].filter((w): w is string => w !== undefined).map(normalizeText);
  });
}

/** Member names the agreements print (in 前文 and 末文); the 連携市町 appear only as ○○市町. */
const PRINTED_MEMBERS: ReadonlySet<string> = new Set(['山口市', '宇部市']);

/** Keeps each ref's drafts together (so they can be shown as one group), ordered by their best score. */
function orderByRef<T extends { passage: Passage }>(ranked: readonly T[]): T[] {
  const refs = [...new Set(ranked.map((r) => r.passage.ref))];
  return refs.flatMap((ref) => ranked.filter((r) => r.passage.ref === ref));
}
