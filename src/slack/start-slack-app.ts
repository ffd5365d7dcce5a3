/**
 * Starting and stopping the Slack app: the adapter's entry for src/main.ts.
 */
import type { AddressInfo } from 'node:net';
import type { QuestionAnswerer } from '../core/answer/types.ts';
import { CodedError, ErrorCode, isCodedError } from '../core/errors.ts';
import { webApi } from '@slack/bolt';
import { createSlackApp, DEFAULT_TRANSPORT, SOCKET_RETRY_CONFIG, type BotIdentity, type WebApiTransport } from './app.ts';
import { computeBackoffDelay, waitFor } from './backoff.ts';
import { describeSlackError, isTransientSlackError, readPlatformError } from './classify-slack-error.ts';
import type { SlackConfig } from './read-slack-config.ts';
import { DEFAULT_RECONNECT_SETTINGS, superviseSocketConnection, type ReconnectSettings, type SocketConnection } from './socket-connection.ts';
import { createBoltLogger, createQuestionFreeLog, createRedactor, createSafeLog, describeError, mapLogLevel, writeJsonLine, type StructuredLog } from './structured-log.ts';

export { readSlackConfig, type HttpModeConfig, type LogLevelName, type SlackConfig, type SocketModeConfig } from './read-slack-config.ts';

/** How long stop() waits for replies in flight before giving up on them. */
export const DEFAULT_DRAIN_TIMEOUT_MS = 10_000;

/** A running Slack app. */
export interface RunningSlackApp {
  /**
   * Stops taking events (closes the Socket Mode connection or the HTTP server), then waits for the
   * replies in flight, up to the drain timeout. Safe to call twice.
   */
  stop(): Promise<void>;
  /** HTTP mode: the port actually listened on (useful with PORT=0). */
  readonly port?: number;
}

/** The configuration's secrets, which no log line may show. */
function secretsOf(config: SlackConfig): string[] {
  return [config.botToken, config.mode === 'socket' ? config.appToken : config.signingSecret];
}

/**
 * The bot's log for lines written outside the app (the entry point's): JSON lines on standard
 * output, redacted like the app's own.
 */
export function createSlackLog(config: SlackConfig, sink: StructuredLog = writeJsonLine): StructuredLog {
  return createSafeLog(privateSink(config, sink), createRedactor(secretsOf(config)));
}

/** The sink itself, or (LOG_QUESTIONS=false) one that drops question text from every line. */
function privateSink(config: SlackConfig, sink: StructuredLog): StructuredLog {
  return config.logQuestions === false ? createQuestionFreeLog(sink) : sink;
}

/**
 * Starts the Slack app: verifies the bot token (auth.test), then connects (Socket Mode) or
 * listens (HTTP mode). Log lines go to `log` (JSON on standard output by default), redacted.
 *
 * A Slack that cannot be reached (network error, timeout, HTTP 5xx or 429) is waited out: each
 * failed attempt is one `slack_connect_failed` line, and the next comes after a capped, jittered
 * backoff. Once connected, Socket Mode reconnects the same way, for ever.
 *
 * @throws CodedError (ConfigInvalid) when Slack rejects a token, SLACK_API_URL answers with
 * another 4xx, or PORT is taken.
 */
