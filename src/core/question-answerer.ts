/**
 * The question-answering engine: query understanding, MiniSearch over the passages, abstention,
 * and answer composition. Pure: it receives a ready tokenizer, the corpus and the glossary.
 */
import MiniSearch, { type Query } from 'minisearch';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import {
  ABSTAIN_MESSAGE,
  EMPTY_QUESTION_MESSAGE,
  EXAMPLE_QUESTIONS,
  composeSummary,
  groupAnswers,
  toAnswer,
} from './answer/compose.ts';
import type { Answer, AskResult, Intent, QuestionAnswerer } from './answer/types.ts';
import type { Corpus } from './corpus/load-corpus.ts';
import { GlossaryMatcher, type Glossary } from './search/glossary.ts';
import { INTENT_TERMS, classifyIntent } from './search/intent.ts';
import { buildPassages, type Passage } from './search/passages.ts';
import { findReferences } from './search/references.ts';
import { ReadingLexicon, createAnalyzer, type Analyzer, type Term } from './text/analyzer.ts';
import { normalizeText } from './text/normalize.ts';

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
   * @defaultValue { title: 3, body: 1.5, heading: 1, roles: 0.2, grams: 0.15 }
   */
  readonly boosts?: Partial<Record<IndexField, number>>;
  /**
   * Weight of a glossary expansion relative to the literal word of the question.
   * @defaultValue 0.6
   */
  readonly expansionWeight?: number;
}

type IndexField = 'title' | 'body' | 'heading' | 'roles' | 'grams';
const TEXT_FIELDS: readonly IndexField[] = ['title', 'body', 'heading', 'roles'];
const DEFAULT_BOOSTS: Record<IndexField, number> = { title: 3, body: 1.5, heading: 1, roles: 0.2, grams: 0.15 };
const TERM_SEPARATOR = '\u0000';

/** The parts an engine is built from; loading them is the caller's job (see create-question-answerer.ts). */
export interface EngineParts {
  readonly corpus: Corpus;
  readonly glossary: Glossary;
  readonly tokenizer: Tokenizer<IpadicFeatures>;
}

/** A concept of the question: a word and the words that mean the same in the agreements. */
interface ContentGroup {
  readonly literal: readonly string[];
  readonly expansions: readonly string[];
  /** How much the concept counts towards coverage: nouns 1, verbs and adjectives less (増やす, 入る say little). */
  readonly weight: number;
}

interface IndexedPassage {
  readonly passage: Passage;
  readonly terms: ReadonlySet<string>;
  /** Terms of the title and section heading: what the passage is about. */
  readonly titleTerms: ReadonlySet<string>;
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

  const analyzer = createAnalyzer(parts.tokenizer, { compounds: parts.glossary.compounds });
  const glossary = new GlossaryMatcher(parts.glossary);
  const passages = buildPassages(parts.corpus);
  const byId = new Map(passages.map((p) => [p.id, p]));
  const agreementIds = parts.corpus.agreements.map((a) => a.id);
  const lexicon = new ReadingLexicon();
  const indexed = new Map<string, IndexedPassage>();
  const index = new MiniSearch<Record<IndexField | 'id', string>>({
    fields: [...TEXT_FIELDS, 'grams'],
    idField: 'id',
    // Fields arrive already analysed (terms joined by a separator): kuromoji runs once per text.
    tokenize: (text) => text.split(TERM_SEPARATOR).filter((t) => t !== ''),
    processTerm: (term) => term,
    searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
  });

  for (const passage of passages) {
    const fieldTexts: Record<Exclude<IndexField, 'grams'>, string> = {
      title: passage.title,
      body: passage.quote,
      heading: passage.heading,
      roles: passage.partyRoles.map((r) => r.role).join('\n'),
    };
    const analysed = Object.fromEntries(TEXT_FIELDS.map((f) => [f, analyzer.analyze(fieldTexts[f as Exclude<IndexField, 'grams'>])])) as Record<Exclude<IndexField, 'grams'>, Term[]>;
    const grams = analyzer.bigrams(`${passage.title} ${passage.quote}`);
    for (const terms of Object.values(analysed)) lexicon.addTerms(terms);
    index.add({
      id: passage.id,
      title: analysed.title.map((t) => t.term).join(TERM_SEPARATOR),
      body: analysed.body.map((t) => t.term).join(TERM_SEPARATOR),
      heading: analysed.heading.map((t) => t.term).join(TERM_SEPARATOR),
      roles: analysed.roles.map((t) => t.term).join(TERM_SEPARATOR),
      grams: grams.join(TERM_SEPARATOR),
    });
    const terms = new Set([...Object.values(analysed).flatMap((ts) => ts.map((t) => t.term)), ...grams]);
    const titleTerms = new Set([...analysed.title, ...analysed.heading].map((t) => t.term));
    indexed.set(passage.id, { passage, terms, titleTerms });
  }
  // Glossary words are read too, so a kana-only question can spell them (ぼうさい → 防災).
  for (const entry of parts.glossary.synonyms) for (const w of [...entry.words, ...entry.means]) lexicon.addTerms(analyzer.analyze(w));

