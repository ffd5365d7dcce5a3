/**
 * 「チャンネルに共有」: posts a private /kyoyaku answer publicly in the channel, crediting who shared it.
 */
import { answerAndLog, readString, type HandlerDeps } from '../handler-deps.ts';
import { decodeShareValue } from '../render/button-values.ts';
import { renderAnswerBlocks } from '../render/render-answer-blocks.ts';
import { describeError } from '../structured-log.ts';
import { readActionValue, respondUnreadableButton, type ButtonArgs } from './show-full-text-action.ts';

/**
 * Answers the question again (the engine is deterministic, and a button value cannot carry the
 * blocks) and posts it through the response URL as an in-channel message, which needs no channel
 * membership; then removes the private copy.
 */
export async function handleShareToChannel(args: ButtonArgs, deps: HandlerDeps): Promise<void> {
  await args.ack();
  const respond = args.respond;
  const value = decodeShareValue(readActionValue(args.action));
  if (respond === undefined) return;
  if (value === undefined) {
    await deps.inFlight.run(() => respondUnreadableButton(respond, 'share', deps));
    return;
  }
  const user = readString(args.body, 'user', 'id');
  await deps.inFlight.run(async () => {
    try {
      await answerAndLog(deps, value.question, 'share', async (result) => {
        const reply = renderAnswerBlocks(result, { echoQuestion: true, ...(user === undefined ? {} : { sharedBy: user }) });
        // A public post: no previews of any link the question or a quote holds.
        await respond({ response_type: 'in_channel', replace_original: false, text: reply.text, blocks: reply.blocks, unfurl_links: false, unfurl_media: false });
      });
      await respond({ delete_original: true, text: '' });
    } catch (error) {
      deps.log({ level: 'error', event: 'handler_failed', surface: 'share', error: describeError(error) });
      await respond({ response_type: 'ephemeral', replace_original: false, text: '共有できませんでした。もう一度お試しください。' }).catch(
        () => undefined,
      );
    }
  });
}
