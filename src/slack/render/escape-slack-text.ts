/**
 * Text safety for Slack mrkdwn. Slack's own markup (`<!channel>`, `<@U…>`) is live in anything the
 * bot posts, so echoed user text is defanged first, then `&`, `<` and `>` are escaped.
 */

// Zero-width space: keeps "@channel" readable while Slack no longer sees a mention in it.
const ZWSP = '\u200B';

const SPECIAL_MENTION = /<!(channel|here|everyone)(?:\|[^>]*)?>/g;
const SUBTEAM_MENTION = /<!subteam\^([A-Za-z0-9]+)(?:\|@?([^>]*))?>/g;
const USER_MENTION = /<@([UW][A-Za-z0-9]+)(?:\|([^>]*))?>/g;
const BARE_BROADCAST = /@(channel|here|everyone)/g;

/**
 * Turns Slack mentions into inert text: `<!channel>` → `@channel`, `<!subteam^S1|@team>` → `@team`,
 * `<@U1>` → `@U1`, each with a zero-width space after the @. Bare `@here` gets the same, so no
 * client links it.
 */
export function defangMentions(text: string): string {
  return text
    .replace(SPECIAL_MENTION, (_match, name: string) => `@${ZWSP}${name}`)
    .replace(SUBTEAM_MENTION, (_match, id: string, label: string | undefined) => `@${ZWSP}${label === undefined || label === '' ? id : label}`)
    .replace(USER_MENTION, (_match, id: string, label: string | undefined) => `@${ZWSP}${label === undefined || label === '' ? id : label}`)
    .replace(BARE_BROADCAST, (_match, name: string) => `@${ZWSP}${name}`);
}

/** Escapes the three characters Slack's mrkdwn treats as control characters. */
export function escapeControlCharacters(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Makes any text safe to put in mrkdwn: mentions defanged, then `&`, `<`, `>` escaped.
 * Use it on everything the bot echoes; it is also harmless on document text.
 */
export function escapeSlackText(text: string): string {
  return escapeControlCharacters(defangMentions(text));
}

/** Cuts text to at most `max` characters (UTF-16 units, as Slack counts), ending with … when cut. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  // Never leave half of a surrogate pair behind.
  if (isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** True for the first half of a UTF-16 surrogate pair. */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
