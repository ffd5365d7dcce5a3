/**
 * Slack misbehaving, against the real app (startSlackApp) and the real engine over the Slack
 * stand-in: a rate-limited reply, a reply refused twice with HTTP 500, the WebSocket ended by the
 * server in the middle of a stream of events, and Slack's `disconnect` envelope. In every case each
 * question is answered exactly once. Loopback only; every test starts and closes its own pair.
 *
 * Retries in the reply path: a 429 with Retry-After is waited out and the request sent again by
 * the client's fetch, for that method and channel only (src/slack/rate-limit-per-channel.ts; the
 * client's own handling would pause its whole queue). Any other non-200 status becomes a
 * WebAPIHTTPError, retried by p-retry under the app's retryConfig (WEB_API_RETRY_CONFIG: 3
 * retries, 0.5–1 s, 1–2 s, 2 s apart). Only a platform error (HTTP 200 with `ok: false`, e.g.
 * msg_too_long) is final.
 *
 * Reconnection timing: after a connection that had lived closes, the connection supervisor
 * (src/slack/socket-connection.ts) calls apps.connections.open again at once, so each
 * reconnection here takes well under a second; outages are in outage.e2e.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QuestionAnswerer } from '../../src/core/answer/types.ts';
import { createQuestionAnswerer } from '../../src/core/create-question-answerer.ts';
import { FAKE_BOT_USER_ID, type ApiCall, type FakeSlack } from '../support/fake-slack.ts';
import { socketModeEnv, startBotInProcess, TEST_APP_TOKEN, type InProcessBot } from '../support/start-bot.ts';
import { useCleanups } from '../support/cleanups.ts';

/** A reconnection is immediate (see above); this bounds the wait for one on a loaded machine. */
const RECONNECT_WAIT_MS = 15_000;
/** Bounds the wait for replies that go through retries (at most ~3 s of backoff here). */
const REPLY_WAIT_MS = 10_000;

const QUESTIONS = ['災害対応は誰が担当？', '第4条', '観光', '連絡会議は誰が開く？', '今日の天気は？'];

let engine: QuestionAnswerer;
const { add: addCleanup, startFake } = useCleanups();
let tsCounter = 0;

beforeAll(async () => {
  engine = await createQuestionAnswerer();
});

/** A fresh stand-in and a bot connected to it; both are closed after the test. */
async function startPair(): Promise<{ fake: FakeSlack; bot: InProcessBot }> {
  const fake = await startFake();
  const bot = await startBotInProcess({ env: socketModeEnv(fake), answerer: engine });
  addCleanup(() => bot.stop());
  await fake.waitForSocket();
  return { fake, bot };
}

function makeTs(): string {
  tsCounter += 1;
  return `1750000000.${String(tsCounter).padStart(6, '0')}`;
}

function makeMention(ts: string, question = QUESTIONS[tsCounter % QUESTIONS.length] ?? '第1条'): Record<string, unknown> {
  return { type: 'app_mention', user: 'U0USER0001', text: `<@${FAKE_BOT_USER_ID}> ${question}`, ts, channel: 'C0CHANNEL1' };
}

/** Every chat.postMessage attempt in a thread, whatever the fake answered. */
function attemptsIn(fake: FakeSlack, threadTs: string): ApiCall[] {
  return fake.callsOf('chat.postMessage').filter((call) => call.args['thread_ts'] === threadTs);
}

/** The chat.postMessage calls in a thread that Slack accepted: what the user sees. */
function deliveredIn(fake: FakeSlack, threadTs: string): ApiCall[] {
  return attemptsIn(fake, threadTs).filter((call) => call.response?.ok === true);
}

function countLogs(bot: InProcessBot, event: string): number {
  return bot.logs.filter((line) => line['event'] === event).length;
}

/** Exactly one accepted post and no other attempt that Slack accepted, in every thread. */
function expectEachAnsweredOnce(fake: FakeSlack, threads: readonly string[]): void {
  expect(threads.map((ts) => deliveredIn(fake, ts).length)).toEqual(threads.map(() => 1));
  // No apology either: the one accepted post is the answer.
  for (const ts of threads) expect(String(deliveredIn(fake, ts)[0]?.args['text'])).not.toContain('すみません');
}

