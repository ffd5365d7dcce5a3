/**
 * Second looks at a question's concepts once all are found: an example only describes the thing
 * asked, sentences around the asking one are context, and a placed matter is one concept.
 */
import { CONTEXT_FACTOR, FRAMING_YIELDS_TO, MODIFIER_NOUN_WEIGHT, TOPIC_WEIGHT } from './concept-weights.ts';
import type { ContentGroup } from './query.ts';
import type { PositionedToken } from '../text/analyzer.ts';
import { overlaps, type Span } from './token-roles.ts';

/**
 * A project given as an example of the thing asked (がん治療みたいな高度な医療, 商工会議所とかの経済
 * 団体) only describes it, when the thing is a concept of its own: 6次産業化みたいな話 is about 6次産業化.
 */
export function demoteExamples(groups: ContentGroup[], spans: readonly (Span | undefined)[], examples: readonly number[]): void {
  for (const k of examples) {
    const example = groups[k];
    const at = spans[k];
    if (!example || !at) continue;
    const named = groups.some((g, m) => m !== k && !g.optional && !g.framing && g.weight >= FRAMING_YIELDS_TO && (spans[m]?.start ?? -1) >= at.end);
    if (named) groups[k] = { label: example.label, literal: example.literal, expansions: example.expansions, phrases: example.phrases, weight: MODIFIER_NOUN_WEIGHT, optional: false };
  }
}

/**
 * Who or where the asker was asked (議員さんから…聞かれました, 議会で…問われた場合に) sets the scene:
 * it only describes, when the question names a topic of its own.
 */
export function demoteAskers(groups: ContentGroup[], askers: readonly number[]): void {
  for (const k of askers) {
    const asker = groups[k];
    if (!asker || asker.optional) continue;
    const named = groups.some((g, m) => m !== k && !askers.includes(m) && !g.optional && !g.framing && !g.required && g.weight >= FRAMING_YIELDS_TO);
    if (named) groups[k] = { ...asker, weight: Math.min(asker.weight, MODIFIER_NOUN_WEIGHT) };
  }
}

/**
 * The words of the sentences around those that ask weigh as context, when an asking sentence names
 * a topic of its own (a lone どの項目？ leaves the matter in the sentence before it).
 */
export function demoteOtherSentences(groups: ContentGroup[], spans: readonly (Span | undefined)[], asking: readonly Span[], inContext: (span: Span) => boolean): void {
  const inside = (span: Span | undefined): boolean => span !== undefined && asking.some((a) => span.start >= a.start && span.end <= a.end);
  if (!groups.some((g, k) => !g.optional && !g.framing && g.weight >= FRAMING_YIELDS_TO && inside(spans[k]))) return;
  groups.forEach((g, k) => {
    const span = spans[k];
    if (g.optional || span === undefined || inside(span) || inContext(span)) return;
    groups[k] = { ...g, weight: g.weight * CONTEXT_FACTOR };
  });
}

/**
 * A question placing a matter (どの項目？) that the vocabulary knows is about that matter: the
 * projects it names are one concept, any of whose rows may answer (ドローンや自動運転 → 別表2エ or
 * 3(2)ア), and its other words only describe it (介護人材の確保・育成: 育成 need not be held).
 */
export function centreOnMatter(groups: readonly ContentGroup[]): ContentGroup[] {
  const topics = groups.filter((g) => g.topic);
  if (topics.length === 0) return [...groups];
  const matter: ContentGroup = {
    label: topics.map((g) => g.label).join('・'),
    literal: [...new Set(topics.flatMap((g) => g.literal))],
    expansions: [...new Set(topics.flatMap((g) => g.expansions))],
    phrases: topics.flatMap((g) => g.phrases),
    weight: TOPIC_WEIGHT,
    optional: false,
    topic: true,
  };
  const described = groups.filter((g) => !g.topic).map((g) => (g.optional || g.required ? g : { ...g, weight: Math.min(g.weight, DESCRIPTION_WEIGHT) }));
  return [matter, ...described];
}

/** What a word describing a placed matter weighs at most (a light word: see evidence.ts). */
const DESCRIPTION_WEIGHT = 0.3;

/** Nouns that name a thing (講師, 倉庫, 出店料, 送迎), not a number, a suffix or a pronoun. */
const DETAIL_NOUN_KINDS: ReadonlySet<string> = new Set(['一般', '固有名詞', 'サ変接続']);

/**
 * The words of the clause that asks, when the question names its matter elsewhere (研修を合同で
 * やる場合、講師はどこの大学の先生？): a detail of that matter, which a passage related to it only
 * through its topic term (別表1イ for 研修) does not state. Never a party, a fact or a word of the
 * asking. The caller has found the matter outside the clause (see {@link namesMatterIn}).
 */