export async function startSlackApp(options: {
  readonly config: SlackConfig;
  readonly answerer: QuestionAnswerer;
  readonly log?: StructuredLog;
  readonly drainTimeoutMs?: number;
  /** Backoff and deadlines for reaching Slack; tests shorten them. */
  readonly reconnect?: Partial<ReconnectSettings>;
  /** Web API timeout and retries; tests shorten them. */
  readonly transport?: WebApiTransport;
}): Promise<RunningSlackApp> {
  const { config } = options;
  const redact = createRedactor(secretsOf(config));
  const log = createSafeLog(privateSink(config, options.log ?? writeJsonLine), redact);
  const reconnect: ReconnectSettings = { ...DEFAULT_RECONNECT_SETTINGS, ...options.reconnect };
  const transport = options.transport ?? DEFAULT_TRANSPORT;

  let identity: BotIdentity;
  try {
    identity = await retryWhileUnreachable(() => checkBotToken(config, transport, createBoltLogger(log, mapLogLevel(config.logLevel))), 'auth.test', log, reconnect);
  } catch (error) {
    if (isCodedError(error)) throw error;
    throw new CodedError(ErrorCode.ConfigInvalid, describeStartError(error, 'SLACK_BOT_TOKEN', config, redact), { cause: error });
  }
  const { app, receiver, deps } = createSlackApp({ config, answerer: options.answerer, log, transport, identity });
  // With the identity given, this makes no Web API call.
  await app.init();

  let port: number | undefined;
  let connection: SocketConnection | undefined;
  if (config.mode === 'socket') {
    if (!('client' in receiver)) throw new Error('Socket Mode without a SocketModeReceiver');
    connection = superviseSocketConnection(receiver.client, log, reconnect);
    try {
      await connection.connect();
    } catch (error) {
      throw new CodedError(ErrorCode.ConfigInvalid, describeStartError(error, 'SLACK_APP_TOKEN', config, redact), { cause: error });
    }
  } else {
    try {
      const server = await app.start(config.host === undefined ? config.port : { port: config.port, host: config.host });
      port = (server.address() as AddressInfo | null)?.port;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      throw new CodedError(ErrorCode.ConfigInvalid, `PORT ${config.port} cannot be listened on (${typeof code === 'string' ? code : describeError(error)})`, {
        cause: error,
      });
    }
  }
  log({ level: 'info', event: 'slack_app_started', mode: config.mode, ...(port === undefined ? {} : { port }) });

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      log({ level: 'info', event: 'slack_app_stopping', in_flight: deps.inFlight.size });
      // Stop taking new events first, so nothing starts while the replies in flight finish.
      try {
        if (connection !== undefined) await connection.stop();
        else await app.stop();
      } catch (error) {
        log({ level: 'warn', event: 'slack_receiver_stop_failed', error: describeError(error) });
      }
      const drained = await deps.inFlight.drain(options.drainTimeoutMs ?? DEFAULT_DRAIN_TIMEOUT_MS);
      log({ level: drained ? 'info' : 'warn', event: 'slack_app_stopped', drained });
    })();
    return stopping;
  };
  return { stop, ...(port === undefined ? {} : { port }) };
}

/**
 * One line for a start-up failure: a token Slack rejected names the token's variable; a Slack that
 * cannot be reached names SLACK_API_URL when it is set.
 */
function describeStartError(error: unknown, variable: string, config: SlackConfig, redact: (text: string) => string): string {
  const platformError = readPlatformError(error);
  if (platformError !== undefined) return `${variable} was rejected by Slack (${platformError})`;
  const where = config.slackApiUrl === undefined ? 'the Slack API' : `SLACK_API_URL (${config.slackApiUrl})`;
  return `could not reach ${where} to check ${variable}: ${redact(describeSlackError(error))}`;
}

/**
 * auth.test once, through a client without retries of its own: the caller's backoff is the only
 * retry, so each attempt is one call and one log line.
 */
async function checkBotToken(config: SlackConfig, transport: WebApiTransport, logger: webApi.Logger): Promise<BotIdentity> {
  const client = new webApi.WebClient(config.botToken, {
    logger,
    retryConfig: SOCKET_RETRY_CONFIG,
    timeout: transport.timeoutMs,
    ...(config.slackApiUrl === undefined ? {} : { slackApiUrl: config.slackApiUrl }),
  });
  const result = await client.auth.test();
  if (result.bot_id === undefined || result.user_id === undefined) {
    throw new CodedError(ErrorCode.ConfigInvalid, 'SLACK_BOT_TOKEN is not a bot token (auth.test names no bot)');
  }
  return { botId: result.bot_id, botUserId: result.user_id };
}

/**
 * Calls `attempt` until it succeeds, waiting out failures that an outage explains, with one
 * `slack_connect_failed` line each; rethrows any other failure at once.
 */
async function retryWhileUnreachable<T>(attempt: () => Promise<T>, call: string, log: StructuredLog, settings: ReconnectSettings): Promise<T> {
  for (let failures = 1; ; failures += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (isCodedError(error) || !isTransientSlackError(error)) throw error;
      const delay = computeBackoffDelay(failures, settings.backoff, settings.random);
      log({ level: 'warn', event: 'slack_connect_failed', phase: 'start', call, attempt: failures, error: describeSlackError(error), retry_in_ms: delay });
      await waitFor(delay);
    }
  }
}
