/**
 * Slack settings from the environment. The entry point passes its environment in; nothing here
 * reads `process.env`.
 */
import { CodedError, ErrorCode } from '../core/errors.ts';
import type { HttpGuardSettings } from './http/guarded-http-receiver.ts';

/** Log levels the app accepts in LOG_LEVEL. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
/** One of LOG_LEVELS. */
export type LogLevelName = (typeof LOG_LEVELS)[number];

interface SlackConfigBase {
  /** Bot token (xoxb-…) for the Web API. */
  readonly botToken: string;
  /** Base URL of the Web API (GovSlack, a proxy or a test stand-in); Slack's when undefined. */
  readonly slackApiUrl: string | undefined;
  readonly logLevel: LogLevelName;
  /**
   * False (LOG_QUESTIONS=false): no log line carries the text staff typed, only outcomes.
   * @defaultValue true
   */
  readonly logQuestions?: boolean;
}

/** Socket Mode: an outbound WebSocket, so no public URL is needed inside a city-hall network. */
export interface SocketModeConfig extends SlackConfigBase {
  readonly mode: 'socket';
  /** App-level token (xapp-…) with connections:write. */
  readonly appToken: string;
}

/** HTTP mode: Bolt's HTTP receiver with request signature verification. */
export interface HttpModeConfig extends SlackConfigBase {
  readonly mode: 'http';
  readonly signingSecret: string;
  readonly port: number;
  /** Interface to listen on; all interfaces when undefined (tests pass 127.0.0.1). */
  readonly host?: string;
  /** Limits on what the receiver reads before a signature is checked; production defaults when unset (tests shorten them). */
  readonly guard?: Partial<HttpGuardSettings>;
}

/** The Slack adapter's settings. */
export type SlackConfig = SocketModeConfig | HttpModeConfig;

const DEFAULT_PORT = 3000;

/** Every variable readSlackConfig reads (.env.example documents exactly these). */
export const SLACK_ENV_VARIABLES = ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'PORT', 'SLACK_API_URL', 'LOG_LEVEL', 'LOG_QUESTIONS'] as const;

/**
 * Reads the Slack settings: undefined when no Slack variable is set (the caller then runs
 * without Slack). SLACK_APP_TOKEN selects Socket Mode even when SLACK_SIGNING_SECRET is set too.
 *
 * @throws CodedError (ConfigInvalid) naming the first missing or ill-formed variable.
 */
export function readSlackConfig(env: Record<string, string | undefined>): SlackConfig | undefined {
  const botToken = read(env, 'SLACK_BOT_TOKEN');
  const appToken = read(env, 'SLACK_APP_TOKEN');
  const signingSecret = read(env, 'SLACK_SIGNING_SECRET');
  if (botToken === undefined && appToken === undefined && signingSecret === undefined) return undefined;

  if (botToken === undefined) {
    fail(`SLACK_BOT_TOKEN is not set; it is required with ${appToken === undefined ? 'SLACK_SIGNING_SECRET' : 'SLACK_APP_TOKEN'}`);
  }
  if (!/^xoxb-\S+$/.test(botToken)) fail('SLACK_BOT_TOKEN must be a bot token starting with xoxb-');
  const slackApiUrl = readApiUrl(env);
  const logLevel = readLogLevel(env);
  const logQuestions = readLogQuestions(env);
  const port = readPort(env);

  if (appToken !== undefined) {
    if (!/^xapp-\S+$/.test(appToken)) fail('SLACK_APP_TOKEN must be an app-level token starting with xapp-');
    return { mode: 'socket', botToken, appToken, slackApiUrl, logLevel, logQuestions };
  }
  if (signingSecret === undefined) {
    fail('SLACK_APP_TOKEN is not set: set it for Socket Mode, or set SLACK_SIGNING_SECRET for HTTP mode');
  }
  if (/\s/.test(signingSecret)) fail('SLACK_SIGNING_SECRET must not contain spaces');
  return { mode: 'http', botToken, signingSecret, port: port ?? DEFAULT_PORT, slackApiUrl, logLevel, logQuestions };
}

function read(env: Record<string, string | undefined>, name: string): string | undefined {
  const value = env[name]?.trim();
  // An empty line copied from .env.example means "not set", not "set to nothing".
  return value === undefined || value === '' ? undefined : value;
}

function readApiUrl(env: Record<string, string | undefined>): string | undefined {
  const raw = read(env, 'SLACK_API_URL');
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    fail('SLACK_API_URL must be an http(s) URL such as https://slack.com/api/');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') fail('SLACK_API_URL must be an http(s) URL such as https://slack.com/api/');
  // Never echoed: the value holds what must not reach a log. Credentials in the URL would be
  // sent nowhere useful (the client does not use them) and printed in every failed call's log.
  if (url.username !== '' || url.password !== '') fail('SLACK_API_URL must not contain a user name or password (user:pass@); give a proxy its credentials another way');
  // The client appends the method name to this base, so `?key=X` would become `?key=X/chat.postMessage`.
  if (url.search !== '' || url.hash !== '' || /[?#]/.test(raw)) fail('SLACK_API_URL must not have a query string (?…) or fragment (#…): the Web API method name is appended to it');
  // The Web API client appends method names to this base, so it must end with a slash.
  return raw.endsWith('/') ? raw : `${raw}/`;
}

function readLogLevel(env: Record<string, string | undefined>): LogLevelName {
  const raw = read(env, 'LOG_LEVEL');
  if (raw === undefined) return 'info';
  const level = raw.toLowerCase();
  if (!isLogLevel(level)) fail(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  return level;
}

function readLogQuestions(env: Record<string, string | undefined>): boolean {
  const raw = read(env, 'LOG_QUESTIONS')?.toLowerCase();
  if (raw === undefined || raw === 'true') return true;
  if (raw === 'false') return false;
  fail('LOG_QUESTIONS must be true or false');
}

function isLogLevel(value: string): value is LogLevelName {
  return (LOG_LEVELS as readonly string[]).includes(value);
}

function readPort(env: Record<string, string | undefined>): number | undefined {
  const raw = read(env, 'PORT');
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) fail('PORT must be an integer between 0 and 65535');
  const port = Number(raw);
  if (port > 65535) fail('PORT must be an integer between 0 and 65535');
  return port;
}

function fail(message: string): never {
  throw new CodedError(ErrorCode.ConfigInvalid, message);
}
