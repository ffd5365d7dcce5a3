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
 * through its topic term (別表1イ for 研修) does not state. Not when the clause names the matter
 * itself (…、乗合タクシーはどの取組？), and never a party, a fact or a word of the asking.
 */
export function markAskedDetails(groups: ContentGroup[], spans: readonly (Span | undefined)[], tokens: readonly PositionedToken[], clause: Span | undefined, known: (term: string) => boolean): void {
  if (!clause) return;
  const inside = (span: Span | undefined): boolean => span !== undefined && span.start >= clause.start && span.end <= clause.end;
  const topics = groups.flatMap((g, k) => (g.topic ? [spans[k]] : []));
  if (topics.length === 0 || topics.some(inside)) return;
  groups.forEach((g, k) => {
    const span = spans[k];
    if (g.optional || g.framing || g.required || g.topic || !span || !inside(span)) return;
    // 宿泊先, 出店料: a suffix closes the compound, whose noun before it says what it is.
    const last = tokens.findLastIndex((t) => overlaps(t, span));
    const at = tokens[last]?.posDetail === '接尾' && tokens[last - 1]?.pos === '名詞' ? last - 1 : last;
    const head = tokens[at];
    if (head?.pos !== '名詞' || !DETAIL_NOUN_KINDS.has(head.posDetail)) return;
    // A word of the agreements, or one the glossary gives their meaning (観光, 経費 → 費用, 場), names
    // another passage's matter, which ranking weighs.
    if (g.expansions.length > 0 || g.literal.some(known)) return;
    // 説明すれば, 参加できる: an action noun used as a verb says how, not what.
    if (head.posDetail === 'サ変接続' && tokens[at + 1]?.pos === '動詞') return;
    groups[k] = { ...g, asked: nounRunAt(tokens, at) };
  });
}

/** The nouns written together around a token (事務 + 局 → 事務局), as typed. */
function nounRunAt(tokens: readonly PositionedToken[], at: number): string {
  let first = at;
  let last = at;
  while (tokens[first - 1]?.pos === '名詞' && tokens[first - 1]?.end === tokens[first]?.start) first -= 1;
  while (tokens[last + 1]?.pos === '名詞' && tokens[last + 1]?.start === tokens[last]?.end) last += 1;
  return tokens.slice(first, last + 1).map((t) => t.surface).join('');
}
