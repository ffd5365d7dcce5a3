/**
 * Scores an answerer on the question set, per part and category: top-1, top-3 and MRR over
 * distinct refs in rank order (a related answer counts when its row is right), abstention on
 * negatives, how often a related answer was given and how often its row was right, and whether the
 * direct answer names the member a question names.
 */
import type { Category, Part, QuestionCase } from './question-set.ts';

export interface Answerable {
  ask(question: string): {
    readonly abstained: boolean;
    readonly summary?: string;
    readonly answers: readonly { readonly agreement: string; readonly ref: string; readonly confidence?: 'answer' | 'related' }[];
    /** The kind of reply (absent: the best passages, as a peer always gives). */
    readonly kind?: string;
    readonly roleTables?: readonly { readonly agreement: string }[];
  };
}

export interface Miss {
  readonly q: string;
  readonly part: Part;
  readonly category: Category;
  readonly expected: string;
  readonly got: string;
  readonly why: string;
}

/** Figures for one group of cases (a part, a category, or both). */
export interface Figures {
  readonly cases: number;
  readonly onTopic: number;
  readonly offTopic: number;
  readonly top1: number;
  readonly top3: number;
  readonly mrr: number;
  /** Share of negatives answered with an abstention. */
  readonly abstention: number;
  /** Share of on-topic questions wrongly abstained on. */
  readonly falseAbstention: number;
  /** Share of on-topic questions answered with a related answer. */
  readonly related: number;
  /** Of the related answers to on-topic questions, the share whose first row is right. */
  readonly relatedRight: number;
  /** Of the cases naming a party, the share whose direct answer names it (NaN when none). */
  readonly partyNamed: number;
  /** Of the cases asking for a kind of reply (or a near miss of one), the share answered right (NaN when none). */
  readonly kindRight: number;
  readonly kindCases: number;
}

export interface Evaluation {
  readonly overall: Figures;
  readonly byPart: ReadonlyMap<Part, Figures>;
  readonly byPartAndCategory: ReadonlyMap<string, Figures>;
  readonly misses: readonly Miss[];
}

interface Outcome {
  readonly c: QuestionCase;
  readonly abstained: boolean;
  readonly rank: number;
  readonly agreementOk: boolean;
  readonly related: boolean;
  /** Cases with a `kind`: whether the reply was of that kind and right. */
  readonly kindOk?: boolean;
  readonly partyNamed: boolean | undefined;
}

function describeExpected(c: QuestionCase): string {
  if (c.kind !== undefined && c.kind !== 'passages') return `[${c.kind}] ${c.expect.join('|')}${c.agreement ? ` @${c.agreement}` : ''}${c.party ? ` naming ${c.party}` : ''}`;
  return c.expect.length === 0 ? '(abstain)' : `${c.expect.join('|')}${c.agreement ? ` @${c.agreement}` : ''}${c.party ? ` naming ${c.party}` : ''}`;
}

/** A case asking for a special kind of reply: scored by kind only, not among the passages' figures. */
const isSpecial = (c: QuestionCase): boolean => c.kind !== undefined && c.kind !== 'passages';

function summarise(all: readonly Outcome[]): Figures {
  const outcomes = all.filter((o) => !isSpecial(o.c));
  const kinds = all.filter((o) => o.kindOk !== undefined);
  const on = outcomes.filter((o) => o.c.expect.length > 0);
  const off = outcomes.filter((o) => o.c.expect.length === 0);
  const share = (n: number, d: number): number => (d === 0 ? Number.NaN : n / d);
  const ok = (o: Outcome, within: number): boolean => o.rank >= 0 && o.rank < within && o.agreementOk;
  const related = on.filter((o) => o.related);
  const parties = outcomes.filter((o) => o.partyNamed !== undefined);
  return {
    cases: outcomes.length,
    onTopic: on.length,
    offTopic: off.length,
    top1: share(on.filter((o) => ok(o, 1)).length, on.length),
    top3: share(on.filter((o) => ok(o, 3)).length, on.length),
    mrr: share(on.reduce((sum, o) => sum + (o.rank >= 0 && o.agreementOk ? 1 / (o.rank + 1) : 0), 0), on.length),
    abstention: share(off.filter((o) => o.abstained).length, off.length),
    falseAbstention: share(on.filter((o) => o.abstained).length, on.length),
    related: share(related.length, on.length),
    relatedRight: share(related.filter((o) => ok(o, 1)).length, related.length),
    partyNamed: share(parties.filter((o) => o.partyNamed).length, parties.length),
    kindRight: share(kinds.filter((o) => o.kindOk).length, kinds.length),
    kindCases: kinds.length,
  };
}

