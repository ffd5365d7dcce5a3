/**
 * The question-answering engine: reads a question (question-reading.ts: references, members,
 * concepts, facts asked), quotes a passage it names (reference-answers.ts) or ranks the passages
 * (search/passage-index.ts), lets the example bank weigh in, and answers, relates or abstains
 * (answer/results.ts). Pure: it receives a ready tokenizer, the corpus and the glossary.
 */
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import {
  ABSTAIN_MESSAGE,
  addFollowUpLead,
  composeGoverningNote,
  composeMissingFactMessage,
  composeMissingReference,
  composeTypoNotes,
  nameFacts,
  composeNoQuestionMessage,
  EXAMPLE_QUESTIONS,
  SMALL_TALK_MESSAGE,
  toAnswer,
} from './answer/compose.ts';
import type { Answer, AskOptions, AskResult, Intent, QuestionAnswerer } from './answer/types.ts';
import { createResultMaker, readingOf, toPointer } from './answer/results.ts';
import { createDocumentAnswers } from './document-answers.ts';
import { createQuestionReader, isFollowUp, type QuestionAnalysis } from './question-reading.ts';
import { createReferenceAnswers } from './reference-answers.ts';
import { createSpecialAnswers } from './special-answers.ts';
import type { Corpus } from './corpus/load-corpus.ts';
import { listNeighbourNames, listNeighbours, listPlaceNames, listVoteIgnoredPlaces } from './region/describe-members.ts';
import { createMemberResolver } from './region/resolve-members.ts';
import { holdsConcept, unnamedTopics } from './search/evidence.ts';
import { buildExampleBank, createExampleAnswers } from './example-answers.ts';
import type { Example, ExampleVote } from './search/example-bank.ts';
import type { ClassifierModel } from './search/example-classifier.ts';
import { asksSignatoryAddress } from './search/fact-concepts.ts';
import { createTypoCorrector, listKanjiGrams } from './search/typos.ts';
import { ELSEWHERE_TERM, OUTSIDER_TERM, factsAskedFor } from './search/facts.ts';
import { GlossaryMatcher, type Glossary } from './search/glossary.ts';
import { asksComposition, asksForArticle, asksIfIncluded, asksToCarryOut, asksWhereItBelongs, classifyIntent, isSmallTalk } from './search/intent.ts';
import { DEFAULT_BOOSTS, buildPassageIndex, type IndexField, type RankedPassage } from './search/passage-index.ts';
import { collectPartyWords, listPartyCompounds } from './search/party-words.ts';
import { buildPassages, type Passage } from './search/passages.ts';
import { TOPIC_CONCEPT_WEIGHT } from './search/concept-weights.ts';
import { blankSpans, type ContentGroup, type QueryContext } from './search/query.ts';
import { isAnnexSection } from './search/references.ts';
import { OUTSIDE_TERM, vocabularyAsGlossary, type Vocabulary } from './search/vocabulary.ts';
import { rememberTokens } from './text/remember-tokens.ts';
import { createAnalyzer } from './text/analyzer.ts';
import { rewriteKanaQuestion, teachKanaReadings } from './text/transliterate.ts';
import type { LexicalCategories } from './text/lexical-categories.ts';
import { normalizeKeepingSpaces, normalizeQuestion, normalizeText } from './text/normalize.ts';
import { DEFAULT_WARM_UP_EXAMPLES, buildWarmUpQuestions, collectWarmUpSources, warmUpEngine } from './warm-up.ts';

export type { RankedPassage } from './search/passage-index.ts';

/** A candidate as `trace` reports it: its ranking and, per concept of the question, whether it holds it. */
export interface TracedPassage extends RankedPassage {
  /** Parallel to the traced groups: true where the passage holds that concept. */
  readonly held: readonly boolean[];
}

/** Coverage below which the engine abstains by default (see {@link EngineOptions.minCoverage}). */
export const DEFAULT_MIN_COVERAGE = 0.5;

/** The closing (末文), which prints the signatories' addresses. */
const CLOSING_REF = '末文';

/** What a passage says a body is made of (経済団体等で構成する). */
const COMPOSED_TERM = '構成';

