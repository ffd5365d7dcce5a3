/**
 * 👍 / 👎 on an answer: thanks the user and logs one structured line with the question and refs.
 */
import type { HandlerDeps } from '../handler-deps.ts';
import { decodeFeedbackValue } from '../render/button-values.ts';
import { cutForLog, describeError } from '../structured-log.ts';
import { ActionId } from '../surface.ts';
import { readActionValue, type ButtonArgs } from './show-full-text-action.ts';

/** Logs the rating and thanks the user privately. */
export async function handleFeedback(args: ButtonArgs, deps: HandlerDeps): Promise<void> {
  await args.ack();
  const actionId = args.action !== null && typeof args.action === 'object' ? (args.action as { action_id?: unknown }).action_id : undefined;
  const rating = actionId === ActionId.FeedbackUp ? 'up' : 'down';
  const value = decodeFeedbackValue(readActionValue(args.action));
  deps.log({
    level: 'info',
    event: 'feedback',
    rating,
    question: cutForLog(value?.question ?? ''),
    refs: value?.refs ?? [],
  });
  const respond = args.respond;
  if (respond === undefined) return;
  await deps.inFlight.run(async () => {
    const text = rating === 'up' ? 'フィードバックありがとうございます。' : 'フィードバックありがとうございます。改善に役立てます。';
    await respond({ response_type: 'ephemeral', replace_original: false, text }).catch((error: unknown) => {
      deps.log({ level: 'error', event: 'handler_failed', surface: 'feedback', error: describeError(error) });
    });
  });
}
