/**
 * The engine's reading and the example bank's vote (example-bank.ts) weighed together. The engine
 * knows what the text says; the examples know how people ask. Where they disagree, the engine's
 * first passage keeps a head start, so the vote overturns it only when the nearest examples agree
 * among themselves. Weights first measured on the fresh development parts' first looks (session 20:
 * development-11 … -16, each voted on by the other parts' examples only), then again once the
 * classifier joined the vote (session 21: the whole development part, leave one file out; the
 * withdrawal made readier, which raised negatives 93.2 → 95.4 % for 0.2 points of projects).
 */
import { NO_ANSWER, type ExampleVote } from './example-bank.ts';

/** What the vote changes in the engine's answer. */
export type Verdict =
  | { readonly kind: 'keep' }
  /** Put this ref first: the examples agree on it. */
  | { readonly kind: 'first'; readonly ref: string }
  /** The examples nearest to the question were ones the agreements do not answer. */
  | { readonly kind: 'abstain' };

/** The weights of {@link weighVote}. */
export interface FusionWeights {
  /**
   * Head start of the engine's first ref over a ref the examples vote for. 0.3 was tried once pairs
   * of words made the classifier surer (session 22): core top-1 +0.2, but 21 more variants (romaji,
   * kana) lost their right passage from the top, the vote reading them as typed.
   * @defaultValue 0.4
   */
  readonly firstLead: number;
  /** Head start of the engine's second ref. @defaultValue 0.15 */
  readonly secondLead: number;
  /**
   * Share of the vote a ref needs to answer where the engine found nothing. The classifier's
   * probabilities are smoother than the neighbours' shares: at 0.6, 工業について教えて went
   * unanswered (a reviewer's probe; 別表1イ led the vote); 0.4 measured best on development (0.3 …
   * 0.65 tried), then 0.35 once the classifier read pairs of words (session 22: core +0.1,
   * projects +0.1, one variant fewer at the top, negatives unchanged).
   * @defaultValue 0.35
   */
  readonly answerShare: number;
  /** …while the "not answered" share stays below this. @defaultValue 0.15 */
  readonly quietNoAnswer: number;
  /**
   * Share of "not answered" votes that withdraws the engine's answer… 0.45 with a backing under
   * 0.25 until session 22; with pairs of words in the classifier, 0.5 and 0.35 (development:
   * negatives 96.3 → 96.8, core and projects −0.1; 0.3 … 0.5 backing tried).
   * @defaultValue 0.5
   */
  readonly withdrawShare: number;
  /** …when the engine's first three refs together got less than this share. @defaultValue 0.35 */
  readonly withdrawBacking: number;
  /** Share of the vote that adds a ref after the answer, as a related passage. @defaultValue 0.2 */
  readonly alsoShare: number;
  /** How many refs an answer shows at most with those added. @defaultValue 3 */
  readonly alsoUpTo: number;
}

export const DEFAULT_FUSION_WEIGHTS: FusionWeights = {
  firstLead: 0.4,
  secondLead: 0.15,
  answerShare: 0.35,
  quietNoAnswer: 0.15,
  withdrawShare: 0.5,
  withdrawBacking: 0.35,
  alsoShare: 0.2,
  alsoUpTo: 3,
};

const keep: Verdict = { kind: 'keep' };

/**
 * Weighs the vote against the engine's refs (best first; undefined when the engine found no passage
 * that covers the question, as opposed to one lacking an asked fact, which the vote never overturns).
 *
 * @example
 * weighVote(['第3条', '第1条'], { shares: [['第1条', 0.8], ['第3条', 0.2]], neighbours: [] }); // → { kind: 'first', ref: '第1条' }
 */
export function weighVote(engineRefs: readonly string[] | undefined, vote: ExampleVote, weights: FusionWeights = DEFAULT_FUSION_WEIGHTS): Verdict {
  const share = (ref: string): number => vote.shares.find(([r]) => r === ref)?.[1] ?? 0;
  const none = share(NO_ANSWER);
  const [first, second] = engineRefs ?? [];
  if (first === undefined) {
    const [best] = vote.shares;
    return best && best[0] !== NO_ANSWER && best[1] >= weights.answerShare && none < weights.quietNoAnswer ? { kind: 'first', ref: best[0] } : keep;
  }
  // The engine's refs together: a topic with two rows (医療: 別表2ア, 別表3(1)ア) splits its votes.
  const backing = (engineRefs ?? []).slice(0, 3).reduce((sum, ref) => sum + share(ref), 0);
  if (none >= weights.withdrawShare && backing < weights.withdrawBacking) return { kind: 'abstain' };
  const score = (ref: string): number => share(ref) + (ref === first ? weights.firstLead : ref === second ? weights.secondLead : 0);
  // Only a ref with votes can outscore the first's head start (the second's lead is smaller).
  let best = first;
  for (const [ref] of vote.shares) {
    if (ref !== NO_ANSWER && score(ref) > score(best)) best = ref;
  }
  return best === first ? keep : { kind: 'first', ref: best };
}

/**
 * Refs the vote backs that an answer does not show yet, to add after it as related passages: a
 * second opinion where the question could be read two ways (a bus for tourists: 観光 or 公共交通).
 *
 * @example
 * listBackedRefs({ shares: [['別表3(2)ア', 0.5], ['別表1エ', 0.3], ['第4条', 0.1]] }, ['別表1エ']); // → ['別表3(2)ア']
 */
export function listBackedRefs(vote: ExampleVote, shown: readonly string[], weights: FusionWeights = DEFAULT_FUSION_WEIGHTS): string[] {
  const added: string[] = [];
  for (const [ref, share] of vote.shares) {
    if (shown.length + added.length >= weights.alsoUpTo) break;
    if (ref !== NO_ANSWER && share >= weights.alsoShare && !shown.includes(ref)) added.push(ref);
  }
  return added;
}
