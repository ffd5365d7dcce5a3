/**
 * The example bank's part in an answer (search/example-bank.ts votes, search/example-fusion.ts
 * weighs): the engine's answers reordered, extended with the rows the vote backs, or withdrawn.
 */
import { toAnswer } from './answer/compose.ts';
import type { Answer } from './answer/types.ts';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import { createExampleBank, listMemberWords, type Example, type ExampleBank, type ExampleVote } from './search/example-bank.ts';
import type { ClassifierModel } from './search/example-classifier.ts';
import { listBackedRefs, weighVote } from './search/example-fusion.ts';
import type { Passage } from './search/passages.ts';

/**
 * What the examples vote on: the question, or two readings of it (a kana question as typed and as
 * the engine read it in the corpus's words), whose votes count half each.
 */
export type VoteText = string | readonly [typed: string, read: string];

export interface ExampleAnswers {
  /**
   * The answers as the bank leaves them: the passage its vote backs put first where it outweighs
   * the engine's own first, rows it backs added after as related ones; 'abstain' when the nearest
   * examples were unanswerable; undefined when neither found anything. Without a bank, the answers.
   */
  reconsider(voteText: VoteText, answers: readonly Answer[] | undefined, preferred: ReadonlySet<string> | undefined, limit: number): Answer[] | 'abstain' | undefined;
  /** The vote for a trace (nothing without a bank). */
  trace(voteText: VoteText): { vote?: ExampleVote };
  /** Up to `count` of the bank's questions, spread over it, for the warm-up (none without a bank). */
  sampleQuestions(count: number): string[];
}

/**
 * @example
 * const examples = createExampleAnswers(bank, passages);
 * examples.reconsider('住民にとって何がよくなる？', engineAnswers, undefined, 6)?.[0]?.ref; // → '第1条'
 */
export function createExampleAnswers(bank: ExampleBank | undefined, passages: readonly Passage[]): ExampleAnswers {
  /** The drafts of a ref the question allows (all of them when it allows none). */
  function draftsOf(ref: string, preferred: ReadonlySet<string> | undefined): Passage[] {
    const drafts = passages.filter((p) => p.ref === ref);
    const allowed = drafts.filter((p) => preferred === undefined || preferred.has(p.agreement.id));
    return allowed.length > 0 ? allowed : drafts;
  }

  /**
   * The answers with `ref` first: the engine's own passages of it, or else its drafts the question
   * allows. A row the engine did not reach by the question's words is a related answer.
   */
  function putFirst(answers: readonly Answer[], ref: string, preferred: ReadonlySet<string> | undefined, limit: number): Answer[] {
    const own = answers.filter((a) => a.ref === ref);
    const score = answers[0]?.score ?? 1;
    const lead = own.length > 0 ? own : draftsOf(ref, preferred).map((p) => toAnswer(p, score, p.kind === 'annex-row' ? 'related' : 'answer'));
    return [...lead, ...answers.filter((a) => a.ref !== ref)].slice(0, Math.max(limit, lead.length));
  }

  return {
    reconsider(voteText, answers, preferred, limit) {
      if (!bank) return answers && [...answers];
      const vote = voteOn(bank, voteText);
      const verdict = weighVote(answers === undefined ? undefined : [...new Set(answers.map((a) => a.ref))], vote);
      if (verdict.kind === 'abstain') return 'abstain';
      const first = verdict.kind === 'first' ? putFirst(answers ?? [], verdict.ref, preferred, limit) : answers && [...answers];
      if (!first) return undefined;
      const backed = listBackedRefs(vote, [...new Set(first.map((a) => a.ref))]);
      const added = backed.flatMap((ref) => draftsOf(ref, preferred).map((p) => toAnswer(p, first[first.length - 1]?.score ?? 1, 'related')));
      return [...first, ...added].slice(0, Math.max(limit, first.length));
    },
    trace(voteText) {
      return bank ? { vote: voteOn(bank, voteText) } : {};
    },
    sampleQuestions: (count) => bank?.sampleQuestions(count) ?? [],
  };
}

/**
 * The vote on one text, or on two readings half each: the examples hold questions typed in kana
 * and romaji as well as their kanji words, and either reading may be the one they know.
 *
 * @example
 * voteOn(bank, ['ひようのぶんたん', '費用の分担']).shares[0]; // → ['第4条', 1] when only the kanji is known
 */
export function voteOn(bank: ExampleBank, text: VoteText): ExampleVote {
  if (typeof text === 'string') return bank.vote(text);
  const [typed, read] = text;
  if (typed === read) return bank.vote(typed);
  const first = bank.vote(typed);
  const second = bank.vote(read);
  // Either reading alone when the other shares no word with any example.
  if (first.shares.length === 0) return second;
  if (second.shares.length === 0) return first;
  const shares = new Map<string, number>();
  for (const [ref, share] of first.shares) shares.set(ref, share / 2);
  for (const [ref, share] of second.shares) shares.set(ref, (shares.get(ref) ?? 0) + share / 2);
  return { shares: [...shares].sort((a, b) => b[1] - a[1]), neighbours: [...first.neighbours, ...second.neighbours] };
}

/** The example bank, the members' names ignored (萩市 asks as 防府市 does); none without examples. */
export function buildExampleBank(examples: readonly Example[] | undefined, tokenizer: Tokenizer<IpadicFeatures>, places: readonly string[], classifier?: ClassifierModel): ExampleBank | undefined {
  if (!examples || examples.length === 0) return undefined;
  return createExampleBank(examples, tokenizer, { ignoredWords: listMemberWords(places, tokenizer), ...(classifier ? { classifier } : {}) });
}