/** How many of the best-scored passages may answer when the first falls short. */
const ANSWER_CANDIDATES = 3;

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
  readonly trace?: (trace: { readonly question: string; readonly groups: readonly ContentGroup[]; readonly ranked: readonly TracedPassage[]; readonly vote?: ExampleVote }) => void;
  /**
   * Called when answering a question fails unexpectedly. That is a bug (every input has an answer
   * or an abstention), so the asker still gets a plain abstention and this is where it gets logged.
   * @defaultValue nothing: the failure is silent
   * @example { onError: (error, question) => console.error('engine failed on', question, error) }
   */
  readonly onError?: (error: unknown, question: string) => void;
}

/** The parts an engine is built from; loading them is the caller's job (see create-question-answerer.ts). */
export interface EngineParts {
  readonly corpus: Corpus;
  readonly glossary: Glossary;
  /** Concrete projects mapped to annex rows, and off-topic city-hall business (optional). */
  readonly vocabulary?: Vocabulary;
  /** General words' categories (JUMAN), to weigh words the corpus does not know (optional). */
  readonly lexicalCategories?: LexicalCategories;
  /** Questions with the passages that answer them: their vote weighs beside the engine's reading (optional). */
  readonly examples?: readonly Example[];
  /** A classifier trained on those examples (example-classifier.ts), averaged into their vote (optional). */
  readonly exampleWeights?: ClassifierModel;
  readonly tokenizer: Tokenizer<IpadicFeatures>;
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
  const minCoverage = options.minCoverage ?? DEFAULT_MIN_COVERAGE;
  const boosts = { ...DEFAULT_BOOSTS, ...options.boosts };
  const expansionWeight = options.expansionWeight ?? 0.6;
  const trace = options.trace;

  const partyWords = collectPartyWords(parts.corpus);
  const members = createMemberResolver(parts.corpus.region, parts.corpus.agreements.map((a) => a.id));
  // One question is read several times over (search, vote, a kana reading): the same text is tokenized once.
  const tokenizer = rememberTokens(parts.tokenizer);
  const analyzer = createAnalyzer(tokenizer, { compounds: [...parts.glossary.compounds, ...listPartyCompounds(partyWords)] });
  const glossary = new GlossaryMatcher(parts.glossary);
  const vocabulary = parts.vocabulary ? new GlossaryMatcher(vocabularyAsGlossary(parts.vocabulary)) : undefined;
  const passages = buildPassages(parts.corpus);
  // 「第6条の次の条」 is the closing when 第6条 is the last article.
  const lastArticle = Math.max(0, ...passages.map((p) => /^第([0-9]+)条$/u.exec(p.ref)?.[1]).map(Number).filter((n) => !Number.isNaN(n))) || undefined;
  const byId = new Map(passages.map((p) => [p.id, p]));
  const agreementIds = parts.corpus.agreements.map((a) => a.id);
  const index = buildPassageIndex(passages, analyzer, parts.glossary, { boosts, expansionWeight });
  const specialAnswers = createSpecialAnswers(passages, parts.corpus.agreements, parts.corpus.region);
  // The members' names and aliases: this 圏域's places, never another region (see facts.ts).
  const ownPlaces = listPlaceNames(parts.corpus.region);
  const outsiders = listNeighbourNames(parts.corpus.region);
  const documents = createDocumentAnswers(passages);
  const examples = createExampleAnswers(buildExampleBank(parts.examples, tokenizer, listVoteIgnoredPlaces(parts.corpus.region), parts.exampleWeights), passages);
  teachKanaReadings(index.lexicon, {
    // Neighbours too, so that いわくにし is read as 岩国市, a municipality the answer can name as no member.
    members: [...(parts.corpus.region?.members ?? []), ...listNeighbours(parts.corpus.region)].map((m) => ({ name: m.name, aliases: m.aliases })),
    projectTerms: (parts.vocabulary?.areas ?? []).flatMap((area) => area.terms.map((term) => analyzer.analyze(term))),
    partyReadings: parts.corpus.agreements.flatMap((a) => a.parties.flatMap((p) => (p.reading ? [{ reading: p.reading, symbol: p.symbol }] : []))),
  });

