/**
 * 「全文を見る」: the whole article or annex row (with each party's role), in every draft, privately.
 */
import { type HandlerDeps, type Respond } from '../handler-deps.ts';
import { decodeFullTextValue } from '../render/button-values.ts';
import { renderFullTextBlocks } from '../render/render-answer-blocks.ts';
import { describeError } from '../structured-log.ts';
import { lookUpAll } from './app-home-opened.ts';

/** What button listeners read from Bolt's arguments. */
export interface ButtonArgs {
  readonly ack: () => Promise<void>;
  readonly action: unknown;
  readonly body: unknown;
  readonly respond?: Respond | undefined;
}

/** Reads a button's value, or a select's chosen option's (the role table's 行の全文を見る), from an untyped action. */
export function readActionValue(action: unknown): string | undefined {
  if (action === null || typeof action !== 'object') return undefined;
  const { value, selected_option: selected } = action as { value?: unknown; selected_option?: { value?: unknown } | null };
  if (typeof value === 'string') return value;
  const chosen = selected?.value;
  return typeof chosen === 'string' ? chosen : undefined;
}

/** The private reply to a button whose value cannot be read (forged, or from an older version of the bot). */
export const UNREADABLE_BUTTON_TEXT = 'このボタンの内容を読み取れませんでした。お手数ですが、もう一度質問してください。';

/** Tells the user, privately, that the button could not be read, and logs it. */
export async function respondUnreadableButton(respond: Respond, surface: string, deps: HandlerDeps): Promise<void> {
  deps.log({ level: 'warn', event: 'button_value_unreadable', surface });
  await respond({ response_type: 'ephemeral', replace_original: false, text: UNREADABLE_BUTTON_TEXT }).catch((error: unknown) => {
    deps.log({ level: 'error', event: 'handler_failed', surface, error: describeError(error) });
  });
}

/** Shows the whole passage as a private reply beside the answer. */
export async function handleShowFullText(args: ButtonArgs, deps: HandlerDeps): Promise<void> {
  await args.ack();
  const respond = args.respond;
  if (respond === undefined) return;
  await deps.inFlight.run(async () => {
    try {
      const value = decodeFullTextValue(readActionValue(args.action));
      const answers = value === undefined ? [] : lookUpAll(deps, value.agreements, value.ref);
      const reply = renderFullTextBlocks(answers);
      await respond({ response_type: 'ephemeral', replace_original: false, text: reply.text, blocks: reply.blocks });
    } catch (error) {
      deps.log({ level: 'error', event: 'handler_failed', surface: 'show_full_text', error: describeError(error) });
    }
  });
}
