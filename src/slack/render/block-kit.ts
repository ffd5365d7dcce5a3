/**
 * Small Block Kit constructors that enforce Slack's per-field limits, so no caller can build a
 * block Slack would reject with `invalid_blocks` (which would lose the whole reply).
 */
import type { types } from '@slack/bolt';
import { SECTION_TEXT_LIMIT, splitSectionText } from './split-section-text.ts';
import { truncateText } from './escape-slack-text.ts';

/** Any Block Kit block Slack knows. */
export type KnownBlock = types.KnownBlock;
/** A section block. */
export type SectionBlock = types.SectionBlock;
/** A button element. */
export type Button = types.Button;

/** Slack's limit on blocks in one message. */
export const MESSAGE_BLOCK_LIMIT = 50;
/** Slack's limit on blocks in one Home tab view. */
export const VIEW_BLOCK_LIMIT = 100;
/** Slack's limit on a button's `value`. */
export const BUTTON_VALUE_LIMIT = 2000;
/** Slack's limit on plain text in a button or option. */
export const PLAIN_TEXT_LABEL_LIMIT = 75;
/** Slack's limit on elements in one context block. */
export const CONTEXT_ELEMENT_LIMIT = 10;
/** Slack's limit on a header block's text. */
export const HEADER_TEXT_LIMIT = 150;

/** Sections for mrkdwn of any length: one per chunk, split at 。 or newlines. */
export function buildSections(mrkdwn: string, accessory?: Button): SectionBlock[] {
  return splitSectionText(mrkdwn, SECTION_TEXT_LIMIT).map((text, index) => ({
    type: 'section',
    text: { type: 'mrkdwn', text },
    ...(index === 0 && accessory !== undefined ? { accessory } : {}),
  }));
}

/** A context block of mrkdwn lines, merging the overflow into the last element. */
export function buildContext(mrkdwnLines: readonly string[]): types.ContextBlock | undefined {
  const lines = mrkdwnLines.filter((line) => line.trim() !== '');
  if (lines.length === 0) return undefined;
  const head = lines.slice(0, CONTEXT_ELEMENT_LIMIT - 1);
  const tail = lines.slice(CONTEXT_ELEMENT_LIMIT - 1);
  const elements = [...head, ...(tail.length > 0 ? [tail.join('\n')] : [])].map((text) => ({
    type: 'mrkdwn' as const,
    text: truncateText(text, SECTION_TEXT_LIMIT),
  }));
  return { type: 'context', elements };
}

/** A button; the label and value are checked against Slack's limits. */
export function buildButton(options: {
  readonly actionId: string;
  readonly label: string;
  readonly value: string;
  readonly style?: 'primary' | 'danger';
}): Button {
  if (options.value.length > BUTTON_VALUE_LIMIT) {
    // Callers encode values through encodeButtonValue, which keeps within the limit; this is a bug.
    throw new RangeError(`button value for ${options.actionId} is ${options.value.length} characters`);
  }
  return {
    type: 'button',
    action_id: options.actionId,
    text: { type: 'plain_text', text: truncateText(options.label, PLAIN_TEXT_LABEL_LIMIT), emoji: true },
    value: options.value,
    ...(options.style === undefined ? {} : { style: options.style }),
  };
}

/** A header block (plain text, cut to Slack's limit). */
export function buildHeader(text: string): types.HeaderBlock {
  return { type: 'header', text: { type: 'plain_text', text: truncateText(text, HEADER_TEXT_LIMIT), emoji: true } };
}

/** A divider. */
export function buildDivider(): types.DividerBlock {
  return { type: 'divider' };
}

/** Prefixes every line with `>` so mrkdwn shows the text as a quotation. */
export function markAsQuote(escaped: string): string {
  return escaped
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
}
