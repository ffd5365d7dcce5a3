/**
 * Hand-made answers in the engine's model, for unit tests that must not depend on ranking.
 * Texts are the agreements' own (連携協約1/2, 第4条 and 別表3(1)エ).
 */
import type { Answer, AnswerGroup, AskResult, QuestionAnswerer } from '../../src/core/answer/types.ts';

/** An annex-row answer: 別表3(1)エ 災害対策 in one draft. */
export function makeAnnexAnswer(agreement: '連携協約1' | '連携協約2', overrides: Partial<Answer> = {}): Answer {
  const roles: Record<string, string> =
    agreement === '連携協約1'
      ? { '甲（山口市）': '乙と連携・協力して、取組を推進する。', '乙（○○市町）': '甲と連携・協力して実施する事業について、甲と取組を推進する。' }
      : { '両市（山口市及び宇部市）': '両市が相互に連携・協力して、取組を推進する。' };
  return {
    confidence: 'answer',
    agreement,
    ref: '別表3(1)エ',
    kind: 'annex-row',
    title: '災害対策',
    quote: '災害時等の相互支援、防災・減災施策の推進など、災害対策に取り組む。',
    roles,
    partyRoles: [],
    citation: `${agreement}（${agreement === '連携協約1' ? '山口市・連携市町' : '山口市と宇部市'}）別表（第３条関係）3(1)エ 災害対策`,
    score: 1,
    ...overrides,
  };
}

/** An article answer: 第4条 費用分担 in one draft. */
export function makeArticleAnswer(agreement: '連携協約1' | '連携協約2', overrides: Partial<Answer> = {}): Answer {
  return {
    confidence: 'answer',
    agreement,
    ref: '第4条',
    kind: 'article',
    title: '費用分担',
    quote: '前条に規定する取組を実施するために要する費用の分担については、甲及び乙が協議して別に定める。',
    roles: {},
    partyRoles: [],
    citation: `${agreement}（${agreement === '連携協約1' ? '山口市・連携市町' : '山口市と宇部市'}）第４条（費用分担）`,
    score: 1,
    ...overrides,
  };
}

/** Groups answers by ref + quote, as the engine does. */
export function groupFixtureAnswers(answers: readonly Answer[]): AnswerGroup[] {
  const groups: { ref: string; kind: Answer['kind']; title: string; quote: string; answers: Answer[] }[] = [];
  for (const answer of answers) {
    const same = groups.find((group) => group.ref === answer.ref && group.quote === answer.quote);
    if (same === undefined) groups.push({ ref: answer.ref, kind: answer.kind, title: answer.title, quote: answer.quote, answers: [answer] });
    else same.answers.push(answer);
  }
  return groups;
}

/** An AskResult around the given answers. */
export function makeResult(answers: readonly Answer[], overrides: Partial<AskResult> = {}): AskResult {
  return {
    question: '災害対応は誰が担当？',
    truncated: false,
    intent: 'role',
    abstained: answers.length === 0,
    summary: answers.length === 0 ? '見つかりませんでした。' : '「災害対策」（別表3(1)エ）では、山口市（甲）は…とされています。',
    suggestions: answers.length === 0 ? ['第4条を見せて', '災害対応は誰が担当？'] : [],
    answers,
    groups: groupFixtureAnswers(answers),
    ...overrides,
  };
}

/** A QuestionAnswerer that answers every question with `result(question)`, recording questions. */
export function makeFakeAnswerer(
  result: (question: string) => AskResult = (question) => makeResult([makeAnnexAnswer('連携協約1'), makeAnnexAnswer('連携協約2')], { question }),
): QuestionAnswerer & { readonly questions: string[] } {
  const questions: string[] = [];
  const all = [makeAnnexAnswer('連携協約1'), makeAnnexAnswer('連携協約2'), makeArticleAnswer('連携協約1'), makeArticleAnswer('連携協約2')];
  return {
    questions,
    ask(question) {
      questions.push(question);
      return result(question);
    },
    lookup(agreement, ref) {
      return all.find((answer) => answer.agreement === agreement && answer.ref === ref);
    },
    listAnnexRows() {
      return [{ ref: '別表3(1)エ', section: '3(1)', sectionTitle: '生活機能の強化に係る政策分野', title: '災害対策', agreements: ['連携協約1', '連携協約2'] }];
    },
    examples: ['災害対応は誰が担当？', '第4条を見せて'],
    warmUp: () => Promise.resolve(0),
  };
}
