/**
 * Slack outages, against the real app over the Slack stand-in: the bot never exits, logs one line
 * per attempt to reach Slack with the wait before the next, and answers again once Slack is back,
 * each question exactly once.
 *
 * The outage is a real one for the bot's clients (the port refuses connections, answers 500, or
 * holds requests until they time out); only its length is shortened, through the backoff settings
 * (20 ms doubling up to 100 ms here, against 1 s up to 30 s in production: a 10-minute outage is
 * about 20 capped waits, as the 2-second one here is). Phases end on what the bot did (so many
 * attempts), not on a clock, so a slow machine makes the test longer, never wrong.
 *
 * Before the fix, the first failed reconnection was an unhandled rejection inside the
 * SocketModeClient (see src/slack/socket-connection.ts): Vitest reports it and fails the run, and
 * in a real process it ends the bot.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuestionAnswerer } from '../../src/core/answer/types.ts';
import { createQuestionAnswerer } from '../../src/core/create-question-answerer.ts';
import type { WebApiTransport } from '../../src/slack/app.ts';
import type { ReconnectSettings } from '../../src/slack/socket-connection.ts';
import { FAKE_BOT_USER_ID, type ApiCall, type FakeSlack } from '../support/fake-slack.ts';
import { socketModeEnv, spawnBot, startBotInProcess, type InProcessBot } from '../support/start-bot.ts';
import { useCleanups } from '../support/cleanups.ts';

const BACKOFF = { initialMs: 20, maxMs: 100, factor: 2, jitter: 0.5 };
const RECONNECT: Partial<ReconnectSettings> = { backoff: BACKOFF, helloTimeoutMs: 600 };
/**
 * A hung call fails within the test, and no reply waits that long on loopback. No retries: a reply
 * that timed out yet reached Slack would be posted twice, and the test would not tell why.
 */
const TRANSPORT: WebApiTransport = { retryConfig: { retries: 0 }, timeoutMs: 2000 };
const WAIT_MS = 20_000;

let engine: QuestionAnswerer;
const { add: addCleanup, startFake } = useCleanups();
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};
let tsCounter = 0;

beforeAll(async () => {
  engine = await createQuestionAnswerer();
  process.on('unhandledRejection', onUnhandled);
});

afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
});

function makeTs(): string {
  tsCounter += 1;
  return `1760000000.${String(tsCounter).padStart(6, '0')}`;
}

function failures(bot: { logs: Record<string, unknown>[] }): Record<string, unknown>[] {
  return bot.logs.filter((line) => line['event'] === 'slack_connect_failed');
}

function deliveredIn(fake: FakeSlack, channel: string, threadTs: string): ApiCall[] {
  return fake.callsOf('chat.postMessage').filter((call) => call.args['channel'] === channel && call.args['thread_ts'] === threadTs && call.response?.ok === true);
}

/** Mentions in three channels and a DM after the recovery; each must be answered exactly once. */
async function expectAnsweredOnceEach(fake: FakeSlack, bot: InProcessBot): Promise<void> {
  const before = bot.logs.filter((line) => line['event'] === 'question_answered').length;
  const sent: { channel: string; ts: string }[] = [];
  for (const channel of ['C0CHANNEL1', 'C0CHANNEL2', 'C0CHANNEL3']) {
    for (const question of ['災害対応は誰が担当？', '第4条']) {
      const ts = makeTs();
      sent.push({ channel, ts });
      await fake.sendEvent({ type: 'app_mention', user: 'U0USER0001', text: `<@${FAKE_BOT_USER_ID}> ${question}`, ts, channel });
    }
  }
  const dmTs = makeTs();
  await fake.sendEvent({ type: 'message', channel_type: 'im', channel: 'D0DM000001', user: 'U0USER0001', text: '連絡会議は誰が開く？', ts: dmTs });
  await fake.waitUntil(() => sent.every(({ channel, ts }) => deliveredIn(fake, channel, ts).length >= 1), 'a reply to every mention', WAIT_MS);
  await fake.waitForCall('chat.postMessage', (call) => call.args['channel'] === 'D0DM000001' && call.response?.ok === true, WAIT_MS);
  // stop() drains the replies in flight: nothing can be posted after it.
  await bot.stop();
  expect(sent.map(({ channel, ts }) => deliveredIn(fake, channel, ts).length)).toEqual(sent.map(() => 1));
  // One attempt each: nothing was posted twice and then deduplicated by Slack's side.
  expect(sent.map(({ channel, ts }) => fake.callsOf('chat.postMessage').filter((call) => call.args['channel'] === channel && call.args['thread_ts'] === ts).length)).toEqual(sent.map(() => 1));
  expect(fake.callsOf('chat.postMessage').filter((call) => call.args['channel'] === 'D0DM000001')).toHaveLength(1);
  expect(bot.logs.filter((line) => line['event'] === 'question_answered').length - before).toBe(sent.length + 1);
}

