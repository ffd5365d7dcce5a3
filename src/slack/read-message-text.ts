/**
 * From Slack's message markup to the plain question the engine reads, and a guard for the
 * loosely shaped events Slack (or anything pretending to be Slack) delivers.
 */

/** The fields of a message or app_mention event the bot uses; all checked at run time. */
export interface IncomingMessage {
  readonly type: string;
  readonly subtype: string | undefined;
  readonly botId: string | undefined;
  readonly user: string | undefined;
  readonly text: string;
  readonly ts: string;
  readonly threadTs: string | undefined;
  readonly channel: string;
  readonly channelType: string | undefined;
}

/** Reads a message-like event; undefined when a field the bot needs is missing or ill-typed. */
export function readIncomingMessage(event: unknown): IncomingMessage | undefined {
  if (event === null || typeof event !== 'object') return undefined;
  const record = event as Record<string, unknown>;
  const type = record['type'];
  const ts = record['ts'];
  const channel = record['channel'];
  if (typeof type !== 'string' || typeof ts !== 'string' || typeof channel !== 'string') return undefined;
  const text = record['text'];
  return {
    type,
    subtype: readOptionalString(record['subtype']),
    botId: readOptionalString(record['bot_id']),
    user: readOptionalString(record['user']),
    text: typeof text === 'string' ? text : '',
    ts,
    threadTs: readOptionalString(record['thread_ts']),
    channel,
    channelType: readOptionalString(record['channel_type']),
  };
}

/**
 * True when a message must not be answered: an edit, deletion, join or other subtype, a bot's
 * message (any bot, so two bots never talk in a loop), or the bot's own.
 */
export function isIgnoredMessage(message: IncomingMessage, botUserId: string | undefined): boolean {
  if (message.subtype !== undefined) return true;
  if (message.botId !== undefined) return true;
  if (message.user === undefined) return true;
  return botUserId !== undefined && message.user === botUserId;
}

/** The longest text the adapter reads from a message; the engine cuts further. */
export const INCOMING_TEXT_LIMIT = 4000;

/**
 * The question in a message: the bot's mention removed, Slack markup turned into the text a
 * person sees (`<#C1|総務>` → `#総務`, `<!here>` → `@here`), and `&amp;` `&lt;` `&gt;` decoded.
 * Without `botUserId`, a leading user mention is taken for the bot's unless `stripLeadingMention` is false.
 */
/** :pray:, :+1:, :thumbsup::skin-tone-2: as Slack writes emoji in message text. */
const EMOJI_SHORTCODE = /:[a-z0-9_+'-]+:(?::skin-tone-[2-6]:)?/gi;
/** What an emoji becomes in the question: a symbol, no letter. */
const EMOJI_PLACEHOLDER = '◇';

export function extractQuestion(text: string, botUserId: string | undefined, stripLeadingMention = true): string {
  // Very long messages are cut before any regex runs over them.
  let out = text.length > INCOMING_TEXT_LIMIT ? text.slice(0, INCOMING_TEXT_LIMIT) : text;
  if (botUserId !== undefined) {
    const mention = new RegExp(`<@${escapeRegExp(botUserId)}(?:\\|[^>]*)?>`, 'g');
    out = out.replace(mention, ' ');
  } else if (stripLeadingMention) {
    // Without the bot's ID, at least the leading mention is the bot's (that is what app_mention means).
    out = out.replace(/^\s*<@[UW][A-Za-z0-9]+(?:\|[^>]*)?>/, ' ');
  }
  out = out
    .replace(/<!(channel|here|everyone)(?:\|[^>]*)?>/g, '@$1')
    .replace(/<!subteam\^([A-Za-z0-9]+)(?:\|@?([^>]*))?>/g, (_match, id: string, label: string | undefined) => `@${label ?? id}`)
    .replace(/<@([UW][A-Za-z0-9]+)(?:\|([^>]*))?>/g, (_match, id: string, label: string | undefined) => `@${label ?? id}`)
    .replace(/<#([A-Za-z0-9]+)(?:\|([^>]*))?>/g, (_match, id: string, label: string | undefined) => `#${label ?? id}`)
    .replace(/<(https?:[^|>]+)\|([^>]*)>/g, '$2')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/<!([^>]*)>/g, '$1')
    // Slack sends emoji as :shortcodes:, letters the engine would read as words; a symbol in their
    // place leaves an emoji-only message wordless, so it is told so (not answered as not found).
    .replace(EMOJI_SHORTCODE, ` ${EMOJI_PLACEHOLDER} `);
  return decodeEntities(out).replace(/\s+/g, ' ').trim();
}

/** True when the text asks for usage rather than asking a question. */
export function isHelpRequest(text: string): boolean {
  const normalized = text.trim().toLowerCase();
  return ['', 'help', '-h', '--help', '?', '？', 'ヘルプ', '使い方', 'つかいかた'].includes(normalized);
}

function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function readOptionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
