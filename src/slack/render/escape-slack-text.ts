/**
 * Text safety for Slack mrkdwn. Slack's own markup (`<!channel>`, `<@U…>`) is live in anything the
 * bot posts, so echoed user text is defanged first, then `&`, `<` and `>` are escaped.
 */

// Zero-width space: keeps "@channel" readable while Slack no longer sees a mention in it.
const ZWSP = '\u200B';

const SPECIAL_MENTION = /<!(channel|here|everyone)(?:\|[^>]*)?>/g;
const SUBTEAM_MENTION = /<!subteam\^([A-Za-z0-9]+)(?:\|@?([^>]*))?>/g;
const USER_MENTION = /<@([UW][A-Za-z0-9]+)(?:\|([^>]*))?>/g;
// Case-insensitive: some clients and link_names treat @Channel and @HERE as broadcasts too.
const BARE_BROADCAST = /@(channel|here|everyone)/gi;

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

// Bidirectional and invisible format controls: U+202E (RLO) and its kin reorder the rest of the
// line, so an echoed question could make the bot's own words read backwards or hide a suffix.
const FORMAT_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
// C0 controls (NUL, ESC, and newlines: the echo is one line), DEL, C1 controls, and the Unicode
// line and paragraph separators.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
// Slack's markup for mentions and links, whatever the label: <!here|x>, <!subteam^S|@team>, <@U|name>, <#C|name>, <url|text>.
const SLACK_MARKUP = /<([!@#])([^>|]*)(?:\|([^>]*))?>/g;
// mrkdwn's formatting marks, and @, become their full-width forms: the echo reads the same to a
// person, while Slack no longer sees bold, italics, strike, code, or anything like a mention.
const FULL_WIDTH: Readonly<Record<string, string>> = { '*': '＊', _: '＿', '~': '～', '`': '｀', '@': '＠' };
const MRKDWN_AND_AT = /[*_~`@]/g;

/**
 * Makes a person's text safe to echo inside mrkdwn (the question above a /kyoyaku answer or a
 * shared one): no control or bidi character, no Slack markup (a mention shows as its label), no
 * mrkdwn, and no `@` at all (`＠` instead), so neither Slack nor a reader takes any of it for a
 * mention; then `&`, `<`, `>` escaped. Unlike escapeSlackText, it changes visible characters, so
 * it is for echoed text only, never for quoted document text.
 */
export function neutralizeEchoedText(text: string): string {
  const plain = text
    .replace(FORMAT_CONTROLS, '')
    .replace(CONTROL_CHARACTERS, ' ')
    .replace(SLACK_MARKUP, (_match, sigil: string, id: string, label: string | undefined) => {
      const shown = label === undefined || label === '' ? id.replace(/^subteam\^/, '') : label;
      return sigil === '#' ? `#${shown}` : `@${shown.replace(/^@/, '')}`;
    })
    .replace(MRKDWN_AND_AT, (mark) => FULL_WIDTH[mark] ?? mark);
  return escapeControlCharacters(plain);
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