/** Every logged wait follows the backoff: at most the capped exponential, at least half of it. */
function expectBackoff(lines: readonly Record<string, unknown>[]): void {
  for (const line of lines) {
    const attempt = line['attempt'] as number;
    const base = Math.min(BACKOFF.maxMs, BACKOFF.initialMs * BACKOFF.factor ** (attempt - 1));
    expect(line['retry_in_ms']).toBeGreaterThanOrEqual(Math.floor(base / 2));
    expect(line['retry_in_ms']).toBeLessThanOrEqual(base);
  }
}

describe('a Slack outage while connected', () => {
  it('refused connections, then HTTP 500s, then timeouts: the bot waits it out, one line per attempt, and answers each question once after', async () => {
    const fake = await startFake();
    const bot = await startBotInProcess({ env: socketModeEnv(fake), answerer: engine, reconnect: RECONNECT, transport: TRANSPORT });
    addCleanup(() => bot.stop());
    await fake.waitForSocket();
    // Answered before the outage, so the connection is known to work.
    const firstTs = makeTs();
    await fake.sendEvent({ type: 'app_mention', user: 'U0USER0001', text: `<@${FAKE_BOT_USER_ID}> 第1条`, ts: firstTs, channel: 'C0CHANNEL1' });
    await fake.waitUntil(() => deliveredIn(fake, 'C0CHANNEL1', firstTs).length === 1, 'the first reply');

    // 1. The network is gone: connections are refused.
    await fake.startOutage('refuse');
    await fake.waitUntil(() => failures(bot).length >= 6, 'six refused attempts', WAIT_MS);
    const refused = failures(bot).length;

    // 2. Slack answers, but with HTTP 500.
    await fake.startOutage('http-500');
    await fake.waitUntil(() => failures(bot).filter((line) => line['error'] === 'HTTP 500').length >= 6, 'six attempts answered 500', WAIT_MS);

    // 3. Slack takes the calls and never answers: each attempt times out.
    await fake.startOutage('hang');
    const timedOut = (): number => failures(bot).filter((line) => /timeout|aborted/i.test(String(line['error']))).length;
    await fake.waitUntil(() => timedOut() >= 2, 'two attempts timed out', WAIT_MS);

    // Slack is back.
    await fake.endOutage();
    await fake.waitUntil(() => fake.openSockets === 1 && bot.logs.some((line) => line['event'] === 'socket_reconnected'), 'the reconnection', WAIT_MS);
    const lines = failures(bot);
    await expectAnsweredOnceEach(fake, bot);

    expect(unhandled).toEqual([]);
    // One line per attempt, numbered without gaps, with the wait before the next.
    expect(lines.map((line) => line['attempt'])).toEqual(lines.map((_, i) => i + 1));
    expect(lines.every((line) => line['phase'] === 'reconnect' && line['call'] === 'apps.connections.open' && line['level'] === 'warn')).toBe(true);
    expectBackoff(lines);
    // Nothing else about the attempts at warn or error: the clients' own lines went to debug.
    expect(bot.logs.filter((line) => (line['level'] === 'error' || line['level'] === 'warn') && line['event'] !== 'slack_connect_failed')).toEqual([]);
    // Most waits are capped by now (a long outage does not make them longer).
    expect(lines.filter((line) => (line['retry_in_ms'] as number) > BACKOFF.maxMs)).toEqual([]);
    expect(lines.slice(0, refused).every((line) => String(line['error']).includes('ECONNREFUSED'))).toBe(true);
    // Each 500 the stand-in answered is one attempt, and one line (no hidden retries).
    const answered500 = fake.callsOf('apps.connections.open').filter((call) => call.response?.status === 500).length;
    expect(lines.filter((line) => line['error'] === 'HTTP 500')).toHaveLength(answered500);
    // The outage is reported once and its end once, with its length.
    const stopping = bot.logs.findIndex((line) => line['event'] === 'slack_app_stopping');
    expect(bot.logs.slice(0, stopping).filter((line) => line['event'] === 'socket_closed')).toHaveLength(1);
    expect(bot.logs.filter((line) => line['event'] === 'socket_reconnected')).toHaveLength(1);
    expect(bot.logs.find((line) => line['event'] === 'socket_reconnected')?.['down_ms']).toBeGreaterThan(0);
  });

  it('a WebSocket that opens but never says hello is abandoned after the deadline and retried', async () => {
    const fake = await startFake();
    const bot = await startBotInProcess({ env: socketModeEnv(fake), answerer: engine, reconnect: RECONNECT, transport: TRANSPORT });
    addCleanup(() => bot.stop());
    await fake.waitForSocket();
    await fake.startOutage('hang-websocket');
    await fake.waitUntil(() => failures(bot).length >= 2, 'two abandoned attempts', WAIT_MS);
    await fake.endOutage();
    await fake.waitUntil(() => fake.openSockets === 1, 'the reconnection', WAIT_MS);
    const lines = failures(bot);
    await expectAnsweredOnceEach(fake, bot);
    expect(unhandled).toEqual([]);
    // apps.connections.open answered each time: it was the WebSocket that failed.
    expect(lines.slice(0, 2).map((line) => line['error'])).toEqual(['the WebSocket closed before Slack said hello', 'the WebSocket closed before Slack said hello']);
    expect(fake.connectionsOpened).toBe(2);
  });
});

