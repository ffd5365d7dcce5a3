/**
 * Wires the Bolt app: receiver (Socket Mode or HTTP), Web API client options, global middleware,
 * and one listener per surface. Listeners live in ./listeners and are plain functions.
 */
import { App, SocketModeReceiver, type Logger, type webApi } from '@slack/bolt';
import type { QuestionAnswerer } from '../core/answer/types.ts';
import { createConversationContexts } from './conversation-context.ts';
import type { HandlerDeps } from './handler-deps.ts';
import { GuardedHttpReceiver } from './http/guarded-http-receiver.ts';
import { InFlightTracker } from './in-flight.ts';
import { handleAppHomeOpened } from './listeners/app-home-opened.ts';
import { handleAppMention } from './listeners/app-mention.ts';
import { handleDirectMessage } from './listeners/direct-message.ts';
import { handleFeedback } from './listeners/feedback-action.ts';
import { handleKyoyakuCommand } from './listeners/kyoyaku-command.ts';
import { handlePickAnnexRow } from './listeners/pick-annex-row-action.ts';
import { handleShareToChannel } from './listeners/share-to-channel-action.ts';
import { handleShowFullText, type ButtonArgs } from './listeners/show-full-text-action.ts';
import { handleShowMore } from './listeners/show-more-action.ts';
import { createReplayDeduplicator, RecentIds } from './middleware/deduplicate-events.ts';
import { findEventProblem, guardSocketEnvelopes } from './middleware/guard-socket-envelopes.ts';
import { logSocketLifecycle } from './log-socket-lifecycle.ts';
import { createPerChannelRateLimitFetch } from './rate-limit-per-channel.ts';
import { quietenConnectionNoise } from './socket-connection.ts';
import type { SlackConfig } from './read-slack-config.ts';
import { createBoltLogger, describeError, mapLogLevel, type StructuredLog } from './structured-log.ts';
import { ActionId, KYOYAKU_COMMAND, type HandledEvent } from './surface.ts';

/**
 * Retries for Web API calls, chosen on purpose: Socket Mode would otherwise write
 * `{ retries: 100 }` into the shared client options, and a reply that keeps failing for minutes
 * is worse than an apology. Three retries within a few seconds (0.5, 1, 2 s, randomised up to
 * twice that) ride out a blip or a rate-limit pause; the socket reconnects on its own schedule.
 */
export const WEB_API_RETRY_CONFIG: webApi.RetryOptions = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 2000, randomize: true };

/** Per-request timeout for Web API calls, so a hung connection cannot hold a reply forever. */
export const WEB_API_TIMEOUT_MS = 15_000;

/**
 * The Socket Mode client's own retries of apps.connections.open: none. The connection supervisor
 * (./socket-connection.ts) retries with backoff, one log line per attempt.
 */
export const SOCKET_RETRY_CONFIG: webApi.RetryOptions = { retries: 0 };

/** How Web API calls are made; tests shorten the timeout and the retries. */
export interface WebApiTransport {
  readonly retryConfig: webApi.RetryOptions;
  readonly timeoutMs: number;
}

export const DEFAULT_TRANSPORT: WebApiTransport = { retryConfig: WEB_API_RETRY_CONFIG, timeoutMs: WEB_API_TIMEOUT_MS };

/** Who the bot is, from auth.test: the App then needs no auth.test of its own. */
export interface BotIdentity {
  readonly botId: string;
  readonly botUserId: string;
}

/** The wired app and what shutdown needs. */
export interface SlackApp {
  readonly app: App;
  readonly receiver: SocketModeReceiver | GuardedHttpReceiver;
  readonly deps: HandlerDeps;
}

/** Builds the Bolt app for the config; nothing connects until `app.init()` and `app.start()`. */
export function createSlackApp(options: {
  readonly config: SlackConfig;
  readonly answerer: QuestionAnswerer;
  readonly log: StructuredLog;
  readonly transport?: WebApiTransport;
  /** The bot token's identity, checked already (startSlackApp checks it, waiting out outages). */
  readonly identity?: BotIdentity;
}): SlackApp {
  const { config, answerer, log } = options;
  // Bolt's and Socket Mode's debug lines print raw payloads, message text included: without
  // LOG_QUESTIONS they are not written (info is the lowest level then).
  const questionsHidden = config.logQuestions === false && config.logLevel === 'debug';
  const logLevel = mapLogLevel(questionsHidden ? 'info' : config.logLevel);
  const logger = createBoltLogger(log, logLevel);
  if (questionsHidden) log({ level: 'warn', event: 'debug_log_limited', reason: 'LOG_QUESTIONS=false: debug lines would hold message text; logging at info' });
  const clientOptions = buildClientOptions(config, options.transport ?? DEFAULT_TRANSPORT, log);
  const receiver = createReceiver(config, logger, log, clientOptions);
  if (receiver instanceof SocketModeReceiver) {
    guardSocketEnvelopes(receiver.client, log);
    logSocketLifecycle(receiver.client, log);
  }
  const app = new App({
    token: config.botToken,
    receiver,
    logger,
    // Without it, App resets the logger it is given to INFO.
    logLevel,
    // A fresh object: Bolt hands clientOptions on to its receivers, which may write into it.
    clientOptions: { ...clientOptions },
    // Given the identity, init() makes no call; without it, auth.test runs in init(), where a
    // rejected token becomes a start-up error, not an unhandled rejection.
    deferInitialization: true,
    ...(options.identity === undefined ? {} : { botId: options.identity.botId, botUserId: options.identity.botUserId, tokenVerificationEnabled: false }),
    ignoreSelf: true,
    // The bot keeps no conversation state; Bolt's default store would only hold memory.
    convoStore: false,
  });
  const deps: HandlerDeps = { answerer, log, inFlight: new InFlightTracker(), contexts: createConversationContexts() };
  registerListeners(app, deps);
  return { app, receiver, deps };
}