export function markAskedDetails(groups: ContentGroup[], spans: readonly (Span | undefined)[], tokens: readonly PositionedToken[], clause: Span, known: (term: string) => boolean): void {
  if (!groups.some((g) => g.topic)) return;
  groups.forEach((g, k) => {
    const span = spans[k];
    if (!span || !isWithin(span, clause)) return;
    const detail = readDetail(g, span, tokens, known);
    if (detail !== undefined) groups[k] = { ...g, asked: detail };
  });
  // 乗合タクシーの運転手、どうやって確保する？: a clause naming nothing of its own asks about the
  // noun just before it, when that noun is the matter's (…の運転手).
  // Its own words are things: 講師 of 講師は誰？, not 誰がやる or 確保 of 確保する.
  const namesThing = (span: Span): boolean => {
    const last = tokens[lastOfNoun(tokens, span)];
    return last?.pos === '名詞' && last.posDetail !== '代名詞' && !isUsedAsVerb(span, tokens);
  };
  const ownWords = groups.some((g, k) => !g.optional && !g.framing && !g.required && isWithin(spans[k], clause) && namesThing(spans[k] as Span));
  if (!ownWords) markNounBefore(groups, spans, tokens, clause, known);
}

/**
 * Marks the detail among the nouns written just before the clause (before its comma, or the mark
 * that closed the sentence before it), when they follow the matter and its の: 運転手 of
 * 乗合タクシーの運転手、どうやって確保する？
 */
function markNounBefore(groups: ContentGroup[], spans: readonly (Span | undefined)[], tokens: readonly PositionedToken[], clause: Span, known: (term: string) => boolean): void {
  const breakAt = tokens.findLastIndex((t) => t.end <= clause.start);
  let first = breakAt - 1;
  while (tokens[first - 1]?.pos === '名詞' && tokens[first - 1]?.end === tokens[first]?.start) first -= 1;
  const nouns = { first: tokens[first], last: tokens[breakAt - 1] };
  const of = tokens[first - 1];
  const matterEnds = groups.flatMap((g, k) => (g.topic && spans[k] ? [spans[k].end] : []));
  if (nouns.first?.pos !== '名詞' || !nouns.last || of?.surface !== 'の' || !matterEnds.includes(of.start)) return;
  // 乗合タクシーの導入、運行、: the project's work (an action noun) is the matter itself, no detail of it.
  if (nouns.last.posDetail === 'サ変接続') return;
  const run = { start: nouns.first.start, end: nouns.last.end };
  for (const [k, g] of groups.entries()) {
    const span = spans[k];
    const detail = span && isWithin(span, run) ? readDetail(g, span, tokens, known) : undefined;
    if (detail === undefined) continue;
    groups[k] = { ...g, asked: detail };
    return;
  }
}

/**
 * True when the clause that asks names the matter itself (…、乗合タクシーはどの取組？ ちなみに、
 * 乗合タクシーの運転手は誰？): what it asks of the matter is read as in a question of one clause.
 */
export function namesMatterIn(groups: readonly ContentGroup[], spans: readonly (Span | undefined)[], clause: Span): boolean {
  return groups.some((g, k) => g.topic && isWithin(spans[k], clause));
}

function isWithin(span: Span | undefined, clause: Span): boolean {
  return span !== undefined && span.start >= clause.start && span.end <= clause.end;
}

/**
 * The same in a question of one clause, or in a clause that names the matter: the thing asked of
 * the matter, written after it (マラソン大会のエントリー料はいくら？ 共同研究の相手の教授は誰？).
 * Only a noun a question word asks about: 乗合タクシーの運行は？ and デマンドタクシーの導入 name the project.
 */
export function markFocusedDetails(groups: ContentGroup[], spans: readonly (Span | undefined)[], tokens: readonly PositionedToken[], known: (term: string) => boolean, yesNo = false): void {
  const topicEnds = groups.flatMap((g, k) => (g.topic && spans[k] ? [spans[k].end] : []));
  if (topicEnds.length === 0) return;
  groups.forEach((g, k) => {
    const span = spans[k];
    if (!span) return;
    const last = lastOfNoun(tokens, span);
    // 乗合タクシーの割引ある？ 合同訓練には自衛隊も来るの？: a yes/no question asks about each thing it names after the project.
    if (!topicEnds.some((end) => end < span.start) || !(yesNo || isAskedAbout(tokens, last))) return;
    const detail = readDetail(g, span, tokens, known);
    if (detail !== undefined) groups[k] = { ...g, asked: detail };
  });
}

/** The verbs that make an action noun a verb (確保する, 参加できる, 登録いたします). */
const SURU_VERBS: ReadonlySet<string> = new Set(['する', 'できる', '出来る', 'いたす', '致す']);

/**
 * 確保 of 確保する: an action noun used as a verb, which says how rather than names a thing. 割引 of
 * 割引ある and 予約 of 予約いる are nouns whose particle was dropped: asked about, not done.
 */
function isVerbNoun(tokens: readonly PositionedToken[], at: number): boolean {
  const next = tokens[at + 1];
  return tokens[at]?.posDetail === 'サ変接続' && next?.pos === '動詞' && SURU_VERBS.has(next.base);
}

