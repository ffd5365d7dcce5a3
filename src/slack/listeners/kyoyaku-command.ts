/**
 * `/kyoyaku 質問`: a private answer with a 「チャンネルに共有」 button; `/kyoyaku` or `help` shows usage.
 */
import { answerAndLog, type Ack, type HandlerDeps, type Respond } from '../handler-deps.ts';
import { extractQuestion, isHelpRequest } from '../read-message-text.ts';
import { renderAnswerBlocks } from '../render/render-answer-blocks.ts';
import { renderApology, renderUsage } from '../render/render-usage.ts';
import { describeError } from '../structured-log.ts';

/** What the command listener reads from Bolt's arguments. */
export interface KyoyakuCommandArgs {
  readonly command: { readonly text?: unknown };
  readonly ack: Ack;
  /** Bolt gives none when the command came without a response_url. */
  readonly respond: Respond | undefined;
}

/**
 * Acks at once (Slack shows an error after 3 seconds), then responds privately. Usage is sent in
 * the ack itself, since there is nothing to compute.
 */
export async function handleKyoyakuCommand(args: KyoyakuCommandArgs, deps: HandlerDeps): Promise<void> {
  const text = typeof args.command.text === 'string' ? args.command.text : '';
  const question = extractQuestion(text, undefined, false);
  if (isHelpRequest(question)) {
    const usage = renderUsage(deps.answerer.examples);
    await args.ack({ response_type: 'ephemeral', text: usage.text, blocks: usage.blocks });
    return;
  }
  const respond = args.respond;
  if (respond === undefined) {
    await answerInAck(args.ack, question, deps);
    return;
  }
  await args.ack();
  await deps.inFlight.run(async () => {
    try {
      await answerAndLog(deps, question, 'slash_command', async (result) => {
        const reply = renderAnswerBlocks(result, { shareable: true, echoQuestion: true });
        await respond({ response_type: 'ephemeral', text: reply.text, blocks: reply.blocks, unfurl_links: false, unfurl_media: false });
      });
    } catch (error) {
      deps.log({ level: 'error', event: 'handler_failed', surface: 'slash_command', error: describeError(error) });
      const apology = renderApology();
      await respond({ response_type: 'ephemeral', text: apology.text, blocks: apology.blocks }).catch((respondError: unknown) => {
        deps.log({ level: 'error', event: 'apology_failed', error: describeError(respondError) });
      });
    }
  });
}

/**
 * Without a response_url there is nowhere to post later, but the ack itself can carry the reply
 * (Slack shows it to the asker alone): the engine answers in milliseconds, well within the
 * 3 seconds Slack gives the ack, and needs no channel membership, unlike chat.postEphemeral.
 */
async function answerInAck(ack: Ack, question: string, deps: HandlerDeps): Promise<void> {
  deps.log({ level: 'warn', event: 'command_without_response_url', surface: 'slash_command' });
  await deps.inFlight.run(async () => {
    try {
      await answerAndLog(deps, question, 'slash_command', async (result) => {
        const reply = renderAnswerBlocks(result, { shareable: true, echoQuestion: true });
        await ack({ response_type: 'ephemeral', text: reply.text, blocks: reply.blocks, unfurl_links: false, unfurl_media: false });
      });
    } catch (error) {
      deps.log({ level: 'error', event: 'handler_failed', surface: 'slash_command', error: describeError(error) });
      const apology = renderApology();
      await ack({ response_type: 'ephemeral', text: apology.text, blocks: apology.blocks }).catch(() => undefined);
    }
  });
}
