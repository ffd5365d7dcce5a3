/**
 * `app_mention`: a question asked in a channel, answered in the question's thread.
 */
import { conversationKey } from '../conversation-context.ts';
import { FIRST_ASK_LIMIT, answerAndLog, type HandlerDeps, type SlackClient } from '../handler-deps.ts';
import { extractQuestion, isIgnoredMessage, readIncomingMessage } from '../read-message-text.ts';
import { renderAnswerBlocks } from '../render/render-answer-blocks.ts';
import { renderApology, renderUsage } from '../render/render-usage.ts';
import { describeError } from '../structured-log.ts';

/** What the app_mention listener reads from Bolt's arguments. */
export interface AppMentionArgs {
  readonly event: unknown;
  readonly context: { readonly botUserId?: string };
  readonly client: SlackClient;
}

/**
 * Answers a mention in its thread (`thread_ts = event.thread_ts ?? event.ts`). A mention with no
 * question gets the usage, privately. On failure it logs and posts a short apology in the thread.
 */
export async function handleAppMention(args: AppMentionArgs, deps: HandlerDeps): Promise<void> {
  const message = readIncomingMessage(args.event);
  if (message === undefined) {
    deps.log({ level: 'warn', event: 'event_ignored', reason: 'malformed app_mention' });
    return;
  }
  // A mention in a DM also arrives as message.im, which answers it; answering here too would reply twice.
  if (message.channel.startsWith('D') || message.channelType === 'im') return;
  if (isIgnoredMessage(message, args.context.botUserId)) return;
  const threadTs = message.threadTs ?? message.ts;
  const question = extractQuestion(message.text, args.context.botUserId);

  await deps.inFlight.run(async () => {
    try {
      if (question === '') {
        const usage = renderUsage(deps.answerer.examples);
        await args.client.chat.postEphemeral({
          channel: message.channel,
          user: message.user ?? '',
          thread_ts: threadTs,
          text: usage.text,
          blocks: usage.blocks,
        });
        return;
      }
      // A mention in a thread where the bot answered is read with that answer's topic.
      const conversation = { key: conversationKey(message.channel, threadTs) };
      await answerAndLog(deps, question, 'app_mention', async (result) => {
        const reply = renderAnswerBlocks(result);
        await args.client.chat.postMessage({
          channel: message.channel,
          thread_ts: threadTs,
          text: reply.text,
          blocks: reply.blocks,
          unfurl_links: false,
          unfurl_media: false,
        });
      }, FIRST_ASK_LIMIT, conversation);
    } catch (error) {
      deps.log({ level: 'error', event: 'handler_failed', surface: 'app_mention', error: describeError(error) });
      await postApology(args.client, message.channel, threadTs, deps);
    }
  });
}

/** Posts the short apology in a thread; a failure here is only logged. */
export async function postApology(client: SlackClient, channel: string, threadTs: string | undefined, deps: HandlerDeps): Promise<void> {
  const apology = renderApology();
  try {
    await client.chat.postMessage({
      channel,
      ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
      text: apology.text,
      blocks: apology.blocks,
    });
  } catch (error) {
    deps.log({ level: 'error', event: 'apology_failed', error: describeError(error) });
  }
}