function buildClientOptions(config: SlackConfig, transport: WebApiTransport, log: StructuredLog): Omit<webApi.WebClientOptions, 'logger' | 'logLevel'> {
  return {
    retryConfig: transport.retryConfig,
    timeout: transport.timeoutMs,
    // A 429 pauses only its method and channel (./rate-limit-per-channel.ts), never the whole queue.
    fetch: createPerChannelRateLimitFetch({ log }),
    rejectRateLimitedCalls: true,
    ...(config.slackApiUrl === undefined ? {} : { slackApiUrl: config.slackApiUrl }),
  };
}

function createReceiver(
  config: SlackConfig,
  logger: Logger,
  log: StructuredLog,
  clientOptions: Omit<webApi.WebClientOptions, 'logger' | 'logLevel'>,
): SocketModeReceiver | GuardedHttpReceiver {
  if (config.mode === 'socket') {
    return new SocketModeReceiver({
      appToken: config.appToken,
      logger: quietenConnectionNoise(logger),
      // Its own reconnection leaves a rejection unhandled when Slack is down, which ends the
      // process; ./socket-connection.ts reconnects instead (see there).
      autoReconnectEnabled: false,
      // The SocketModeClient calls apps.connections.open through a WebClient built from these
      // options, so slackApiUrl reaches it too; it gets its own copy to write into.
      installerOptions: { clientOptions: { ...clientOptions, retryConfig: SOCKET_RETRY_CONFIG } },
    });
  }
  // Bolt's HTTPReceiver behind a guard that bounds what unsigned requests can cost (src/slack/http).
  return new GuardedHttpReceiver({
    signingSecret: config.signingSecret,
    logger,
    log,
    screenBody: findEventProblem,
    ...(config.guard === undefined ? {} : { settings: config.guard }),
  });
}

function registerListeners(app: App, deps: HandlerDeps): void {
  app.use(
    createReplayDeduplicator(new RecentIds(), (key) => {
      // An event's redelivery is Slack's doing; a command or click seen twice is a replay.
      if (key.startsWith('event:')) deps.log({ level: 'info', event: 'duplicate_event_dropped', event_id: key.slice('event:'.length) });
      else deps.log({ level: 'warn', event: 'replay_dropped', key });
    }),
  );
  // Keyed by the manifest's names, so TypeScript refuses a handled event or action that the
  // constants (and so manifest.yml, which the manifest test checks against them) do not list.
  const events: Record<HandledEvent, () => void> = {
    app_mention: () => app.event('app_mention', async ({ event, context, client }) => handleAppMention({ event, context, client }, deps)),
    // message.im arrives as a `message` event; the listener keeps only channel_type "im".
    'message.im': () => app.event('message', async ({ event, context, client }) => handleDirectMessage({ event, context, client }, deps)),
    app_home_opened: () => app.event('app_home_opened', async ({ event, client }) => handleAppHomeOpened({ event, client }, deps)),
  };
  const buttons: Record<Exclude<ActionId, typeof ActionId.PickAnnexRow>, (args: ButtonArgs, deps: HandlerDeps) => Promise<void>> = {
    [ActionId.ShowFullText]: handleShowFullText,
    [ActionId.ShowMore]: handleShowMore,
    [ActionId.FeedbackUp]: handleFeedback,
    [ActionId.FeedbackDown]: handleFeedback,
    [ActionId.ShareToChannel]: handleShareToChannel,
  };
  for (const register of Object.values(events)) register();
  app.command(KYOYAKU_COMMAND, async ({ command, ack, respond }) => handleKyoyakuCommand({ command, ack, respond }, deps));
  for (const [actionId, handle] of Object.entries(buttons)) {
    app.action(actionId, async ({ ack, action, body, respond }) => handle({ ack: () => ack(), action, body, respond }, deps));
  }
  app.action(ActionId.PickAnnexRow, async ({ ack, action, body, client }) => handlePickAnnexRow({ ack: () => ack(), action, body, client }, deps));
  app.error(async (error) => {
    // Listeners catch their own failures; this is the last stop for anything Bolt itself throws.
    deps.log({ level: 'error', event: 'bolt_error', error: describeError(error) });
  });
}