describe('Web API failures on the reply', () => {
  it('429 with Retry-After: 1 → waits at least the second, retries, delivers once', async () => {
    const { fake, bot } = await startPair();
    fake.failNextHttp('chat.postMessage', 429, { retryAfterSeconds: 1 });
    const ts = makeTs();
    await fake.sendEvent(makeMention(ts, '災害対応は誰が担当？'));
    await fake.waitUntil(() => deliveredIn(fake, ts).length === 1, 'the reply after the rate limit', REPLY_WAIT_MS);
    // stop() drains the replies in flight: nothing can be posted after this.
    await bot.stop();

    const [limited, retried, ...more] = attemptsIn(fake, ts);
    expect(more).toEqual([]);
    expect(limited?.response?.status).toBe(429);
    expect(retried?.response).toMatchObject({ status: 200, ok: true });
    // The client pauses from the moment the 429 arrives; timers may fire a millisecond early.
    const waited = (retried?.at ?? 0) - (limited?.response?.at ?? Number.POSITIVE_INFINITY);
    expect(waited).toBeGreaterThanOrEqual(990);
    expect(retried?.args).toEqual(limited?.args);
    expectEachAnsweredOnce(fake, [ts]);
    expect(countLogs(bot, 'question_answered')).toBe(1);
    expect(countLogs(bot, 'handler_failed')).toBe(0);
  });

  it('429 with Retry-After: 3 in one channel → only that channel waits; other channels and DMs are answered meanwhile', async () => {
    const { fake, bot } = await startPair();
    fake.failNextHttp('chat.postMessage', 429, { retryAfterSeconds: 3, channel: 'C0LIMITED1' });
    const limitedTs = makeTs();
    await fake.sendEvent({ ...makeMention(limitedTs, '第4条'), channel: 'C0LIMITED1' });
    const limited = await fake.waitForCall('chat.postMessage', (call) => call.args['channel'] === 'C0LIMITED1' && call.response?.status === 429, REPLY_WAIT_MS);
    const limitedAt = limited.response?.at ?? 0;

    // During the pause: a second question in the limited channel, others elsewhere.
    const laterTs = makeTs();
    await fake.sendEvent({ ...makeMention(laterTs, '観光'), channel: 'C0LIMITED1' });
    const others = ['C0CHANNEL1', 'C0CHANNEL2'].map((channel) => ({ channel, ts: makeTs() }));
    for (const { channel, ts } of others) await fake.sendEvent({ ...makeMention(ts, '災害対応は誰が担当？'), channel });
    const dmTs = makeTs();
    await fake.sendEvent({ type: 'message', channel_type: 'im', channel: 'D0DM000001', user: 'U0USER0001', text: '第4条', ts: dmTs });

    const delivered = (channel: string): ApiCall[] => fake.callsOf('chat.postMessage').filter((call) => call.args['channel'] === channel && call.response?.ok === true);
    await fake.waitUntil(() => delivered('C0LIMITED1').length === 2, 'both replies in the limited channel', REPLY_WAIT_MS);
    await bot.stop();

    const firstOk = delivered('C0LIMITED1')[0]?.at ?? 0;
    // The limited channel waited the whole Retry-After (timers may fire a millisecond early) …
    expect(firstOk - limitedAt).toBeGreaterThanOrEqual(2990);
    // … and its later reply was held too, not sent early into another 429.
    const limitedAttempts = fake.callsOf('chat.postMessage').filter((call) => call.args['channel'] === 'C0LIMITED1');
    expect(limitedAttempts.map((call) => call.response?.status)).toEqual([429, 200, 200]);
    expect(limitedAttempts[2]?.at ?? 0).toBeGreaterThanOrEqual(limitedAt + 2990);
    // Everyone else was answered while the limited channel waited (not after the pause, as when the
    // client paused its whole queue), once each.
    for (const channel of ['C0CHANNEL1', 'C0CHANNEL2', 'D0DM000001']) {
      expect(delivered(channel)).toHaveLength(1);
      expect(delivered(channel)[0]?.at ?? Number.POSITIVE_INFINITY).toBeLessThan(limitedAt + 3000);
    }
    expect(fake.callsOf('chat.postMessage')).toHaveLength(6);
    expect(countLogs(bot, 'question_answered')).toBe(5);
    expect(bot.logs.filter((line) => line['event'] === 'slack_rate_limited')).toEqual([
      expect.objectContaining({ method: 'chat.postMessage', channel: 'C0LIMITED1', retry_after_s: 3 }),
    ]);
  });

  it('500 twice → retried under the app’s retry policy, delivered once', async () => {
    const { fake, bot } = await startPair();
    fake.failNextHttp('chat.postMessage', 500, { times: 2 });
    const ts = makeTs();
    await fake.sendEvent(makeMention(ts, '第4条'));
    await fake.waitUntil(() => deliveredIn(fake, ts).length === 1, 'the reply after two 500s', REPLY_WAIT_MS);
    await bot.stop();

    const attempts = attemptsIn(fake, ts);
    expect(attempts.map((call) => call.response?.status)).toEqual([500, 500, 200]);
    // Backoff from WEB_API_RETRY_CONFIG: at least minTimeout (500 ms) before each retry.
    for (let i = 1; i < attempts.length; i += 1) {
      expect((attempts[i]?.at ?? 0) - (attempts[i - 1]?.response?.at ?? Number.POSITIVE_INFINITY)).toBeGreaterThanOrEqual(490);
    }
    expectEachAnsweredOnce(fake, [ts]);
    expect(countLogs(bot, 'question_answered')).toBe(1);
    expect(countLogs(bot, 'handler_failed')).toBe(0);
  });
});

