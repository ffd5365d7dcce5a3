/**
 * What listeners need, injected so unit tests can call them with fakes: the engine, the log, the
 * in-flight tracker, and the few Web API methods the bot calls.
 */
import type { RespondArguments, webApi } from '@slack/bolt';
import type { AskResult, QuestionAnswerer } from '../core/answer/types.ts';
import type { ConversationContexts } from './conversation-context.ts';
import type { InFlightTracker } from './in-flight.ts';
import { listAnswerRefs } from './render/render-answer-blocks.ts';
import { cutForLog, type StructuredLog } from './structured-log.ts';

/** The Web API methods the bot calls (Bolt's WebClient satisfies this). */
export interface SlackClient {
  readonly chat: {
    postMessage(args: webApi.ChatPostMessageArguments): Promise<unknown>;
    postEphemeral(args: webApi.ChatPostEphemeralArguments): Promise<unknown>;
  };
  readonly views: {
    publish(args: webApi.ViewsPublishArguments): Promise<unknown>;
  };
}

/** Bolt's respond(): posts to the interaction's response_url. */
export type Respond = (message: RespondArguments) => Promise<unknown>;

/** Bolt's ack() for commands and actions. */
export type Ack = (response?: RespondArguments) => Promise<void>;

/** Where a question came from, for logs. */
export type Surface = 'app_mention' | 'direct_message' | 'slash_command' | 'share' | 'show_more' | 'app_home';

/** Dependencies of every listener. */
export interface HandlerDeps {
  readonly answerer: QuestionAnswerer;
  readonly log: StructuredLog;
  readonly inFlight: InFlightTracker;
  /** The last topic per conversation, for follow-ups (absent: every question is read alone). */
  readonly contexts?: ConversationContexts;
}

/** The conversation a question belongs to, for follow-ups: its key and how long it is followed. */
export interface Conversation {
  readonly key: string;
  /** How long the topic is remembered (the store's default when absent). */
  readonly ttlMs?: number;
}

/** How many answers the first reply asks for: enough to know whether 「他の候補」 has anything. */
export const FIRST_ASK_LIMIT = 10;

/**
 * Asks the engine, delivers the reply, then writes the one log line per answered question:
 * duration (question received → reply delivered), engine time, refs, whether it abstained, the
 * first answer's confidence, an abstention's nearest passages, and the question cut to 200
 * characters (dropped with LOG_QUESTIONS=false). A failed delivery throws and is logged by the caller.
 */
export async function answerAndLog(
  deps: HandlerDeps,
  question: string,
  surface: Surface,
  deliver: (result: AskResult) => Promise<void>,
  limit: number = FIRST_ASK_LIMIT,
  conversation?: Conversation,
): Promise<AskResult> {
  const started = performance.now();
  const context = conversation ? deps.contexts?.get(conversation.key) : undefined;
  const result = deps.answerer.ask(question, { limit, ...(context ? { context } : {}) });
  const engineMs = performance.now() - started;
  await deliver(result);
  // The next question in this conversation may build on this one; an abstention keeps the last topic.
  if (conversation && !result.abstained) deps.contexts?.set(conversation.key, result.topic, conversation.ttlMs);
  deps.log({
    level: 'info',
    event: 'question_answered',
    surface,
    duration_ms: roundMs(performance.now() - started),
    engine_ms: roundMs(engineMs),
    intent: result.intent,
    abstained: result.abstained,
    refs: listAnswerRefs(result.answers),
    // For `npm run report`: whether the first answer was only related, and where an abstention came closest.
    ...(result.answers[0] ? { confidence: result.answers[0].confidence } : {}),
    ...(result.nearest && result.nearest.length > 0 ? { nearest: result.nearest.map(({ agreement, ref, title }) => ({ agreement, ref, title })) } : {}),
    truncated: result.truncated,
    ...(result.followUpOf ? { follow_up: true } : {}),
    ...(result.kind && result.kind !== 'passages' ? { kind: result.kind } : {}),
    question: cutForLog(question),
  });
  return result;
}

function roundMs(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/** Reads a string property of an untyped payload object. */
export function readString(value: unknown, ...path: string[]): string | undefined {
  let current: unknown = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'string' && current !== '' ? current : undefined;
}
