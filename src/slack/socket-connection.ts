/**
 * Keeps the Socket Mode connection up through outages of any length.
 *
 * Why not the SocketModeClient's own reconnection: after a close it schedules `start()` in a timer
 * as `cb.apply(this).then(res)`, with no rejection handler, and `start()` rejects as soon as
 * apps.connections.open fails at the network or HTTP level (connection refused, timeout, HTTP 500:
 * retrieveWSSURL treats WebAPIRequestError and WebAPIHTTPError as unrecoverable and rethrows).
 * That rejection is unhandled, and Node ends the process: a short outage killed the bot. So the
 * client runs with autoReconnectEnabled: false (a close then emits `disconnected`), and this
 * supervisor calls `start()` itself, catching every failure and retrying with capped exponential
 * backoff and jitter, one log line per attempt.
 */
import type { Logger, SocketModeReceiver } from '@slack/bolt';
import { computeBackoffDelay, DEFAULT_BACKOFF, waitFor, type BackoffSettings } from './backoff.ts';
import { describeSlackError, isTransientSlackError } from './classify-slack-error.ts';
import type { StructuredLog } from './structured-log.ts';

type SocketClient = SocketModeReceiver['client'];

/** Timing of reconnection; tests shorten it. */
export interface ReconnectSettings {
  readonly backoff: BackoffSettings;
  /**
   * How long the WebSocket may take, once apps.connections.open has given its URL, to open and
   * receive Slack's hello; past it the attempt is abandoned and retried. (apps.connections.open
   * itself is bounded by the Web API timeout.)
   */
  readonly helloTimeoutMs: number;
  /** A connection that drops sooner than this after it opened is retried after a backoff, not at once. */
  readonly stableAfterMs: number;
  readonly random: () => number;
}

export const DEFAULT_RECONNECT_SETTINGS: ReconnectSettings = {
  backoff: DEFAULT_BACKOFF,
  helloTimeoutMs: 15_000,
  stableAfterMs: 10_000,
  random: Math.random,
};

/** The Socket Mode connection under supervision. */
export interface SocketConnection {
  /**
   * Opens the first connection. Waits out an outage (retrying with backoff); rejects only when
   * Slack rejects the app token (or another mistake no retry can fix).
   */
  connect(): Promise<void>;
  /** Closes the connection and stops reconnecting. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Supervises `client`, which must have been built with autoReconnectEnabled: false. Logs one
 * `slack_connect_failed` line per failed attempt, with the error and `retry_in_ms`; it never gives up.
 */
export function superviseSocketConnection(client: SocketClient, log: StructuredLog, settings: ReconnectSettings = DEFAULT_RECONNECT_SETTINGS): SocketConnection {
  const stopping = new AbortController();
  let state: 'connecting' | 'connected' | 'stopped' = 'connecting';
  let connectedAt = 0;

  /** One attempt: apps.connections.open, the WebSocket, Slack's hello. */
  const attempt = async (): Promise<void> => {
    const previous = client.websocket;
    // start() settles on hello or on a close; a WebSocket that never opens gets closed here.
    const timer = setTimeout(() => {
      if (client.websocket !== previous) client.websocket?.disconnect();
    }, settings.helloTimeoutMs);
    try {
      await client.start();
    } finally {
      clearTimeout(timer);
    }
  };

  const run = async (phase: 'start' | 'reconnect', firstWaitMs: number): Promise<void> => {
    state = 'connecting';
    await waitFor(firstWaitMs, stopping.signal);
    for (let failures = 1; ; failures += 1) {
      if (stopping.signal.aborted) return;
      try {
        await attempt();
      } catch (error) {
        if (stopping.signal.aborted) return;
        const transient = isTransientSlackError(error);
        // At start-up a rejected app token is a person's mistake: stop with one line. Later it
        // is waited out like an outage (a token revoked by mistake may be restored).
        if (phase === 'start' && !transient) throw error;
        const delay = computeBackoffDelay(failures, settings.backoff, settings.random);
        log({ level: transient ? 'warn' : 'error', event: 'slack_connect_failed', phase, call: 'apps.connections.open', attempt: failures, error: describeSlackError(error), retry_in_ms: delay });
        await waitFor(delay, stopping.signal);
        continue;
      }
      if (stopping.signal.aborted) {
        // Connected while stopping (apps.connections.open answered late): close it again.
        await client.disconnect();
        return;
      }
      state = 'connected';
      connectedAt = performance.now();
      return;
    }
  };

  client.on('disconnected', () => {
    // While connecting, the attempt's own start() reports the close; after stop(), nothing to do.
    if (state !== 'connected') return;
    // A connection that lived is retried at once (Slack's `disconnect` refresh, a server restart);
    // one that dropped right after opening waits, so a flapping Slack is not hammered.
    const firstWait = performance.now() - connectedAt < settings.stableAfterMs ? computeBackoffDelay(1, settings.backoff, settings.random) : 0;
    void run('reconnect', firstWait).catch((error: unknown) => {
      // run('reconnect') does not throw; this only keeps a bug from becoming an unhandled rejection.
      log({ level: 'error', event: 'slack_reconnect_failed', error: describeSlackError(error) });
    });
  });

  let stopped: Promise<void> | undefined;
  return {
    connect: () => run('start', 0),
    stop: () => {
      stopped ??= (async () => {
        state = 'stopped';
        stopping.abort();
        await client.disconnect();
      })();
      return stopped;
    },
  };
}

/** What the Socket Mode client and its Web API client log about a failed connection attempt. */
const CONNECTION_NOISE = /^(?:Failed to retrieve a new WSS URL|WebSocket error|http request failed)/;

/**
 * The Socket Mode receiver's logger, with the clients' own lines about a failed attempt (two or
 * three per attempt, at error level) turned to debug: the supervisor's `slack_connect_failed`
 * says the same in one line, with the wait before the next attempt.
 */
export function quietenConnectionNoise(logger: Logger): Logger {
  const demote = (write: (...messages: unknown[]) => void) => (...messages: unknown[]): void => {
    if (typeof messages[0] === 'string' && CONNECTION_NOISE.test(messages[0])) logger.debug(...messages);
    else write(...messages);
  };
  return {
    ...logger,
    debug: (...messages: unknown[]) => logger.debug(...messages),
    info: (...messages: unknown[]) => logger.info(...messages),
    warn: demote((...messages) => logger.warn(...messages)),
    error: demote((...messages) => logger.error(...messages)),
    setLevel: (level) => logger.setLevel(level),
    getLevel: () => logger.getLevel(),
    setName: (name) => logger.setName(name),
  };
}
