/**
 * Answer composition: turns ranked passages into the answer model, and writes the one Japanese
 * sentence that answers directly. Every quoted text comes from the corpus unchanged; this module
 * only frames it.
 */
import type { Passage } from '../search/passages.ts';
import { formatRoleKey } from '../search/passages.ts';
import type { Answer, AnswerGroup, Intent } from './types.ts';

/** Example questions shown in help and when the engine abstains. */
export const EXAMPLE_QUESTIONS: readonly string[] = [
  '災害対応は誰が担当？',
  '費用負担はどう決まる？',
  '第6条を見せて',
  '移住促進で宇部市は何をする？',
  '連絡会議は誰が開く？',
  '別表3(2)ア',
];

export const ABSTAIN_MESSAGE =
  '協約の条文・別表には、この質問にはっきり答える箇所が見つかりませんでした。協約の目的・費用分担・連絡会議・変更の手続や、別表の取組（観光、医療、災害対策、公共交通、移住促進など）について聞いてください。';

export const EMPTY_QUESTION_MESSAGE = '質問が空でした。協約について知りたいことを書いてください。';

export function toAnswer(passage: Passage, score: number): Answer {
  return {
    agreement: passage.agreement.id,
    ref: passage.ref,
    kind: passage.kind,
    title: passage.title,
    quote: passage.quote,
    roles: Object.fromEntries(passage.partyRoles.map((r) => [formatRoleKey(r), r.role])),
    partyRoles: passage.partyRoles,
    citation: passage.citation,
    score: Math.round(score * 1000) / 1000,
  };
}

/** Groups answers with the same ref and the same quote (the drafts share most text), in rank order. */
export function groupAnswers(answers: readonly Answer[]): AnswerGroup[] {
  const groups: { ref: string; quote: string; kind: Answer['kind']; title: string; answers: Answer[] }[] = [];
  for (const answer of answers) {
    const group = groups.find((g) => g.ref === answer.ref && g.quote === answer.quote);
    if (group) group.answers.push(answer);
    else groups.push({ ref: answer.ref, quote: answer.quote, kind: answer.kind, title: answer.title, answers: [answer] });
  }
  return groups;
}

/** `別表3(1)エ` → `別表3(1)エ「災害対策」`, `第4条` → `第4条（費用分担）`. */
export function describePassage(answer: Pick<Answer, 'ref' | 'kind' | 'title'>): string {
  if (answer.kind === 'article') return `${answer.ref}（${answer.title}）`;
  if (answer.kind === 'annex-row') return `「${answer.title}」（${answer.ref}）`;
  return answer.ref;
}

/** `山口市（甲）は「…」、連携市町（乙）は「…」` for one agreement's row. */
function describeRoles(answer: Answer): string {
  return answer.partyRoles.map((r) => `${r.displayName}（${r.symbol}）は「${r.role}」`).join('、');
}

/**
 * The direct answer. For role questions about an annex row, one sentence naming each party's
 * role in each draft; otherwise a sentence saying which passage answers.
 */
export function composeSummary(intent: Intent, groups: readonly AnswerGroup[]): string {
  const top = groups[0];
  const first = top?.answers[0];
  if (!top || !first) return ABSTAIN_MESSAGE;
  // Every draft quoted for the top ref, even where their texts differ (and so are separate groups).
  const sameRef = groups.filter((g) => g.ref === top.ref).flatMap((g) => g.answers);
  const agreements = [...new Set(sameRef.map((a) => a.agreement))].join('・');
  if (top.kind === 'annex-row' && (intent === 'role' || intent === 'search')) {
    const roles = sameRef.length === 1 ? describeRoles(first) : sameRef.map((a) => `${a.agreement}で${describeRoles(a)}`).join('、');
    return `${describePassage(first)}では、${roles}とされています。`;
  }
  if (intent === 'reference' || intent === 'quote') return `${agreements}の${describePassage(first)}の全文です。`;
  return `${agreements}の${describePassage(first)}に定めがあります。`;
}
