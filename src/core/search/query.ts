/**
 * Query understanding: turns a question (minus the spans already understood: references, party
 * names) into concepts, each with the words that express it in the agreements and a weight saying
 * how much an answer must cover it. Pure functions over the analyzer, glossary and corpus statistics.
 */
import { findCitations, type Analyzer, type PositionedToken, type ReadingLexicon } from '../text/analyzer.ts';
import { isKanaOnly } from '../text/token-filters.ts';
import { normalizeText } from '../text/normalize.ts';
import type { GlossaryMatcher } from './glossary.ts';
import { INTENT_TERMS, asksForPlacement } from './intent.ts';
import {
  CONTEXT_FACTOR,
  FRAMING_YIELDS_TO,
  GLOSSARY_PREDICATE_WEIGHT,
  MODIFIER_NOUN_WEIGHT,
  PARTY_WEIGHT,
  PREDICATE_WEIGHT,
  TOPIC_WEIGHT,
  UNKNOWN_NOUN_WEIGHT,
  conceptWeight,
  idfWeight,
  weighUnknownNoun,
} from './concept-weights.ts';
import { centreOnMatter, demoteAskers, demoteExamples, demoteOtherSentences, markAskedDetails, markFocusedDetails, namesMatterIn } from './reweigh.ts';
import { askingClause, askingSentences, asksOnlyYesNo, blankSpans, contextEnd, isAsker, isExample, isForUse, isLoneKanji, namesOtherThing, negatedSpans, overlaps, type Span } from './token-roles.ts';
import { OUTSIDE_TERM } from './vocabulary.ts';

export { blankSpans, contextEnd, namesOtherThing, negatedSpans, type Span } from './token-roles.ts';
export { PARTY_WEIGHT, idfWeight } from './concept-weights.ts';

/** A concept of the question: a word and the words that mean the same in the agreements. */
export interface ContentGroup {
  /** The question's words, for traces and tests. */
  readonly label: string;
  /** The question's own terms, searched at full weight. */
  readonly literal: readonly string[];
  /** Terms of the glossary meanings, searched at a lower weight. */
  readonly expansions: readonly string[];
  /**
   * When a passage expresses the concept: it holds every term of one of these phrases. A phrase,
   * not any term: 締結日 is not in the 前文 just because 締結 is, nor 協約書 wherever 協約 is.
   */
  readonly phrases: readonly (readonly string[])[];
  /** How much the concept counts towards coverage (see {@link conceptWeight}). */
  readonly weight: number;
  /**
   * A party name (宇部市, 乙): it counts where a passage names the party (前文, 末文, notes) and is
   * ignored elsewhere, since most passages say 両市 or 甲及び乙 instead.
   */
  readonly optional: boolean;
  /**
   * Found through the policy-area vocabulary (乗合タクシー → 別表3(2)ア): a passage that holds the
   * concept only through its topic term is related to the question, not an answer to it.
   */
  readonly topic?: true;
  /**
   * A word of the asking that the glossary still gives a meaning (根拠 → the 前文's statute): the
   * concept when the question asks nothing else (協約の根拠は？), dropped when it has a topic.
   */
  readonly framing?: true;
  /** A typo read as the agreements' word one kanji away (廃址 → 廃止): the answer says so. */
  readonly corrected?: { readonly typed: string; readonly meant: string };
  /**
   * A word of the clause that asks, apart from the matter the question names (研修を合同でやる場合、
   * 講師は誰？ → 講師): a detail of the matter. A passage related to the matter through its topic
   * term does not answer it unless it holds this word too (see reweigh.ts markAskedDetails). The
   * value is the noun as typed (事務局), for the abstention to name.
   */
  readonly asked?: string;
  /**
   * A fact the answer must state (a date, a figure: see facts.ts). Many passages that state one are
   * about something else, so holding it is no evidence; lacking it counts against the passage.
   */
  readonly required?: true;
}

