/**
 * How much each concept of a question weighs: by part of speech, by how many passages hold the
 * word (idf), and, for a noun nobody knows, by what it does in the sentence (scene, example,
 * manner). query.ts builds the concepts; reweigh.ts adjusts them once all are found.
 */
import type { PositionedToken } from '../text/analyzer.ts';
import type { QueryContext } from './query.ts';
import { isExample, isFocus, isManner, type Span } from './token-roles.ts';

/**
 * Weight of a word that neither the agreements nor the glossary know. Such a word is most often the
 * very thing asked about that the agreements do not cover (天気, 名前, 時刻表), so it weighs more
 * than a known word: an answer covering only the incidental known words is not an answer.
 */
export const UNKNOWN_NOUN_WEIGHT = 2;
/** A noun the dictionary itself does not know (a typo, a coinage): weighs little either way. */
export const UNKNOWN_FRAGMENT_WEIGHT = 0.3;
/** Verbs and adjectives (増やす, 入る, 強い) say little about the topic. */
export const PREDICATE_WEIGHT = 0.3;
/** Suffix nouns (市, 版, 的, 所) and adverbial nouns (今日, 将来, 毎月) qualify rather than name. */
export const MODIFIER_NOUN_WEIGHT = 0.3;

/** A concrete project of the vocabulary is the thing asked: it weighs more than a word of the agreements (chosen on the development part). */
export const TOPIC_WEIGHT = 1.5;

/** Party names (see {@link ContentGroup.optional}). */
export const PARTY_WEIGHT = 0.3;

/**
 * Inverse document frequency mapped to [0.3, 1]: a word in one passage weighs 1, a word in every
 * passage (連携, 圏域, 推進) 0.3, so common words neither carry nor block an answer.
 */
export function idfWeight(documentFrequency: number, passageCount: number): number {
  if (documentFrequency <= 0) return 1;
  const idf = Math.log((passageCount + 1) / documentFrequency) / Math.log(passageCount + 1);
  return 0.3 + 0.7 * Math.min(1, Math.max(0, idf) * 1.5);
}

/** Weight of a single word of the question, from its part of speech and whether the corpus knows it. */
export function conceptWeight(token: Pick<PositionedToken, 'pos' | 'posDetail' | 'unknown'>, documentFrequency: number, known: boolean, passageCount: number, beforeNoun = false): number {
  // 高度な医療: an adjectival noun the agreements hold, before a noun, qualifies the topic in their
  // own words; 可能？ (持続可能 is in the text) only asks.
  if (token.pos === '名詞' && token.posDetail === '形容動詞語幹' && documentFrequency > 0 && beforeNoun) return Math.min(idfWeight(documentFrequency, passageCount), ADJECTIVE_WEIGHT);
  if (token.pos !== '名詞' || token.posDetail === '形容動詞語幹') return PREDICATE_WEIGHT;
  if (token.posDetail === '接尾' || token.posDetail === '副詞可能') return MODIFIER_NOUN_WEIGHT;
  if (!known) {
    // An action noun (処理, 運行, 支援) says what is done to the topic, not what the topic is.
    if (token.posDetail === 'サ変接続') return PREDICATE_WEIGHT;
    // A word no dictionary knows is most often a typo or a fragment (分坦, 界議): it must not veto.
    if (token.unknown) return UNKNOWN_FRAGMENT_WEIGHT;
    return UNKNOWN_NOUN_WEIGHT;
  }
  return idfWeight(documentFrequency, passageCount);
}

/** What an adjectival noun of the agreements (高度, 快適) weighs at most. */
const ADJECTIVE_WEIGHT = 0.5;

/**
 * A verb the glossary maps to the agreements' wording (抜ける → 廃止, 増やす → 拡大) weighs more
 * than a bare verb, since it has a known meaning, but less than a noun.
 */
export const GLOSSARY_PREDICATE_WEIGHT = 0.5;
/** A concept weighing this much is a topic of the question (a word of few passages, a project). */
export const TOPIC_CONCEPT_WEIGHT = 0.5;

/** A framing word yields to any concept weighing this much (see {@link ContentGroup.framing}). */
export const FRAMING_YIELDS_TO = 0.5;

/** Words in a context clause weigh this much of their weight (see {@link contextEnd}). */
export const CONTEXT_FACTOR = 0.5;

/** JUMAN categories of words that set the scene (who, where) rather than name a topic. */
const SCENE_CATEGORIES = ['人', '場所-その他', '場所-自然'];

/**
 * Weight of a noun that neither the agreements, the glossary nor the vocabulary know. It names
 * the thing asked (天気, 休暇, 時刻表) and so vetoes an answer, unless it only qualifies a concept
 * the question does hold: a noun compound with a known word (デマンド型 乗合タクシー, 移住体験ツアー),
 * or a person or place that sets the scene (首都圏の人向け, 若手技術者), by the JUMAN dictionary's
 * categories. A quantity (人口, 金額, 人数) always vetoes: the agreements state no figures.
 */
export function weighUnknownNoun(
  tokens: readonly PositionedToken[],
  i: number,
  ctx: Pick<QueryContext, 'lexicalCategories' | 'documentFrequency'>,
  understood: readonly Span[],
  placement = false,
): number {
  const token = tokens[i];
  if (!token) return UNKNOWN_NOUN_WEIGHT;
  const categories = ctx.lexicalCategories?.(token.base) ?? [];
  // どの項目？ asks where a matter stands: its description's words (複数の市町, 休日夜間) need no
  // passage of their own. A figure asked for is a fact (facts.ts), not a word, so it still vetoes.
  if (placement) return MODIFIER_NOUN_WEIGHT;
  if (categories.includes('数量')) return UNKNOWN_NOUN_WEIGHT;
  // 駅周辺みたいな拠点, 商工会議所のような団体: an example of the thing asked, which is named after it.
  if (isExample(tokens, i)) return MODIFIER_NOUN_WEIGHT;
  // 一言で言うと, 答弁用に, 文書で: a noun marked by で or に says how or for what the asker wants
  // the answer, not what it is about.
  if (isManner(tokens, i)) return MODIFIER_NOUN_WEIGHT;
  // A person or place is the scene, unless it is what is asked (観光協会の会長って誰？): by JUMAN's
  // categories, or a proper noun of a place or person (台湾, 韓国) by the tokenizer's own.
  const properScene = token.posDetail === '固有名詞' && (token.posDetail2 === '地域' || token.posDetail2 === '人名');
  if ((properScene || categories.some((c) => SCENE_CATEGORIES.includes(c))) && !isFocus(tokens, i)) return MODIFIER_NOUN_WEIGHT;
  const knownAt = (j: number): boolean => {
    const t = tokens[j];
    if (!t) return false;
    return understood.some((u) => u.start < t.end && t.start < u.end) || (t.term !== undefined && ctx.documentFrequency(t.term) > 0);
  };
  // Walk the compound the word stands in, both ways: nouns, or any kanji written on (a typo such as
  // 観光振光 is cut 観光 / 振 / 光, yet it is one word).
  const inCompound = (j: number): boolean => {
    const t = tokens[j];
    return t !== undefined && (t.pos === '名詞' || /^\p{Script=Han}+$/u.test(t.surface));
  };
  for (const step of [-1, 1]) {
    for (let j = i + step; inCompound(j); j += step) if (knownAt(j)) return MODIFIER_NOUN_WEIGHT;
  }
  return UNKNOWN_NOUN_WEIGHT;
}