  // What the closures below keep, named one by one: a closure over `parts` would keep the example
  // bank's table (its feature column, megabytes) alive beside the index built from it.
  const { lexicalCategories, glossary: glossaryData, corpus } = parts;
  const queryContext: QueryContext = {
    analyzer,
    glossary,
    ...(vocabulary ? { vocabulary } : {}),
    ...(lexicalCategories ? { lexicalCategories: (word: string) => lexicalCategories.get(word) ?? [] } : {}),
    lexicon: index.lexicon,
    documentFrequency: index.documentFrequency,
    passageCount: passages.length,
    inText: index.inText,
    // The corpus's words and every kanji run of its text up to four kanji (幹事会 is no single term).
    correctTypo: createTypoCorrector([...index.terms(), ...listKanjiGrams(passages.map((p) => normalizeText(`${p.title}\n${p.quote}`)))]),
  };

  const readQuestion = createQuestionReader({ members, passages, partyWords, agreementIds, queryContext, lastArticle, ownPlaces, outsiders });
  const results = createResultMaker(maxLength);
  const { abstain, respond, finish, withdraw } = results;
  const answerReferences = createReferenceAnswers({ passages, index, documents, agreementIds, minCoverage, results });

  function ask(rawQuestion: string, askOptions: AskOptions = {}): AskResult {
    const limit = askOptions.limit ?? defaultLimit;
    const chars = [...String(rawQuestion ?? '')];
    const truncated = chars.length > maxLength;
    const question = truncated ? chars.slice(0, maxLength).join('') : chars.join('');
    const typed = normalizeQuestion(question);
    if (typed === '' || !/[\p{L}\p{N}]/u.test(typed)) {
      return abstain(question, truncated, 'search', composeNoQuestionMessage(typed));
    }
    if (isSmallTalk(typed)) return abstain(question, truncated, 'search', SMALL_TALK_MESSAGE);
    const answerText = (normalized: string): AskResult => {
      // The examples vote on the question as typed and as read, half each: a kana reading is the
      // engine's guess (きょう → 協), and the examples know some questions only one way.
      const reading = readQuestion(normalized, normalized === rewritten ? ([typed, normalized] as const) : normalized);
      // 宇部市の場合は？ 第何条に書いてある？: no topic of its own, so it is read with the previous one's.
      const context = askOptions.context;
      if (context && isFollowUp(reading)) {
        const combined = normalizeText(`${[...context.question].slice(0, maxLength).join('')}\n${normalized}`);
        const result = answerReading(question, truncated, readQuestion(combined), limit);
        if (!result.abstained) return addFollowUpLead(result, context.label, reading);
      }
      return answerReading(question, truncated, reading, limit);
    };
    // きょうやくのもくてき, kyouyaku no mokuteki: read in the corpus's words (the answer still quotes
    // the question as typed). Hiragana and romaji are read so first, as kuromoji reads them poorly;
    // katakana alone only when the question as typed finds nothing, so a katakana word
    // (リサイクル) is never cut into readings of other words.
    const rewritten = rewriteKanaQuestion(normalizeKeepingSpaces(question), index.lexicon);
    if (rewritten === undefined) return answerText(typed);
    // Katakana read as words that ask a fact (ギジロク ハ コウカイ → 議事録は公開) is read so first too:
    // the fact is the reason to abstain, which the katakana as typed cannot show.
    const factsRewritten = factsAskedFor(rewritten, ownPlaces, outsiders).length;
    const factsTyped = factsAskedFor(typed, ownPlaces, outsiders).length;
    const first = /\p{Script=Hiragana}|[a-z]/u.test(typed) || factsRewritten > factsTyped ? rewritten : typed;
    const second = first === typed ? rewritten : typed;
    const result = answerText(first);
    // An abstention for a fact asked (ひようは いくら？ → 費用はいくら？) has its reason: the other
    // reading, blind to the fact, must not answer it. So has a special reply that abstains (はぎしと
    // ほうふしの きょうやくは？ → there is none between them; since when a member belongs).
    if (!result.abstained || result.kind !== undefined || (first === rewritten ? factsRewritten : factsTyped) > 0) return result;
    const other = answerText(second);
    return other.abstained ? result : other;
  }

