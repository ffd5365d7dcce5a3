/**
 * `npm run glossary -- try --diff FILE`: the question set answered with the current glossary and
 * with an edited one, on the same corpus and dictionary; every question whose answer changes.
 */
import type { AskResult, QuestionAnswerer } from '../core/answer/types.ts';

/** A question of the set, as the diff needs it. */
export interface DiffQuestion {
  readonly q: string;
  /** Refs that count as right; empty: the engine should abstain. */
  readonly expect: readonly string[];
  /** development, or a held-out part (whose questions are counted, never shown, unless asked). */
  readonly part: string;
}

/** One question whose answer changed. */
export interface AnswerChange {
  readonly question: DiffQuestion;
  readonly before: string;
  readonly after: string;
  /** Whether the first answer is right (or the abstention is) before and after. */
  readonly rightBefore: boolean;
  readonly rightAfter: boolean;
}

/** The answer as one comparable string: the refs in order with related marked, or 見送り. */
export function describeAnswer(result: AskResult): string {
  if (result.abstained) return '見送り';
  const refs: string[] = [];
  for (const a of result.answers) {
    const ref = `${a.ref}${a.confidence === 'related' ? '(関連)' : ''}`;
    if (!refs.includes(ref)) refs.push(ref);
  }
  return refs.slice(0, 3).join(' ');
}

function isRight(result: AskResult, expect: readonly string[]): boolean {
  if (expect.length === 0) return result.abstained;
  return !result.abstained && expect.includes(result.answers[0]?.ref ?? '');
}

/** Every question whose answer differs between the two engines, in question-set order. */
export function diffAnswers(questions: readonly DiffQuestion[], current: QuestionAnswerer, edited: QuestionAnswerer): AnswerChange[] {
  const changes: AnswerChange[] = [];
  for (const question of questions) {
    const before = current.ask(question.q);
    const after = edited.ask(question.q);
    const b = describeAnswer(before);
    const a = describeAnswer(after);
    if (a === b) continue;
    changes.push({ question, before: b, after: a, rightBefore: isRight(before, question.expect), rightAfter: isRight(after, question.expect) });
  }
  return changes;
}

/** The changes as a curator reads them; held-out questions only counted unless `showHeldOut`. */
export function formatChanges(changes: readonly AnswerChange[], total: number, showHeldOut: boolean): string {
  const mark = (right: boolean): string => (right ? '○' : '×');
  const out: string[] = [];
  const better = changes.filter((c) => c.rightAfter && !c.rightBefore).length;
  const worse = changes.filter((c) => !c.rightAfter && c.rightBefore).length;
  out.push(`質問集 ${total} 問のうち、答えが変わったもの ${changes.length} 問（正しくなった ${better}、正しくなくなった ${worse}）。`);
  const hidden = changes.filter((c) => c.question.part !== 'development' && !showHeldOut);
  for (const c of changes) {
    if (hidden.includes(c)) continue;
    out.push(`  [${c.question.part}] ${c.question.q}`);
    out.push(`      前 ${mark(c.rightBefore)} ${c.before}  →  後 ${mark(c.rightAfter)} ${c.after}  （正解: ${c.question.expect.length === 0 ? '見送り' : c.question.expect.join('・')}）`);
  }
  if (hidden.length > 0) {
    out.push(`  held-out の ${hidden.length} 問は質問文を伏せています（正しくなった ${hidden.filter((c) => c.rightAfter && !c.rightBefore).length}、正しくなくなった ${hidden.filter((c) => !c.rightAfter && c.rightBefore).length}）。見るには --show-held-out（見た後は新しい held-out を作ること）。`);
  }
  return `${out.join('\n')}\n`;
}