/** What query understanding needs to know about the corpus. */
export interface QueryContext {
  readonly analyzer: Analyzer;
  readonly glossary: GlossaryMatcher;
  /** The policy-area vocabulary as a matcher (see vocabulary.ts); its matches are read before the glossary's. */
  readonly vocabulary?: GlossaryMatcher;
  readonly lexicon: ReadingLexicon;
  /**
   * Semantic categories of a word from a general dictionary (JUMAN: 人, 場所-その他, 数量 …), for
   * words the corpus does not know. Optional: without it, every unknown noun weighs alike.
   */
  readonly lexicalCategories?: (word: string) => readonly string[];
  /** Number of passages whose terms include `term` (0: the agreements never use it). */
  readonly documentFrequency: (term: string) => number;
  readonly passageCount: number;
  /** True when the agreements' text contains this (normalised) string. */
  readonly inText: (surface: string) => boolean;
  /** The agreements' word one kanji away from a typo (廃址 → 廃止), if exactly one (see typos.ts). */
  readonly correctTypo?: (word: string) => string | undefined;
}

/** A glossary meaning this rare (a word of one passage per draft) makes even a verb name its passage. */
const RARE_MEANING = 0.95;

/**
 * 協約では…触れてる？ / 協約を変えることってできる？: the asker asks what the agreements say about a
 * matter, so the words describing it need no passage of their own, as in a placement question.
 */
const ABOUT_TEXT = /協約(?:では|で|に|には|の中で|上|を|は)|書いて(?:ある|る|あり)|触れ|定め(?:て|ら)|規定/u;

/** 〜で(は)…何をする / 役割は: who does what in a matter the question describes. */
const ROLE_OF_MATTER = /(?:で|では|について)[^。]{0,16}?(?:何をする|何する|何をやる|役割|役回り|やること|担当)/u;

/** どこが担当？ 山口市は何をする？ 何をすればいい？ 立場は？: who does what in a matter, which the annex's roles say, asked plainly or politely. */
const ASKS_ROLES = /役割|役目|役回り|立場|担当|分担|主体|求められ|何を(?:する|すれば|します|したら|やる|やれば|やります|やったら|担う|担い)|何(?:する|します)|どう(?:関わ|協力|連携|分担|動)|(?:誰|だれ|どっち|どちら|どの市町?|どこ)が(?!持|決|選|出す|払|負担)/u;

/** 協約の何に当たる？ それとも別の取組？ 使う行は？ 枠組みは？: where in the agreements, in other words. */
const ASKS_PLACE_IN_TEXT = /当た(?:る|り)|あたる|取組|取り組み|枠組|整理|(?:話|構想|計画|企画|事業|こと|の)(?:は|って)(?:どこ|どれ)|(?:行|欄|項目|分野|条|番号)(?:は|って)|(?:どれ|何番|何条)(?:に|で|か|[？?]|$)|協約/u;

/**
 * 一緒にやれる？ 圏域で開くなら？ 共同で使えないか 市境をまたいで運行できる？: whether members can do the
 * project together, or what if they did, which a row answers however the project is described.
 */
const DOES_TOGETHER = /一緒|いっしょ|共同|合同|連携|協力|圏域で|広域|みんなで|お互い|互いに|相互|またい|またが|越えて|(?:市|町)と[^。、？?]{1,8}?(?:市|町)で|なら[？?]?$|たら[？?]?$/u;
/**
 * 入ってる？ 含まれる？ 対象？ or the text named (協約, 別表, 取組): a yes-or-no question that may be about
 * the agreements, which a row answers, rather than about a detail of the project. Looser on purpose than
 * intent.ts asksIfIncluded, which decides whether a withdrawn answer is kept: here a word is enough to
 * keep the project's own words from being read as details asked.
 */
const MAY_ASK_INCLUSION = /入って|入る|含ま|対象|該当|当たる|あたる|協約|別表|取組/u;

/**
 * 隣の町のも使えるようにできないかな？ 広域に受けてもらえないか: whether the members can do a matter
 * together, which is placing it (see asksForPlacement's joint projects).
 */
const ASKS_JOINT = /(?:隣|となり|よそ|ほか|他|近く|周り|近隣|圏域|広域|市町|まち|一緒|いっしょ|共同|合同|シェア|相互|お互い)[^。？?]*?(?:できない|できん|られない|られん|もらえない|もらえん|できる(?:か|[？?]|$)|られる(?:か|[？?]|$)|もらえる(?:か|[？?]|$)|考えられ|使える(?:よう)?に)/u;

/**
 * True when a clause asks where a matter belongs (どの取組？ 協約のどこ？ 根拠は？), who does what in it,
 * or whether it can be done jointly. `apart`: the clause stands apart from the project named, so a
 * post named before 誰が is the project's (相談員は誰がなる？); in one clause, the noun is the
 * project's work (SNSの運用は誰がやる？), whose roles the row gives.
 */