  function answerReading(question: string, truncated: boolean, reading: QuestionAnalysis, limit: number): AskResult {
    const { normalized, resolution, references, missing, preferred, excluded, groups } = reading;
    // 第7条, 別表4ア: say what exists rather than a generic not-found.
    if (missing.length > 0 && references.length === 0) return abstain(question, truncated, 'reference', composeMissingReference(missing.map((r) => r.ref), passages));
    const topical = groups.filter((g) => !g.optional);
    const intent = classifyIntent(normalized, references.length > 0 && topical.length === 0);
    if (references.length > 0) {
      const result = answerReferences(question, truncated, reading, intent, limit);
      // 別表1の予算は？: a topic no passage holds is read as if no section were named.
      return result ?? answerReading(question, truncated, { ...reading, references: references.filter((r) => !isAnnexSection(r.ref)) }, limit);
    }
    const special = specialAnswers.answer({ question, normalized, resolution, parties: reading.mentioned.map((m) => m.party), preferred, hasTopic: reading.hasTopic, hasRareTopic: reading.hasRareTopic, topics: reading.topics, facts: groups.filter((g) => g.required).map((g) => g.label) });
    if (special) return finish(question, truncated, special);
    const articleWanted = asksForArticle(normalized);
    const asked = { normalized, groups, intent, articleWanted, preferred, reading: resolution.reading };
    // About the documents themselves (a phrase quoted, 注記2's reading, 誰と誰, 別表って何条？).
    const rankIds = (): string[] => index.rank({ groups, content: blankSpans(normalized, excluded), intent, preferred, articleWanted }).map((r) => r.passage.id);
    const document = documents.answer(asked, rankIds);
    // A rule about the documents themselves: the examples do not revote it.
    if (document) return respond(question, truncated, intent, document.passages.map((p) => toAnswer(p, 1)), { ...readingOf(resolution), notes: [...document.notes, ...resolution.notes], leading: resolution.leading });
    if (groups.length === 0) return answerFromExamples(question, truncated, intent, reading, limit) ?? abstain(question, truncated, intent, ABSTAIN_MESSAGE);

    const ranked = index.rank({ groups, content: blankSpans(normalized, excluded), intent, preferred, articleWanted });
    if (trace) {
      const held = (r: RankedPassage): boolean[] => {
        const entry = index.entries.get(r.passage.id);
        return groups.map((g) => entry !== undefined && holdsConcept(g, entry.terms));
      };
      trace({ question, groups, ranked: ranked.slice(0, 8).map((r) => ({ ...r, held: held(r) })), ...examples.trace(reading.voteText) });
    }
    // The best-scored passage may fall short where the next one answers (高速バス: 別表3(2)ア scores
    // on 公共交通, 別表2イ holds the project): the first of the best few that passes answers.
    const top = ranked.slice(0, ANSWER_CANDIDATES).find((r) => r.coverage >= minCoverage && r.strong) ?? ranked[0];
    if (!top || top.coverage < minCoverage || !top.strong) {
      const nearest = ranked.slice(0, 3).map((r) => toPointer(r.passage));
      // The topic is there but the fact asked is not (次回はいつ？): say which, and where the topic is.
      // A detail of the project named in the asker's words (相談員, 服装) says more than the kind of fact.
      const details = top ? listUnstatedDetails(groups, index.entries.get(top.passage.id)) : [];
      const facts = top && top.coverage >= minCoverage ? (details.length > 0 && top.missingFacts.length > 0 ? [describeDetails(details)] : nameFacts(top.missingFacts)) : [];
      // Another region or scheme has no near passage here, however many words it shares.
      const pointer = top?.missingFacts.some((f) => f === ELSEWHERE_TERM || f === OUTSIDER_TERM) ? undefined : nearest[0];
      if (facts.length > 0) return { ...abstain(question, truncated, intent, composeMissingFactMessage(facts, pointer)), nearest };
      // No passage covers the words; questions asked like this one may still have had an answer.
      const fromExamples = answerFromExamples(question, truncated, intent, reading, limit);
      if (fromExamples) return fromExamples;
      // 連絡会議はオンラインでもいい？: a word no passage holds (オンライン) left the topic short, but
      // the fact asked is still the reason: say which, and where the topic is when half of it was found.
      const asked = top && top.coverage > 0 ? nameFacts(groups.filter((g) => g.required).map((g) => g.label)) : [];
      if (asked.length > 0) return { ...abstain(question, truncated, intent, composeMissingFactMessage(asked, top && top.coverage >= 0.5 ? pointer : undefined)), nearest };
      return { ...abstain(question, truncated, intent, ABSTAIN_MESSAGE), nearest };
    }
    // 研修を合同でやる場合、講師は誰？: the passage is related to the matter (研修) through its topic
    // term, and the clause that asks names a detail of it (講師) the passage does not hold.
    const details = top.confidence === 'related' ? listUnstatedDetails(groups, index.entries.get(top.passage.id)) : [];
    if (details.length > 0) {
      const nearest = ranked.slice(0, 3).map((r) => toPointer(r.passage));
      return { ...abstain(question, truncated, intent, composeMissingFactMessage([describeDetails(details)], nearest[0])), nearest };
    }
    // Passages scored above the one that answers fell short themselves: they are not shown; nor are
    // those below it that lack the fact asked (何年に締結？: the 前文 states no year).
    const passes = (r: RankedPassage): boolean => r.missingFacts.length === 0 && (r.score <= top.score || (r.coverage >= minCoverage && r.strong));
    const kept = ranked.filter((r) => r.score >= top.score * 0.35 && passes(r)).slice(0, limit);
    const ranks = orderByRef(kept).map((r) => toAnswer(r.passage, r.score, r.confidence));
    // 252条の2第1項はどこに出てくる？: the passage holding every citation asked answers; the examples
    // read no numbers, so 第1項 (the 前文) and 第4項 (第6条) look alike to them.
    // Only a paragraph tells them apart, and only where the passage holds all the question names.
    const citations = groups.filter((g) => CITATION_LABEL.test(g.label));
    const topTerms = index.entries.get(top.passage.id)?.terms ?? new Set<string>();
    const citesAll = citations.some((g) => g.label.endsWith('項')) && groups.every((g) => g.optional || g.framing || g.weight < TOPIC_CONCEPT_WEIGHT || holdsConcept(g, topTerms));
    const weighed = citesAll ? ranks : examples.reconsider(reading.voteText, ranks, preferred, limit);
    // 医療は誰が担当？ names a row's topic and asks its roles: that row answers, however many
    // unanswerable examples share 担当 (担当課は？ 担当者の名前は？).
    const asksRowRoles = intent === 'role' && top.passage.kind === 'annex-row' && top.coverage >= 1;
    // 家賃補助はどの取組に入る？ asks where a matter belongs, which some passage always is: the
    // examples asking the matter's details (家賃補助はある？) do not make it unanswered; nor does one
    // the asker means to carry out (時刻表を作りたい), unlike 時刻表を見たい, nor one asked whether the
    // agreements include it (介護保険は協約に入ってる？), which its nearest passage answers yes or no.
    // 山口市役所の住所は？: a signatory's address, which the 末文 prints, however many examples ask
    // the addresses it leaves as ○○ (萩市役所の住所は？) or no passage holds (支所, センター).
    const signatoryAddress = top.passage.ref === CLOSING_REF && asksSignatoryAddress(normalized, resolution.mentions);
    // 懇談会のメンバーは？: what a body is made of, asked of the passage that says so (で構成する), which
    // examples asking the members by name (メンバーは誰？) do not make unanswered.
    const composition = asksComposition(normalized) && topTerms.has(COMPOSED_TERM);
    if (weighed === 'abstain' && !asksRowRoles && !signatoryAddress && !composition && !asksWhereItBelongs(normalized) && !asksToCarryOut(normalized) && !asksIfIncluded(normalized)) return withdraw(question, truncated, intent, ranks);
    const answers = weighed === 'abstain' ? ranks : (weighed ?? ranks);
    const lead = passageOf(answers[0]) ?? top.passage;
    // 観光は第何条？: an annex row is the article's that the annex belongs to (別表（第３条関係）).
    const governing = articleWanted && lead.kind === 'annex-row' ? documents.governingArticle(lead) : undefined;
    const result = respond(question, truncated, intent, governing ? [toAnswer(governing, top.score), ...answers] : answers, {
      ...readingOf(resolution),
      leading: resolution.leading,
      notes: [...(governing ? [composeGoverningNote(governing, lead)] : []), ...composeTypoNotes(groups), ...resolution.notes],
      relatedTerms: relatedTermsOf(answers[0], groups),
    });
    return result.abstained ? result : { ...result, topic: { label: describeTopic(groups), question: normalized } };
  }

