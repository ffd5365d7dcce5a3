/**
 * 「他の候補」: the next answers to the same question, privately.
 */
import type { HandlerDeps } from '../handler-deps.ts';
import { decodeMoreValue } from '../render/button-values.ts';
import { MORE_PAGE_SIZE, renderMoreAnswersBlocks } from '../render/render-answer-blocks.ts';
import { describeError } from '../structured-log.ts';
import { readActionValue, respondUnreadableButton, type ButtonArgs } from './show-full-text-action.ts';

// Each ref may come from every draft, so ask for a few answers per ref still to show.
const ANSWERS_PER_REF = 4;

/** Re-asks the question from the button and shows the refs after the ones already shown. */
export async function handleShowMore(args: ButtonArgs, deps: HandlerDeps): Promise<void> {
  await args.ack();
  const respond = args.respond;
  if (respond === undefined) return;
  await deps.inFlight.run(async () => {
    try {
      const value = decodeMoreValue(readActionValue(args.action));
      if (value === undefined) {
        await respondUnreadableButton(respond, 'show_more', deps);
        return;
      }
      const limit = Math.min(100, (value.skip + MORE_PAGE_SIZE + 1) * ANSWERS_PER_REF);
      const result = deps.answerer.ask(value.question, { limit });
      const reply = renderMoreAnswersBlocks(result, value.skip);
      await respond({ response_type: 'ephemeral', replace_original: false, text: reply.text, blocks: reply.blocks });
    } catch (error) {
      deps.log({ level: 'error', event: 'handler_failed', surface: 'show_more', error: describeError(error) });
    }
  });
}