  const partyWords = collectPartyWords(parts.corpus);

  function ask(rawQuestion: string, askOptions: { readonly limit?: number } = {}): AskResult {
    const limit = askOptions.limit ?? defaultLimit;
    const chars = [...String(rawQuestion ?? '')];
    const truncated = chars.length > maxLength;
    const question = truncated ? chars.slice(0, maxLength).join('') : chars.join('');
    const normalized = normalizeText(question);
    if (normalized === '' || !/[\p{L}\p{N}]/u.test(normalized)) {
      return abstain(question, truncated, 'search', EMPTY_QUESTION_MESSAGE);
    }

    const references = findReferences(normalized).filter((r) => passages.some((p) => p.ref === r.ref));
    const mentioned = partyWords.filter((p) => normalized.includes(p.word));
    const preferred = preferredAgreements(mentioned, agreementIds);
    // Content is what is left once references and party names are taken out.
    let content = normalized;
    for (const r of [...references].reverse()) content = `${content.slice(0, r.start)} ${content.slice(r.end)}`;
    for (const p of mentioned) content = content.split(p.word).join(' ');
    const groups = buildContentGroups(content, analyzer, glossary, lexicon);

    const intent = classifyIntent(normalized, references.length > 0 && groups.length === 0);
    if (references.length > 0) {
      const answers = references.flatMap((r) =>
        passages.filter((p) => p.ref === r.ref && (preferred === undefined || preferred.has(p.agreement.id))).map((p) => toAnswer(p, 1)),
      );
      return respond(question, truncated, intent, answers.slice(0, Math.max(limit, references.length * agreementIds.length)));
    }
    if (groups.length === 0) return abstain(question, truncated, intent, ABSTAIN_MESSAGE);

    const ranked = rank(groups, content, intent, preferred);
    const top = ranked[0];
    if (!top || top.coverage < minCoverage || !top.strong) return abstain(question, truncated, intent, ABSTAIN_MESSAGE);
    const kept = ranked.filter((r) => r.score >= top.score * 0.35).slice(0, limit);
    return respond(question, truncated, intent, orderByRef(kept).map((r) => toAnswer(r.passage, r.score)));
  }

  function rank(groups: readonly ContentGroup[], content: string, intent: Intent, preferred: ReadonlySet<string> | undefined) {
    const literal = [...new Set(groups.flatMap((g) => g.literal))];
    const expansions = [...new Set(groups.flatMap((g) => g.expansions))].filter((t) => !literal.includes(t));
    const fieldBoosts = (weight: number) => Object.fromEntries(TEXT_FIELDS.map((f) => [f, boosts[f] * weight]));
    const queries: Query[] = [];
    if (literal.length > 0) queries.push({ queries: literal, combineWith: 'OR', fields: [...TEXT_FIELDS], boost: fieldBoosts(1) });
    if (expansions.length > 0) queries.push({ queries: expansions, combineWith: 'OR', fields: [...TEXT_FIELDS], boost: fieldBoosts(expansionWeight) });
    const grams = analyzer.bigrams(content);
    if (grams.length > 0) queries.push({ queries: grams, combineWith: 'OR', fields: ['grams'], boost: { grams: boosts.grams } });
    const results = index.search({ queries, combineWith: 'OR' }, {
      filter: preferred ? (r) => preferred.has(String(r.id).split(':')[0] ?? '') : undefined,
    });
    return results
      .map((result) => {
        const entry = indexed.get(String(result.id));
        if (!entry) return undefined;
        const matched = groups.filter((g) => [...g.literal, ...g.expansions].some((t) => entry.terms.has(t)));
        const coverage = sum(matched.map((g) => g.weight)) / sum(groups.map((g) => g.weight));
        // Strong evidence: two concepts of the question, or one that names the passage (title, heading).
        const strong = matched.length >= 2 || matched.some((g) => [...g.literal, ...g.expansions].some((t) => entry.titleTerms.has(t)));
        // Who-questions are answered by the annex, whose rows name each party's role.
        const intentBoost = intent === 'role' && entry.passage.kind === 'annex-row' ? 1.25 : 1;
        return { passage: entry.passage, coverage, strong, score: result.score * (0.25 + coverage) * intentBoost };
      })
      .filter((r): r is { passage: Passage; coverage: number; strong: boolean; score: number } => r !== undefined)
      .sort((a, b) => b.score - a.score || a.passage.order - b.passage.order);
  }