  /** Where the engine found no passage: the passage the examples agree on, if they do. */
  function answerFromExamples(question: string, truncated: boolean, intent: Intent, reading: QuestionAnalysis, limit: number): AskResult | undefined {
    // A fact asked (何人？ いつ？) or city-hall business named (給与): the abstention has its reason.
    // So has a detail of a project asked apart from it (…、講師は誰？): no passage names even the project.
    if (reading.groups.some((g) => g.required || g.asked !== undefined || g.phrases.some((p) => p.includes(OUTSIDE_TERM)))) return undefined;
    const answers = examples.reconsider(reading.voteText, undefined, reading.preferred, limit);
    if (answers === undefined || answers === 'abstain') return undefined;
    // Not what the question's words found: said so, and shown as related, whatever the passage.
    const first = answers[0]?.ref;
    const marked = answers.map((a): Answer => (a.ref === first ? { ...a, confidence: 'related' } : a));
    return respond(question, truncated, intent, marked, { ...readingOf(reading.resolution), notes: reading.resolution.notes, byExamples: true, leading: reading.resolution.leading });
  }

  function passageOf(answer: Answer | undefined): Passage | undefined {
    return answer && byId.get(`${answer.agreement}:${answer.ref}`);
  }

  /** The question's topics a related answer's passage does not name (乗合タクシー), for its lead. */
  function relatedTermsOf(answer: Answer | undefined, groups: readonly ContentGroup[]): string[] {
    const entry = answer?.confidence === 'related' ? index.entries.get(passageOf(answer)?.id ?? '') : undefined;
    return entry ? unnamedTopics(groups, entry) : [];
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
  function askSafely(question: string, askOptions?: AskOptions): AskResult {
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
        const warm = (question: string): void => {
          current = question;
          ask(question);
          answered += 1;
        };
        await warmUpEngine(warm, buildWarmUpQuestions(passages, glossaryData, collectWarmUpSources(corpus, analyzer)), warmUpOptions);
        const sample = examples.sampleQuestions(warmUpOptions?.examples ?? DEFAULT_WARM_UP_EXAMPLES);
        await warmUpEngine(warm, sample, { ...warmUpOptions, rounds: 1 });
      } catch (error) {
        reportFailure(error, current);
      }
      return answered;
    },
  };
}

