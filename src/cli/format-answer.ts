/**
 * Plain-text and JSON renderings of an answer for the terminal. The JSON line is a stable
 * interface (documented in the README): change it only compatibly.
 */
import type { AskResult } from '../core/answer/types.ts';

/** One line of `npm run -s ask -- --json`. */
export interface JsonAnswerLine {
  readonly question: string;
  readonly abstained: boolean;
  /** The members the question named and the agreement that governs them (only when it named any). */
  readonly parties?: { readonly agreement: string; readonly names: Readonly<Record<string, string>>; readonly readAs?: Readonly<Record<string, string>> };
  readonly answers: readonly {
    /** `answer`, or `related` when only a policy area covers the question. */
    readonly confidence: 'answer' | 'related';
    readonly agreement: string;
    readonly ref: string;
    readonly title: string;
    readonly quote: string;
    readonly roles: Readonly<Record<string, string>>;
  }[];
}

export function toJsonLine(question: string, result: AskResult): JsonAnswerLine {
  const reading = result.reading;
  return {
    question,
    abstained: result.abstained,
    ...(reading
      ? { parties: { agreement: reading.agreement, names: reading.names, ...(reading.readAs ? { readAs: { [reading.readAs.printed]: reading.readAs.as } } : {}) } }
      : {}),
    answers: result.answers.map(({ confidence, agreement, ref, title, quote, roles }) => ({ confidence, agreement, ref, title, quote, roles })),
  };
}

/** A readable answer: the direct sentence, then each quoted passage with its citations. */
export function formatAnswerText(result: AskResult): string {
  const lines = [result.summary];
  if (result.abstained) {
    lines.push('', '質問の例:', ...result.suggestions.map((s) => `  ・${s}`));
    return lines.join('\n');
  }
  for (const group of result.groups) {
    const first = group.answers[0];
    if (!first) continue;
    const mark = first.confidence === 'related' ? '【関連】' : '■';
    lines.push('', `${mark} ${group.answers.map((a) => a.agreement).join('・')} ${group.ref} ${group.title}`);
    lines.push(...group.quote.split('\n').map((l) => `  ${l}`));
    for (const answer of group.answers) {
      for (const role of answer.partyRoles) lines.push(`  【${role.symbol}の役割（${role.displayName}）】${role.role}`);
    }
    for (const answer of group.answers) lines.push(`  出典: ${answer.citation}`);
  }
  return lines.join('\n');
}
