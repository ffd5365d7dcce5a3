/**
 * Everything the engine reads of a question before ranking: the references it names, the members
 * and parties, the agreements it singles out, its concepts and the facts it asks for.
 */
import type { MemberMention, MemberResolution, createMemberResolver } from './region/resolve-members.ts';
import type { VoteText } from './example-answers.ts';
import { PLACE_TERM, WHEN_TERM, factsAskedFor } from './search/facts.ts';
import { asksFacilityAddress, asksPartnerAddress, dropAlignedDates, dropTimeWords, namesNothingButTheAgreement, replaceFramingWith } from './search/fact-concepts.ts';
import { asksForVenue } from './search/intent.ts';
import { combinePreferences, findMentionedParties, findPreferredAgreements, listMemberPartyWords, type PartyWord } from './search/party-words.ts';
import type { Passage } from './search/passages.ts';
import { TOPIC_CONCEPT_WEIGHT } from './search/concept-weights.ts';
import { blankSpans, buildContentGroups, type ContentGroup, type QueryContext, type Span } from './search/query.ts';
import { findReferences, refCovers, type FoundReference } from './search/references.ts';

/** A question as the engine read it (special-answers.ts's QuestionReading is the part of it the special replies see). */
export interface QuestionAnalysis {
  readonly normalized: string;
  /** What the example bank votes on: the question as typed and as read, when they differ. */
  readonly voteText: VoteText;
  readonly resolution: MemberResolution;
  /** References to passages that exist (第4条, 別表1). */
  readonly references: readonly FoundReference[];
  /** References to passages that do not (第7条, 別表4ア). */
  readonly missing: readonly FoundReference[];
  /** The agreements' own party words named (甲, 両市), with where. */
  readonly mentioned: ReturnType<typeof findMentionedParties>;
  /** The agreements the question singles out (a member's, one named), or undefined for all. */
  readonly preferred: ReadonlySet<string> | undefined;
  /** Spans already understood (references, members, parties): the rest is the question's content. */
  readonly excluded: readonly Span[];
  readonly groups: readonly ContentGroup[];
  /** A topic of its own beyond parties, members and the asking. */
  readonly hasTopic: boolean;
  /** A topic that is a word of few passages (災害対策), not a common one (市町). */
  readonly hasRareTopic: boolean;
  /** The words of the question's concepts, however common. */
  readonly topics: readonly string[];
}

/** What reading a question needs from the engine being built. */
export interface QuestionReaderParts {
  readonly members: ReturnType<typeof createMemberResolver>;
  readonly passages: readonly Passage[];
  readonly partyWords: readonly PartyWord[];
  readonly agreementIds: readonly string[];
  readonly queryContext: QueryContext;
  /** The number of the last article, so that 「第6条の次の条」 can be the closing. */
  readonly lastArticle: number | undefined;
  /** This 圏域's place names and its neighbours' (see facts.ts). */
  readonly ownPlaces: readonly string[];
  readonly outsiders: readonly string[];
}

/** A fact asked for (a figure, a date) weighs like the thing asked: a passage without it is no answer. */
const FACT_WEIGHT = 1.5;
/** A topic weighing this much is a word of very few passages (see idfWeight), or a project. */
const RARE_TOPIC_WEIGHT = 0.95;
/** The word for a forum, as the glossary knows it. */
const VENUE_WORD = '場';
/** The word for concluding the agreement, which the 末文 holds (この協約の締結を証するため). */
const CONCLUDING_WORD = '締結';

/**
 * @example
 * const read = createQuestionReader(parts);
 * read('萩市の防災の役割は？').preferred; // → Set { '連携協約1' }
 */