/** A statute's article, paragraph or item as a concept (第252条の2, 第1項): see analyzer.ts findCitations. */
const CITATION_LABEL = /^第[0-9]+(?:条|項|号)/u;
/** The details a question asks of a matter (see ContentGroup.asked) that the passage does not hold. */
function listUnstatedDetails(groups: readonly ContentGroup[], entry: { readonly terms: ReadonlySet<string> } | undefined): ContentGroup[] {
  return entry ? groups.filter((g) => g.asked !== undefined && !holdsConcept(g, entry.terms)) : [];
}

/** 「講師・テーマ」のような事業の細かな点: the details in the asker's words, for the abstention. */
function describeDetails(details: readonly ContentGroup[]): string {
  return `「${[...new Set(details.map((g) => g.asked))].slice(0, 3).join('・')}」のような個々の事業の細かな点`;
}

/** Keeps each ref's drafts together (so they can be shown as one group), ordered by their best score. */
function orderByRef<T extends { passage: Passage }>(ranked: readonly T[]): T[] {
  const refs = [...new Set(ranked.map((r) => r.passage.ref))];
  return refs.flatMap((ref) => ranked.filter((r) => r.passage.ref === ref));
}

/** The question's topic in its own words, for a follow-up's 「観光について、…」: its weightiest concepts. */
function describeTopic(groups: readonly ContentGroup[]): string {
  const topical = groups.filter((g) => !g.optional && !g.required && !g.framing && g.weight >= TOPIC_CONCEPT_WEIGHT);
  const top = [...topical].sort((a, b) => b.weight - a.weight).slice(0, 2);
  return top.map((g) => g.label).join('・');
}
