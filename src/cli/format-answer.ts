/**
 * Plain-text and JSON renderings of an answer for the terminal. The JSON line is a stable
 * interface (documented in docs/architecture.md): change it only compatibly.
 */
import { describeDifferenceGroup, groupAlikeDifferences, segmentChanges } from '../core/answer/compare-drafts.ts';
import type { AskResult, ResultKind, TextSpan } from '../core/answer/types.ts';

/** One line of `npm run -s ask -- --json`. */
export interface JsonAnswerLine {
  readonly question: string;
  readonly abstained: boolean;
  /** The members the question named and the agreement that governs them (only when it named any). */
  readonly parties?: { readonly agreement: string; readonly names: Readonly<Record<string, string>>; readonly readAs?: Readonly<Record<string, string>> };
  /** The kind of reply when it is not the best passages: `role-table`, `comparison`, `definition`, `membership`. */
  readonly kind?: Exclude<ResultKind, 'passages'>;
  /** `comparison`: each differing passage with each draft's normalised text and its changed spans. */
  readonly differences?: readonly { readonly ref: string; readonly drafts: readonly { readonly agreement: string; readonly text: string; readonly changed: readonly TextSpan[] }[] }[];
  /** `role-table`: per agreement, the parties and their role in each annex row, by section. */
  readonly roleTables?: AskResult['roleTables'];
  /** `membership`, `definition`: the members meant, from the region data. */
  readonly members?: AskResult['members'];
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
    ...(result.kind && result.kind !== 'passages' ? { kind: result.kind } : {}),
    ...(result.comparison ? { differences: result.comparison.differences.map(({ ref, drafts }) => ({ ref, drafts })) } : {}),
    ...(result.roleTables ? { roleTables: result.roleTables } : {}),
    ...(result.members ? { members: result.members } : {}),
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
  if (result.kind === 'role-table') return [...lines, ...formatRoleTables(result)].join('\n');
  if (result.kind === 'comparison') return [...lines, ...formatComparison(result)].join('\n');
  for (const group of result.groups) {
    const first = group.answers[0];
    if (!first) continue;
    const mark = first.confidence === 'related' ? '【関連】' : '■';
    const title = group.title === group.ref ? '' : ` ${group.title}`;
    lines.push('', `${mark} ${group.answers.map((a) => a.agreement).join('・')} ${group.ref}${title}`);
    lines.push(...group.quote.split('\n').map((l) => `  ${l}`));
    for (const answer of group.answers) {
      for (const role of answer.partyRoles) lines.push(`  【${role.symbol}の役割（${role.displayName}）】${role.role}`);
    }
    for (const answer of group.answers) lines.push(`  出典: ${answer.citation}`);
  }
  return lines.join('\n');
}

/** Role tables for the terminal: per agreement, the rows by section; a role the same everywhere is in the summary. */
function formatRoleTables(result: AskResult): string[] {
  return (result.roleTables ?? []).flatMap((table) => [
    '',
    `■ ${table.agreement} ${table.parties.map((p) => `${p.name}（${p.symbol}）`).join('・')}の役割`,
    ...table.sections.flatMap((section) => [
      `  ${section.heading}`,
      ...section.rows.flatMap((row) => [
        `    ${row.ref} ${row.title}`,
        ...table.parties.filter((p) => p.sameRole === undefined).map((p) => `      ${p.name}：${row.roles[p.symbol] ?? ''}`),
      ]),
    ]),
  ]);
}

/** Differences for the terminal: each draft's text cut to its changes, the changes in 【】. */
function formatComparison(result: AskResult): string[] {
  return groupAlikeDifferences(result.comparison?.differences ?? []).flatMap((group) => [
    '',
    `■ ${describeDifferenceGroup(group)}`,
    ...(group[0]?.drafts ?? []).map((draft) => `  ${draft.agreement}：${segmentChanges(draft.text, draft.changed).map((s) => (s.changed ? `【${s.text}】` : s.text)).join('')}`),
  ]);
}