export function createQuestionReader(parts: QuestionReaderParts): (normalized: string, voteText?: VoteText) => QuestionAnalysis {
  const { members, passages, partyWords, agreementIds, queryContext, lastArticle, ownPlaces, outsiders } = parts;
  return function readQuestion(normalized, voteText = normalized) {
    const resolution = members.resolve(normalized);
    // 山口県の萩市と防府市の協約は？ 島根県の津和野町の役割は？: the prefecture just before a member says
    // where the member is, no topic of its own (so the pair is still asked of alone).
    const prefectures = resolution.mentions.flatMap((m) => prefectureBefore(normalized, m));
    const memberSpans = [...resolution.mentions, ...prefectures, ...resolution.agreementSpans];
    const found = findReferences(blankSpans(normalized, resolution.agreementSpans), lastArticle);
    const references = found.filter((r) => passages.some((p) => refCovers(r.ref, p.ref)));
    const missing = found.filter((r) => !references.includes(r));
    // Members are read first (萩市 is 乙 of 連携協約1); the agreements' own party words (甲, 両市) in the rest.
    const mentioned = findMentionedParties(blankSpans(normalized, memberSpans), partyWords);
    const preferred = combinePreferences(resolution.agreements, findPreferredAgreements(mentioned.map((m) => m.party), agreementIds));
    // References, members and party names are understood already; the rest of the question is its content.
    const excluded = [...references, ...mentioned.flatMap((m) => m.spans), ...memberSpans];
    const partyTerms = [...new Set([...mentioned.map((m) => m.party.word), ...listMemberPartyWords(resolution)])];
    let groups = dropAlignedDates(normalized, buildContentGroups(normalized, excluded, partyTerms, queryContext));
    const hasTopic = groups.some((g) => !g.optional && !g.framing && g.weight >= TOPIC_CONCEPT_WEIGHT);
    const topics = groups.filter((g) => !g.optional && !g.framing).map((g) => g.label);
    const hasRareTopic = groups.some((g) => !g.optional && !g.framing && g.weight >= RARE_TOPIC_WEIGHT);
    // A forum question asks for the concept 場, whose meanings (会議, 幹事会…) the glossary holds.
    if (asksForVenue(normalized)) groups.push(...buildContentGroups(VENUE_WORD, [], [], queryContext));
    // 何人? いつ? The answer must state such a fact; few passages do (see facts.ts).
    const facts = factsAskedFor(normalized, ownPlaces, outsiders);
    // 防府市の住所を教えて: the 末文 leaves 乙's address as ○○ (what its column holds is the 末文's to show).
    // 山口市の支所の住所は？: a facility's address, which no passage states either.
    if ((asksPartnerAddress(normalized, resolution.mentions) || asksFacilityAddress(normalized, resolution.mentions)) && !facts.includes(PLACE_TERM)) facts.push(PLACE_TERM);
    if (facts.includes(WHEN_TERM)) {
      groups = dropTimeWords(groups);
      // 協約はいつ？ 平成何年の協約？: nothing named but the agreement, so when it is concluded is
      // asked, which the 末文's date line states (平成２９年, the day left blank).
      if (namesNothingButTheAgreement(groups)) groups = replaceFramingWith(groups, buildContentGroups(CONCLUDING_WORD, [], [], queryContext));
    }
    for (const fact of facts) groups.push({ label: fact, literal: [], expansions: [], phrases: [[fact]], weight: FACT_WEIGHT, optional: false, required: true });
    return { normalized, voteText: voteText === normalized ? dropMemberCase(...dropSpans(normalized, prefectures, resolution.mentions)) : voteText, resolution, references, missing, mentioned, preferred, excluded, groups, hasTopic, hasRareTopic, topics };
  };
}

/** A question with no topic, reference or fact of its own: 宇部市の場合は？ 第何条？ それは誰が？ */
export function isFollowUp(reading: QuestionAnalysis): boolean {
  return !reading.hasTopic && reading.references.length === 0 && reading.missing.length === 0 && !reading.groups.some((g) => g.required);
}

/** The member's prefecture typed just before its name (山口県の萩市, 島根県津和野町), as a span. */
function prefectureBefore(normalized: string, mention: MemberMention): Span[] {
  const prefecture = mention.member.prefecture;
  const before = normalized.slice(0, mention.start);
  const typed = [`${prefecture}の`, `${prefecture}、`, prefecture].find((p) => before.endsWith(p));
  return typed === undefined ? [] : [{ start: mention.start - typed.length, end: mention.start }];
}

/**
 * The text without the spans (the prefectures before members: the examples asking the prefecture's
 * own part, 山口県の役割は？, are no vote on 山口県の萩市と山口市の協約は？), the mentions moved to match.
 */
function dropSpans(text: string, spans: readonly Span[], mentions: readonly MemberMention[]): [string, MemberMention[]] {
  if (spans.length === 0) return [text, [...mentions]];
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const shift = (at: number): number => sorted.filter((s) => s.end <= at).reduce((n, s) => n + s.end - s.start, 0);
  let out = text;
  for (const span of [...sorted].reverse()) out = out.slice(0, span.start) + out.slice(span.end);
  return [out, mentions.map((m) => ({ ...m, start: m.start - shift(m.start), end: m.end - shift(m.end) }))];
}

/** の場合、 right after a member's name: whose case is meant (防府市の場合、連絡会議は？). */
const MEMBER_CASE = /^の場合[、,は]?/u;

/**
 * 防府市の場合、連絡会議は？ asks 連絡会議 of 防府市, as 防府市の連絡会議は？ does: 場合 after a member names
 * whose case is meant, not a contingency (市長が出られない場合、…), which the example vote would hear in it.
 */
function dropMemberCase(text: string, mentions: readonly MemberMention[]): string {
  let out = text;
  for (const m of [...mentions].sort((a, b) => b.end - a.end)) {
    const rest = out.slice(m.end);
    const found = MEMBER_CASE.exec(rest);
    if (found) out = `${out.slice(0, m.end)}の${rest.slice(found[0].length)}`;
  }
  return out;
}
