/**
 * Starting and stopping the Slack app: the adapter's entry for src/main.ts.
 */
import type { AddressInfo } from 'node:net';
import type { QuestionAnswerer } from '../core/answer/types.ts';
import { CodedError, ErrorCode } from '../core/errors.ts';
import { createSlackApp } from './app.ts';
import type { SlackConfig } from './read-slack-config.ts';
import { createQuestionFreeLog, createRedactor, createSafeLog, describeError, writeJsonLine, type StructuredLog } from './structured-log.ts';

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
 * @throws CodedError (ConfigInvalid) when Slack rejects a token, cannot be reached, or PORT is taken.
 */
export async function startSlackApp(options: {
  readonly config: SlackConfig;
  readonly answerer: QuestionAnswerer;
  readonly log?: StructuredLog;
  readonly drainTimeoutMs?: number;
}): Promise<RunningSlackApp> {
  const { config } = options;
  const redact = createRedactor(secretsOf(config));
  const log = createSafeLog(privateSink(config, options.log ?? writeJsonLine), redact);
  const { app, receiver, deps } = createSlackApp({ config, answerer: options.answerer, log });

  try {
    await app.init();
  } catch (error) {
    throw new CodedError(ErrorCode.ConfigInvalid, describeStartError(error, 'SLACK_BOT_TOKEN', config, redact), { cause: error });
  }

  let port: number | undefined;
  if (config.mode === 'socket') {
    try {
      await app.start();
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
        if (config.mode === 'socket' && 'client' in receiver) await receiver.client.disconnect();
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
  return `could not reach ${where} to check ${variable}: ${redact(describeError(error))}`;
}

function readPlatformError(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const data = (error as { data?: { error?: unknown } }).data;
  return typeof data?.error === 'string' ? data.error : undefined;
}
