/**
 * How the engine's findings become an `AskResult`: an answer, an abstention with its reason, a
 * special reply, an answer withdrawn. The shapes every path of question-answerer.ts ends in.
 */
import type { MemberResolution } from '../region/resolve-members.ts';
import type { SpecialReply } from '../special-answers.ts';
import type { Passage } from '../search/passages.ts';
import { ABSTAIN_MESSAGE, EXAMPLE_QUESTIONS, composeSummary, composeWithdrawnMessage, groupAnswers, type SummaryContext } from './compose.ts';
import type { Answer, AskResult, Intent, PartyReading } from './types.ts';

/** Where an abstention points: a passage to check. */
export interface Pointer {
  readonly agreement: string;
  readonly ref: string;
  readonly title: string;
}

/** The result shapes, for questions cut at `maxLength` characters. */
export interface ResultMaker {
  /** An answer from the passages found; none found is an abstention. `leading`: the agreement a question names first of several (協約2の目的は協約1と同じ？ asks of 協約2): its passages lead. */
  respond(question: string, truncated: boolean, intent: Intent, found: readonly Answer[], context: SummaryContext & { readonly leading?: string | undefined }): AskResult;
  /** An abstention with its message (the reason, where there is one). */
  abstain(question: string, truncated: boolean, intent: Intent, message: string): AskResult;
  /** A special reply as a result: its answers grouped, the truncation note, the common fields. */
  finish(question: string, truncated: boolean, reply: SpecialReply): AskResult;
  /** An answer withdrawn because questions like it are ones the agreements do not answer: its passages stay as pointers. */
  withdraw(question: string, truncated: boolean, intent: Intent, answers: readonly Answer[]): AskResult;
}

/**
 * @example
 * const results = createResultMaker(500);
 * results.abstain('天気は？', false, 'search', ABSTAIN_MESSAGE).abstained; // → true
 */
export function createResultMaker(maxLength: number): ResultMaker {
  /** Said whether the engine answers or abstains: a cut question may have lost what it asked. */
  function truncationNote(truncated: boolean): string {
    return truncated ? `※ 質問が長いため、先頭の${maxLength}文字だけを読みました。\n` : '';
  }

  function abstain(question: string, truncated: boolean, intent: Intent, message: string): AskResult {
    return { question, truncated, intent, abstained: true, summary: truncationNote(truncated) + message, suggestions: EXAMPLE_QUESTIONS, answers: [], groups: [] };
  }

  return {
    abstain,
    respond(question, truncated, intent, found, context) {
      if (found.length === 0) return abstain(question, truncated, intent, ABSTAIN_MESSAGE);
      const answers = putAgreementFirst(found, context.leading);
      const groups = groupAnswers(answers);
      const summary = truncationNote(truncated) + composeSummary(intent, groups, context);
      return { question, truncated, intent, abstained: false, summary, suggestions: [], answers, groups, ...(context.reading ? { reading: context.reading } : {}) };
    },
    finish(question, truncated, reply) {
      return {
        question,
        truncated,
        abstained: false,
        // An abstention with its reason (下関市 is no member) suggests what can be asked, as any does.
        suggestions: reply.abstained ? EXAMPLE_QUESTIONS : [],
        groups: groupAnswers(reply.answers),
        ...reply,
        summary: truncationNote(truncated) + reply.summary,
      };
    },
    withdraw(question, truncated, intent, answers) {
      const nearest = answers.slice(0, 3).map((a) => ({ agreement: a.agreement, ref: a.ref, title: a.title }));
      const [pointer] = nearest;
      return { ...abstain(question, truncated, intent, pointer ? composeWithdrawnMessage(pointer) : ABSTAIN_MESSAGE), nearest };
    },
  };
}

/** The resolution's reading, as the summary context wants it (absent when the question named no member). */
export function readingOf(resolution: MemberResolution): { reading?: PartyReading } {
  return resolution.reading ? { reading: resolution.reading } : {};
}

/** A passage as an abstention points to it: where to look. */
export function toPointer(passage: Passage): Pointer {
  return { agreement: passage.agreement.id, ref: passage.ref, title: passage.title };
}

/**
 * The answers with each passage of one agreement before the same passage of the others, the order
 * of the passages kept. Without an agreement named first, the answers as they are.
 *
 * @example putAgreementFirst([第1条@連携協約1, 第1条@連携協約2], '連携協約2') // → [第1条@連携協約2, 第1条@連携協約1]
 */
export function putAgreementFirst(answers: readonly Answer[], agreement: string | undefined): Answer[] {
  if (agreement === undefined) return [...answers];
  const refs = [...new Set(answers.map((a) => a.ref))];
  return refs.flatMap((ref) => {
    const same = answers.filter((a) => a.ref === ref);
    return [...same.filter((a) => a.agreement === agreement), ...same.filter((a) => a.agreement !== agreement)];
  });
}
