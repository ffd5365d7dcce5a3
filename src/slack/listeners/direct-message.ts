/**
 * `message.im`: a question sent to the bot in a direct message, answered in the DM.
 */
import { DM_FOLLOW_MS, conversationKey } from '../conversation-context.ts';
import { FIRST_ASK_LIMIT, answerAndLog, type HandlerDeps, type SlackClient } from '../handler-deps.ts';
import { extractQuestion, isIgnoredMessage, readIncomingMessage } from '../read-message-text.ts';
import { renderAnswerBlocks } from '../render/render-answer-blocks.ts';
import { renderUsage } from '../render/render-usage.ts';
import { describeError } from '../structured-log.ts';
import { postApology } from './app-mention.ts';

/** What the message listener reads from Bolt's arguments. */
export interface DirectMessageArgs {
  readonly event: unknown;
  readonly context: { readonly botUserId?: string };
  readonly client: SlackClient;
}

/**
 * Answers a DM. Ignores other channel types, bots (the bot itself included) and message subtypes
 * (edits, deletions, joins). Replies in the DM, in the thread when the question was in one.
 */
export async function handleDirectMessage(args: DirectMessageArgs, deps: HandlerDeps): Promise<void> {
  const message = readIncomingMessage(args.event);
  if (message === undefined) {
    deps.log({ level: 'warn', event: 'event_ignored', reason: 'malformed message' });
    return;
  }
  if (message.channelType !== 'im') return;
  if (isIgnoredMessage(message, args.context.botUserId)) return;
  const question = extractQuestion(message.text, args.context.botUserId);
  const threadTs = message.threadTs;

  await deps.inFlight.run(async () => {
    try {
      if (question === '' || /^(help|ヘルプ|使い方)$/i.test(question)) {
        const usage = renderUsage(deps.answerer.examples);
        await args.client.chat.postMessage({
          channel: message.channel,
          ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
          text: usage.text,
          blocks: usage.blocks,
        });
        return;
      }
      // A DM thread is followed like a channel thread; a DM outside threads follows its last question for a few minutes.
      const conversation = { key: conversationKey(message.channel, threadTs), ...(threadTs === undefined ? { ttlMs: DM_FOLLOW_MS } : {}) };
      await answerAndLog(deps, question, 'direct_message', async (result) => {
        const reply = renderAnswerBlocks(result);
        await args.client.chat.postMessage({
          channel: message.channel,
          ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
          text: reply.text,
          blocks: reply.blocks,
          unfurl_links: false,
          unfurl_media: false,
        });
      }, FIRST_ASK_LIMIT, conversation);
    } catch (error) {
      deps.log({ level: 'error', event: 'handler_failed', surface: 'direct_message', error: describeError(error) });
      await postApology(args.client, message.channel, threadTs, deps);
    }
  });
}