describe('Slack unreachable at start-up', () => {
  it.each([['refuse'], ['http-500'], ['hang']] as const)('%s: keeps checking the token with backoff, then connects and answers', async (mode) => {
    const fake = await startFake();
    await fake.startOutage(mode);
    const logs: Record<string, unknown>[] = [];
    const starting = startBotInProcess({ env: socketModeEnv(fake), answerer: engine, reconnect: RECONNECT, transport: TRANSPORT, logs });
    let settled = false;
    void starting.then(
      () => (settled = true),
      () => (settled = true),
    );
    await fake.waitUntil(() => logs.filter((line) => line['event'] === 'slack_connect_failed').length >= 2, 'two failed token checks', WAIT_MS);
    expect(settled).toBe(false);
    await fake.endOutage();
    const bot = await starting;
    addCleanup(() => bot.stop());
    await fake.waitForSocket();
    const lines = logs.filter((line) => line['event'] === 'slack_connect_failed');
    expect(lines.slice(0, 2).every((line) => line['phase'] === 'start' && line['call'] === 'auth.test')).toBe(true);
    expectBackoff(lines);
    await expectAnsweredOnceEach(fake, bot);
    expect(unhandled).toEqual([]);
  });

  it('src/main.ts keeps running while Slack refuses connections, then answers (before the fix: exit 1)', async () => {
    const fake = await startFake();
    await fake.startOutage('refuse');
    const bot = spawnBot(socketModeEnv(fake));
    addCleanup(async () => {
      if (bot.child.exitCode === null) await bot.stop('SIGKILL');
    });
    // Default backoff: attempts at about 0, 1 and 3 s.
    await fake.waitUntil(() => bot.logs.filter((line) => line['event'] === 'slack_connect_failed').length >= 2, 'two failed token checks', WAIT_MS);
    expect(bot.child.exitCode).toBeNull();
    await fake.endOutage();
    await fake.waitForSocket(WAIT_MS);
    const ts = makeTs();
    await fake.sendEvent({ type: 'app_mention', user: 'U0USER0001', text: `<@${FAKE_BOT_USER_ID}> 第4条`, ts, channel: 'C0CHANNEL1' });
    await fake.waitUntil(() => deliveredIn(fake, 'C0CHANNEL1', ts).length === 1, 'the reply', WAIT_MS);
    expect(await bot.stop('SIGTERM')).toBe(0);
    expect(bot.stderr()).toBe('');
    const line = bot.logs.find((entry) => entry['event'] === 'slack_connect_failed');
    expect(line).toMatchObject({ level: 'warn', phase: 'start', call: 'auth.test', attempt: 1 });
    expect(String(line?.['error'])).toContain('ECONNREFUSED');
  });

  it('src/main.ts still stops with one line and exit 1 when Slack rejects the token (invalid_auth)', async () => {
    const fake = await startFake();
    fake.failNext('auth.test', 'invalid_auth');
    const bot = spawnBot(socketModeEnv(fake));
    expect(await bot.exited(30_000)).toBe(1);
    expect(bot.stderr()).toBe('kyoyaku-bot: SLACK_BOT_TOKEN was rejected by Slack (invalid_auth)\n');
  });
});