/** Scores an answerer, or for each case the answerer meant for it (see leave-one-out.ts). */
export function evaluate(answerer: Answerable | ((c: QuestionCase) => Answerable), cases: readonly QuestionCase[]): Evaluation {
  const outcomes: Outcome[] = [];
  const misses: Miss[] = [];
  for (const c of cases) {
    const result = (typeof answerer === 'function' ? answerer(c) : answerer).ask(c.q);
    const refs = [...new Set(result.answers.map((a) => a.ref))];
    const rank = refs.findIndex((ref) => c.expect.includes(ref));
    const agreementOk = c.agreement === undefined || result.answers.find((a) => c.expect.includes(a.ref))?.agreement === c.agreement;
    const related = !result.abstained && result.answers[0]?.confidence === 'related';
    const partyNamed = c.party === undefined || result.abstained ? (c.party === undefined ? undefined : false) : (result.summary ?? '').includes(c.party);
    const kindOk = c.kind === undefined ? undefined : judgeKind(c, result, rank, agreementOk);
    outcomes.push({ c, abstained: result.abstained, rank, agreementOk, related, partyNamed, ...(kindOk === undefined ? {} : { kindOk }) });
    const right = kindOk ?? (c.expect.length === 0 ? result.abstained : rank === 0 && agreementOk);
    if (!right) {
      const kind = result.kind !== undefined && result.kind !== 'passages' ? `[${result.kind}] ` : '';
      const got = result.abstained ? '(abstain)' : `${kind}${related ? '(related) ' : ''}${refs.slice(0, 3).join(', ')} @${result.answers[0]?.agreement ?? ''}`;
      misses.push({ q: c.q, part: c.part, category: c.category, expected: describeExpected(c), got, why: c.why });
    }
  }
  const byPart = new Map<Part, Figures>();
  const byPartAndCategory = new Map<string, Figures>();
  for (const part of new Set(cases.map((c) => c.part))) {
    byPart.set(part, summarise(outcomes.filter((o) => o.c.part === part)));
    for (const category of new Set(cases.map((c) => c.category))) {
      const subset = outcomes.filter((o) => o.c.part === part && o.c.category === category);
      if (subset.length > 0) byPartAndCategory.set(`${part}/${category}`, summarise(subset));
    }
  }
  return { overall: summarise(outcomes), byPart, byPartAndCategory, misses };
}

/**
 * A case with a kind is right when the reply is of that kind and, where the case says so, quotes the
 * expected passage first, comes from the expected agreement and names the expected member. A near
 * miss (`passages`) must get an ordinary reply: the expected passage first, or an abstention.
 */
function judgeKind(c: QuestionCase, result: ReturnType<Answerable['ask']>, rank: number, agreementOk: boolean): boolean {
  const kind = result.kind ?? 'passages';
  if (kind !== c.kind) return false;
  if (c.kind === 'passages') return c.expect.length === 0 ? result.abstained : rank === 0 && agreementOk;
  if (c.expect.length > 0 && !c.expect.includes(result.answers[0]?.ref ?? '')) return false;
  const agreement = result.roleTables?.[0]?.agreement ?? result.answers[0]?.agreement;
  if (c.agreement !== undefined && agreement !== c.agreement) return false;
  return c.party === undefined || (result.summary ?? '').includes(c.party);
}