function asksPlacingOrRoles(clause: string, apart = false, before = ''): boolean {
  // 管理人、誰がやる？: the post may stand just before the clause.
  const roles = ASKS_ROLES.test(clause) && !(apart && ASKS_WHO_FILLS.test(`${before}${clause}`));
  return asksForPlacement(clause) || ABOUT_TEXT.test(clause) || roles || ASKS_PLACE_IN_TEXT.test(clause) || ASKS_JOINT.test(clause);
}

/** 相談員は誰がなる？ 運転手は誰がやる？: who fills a post of the project, a person the rows never name. */
const ASKS_WHO_FILLS = /[\p{Script=Han}\p{Script=Katakana}ー]+(?:は|って|、)(?:誰|だれ)が(?:なる|やる|務め|つとめ|担当)/u;

function asksAboutText(normalized: string): boolean {
  return ABOUT_TEXT.test(normalized);
}

/** Share of a kana run the reading lexicon must spell for the run to be read as words. */
const MIN_SPELLED = 0.75;

/**
 * The question's concepts: each party named, each glossary match (its words and their meaning in
 * the agreements), each domain compound, words spelled in kana that the reading lexicon recognises,
 * and each remaining content word. `excluded` are the spans already understood otherwise (references,
 * party names). English words the glossary does not know are left out: they never match Japanese.
 */
