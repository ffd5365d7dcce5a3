/**
 * Structured logging: one JSON object per line, with every token and secret redacted, for the
 * app's own lines and for Bolt's (whose debug output includes raw payloads).
 */
import { LogLevel, type Logger } from '@slack/bolt';
import type { LogLevelName } from './read-slack-config.ts';

/** Receives one structured log line. */
export type StructuredLog = (line: Record<string, unknown>) => void;

/** The longest question a log line carries. */
export const LOGGED_QUESTION_LIMIT = 200;

const TOKEN_PATTERN = /\b(?:xox[abpeorsc]|xapp|xoxe\.xox[bp])-[A-Za-z0-9-]+/g;
// Slash command and interaction payloads carry the legacy verification token as "token".
const TOKEN_FIELD_PATTERN = /("token"\s*:\s*")[^"]*(")/g;
const REDACTED = '[redacted]';
// A response_url lets whoever holds it post to the channel for 30 minutes: the field's value in
// JSON (escaped or not) and in a form body, and Slack's hooks URLs wherever they appear.
const RESPONSE_URL_FIELD_PATTERN = /(\\*"response_url\\*"\s*:\s*\\*")(?:[^"\\]|\\(?!"))*/g;
const RESPONSE_URL_FORM_PATTERN = /(\bresponse_url=)[^&\s"']*/g;
const HOOKS_URL_PATTERN = /https?:\/\/hooks\.slack(?:-gov)?\.com\/[^\s"'\\]*/g;
// The Socket Mode WebSocket URL's ticket opens a connection that receives the workspace's events.
const TICKET_PATTERN = /([?&]ticket=)[^&\s"'\\]*/g;
/** The longest string literal a Bolt line keeps (the same cut as a logged question). */
const BOLT_STRING_LIMIT = 200;
/** The longest Bolt line, whatever it holds. */
export const BOLT_LINE_LIMIT = 4000;
// A JSON string literal longer than the limit: user text in a logged payload (text, rich_text,
// button values) is cut to its first 200 characters.
const LONG_JSON_STRING = new RegExp(`"((?:[^"\\\\]|\\\\.){${BOLT_STRING_LIMIT}})(?:[^"\\\\]|\\\\.)+"`, 'g');

/** Writes each line as JSON to standard output: the default sink. */
export function writeJsonLine(line: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

/**
 * Builds a function that removes from text: tokens, the given secrets, `"token":"…"` fields,
 * response URLs, and the Socket Mode ticket.
 */
export function createRedactor(secrets: readonly (string | undefined)[]): (text: string) => string {
  const known = secrets.filter((secret): secret is string => secret !== undefined && secret.length >= 6);
  return (text) => {
    let out = text
      .replace(TOKEN_PATTERN, REDACTED)
      .replace(TOKEN_FIELD_PATTERN, `$1${REDACTED}$2`)
      .replace(RESPONSE_URL_FIELD_PATTERN, `$1${REDACTED}`)
      .replace(RESPONSE_URL_FORM_PATTERN, `$1${REDACTED}`)
      .replace(HOOKS_URL_PATTERN, REDACTED)
      .replace(TICKET_PATTERN, `$1${REDACTED}`);
    for (const secret of known) out = out.split(secret).join(REDACTED);
    return out;
  };
}

/** Wraps a sink so that every string in every line passes through the redactor. */
export function createSafeLog(sink: StructuredLog, redact: (text: string) => string): StructuredLog {
  return (line) => {
    try {
      sink(redactValue({ time: new Date().toISOString(), ...line }, redact) as Record<string, unknown>);
    } catch {
      // A broken log sink must never take a reply down with it.
    }
  };
}

/** The fields of the bot's own lines that hold text staff typed. */
const QUESTION_FIELDS: readonly string[] = ['question'];

/**
 * Wraps a sink so that no line carries question text (LOG_QUESTIONS=false): the fields holding it
 * are dropped, and the line says so (`question_omitted`), so a reader can tell from a missing field.
 */
export function createQuestionFreeLog(sink: StructuredLog): StructuredLog {
  return (line) => {
    if (!QUESTION_FIELDS.some((field) => field in line)) return sink(line);
    const kept = Object.fromEntries(Object.entries(line).filter(([key]) => !QUESTION_FIELDS.includes(key)));
    sink({ ...kept, question_omitted: true });
  };
}

/** Cuts a question for a log line (≤ 200 characters). */
export function cutForLog(question: string): string {
  return question.length <= LOGGED_QUESTION_LIMIT ? question : question.slice(0, LOGGED_QUESTION_LIMIT);
}

/** A one-line description of an error, without its stack. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}

const LEVEL_ORDER: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};

/** Maps LOG_LEVEL to Bolt's LogLevel. */
export function mapLogLevel(level: LogLevelName): LogLevel {
  switch (level) {
    case 'debug':
      return LogLevel.DEBUG;
    case 'info':
      return LogLevel.INFO;
    case 'warn':
      return LogLevel.WARN;
    case 'error':
      return LogLevel.ERROR;
  }
}

/**
 * A Bolt / Web API / Socket Mode logger that writes structured, redacted lines to the sink.
 * Giving Bolt a logger also keeps its default console logger from printing payloads unredacted.
 */
export function createBoltLogger(log: StructuredLog, level: LogLevel): Logger {
  let current = level;
  let name = 'bolt';
  const write = (lineLevel: LogLevel, messages: unknown[]): void => {
    if (LEVEL_ORDER[lineLevel] < LEVEL_ORDER[current]) return;
    log({ level: lineLevel, source: name, msg: cutBoltMessage(messages.map(formatLogPart).join(' ')) });
  };
  return {
    debug: (...messages: unknown[]) => write(LogLevel.DEBUG, messages),
    info: (...messages: unknown[]) => write(LogLevel.INFO, messages),
    warn: (...messages: unknown[]) => write(LogLevel.WARN, messages),
    error: (...messages: unknown[]) => write(LogLevel.ERROR, messages),
    setLevel: (next: LogLevel) => {
      current = next;
    },
    getLevel: () => current,
    setName: (next: string) => {
      name = next;
    },
  };
}

/**
 * Bolt's debug lines carry whole payloads (a 40,000-character question, every button value):
 * each string literal in them is cut to 200 characters, and the line to BOLT_LINE_LIMIT.
 */
export function cutBoltMessage(message: string): string {
  const cut = message.replace(LONG_JSON_STRING, (_match, head: string) => `"${head}…[cut]"`);
  return cut.length <= BOLT_LINE_LIMIT ? cut : `${cut.slice(0, BOLT_LINE_LIMIT)}…[cut]`;
}

function formatLogPart(part: unknown): string {
  if (typeof part === 'string') return part;
  if (part instanceof Error) return describeError(part);
  try {
    return JSON.stringify(part) ?? String(part);
  } catch {
    return String(part);
  }
}

function redactValue(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, redact));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactValue(item, redact)]));
  }
  return value;
}