describe('Socket Mode connection faults', () => {
  it.each([
    ['with a close frame (1001 going away)', false],
    ['abruptly (TCP dropped, no close frame)', true],
  ])('the server ends the WebSocket mid-stream %s → reconnects through apps.connections.open, nothing lost or doubled', async (_how, abrupt) => {
    const { fake, bot } = await startPair();
    // A stream of events, and the connection ended right behind it: the first ones have been
    // acked (and are being answered), the last ones reach the bot too late to be acked, or not at all.
    const acked = Array.from({ length: 5 }, () => makeTs());
    const unacked = Array.from({ length: 5 }, () => makeTs());
    const ackedIds = acked.map((ts) => fake.postEvent(makeMention(ts)).envelopeId);
    await fake.waitUntil(() => ackedIds.every((id) => fake.acks.some((ack) => ack.envelope_id === id)), 'the first acks');
    const firstEventId = fake.envelopes.find((sent) => sent.envelopeId === ackedIds[0])?.eventId ?? '';
    for (const ts of unacked) fake.postEvent(makeMention(ts));
    const dropped = performance.now();
    expect(fake.dropConnections({ abrupt })).toBe(1);

    await fake.waitUntil(() => fake.callsOf('apps.connections.open').length === 2 && fake.openSockets === 1, 'the reconnection', RECONNECT_WAIT_MS);
    const reconnectMs = performance.now() - dropped;
    expect(fake.callsOf('apps.connections.open')[1]?.token).toBe(TEST_APP_TOKEN);
    expect(fake.connectionsOpened).toBe(2);
    // As Slack does, what was never acked comes again (same event_id, retry_attempt 1): the bot
    // answers it now, since an event whose ack failed was never processed. And one whose ack was
    // sent but, say, lost with the connection comes again too: the bot drops it.
    const redelivered = fake.redeliverUnacked();
    fake.redeliver(firstEventId);

    // The events that follow, on the new connection.
    const after = Array.from({ length: 10 }, () => makeTs());
    await Promise.all(after.map((ts) => fake.sendEvent(makeMention(ts))));
    const threads = [...acked, ...unacked, ...after];
    await fake.waitUntil(() => threads.every((ts) => deliveredIn(fake, ts).length >= 1), 'a reply in every thread', REPLY_WAIT_MS);
    await bot.stop();

    expectEachAnsweredOnce(fake, threads);
    expect(threads.map((ts) => attemptsIn(fake, ts).length)).toEqual(threads.map(() => 1));
    expect(countLogs(bot, 'question_answered')).toBe(20);
    expect(bot.logs.filter((line) => line['event'] === 'duplicate_event_dropped').map((line) => line['event_id'])).toContain(firstEventId);
    // Every redelivery was either answered (its first processing) or dropped, never both.
    expect(countLogs(bot, 'duplicate_event_dropped')).toBeLessThanOrEqual(redelivered + 1);
    const reconnected = bot.logs.find((line) => line['event'] === 'socket_reconnected');
    expect(reconnected?.['down_ms']).toBeGreaterThan(0);
    expect(reconnectMs).toBeLessThan(RECONNECT_WAIT_MS);
  });

  it('a `disconnect` envelope → the bot closes, reconnects through apps.connections.open and answers what follows', async () => {
    const { fake, bot } = await startPair();
    const before = Array.from({ length: 5 }, () => makeTs());
    await Promise.all(before.map((ts) => fake.sendEvent(makeMention(ts))));
    const requested = performance.now();
    fake.requestReconnect();
    // The bot itself closes the old connection (the fake does not), then opens a new one.
    await fake.waitUntil(() => fake.openSockets === 0, 'the bot to close the old connection');
    await fake.waitUntil(() => fake.callsOf('apps.connections.open').length === 2 && fake.openSockets === 1, 'the reconnection', RECONNECT_WAIT_MS);
    const reconnectMs = performance.now() - requested;
    expect(fake.callsOf('apps.connections.open')[1]?.token).toBe(TEST_APP_TOKEN);

    const after = Array.from({ length: 5 }, () => makeTs());
    await Promise.all(after.map((ts) => fake.sendEvent(makeMention(ts))));
    const threads = [...before, ...after];
    await fake.waitUntil(() => threads.every((ts) => deliveredIn(fake, ts).length >= 1), 'a reply in every thread', REPLY_WAIT_MS);
    await bot.stop();

    expectEachAnsweredOnce(fake, threads);
    expect(countLogs(bot, 'question_answered')).toBe(10);
    // Nothing was left unacked, so Slack would redeliver nothing.
    expect(fake.envelopes.filter((sent) => sent.type === 'events_api' && sent.ackedAt === undefined)).toEqual([]);
    expect(bot.logs.some((line) => line['event'] === 'socket_reconnected')).toBe(true);
    expect(reconnectMs).toBeLessThan(RECONNECT_WAIT_MS);
  });
});