  function respond(question: string, truncated: boolean, intent: Intent, answers: Answer[]): AskResult {
    if (answers.length === 0) return abstain(question, truncated, intent, ABSTAIN_MESSAGE);
    const groups = groupAnswers(answers);
    const note = truncated ? `※ 質問が長いため、先頭の${maxLength}文字だけを読みました。\n` : '';
    return { question, truncated, intent, abstained: false, summary: note + composeSummary(intent, groups), suggestions: [], answers, groups };
  }

  function abstain(question: string, truncated: boolean, intent: Intent, message: string): AskResult {
    return { question, truncated, intent, abstained: true, summary: message, suggestions: EXAMPLE_QUESTIONS, answers: [], groups: [] };
  }

  return {
    ask(question, askOptions) {
      try {
        return ask(question, askOptions);
      } catch {
        // The engine never throws at a user: an unexpected failure is an honest "not found".
        return abstain(String(question ?? '').slice(0, maxLength), false, 'search', ABSTAIN_MESSAGE);
      }
    },
    lookup(agreement, ref) {
      const passage = byId.get(`${agreement}:${ref}`);
      return passage ? toAnswer(passage, 1) : undefined;
    },
    listAnnexRows() {
      const seen = new Map<string, { ref: string; section: string; title: string }>();
      for (const p of passages) if (p.kind === 'annex-row' && !seen.has(p.ref)) seen.set(p.ref, { ref: p.ref, section: p.section, title: p.title });
      return [...seen.values()];
    },
    examples: EXAMPLE_QUESTIONS,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
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

/** The agreements a question's party words point to, when they single some out (宇部市 → 連携協約2). */
function preferredAgreements(mentioned: readonly PartyWord[], all: readonly string[]): ReadonlySet<string> | undefined {
  let preferred: Set<string> | undefined;
  for (const p of mentioned) {
    if (p.agreements.size >= all.length) continue;
    preferred = preferred ? new Set([...preferred].filter((a) => p.agreements.has(a))) : new Set(p.agreements);
  }
  return preferred && preferred.size > 0 ? preferred : undefined;
}

/** Keeps each ref's drafts together (so they can be shown as one group), ordered by their best score. */
function orderByRef<T extends { passage: Passage }>(ranked: readonly T[]): T[] {
  const refs = [...new Set(ranked.map((r) => r.passage.ref))];
  return refs.flatMap((ref) => ranked.filter((r) => r.passage.ref === ref));
}

/**
 * The question's concepts: each glossary match (its words and their meaning in the agreements),
 * each remaining content word, and words spelled in kana that the reading lexicon recognises.
 * English words the glossary does not know are left out: they can never match Japanese text.
 */
function buildContentGroups(content: string, analyzer: Analyzer, glossary: GlossaryMatcher, lexicon: ReadingLexicon): ContentGroup[] {
  const groups: ContentGroup[] = [];
  const claimed = new Set<string>();
  for (const match of glossary.match(content)) {
    const literal = analyzer.terms(match.word);
    // A meaning is searched as written too: analysed alone, 長 would read as the adjective 長い.
    const expansions = [...new Set(match.means.flatMap((m) => [normalizeText(m), ...analyzer.terms(m)]))];
    literal.forEach((t) => claimed.add(t));
    groups.push({ literal: literal.filter((t) => !INTENT_TERMS.has(t)), expansions, weight: 1 });
  }
  let text = content;
  // Kana runs (さいがいたいさく, サイガイタイサク from ｻｲｶﾞｲﾀｲｻｸ) are read against the lexicon.
  for (const [run] of content.matchAll(/[\p{Script=Hiragana}\p{Script=Katakana}ー]{4,}/gu)) {
    const words = lexicon.segment(run);
    const spelled = words.reduce((n, w) => n + w.length, 0);
    if (words.length === 0 || analyzer.terms(run).every((t) => words.includes(t))) continue;
    if (spelled * 2 < [...run].length / 2) continue;
    text = text.replace(run, ' ');
    for (const w of words) if (!claimed.has(w) && !INTENT_TERMS.has(w)) groups.push({ literal: [w], expansions: [], weight: 1 });
  }
  const seen = new Set<string>();
  for (const { term, pos } of analyzer.analyze(text)) {
    if (claimed.has(term) || INTENT_TERMS.has(term) || seen.has(term)) continue;
    if (/^[a-z0-9'.-]+$/u.test(term)) continue;
    seen.add(term);
    groups.push({ literal: [term], expansions: [], weight: pos === '名詞' ? 1 : 0.3 });
  }
  return groups.filter((g) => g.literal.length + g.expansions.length > 0);
}