/** True when the concept's last word is an action noun used as a verb (see isVerbNoun). */
function isUsedAsVerb(span: Span | undefined, tokens: readonly PositionedToken[]): boolean {
  return span !== undefined && isVerbNoun(tokens, tokens.findLastIndex((t) => overlaps(t, span)));
}

/** The detail a concept names, as typed, when it is a noun the agreements do not use (see markAskedDetails). */
function readDetail(g: ContentGroup, span: Span, tokens: readonly PositionedToken[], known: (term: string) => boolean): string | undefined {
  if (g.optional || g.framing || g.required || g.topic) return undefined;
  // 宿泊先, 出店料, 管理人: a suffix closes the compound, whose noun before it says what it is.
  const last = lastOfNoun(tokens, span);
  const suffixed = tokens[last]?.posDetail === '接尾' && tokens[last - 1]?.pos === '名詞';
  const at = suffixed ? last - 1 : last;
  const head = tokens[at];
  if (head?.pos !== '名詞' || !DETAIL_NOUN_KINDS.has(head.posDetail)) return undefined;
  // A word of the agreements, or one the glossary gives their meaning (観光, 経費 → 費用, 場), names
  // another passage's matter, which ranking weighs. With a suffix (管理 + 人), the compound is the
  // thing named, and the agreements' word only a part of it.
  if (suffixed ? known(nounRunAt(tokens, at)) : g.expansions.length > 0 || g.literal.some(known)) return undefined;
  // 説明すれば, 参加できる: an action noun used as a verb says how, not what.
  if (isVerbNoun(tokens, at)) return undefined;
  return nounRunAt(tokens, at);
}

/** The last token of a concept, with a suffix written onto it (管理 + 人): the noun as the question names it. */
function lastOfNoun(tokens: readonly PositionedToken[], span: Span): number {
  let last = tokens.findLastIndex((t) => overlaps(t, span));
  while (tokens[last + 1]?.posDetail === '接尾' && tokens[last + 1]?.pos === '名詞' && tokens[last + 1]?.start === tokens[last]?.end) last += 1;
  return last;
}

/** The nouns written together around a token (事務 + 局 → 事務局), as typed. */
function nounRunAt(tokens: readonly PositionedToken[], at: number): string {
  let first = at;
  let last = at;
  // ? and ! are nouns to kuromoji: they end the run.
  const noun = (t: PositionedToken | undefined): boolean => t?.pos === '名詞' && !/^[?!]+$/u.test(t.surface);
  while (noun(tokens[first - 1]) && tokens[first - 1]?.end === tokens[first]?.start) first -= 1;
  while (noun(tokens[last + 1]) && tokens[last + 1]?.start === tokens[last]?.end) last += 1;
  return tokens.slice(first, last + 1).map((t) => t.surface).join('');
}

/**
 * Question words that ask about the noun before them (景品は何？ 教授は誰？). Not どこ or どれ: in one
 * clause, …キャンペーンはどこ？ asks where the project is in the agreements.
 */
const DETAIL_QUESTION_WORDS: ReadonlySet<string> = new Set(['誰', 'だれ', 'どなた', '何', 'なに', 'なん', 'いくら', 'いつ']);
/** The last word of an attribute of a project (料, 費, 場所, 条件, 定員, 講師): what it costs, where, who may. */
const ATTRIBUTE_WORDS = /^(?:料|費|代|額|先|地|場所|会場|日程|時間|期間|条件|資格|書類|定員|相場|講師|担当者|相談員|対象者)$/u;

/** Verbs that ask for the noun before them (教えて, 知りたい). */
const TELL_ME: ReadonlySet<string> = new Set(['教える', '知る']);

/** Particles that make the noun before them the topic asked about (景品は, 教授って, 担当が). */
const TOPIC_PARTICLES: ReadonlySet<string> = new Set(['は', 'って', 'が', 'も']);

/** True when a question word asks about the noun: 景品 of 景品は何？ (not 導入 of …の導入, nor センター of センターを何市町かで). */
function isAskedAbout(tokens: readonly PositionedToken[], i: number): boolean {
  const particle = tokens[i + 1];
  // 萩市の観光スポットを教えて, 移住フェアの会場知りたい: the noun asked for by name.
  const asker = particle?.surface === 'を' ? tokens[i + 2] : particle;
  if (asker !== undefined && TELL_ME.has(asker.base)) return true;
  if (particle === undefined || !TOPIC_PARTICLES.has(particle.surface)) return false;
  const next = tokens[i + 2];
  // 企業見学バスツアーの集合場所は？ エントリー料は？: an attribute of a project asked bare (not the
  // project named again: 仕事フェスタは？ 体制づくりは？).
  if (particle.surface !== 'が' && (next === undefined || next.surface === '?') && tokens[i + 3] === undefined) return ATTRIBUTE_WORDS.test(tokens[i]?.surface ?? '');
  return DETAIL_QUESTION_WORDS.has(next?.base ?? '') && tokens[i + 3]?.surface !== 'の';
}