export function buildContentGroups(normalized: string, excluded: readonly Span[], parties: readonly string[], ctx: QueryContext): ContentGroup[] {
  const { analyzer, glossary, lexicon } = ctx;
  const groups: ContentGroup[] = [];
  const df = (term: string): number => ctx.documentFrequency(term);
  // Party names are indexed as compounds, so the name typed is the term to look for.
  // They weigh little: a question naming 宇部市 is rarely about the passages that print the name.
  for (const party of parties) groups.push({ label: party, literal: [party], expansions: [], phrases: [[party]], weight: PARTY_WEIGHT, optional: true });

  const tokens = analyzer.tokens(normalized);
  const asksPlacement = asksForPlacement(normalized);
  const sceneEnd = contextEnd(tokens);
  const inContext = (span: Span): boolean => span.end <= sceneEnd;
  // Plain spans only, one shape: references, mentions, citations and tokens carry more fields, and
  // mixing them here made V8 recompile this function during the first questions (docs/evaluation.md).
  const used: Span[] = [...excluded, ...negatedSpans(tokens)].map(toSpan);
  const isUsed = (span: Span): boolean => {
    const { start, end } = span;
    return used.some((u) => u.start < end && start < u.end);
  };
  const spans: (Span | undefined)[] = groups.map(() => undefined);
  const push = (group: Omit<ContentGroup, 'optional'>, span: Span | undefined): void => {
    if (group.literal.length + group.expansions.length === 0) return;
    let weight = span && inContext(span) ? group.weight * CONTEXT_FACTOR : group.weight;
    // 議会答弁用に, 子ども向けの: whom or what the answer is for, even in the agreements' words.
    if (span && !group.topic && weight > MODIFIER_NOUN_WEIGHT && isForUse(tokens, tokens.findLastIndex((t) => overlaps(t, span)))) weight = MODIFIER_NOUN_WEIGHT;
    groups.push({ ...group, weight, optional: false });
    spans.push(span);
  };

  // Concrete projects first (乗合タクシー is the vocabulary's, not the glossary's タクシー).
  for (const match of ctx.vocabulary?.match(normalized, tokens) ?? []) {
    const span = spanOf(match);
    if (span && isUsed(span)) continue;
    if (span) used.push(span);
    // A project is named by all its words: 関係人口 is not the 人口 of 交流人口 (関係 alone is a word of asking).
    const whole = analyzer.terms(match.word);
    const literal = whole.some((t) => !INTENT_TERMS.has(t)) ? whole : [];
    if (match.means.includes(OUTSIDE_TERM)) {
      // City-hall business no row covers: a concept no passage holds, weighing like an unknown noun.
      push({ label: match.word, literal, expansions: [], phrases: [[OUTSIDE_TERM]], weight: UNKNOWN_NOUN_WEIGHT }, span);
      continue;
    }
    const phrases = [literal, ...match.means.map((m) => [m])].filter((p) => p.length > 0);
    push({ label: match.word, literal, expansions: [...match.means], phrases, weight: TOPIC_WEIGHT, topic: true }, span);
  }

  const rareVerbs: { label: string; weight: number }[] = [];
  for (const match of glossary.match(normalized, tokens)) {
    const span = spanOf(match);
    if (span && isUsed(span)) continue;
    if (span) used.push(span);
    const literal = analyzer.terms(match.word).filter((t) => !INTENT_TERMS.has(t));
    // A meaning is searched as written too: analysed alone, 長 would read as the adjective 長い.
    const meanings = match.means.map((m) => [[normalizeText(m)], analyzer.terms(m)] as const).flat();
    const expansions = [...new Set(meanings.flat())];
    const known = [...literal, ...expansions].map(df).filter((n) => n > 0);
    // A verb phrase (増やす, 深める, 作る) stays a predicate even when the glossary gives it a noun.
    const head = span ? tokens.filter((t) => overlaps(t, span)).at(-1) : undefined;
    const predicate = head !== undefined && (head.pos === '動詞' || head.pos === '形容詞');
    const idf = known.length === 0 ? 1 : idfWeight(Math.min(...known), ctx.passageCount);
    const weight = predicate ? GLOSSARY_PREDICATE_WEIGHT : idf;
    if (predicate && idf >= RARE_MEANING) rareVerbs.push({ label: match.word, weight: idf });
    const framing = INTENT_TERMS.has(match.word) ? { framing: true as const } : {};
    push({ label: match.word, literal, expansions, phrases: [literal, ...meanings].filter((p) => p.length > 0), weight, ...framing }, span);
  }

  // Statute citations (252条の2, 第1項) are one concept each: the numbers are what tell them apart.
  for (const citation of findCitations(normalized)) {
    if (isUsed(citation)) continue;
    used.push(toSpan(citation));
    push({ label: citation.term, literal: [citation.term], expansions: [], phrases: [[citation.term]], weight: idfWeight(df(citation.term), ctx.passageCount) }, citation);
  }

  // Domain compounds are one concept, found as the compound or as all of its parts.
  for (const compound of analyzer.compoundsIn(normalized)) {
    for (let at = normalized.indexOf(compound); at >= 0; at = normalized.indexOf(compound, at + 1)) {
      const span = { start: at, end: at + compound.length };
      if (isUsed(span)) continue;
      used.push(span);
      if (INTENT_TERMS.has(compound)) continue;
      const parts = tokens.filter((t) => overlaps(t, span) && t.term !== undefined && !INTENT_TERMS.has(t.term)).map((t) => t.term ?? '');
      // A compound of words about the document (協約 + 案) is the document itself: the asking, which
      // yields to any topic (この協約案って何年に締結？), but still finds 注記2 when asked alone.
      const words = tokens.filter((t) => overlaps(t, span) && t.term !== undefined);
      const framing = parts.length === 0 && words.length >= 2 ? { framing: true as const } : {};
      push({ label: compound, literal: [compound, ...parts], expansions: [], phrases: [[compound], parts].filter((p) => p.length > 0), weight: idfWeight(df(compound), ctx.passageCount), ...framing }, span);
    }
  }

  // Kana runs (さいがいたいさく, サイガイタイサク from ｻｲｶﾞｲﾀｲｻｸ) are read against the lexicon.
  // Kana suffixes (市長さんたち) are grammar the tokenizer read right: not 産 and 立ち.
  const suffixes = tokens.filter((t) => t.posDetail === '接尾' && isKanaOnly(t.surface)).map(toSpan);
  const blanked = blankSpans(normalized, [...used, ...suffixes]);
  for (const run of blanked.matchAll(/[\p{Script=Hiragana}\p{Script=Katakana}ー]{4,}/gu)) {
    // A word in kana starts and ends where tokens do: the す of 出す does not begin すかって (→ 勝手).
    const start = tokens.find((t) => t.start >= run.index)?.start ?? run.index;
    const end = tokens.findLast((t) => t.end <= run.index + run[0].length)?.end ?? run.index + run[0].length;
    if (end - start < 4) continue;
    const span = { start, end };
    const { words, spelled } = lexicon.read(normalized.slice(start, end));
    // Only a run the lexicon spells almost entirely is a word in kana; the rest is grammar (とつながる).
    if (words.length === 0 || spelled < MIN_SPELLED) continue;
    if (tokens.filter((t) => overlaps(t, span)).every((t) => t.term === undefined || words.includes(t.term))) continue;
    used.push(span);
    for (const w of words) if (!INTENT_TERMS.has(w)) push({ label: w, literal: [w], expansions: [], phrases: [[w]], weight: 1 }, span);
  }

  // A typo cuts a word into single kanji (廃址 → 廃 / 址): the agreements' word one kanji away is meant.
  for (let i = 0; i < tokens.length; i += 1) {
    let end = i;
    while (end < tokens.length && isLoneKanji(tokens[end]) && !isUsed(tokens[end] as PositionedToken)) end += 1;
    if (end - i < 2) continue;
    let span = { start: tokens[i]?.start ?? 0, end: tokens[end - 1]?.end ?? 0 };
    let typed = normalized.slice(span.start, span.end);
    let meant = ctx.inText(typed) ? undefined : ctx.correctTypo?.(typed);
    // 連絡怪議 → 連絡 / 怪 / 議: ?議 is 会議 or 協議, but with the word before it only 連絡会議.
    const before = tokens[i - 1];
    if (!meant && before && before.pos === '名詞' && !isUsed(before) && !ctx.inText(normalized.slice(before.start, span.end))) {
      const longer = ctx.correctTypo?.(normalized.slice(before.start, span.end));
      if (longer) {
        span = { start: before.start, end: span.end };
        typed = normalized.slice(span.start, span.end);
        meant = longer;
      }
    }
    if (meant) {
      used.push(span);
      // The word as the analyser cuts it (幹事会 → 幹事, 会): passages hold terms, not every run of kanji.
      const parts = analyzer.terms(meant).filter((t) => !INTENT_TERMS.has(t));
      const terms = df(meant) > 0 || parts.length === 0 ? [meant] : parts;
      push({ label: typed, literal: terms, expansions: [], phrases: [terms], weight: idfWeight(Math.min(...terms.map(df)), ctx.passageCount), corrected: { typed, meant } }, span);
    }
    i = end - 1;
  }

  // A question naming a concrete project of the vocabulary is about placing it, asked or not
  // (合同防災訓練を毎年やりたい, 乗合タクシーを走らせられないか検討中): its other words describe it.
  // 〜で山口市側は何をする役回り？ likewise describes a matter and asks who does what in it.
  const placement = asksPlacement || groups.some((g) => g.topic) || asksAboutText(normalized) || ROLE_OF_MATTER.test(normalized);
  const seen = new Set(groups.flatMap((g) => g.literal));
  tokens.forEach((token, i) => {
    const term = token.term;
    if (term === undefined || isUsed(token) || INTENT_TERMS.has(term) || seen.has(term)) return;
    if (/^[a-z0-9'.-]+$/u.test(term)) return;
    // 的 makes an adjective of the noun before it (具体的に, 戦略的な): that noun is the concept, if any.
    if (term === '的' && token.posDetail === '接尾') return;
    seen.add(term);
    // A noun before 的 (先進的, 定期的) describes like an adjective.
    const describes = tokens[i + 1]?.surface === '的';
    const known = df(term) > 0 || glossary.has(term);
    const noun = tokens[i - 1];
    if (!describes && noun?.term !== undefined && df(term) > 0 && namesOtherThing(tokens, i, ctx)) {
      // 鑑賞会, 会議室: the compound is the thing, held only where both parts are (会 alone is in 懇談会).
      // In a placement question it only describes the matter, like any word no passage holds.
      push({ label: `${noun.surface}${token.surface}`, literal: [term], expansions: [], phrases: [[noun.term, term]], weight: placement ? MODIFIER_NOUN_WEIGHT : UNKNOWN_NOUN_WEIGHT }, token);
      return;
    }
    // 偏向手続き: a word the agreements do not use, typed where the IME offered it for one they do
    // (変更), read as theirs; the answer says so (composeTypoNotes). Not a word the engine was taught
    // (期間, a fact word, though キカン reads 機関).
    const meant = !known && !lexicon.knows(term) && token.pos === '名詞' && token.reading !== undefined && /^\p{Script=Han}{2,}$/u.test(term) ? lexicon.wordOf(token.reading) : undefined;
    if (meant !== undefined && meant !== term && df(meant) > 0) {
      push({ label: token.surface, literal: [meant], expansions: [], phrases: [[meant]], weight: idfWeight(df(meant), ctx.passageCount), corrected: { typed: token.surface, meant } }, token);
      return;
    }
    let weight = describes
      ? PREDICATE_WEIGHT
      : namesOtherThing(tokens, i, ctx) ? UNKNOWN_NOUN_WEIGHT : conceptWeight(token, df(term), known, ctx.passageCount, qualifiesNoun(tokens, i));
    if (weight === UNKNOWN_NOUN_WEIGHT && !known) weight = weighUnknownNoun(tokens, i, ctx, used, placement);
    push({ label: term, literal: [term], expansions: [], phrases: [[term]], weight }, token);
  });
  const examples = spans.flatMap((span, k) => (span && isExample(tokens, tokens.findLastIndex((t) => overlaps(t, span))) ? [k] : []));
  demoteExamples(groups, spans, examples);
  const askers = spans.flatMap((span, k) => (span && isAsker(tokens, tokens.findLastIndex((t) => overlaps(t, span))) ? [k] : []));
  demoteAskers(groups, askers);
  demoteOtherSentences(groups, spans, askingSentences(tokens), inContext);
  // A clause asking where the matter belongs or who does what in it asks no detail of it.
  const clause = askingClause(tokens);
  const knownTerm = (term: string): boolean => df(term) > 0;
  // The matter set apart from the clause that asks (研修、講師は誰？), or named in it, as in a
  // question of one clause (ちなみに、乗合タクシーの運転手は誰？ 質問です。…の景品は何？).
  const apart = clause !== undefined && !namesMatterIn(groups, spans, clause);
  if (!asksPlacingOrRoles(clause ? normalized.slice(clause.start, clause.end) : normalized, apart, clause ? normalized.slice(Math.max(0, clause.start - 8), clause.start) : '')) {
    if (clause && apart) markAskedDetails(groups, spans, tokens, clause, knownTerm);
    else {
      const asking = clause ? tokens.filter((t) => t.start >= clause.start && t.end <= clause.end) : tokens;
      // 合同防災訓練には自衛隊も来るの？: the project's own name (合同) says nothing of doing it together.
      const outsideProjects = blankSpans(normalized, spans.filter((span, k): span is Span => span !== undefined && groups[k]?.topic === true));
      const yesNo = asksOnlyYesNo(asking) && !DOES_TOGETHER.test(outsideProjects) && !MAY_ASK_INCLUSION.test(normalized);
      markFocusedDetails(groups, spans, tokens, knownTerm, yesNo);
    }
  }
  // A verb whose meaning is a word of one article (やめる → 廃止, only in 第6条) names that article
  // when nothing else in the question does: 協約をやめるときはどうする？
  const named = groups.some((g) => !g.optional && !g.framing && g.weight >= FRAMING_YIELDS_TO && !rareVerbs.some((v) => v.label === g.label));
  // Not in a placement question: there the matter is the words no passage holds (鑑賞会を開きたい);
  // nor beside a party (宇部市が甲になる？ asks about the party, not about 締結).
  if (!named && !asksPlacement && !groups.some((g) => g.optional)) {
    for (const verb of rareVerbs) {
      const at = groups.findIndex((g) => g.label === verb.label);
      const group = groups[at];
      if (group) groups[at] = { ...group, weight: verb.weight };
    }
  }
  const topical = groups.some((g) => !g.optional && !g.framing && g.weight >= FRAMING_YIELDS_TO);
  const kept = topical ? groups.filter((g) => !g.framing) : groups;
  return placement ? centreOnMatter(kept) : kept;
}

/** 高度な医療: the token is followed by な and the noun it qualifies. */
function qualifiesNoun(tokens: readonly PositionedToken[], i: number): boolean {
  const next = tokens[i + 2];
  return tokens[i + 1]?.surface === 'な' && next?.pos === '名詞' && next.posDetail !== '非自立';
}

/** A span of its own shape, whatever else the object carries (a token, a citation, a mention). */
function toSpan(s: Span): Span {
  return { start: s.start, end: s.end };
}

/** Where a glossary or vocabulary match stands in the question (undefined for English words). */
function spanOf(match: { readonly start?: number; readonly end?: number }): Span | undefined {
  return match.start !== undefined && match.end !== undefined ? { start: match.start, end: match.end } : undefined;
}
