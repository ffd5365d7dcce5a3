/**
 * Scores an answerer on the question set: top-1, top-3 and MRR over distinct refs in rank order,
 * abstention accuracy on off-topic questions, and every miss with what was answered instead.
 */
import type { QuestionCase } from './question-set.ts';

export interface Answerable {
  ask(question: string): { readonly abstained: boolean; readonly answers: readonly { readonly agreement: string; readonly ref: string }[] };
}

export interface Miss {
  readonly q: string;
  readonly expected: string;
  readonly got: string;
  readonly why: string;
}

export interface Evaluation {
  readonly onTopic: number;
  readonly offTopic: number;
  readonly top1: number;
  readonly top3: number;
  readonly mrr: number;
  /** Share of off-topic questions answered with an abstention. */
  readonly abstention: number;
  /** Share of on-topic questions wrongly abstained on. */
  readonly falseAbstention: number;
  readonly misses: readonly Miss[];
}

function describeExpected(c: QuestionCase): string {
  return c.expect.length === 0 ? '(abstain)' : `${c.expect.join('|')}${c.agreement ? ` @${c.agreement}` : ''}`;
}

export function evaluate(answerer: Answerable, cases: readonly QuestionCase[]): Evaluation {
  let onTopic = 0, offTopic = 0, top1 = 0, top3 = 0, rr = 0, abstained = 0, falseAbstained = 0;
  const misses: Miss[] = [];
  for (const c of cases) {
    const result = answerer.ask(c.q);
    const refs = [...new Set(result.answers.map((a) => a.ref))];
    const got = result.abstained ? '(abstain)' : `${refs.slice(0, 3).join(', ')} @${result.answers[0]?.agreement ?? ''}`;
    if (c.expect.length === 0) {
      offTopic += 1;
      if (result.abstained) abstained += 1;
      else misses.push({ q: c.q, expected: describeExpected(c), got, why: c.why });
      continue;
    }
    onTopic += 1;
    if (result.abstained) falseAbstained += 1;
    const rank = refs.findIndex((ref) => c.expect.includes(ref));
    const agreementOk = c.agreement === undefined || result.answers.find((a) => c.expect.includes(a.ref))?.agreement === c.agreement;
    const firstOk = rank === 0 && agreementOk;
    if (firstOk) top1 += 1;
    if (rank >= 0 && rank < 3 && agreementOk) top3 += 1;
    if (rank >= 0 && agreementOk) rr += 1 / (rank + 1);
    if (!firstOk) misses.push({ q: c.q, expected: describeExpected(c), got, why: c.why });
  }
  return {
    onTopic,
    offTopic,
    top1: top1 / onTopic,
    top3: top3 / onTopic,
    mrr: rr / onTopic,
    abstention: offTopic === 0 ? 1 : abstained / offTopic,
    falseAbstention: falseAbstained / onTopic,
    misses,
  };
}
