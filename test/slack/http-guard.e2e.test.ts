/**
 * HTTP mode against hostile clients: the real app (createSlackApp, Bolt, the guarded receiver) on
 * 127.0.0.1, attacked over raw TCP sockets, answering real questions through the Slack stand-in.
 * The assertions are about behaviour (status, connection closed, bytes read, stop() returns), not
 * about how long anything took; timeouts are shortened through the receiver's settings.
 */
import { createHmac } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QuestionAnswerer } from '../../src/core/answer/types.ts';
import { createQuestionAnswerer } from '../../src/core/create-question-answerer.ts';
import { createSlackApp, type SlackApp } from '../../src/slack/app.ts';
import { DEFAULT_BODY_LIMIT_BYTES, GuardedHttpReceiver, type HttpGuardSettings } from '../../src/slack/http/guarded-http-receiver.ts';
import { FAKE_BOT_USER_ID, type FakeSlack } from '../support/fake-slack.ts';
import { TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from '../support/start-bot.ts';
import { useCleanups } from '../support/cleanups.ts';

let engine: QuestionAnswerer;
const { add: addCleanup, startFake } = useCleanups();

beforeAll(async () => {
  engine = await createQuestionAnswerer();
});

interface Running {
  readonly fake: FakeSlack;
  readonly slack: SlackApp;
  readonly receiver: GuardedHttpReceiver;
  readonly port: number;
  readonly logs: Record<string, unknown>[];
  stop(): Promise<void>;
}

async function startApp(guard: Partial<HttpGuardSettings> = {}): Promise<Running> {
  const fake = await startFake();
  const logs: Record<string, unknown>[] = [];
  const slack = createSlackApp({
    config: { mode: 'http', botToken: TEST_BOT_TOKEN, signingSecret: TEST_SIGNING_SECRET, port: 0, host: '127.0.0.1', slackApiUrl: fake.apiUrl, logLevel: 'info', guard },
    answerer: engine,
    log: (line) => logs.push(line),
  });
  await slack.app.init();
  const server = (await slack.app.start({ port: 0, host: '127.0.0.1' })) as Server;
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await slack.app.stop();
  };
  addCleanup(stop);
  if (!(slack.receiver instanceof GuardedHttpReceiver)) throw new Error('HTTP mode must use the guarded receiver');
  return { fake, slack, receiver: slack.receiver, port: (server.address() as AddressInfo).port, logs, stop };
}

/** A raw client: what it received, and a promise that resolves when the server closed the connection. */
interface RawClient {
  readonly socket: Socket;
  received(): string;
  readonly closed: Promise<void>;
}

function openRaw(port: number, head: string): RawClient {
  const socket = connect(port, '127.0.0.1');
  let received = '';
  socket.setEncoding('utf8').on('data', (chunk: string) => {
    received += chunk;
  });
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.on('connect', () => socket.write(head));
  addCleanup(async () => {
    socket.destroy();
  });
  return { socket, received: () => received, closed };
}

function requestHead(headers: Record<string, string>, path = '/slack/events', method = 'POST'): string {
  return `${method} ${path} HTTP/1.1\r\nHost: bot\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}\r\n`;
}

function forgedHeaders(): Record<string, string> {
  return { 'Content-Type': 'application/json', 'X-Slack-Request-Timestamp': String(Math.floor(Date.now() / 1000)), 'X-Slack-Signature': `v0=${'0'.repeat(64)}` };
}

function sign(body: string, timestamp: number): string {
  return `v0=${createHmac('sha256', TEST_SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** Posts a correctly signed app_mention; resolves with the HTTP status. */
async function postSignedMention(running: Running, ts: string): Promise<number> {
  const body = JSON.stringify(running.fake.buildEventBody({ type: 'app_mention', user: 'U0USER0001', text: `<@${FAKE_BOT_USER_ID}> 第4条`, ts, channel: 'C0CHANNEL1' }));
  const timestamp = Math.floor(Date.now() / 1000);
  const response = await fetch(`http://127.0.0.1:${running.port}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': sign(body, timestamp) },
    body,
    signal: AbortSignal.timeout(15_000),
  });
  return response.status;
}

/** Writes `total` bytes of chunked body in 16 KiB chunks, as fast as the socket takes them, never ending the body. */
function writeChunked(socket: Socket, total: number): void {
  const chunk = Buffer.alloc(16 * 1024, 0x61);
  const framed = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]);
  let sent = 0;
  const pump = (): void => {
    while (sent < total && !socket.destroyed) {
      sent += chunk.length;
      if (!socket.write(framed)) {
        socket.once('drain', pump);
        return;
      }
    }
  };
  if (socket.connecting) socket.once('connect', () => setImmediate(pump));
  else pump();
}

/** Polls state the stand-in does not announce (the receiver's counters); rejects after 10 s. */
async function pollUntil(predicate: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !predicate(); waited += 10) {
    if (waited > 10_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function statusOf(client: RawClient): string {
  return /^HTTP\/1\.1 (\d{3})/.exec(client.received())?.[1] ?? 'none';
}

describe('HTTP mode under hostile clients', () => {
  it('refuses a declared 3.9 MB body with 413 and closes the connection without reading it', async () => {
    const running = await startApp();
    const client = openRaw(running.port, requestHead({ 'Content-Type': 'application/json', 'Content-Length': '3900000' }));
    await client.closed;
    expect(statusOf(client)).toBe('413');
    expect(running.receiver.stats.bodyBytesReadMax).toBe(0);
  });

  it('stops reading an undeclared (chunked) forged body at the limit: 413 or a closed connection, bytes read bounded', async () => {
    const running = await startApp();
    const client = openRaw(running.port, requestHead({ ...forgedHeaders(), 'Transfer-Encoding': 'chunked' }));
    writeChunked(client.socket, 3_900_000);
    await client.closed;
    // The 413 may be lost when the server resets a connection the client is still writing to.
    expect(['413', 'none']).toContain(statusOf(client));
    expect(running.receiver.stats.rejected.get('body_too_large')).toBe(1);
    // One socket read beyond the limit at most (node reads 64 KiB at a time).
    expect(running.receiver.stats.bodyBytesReadMax).toBeGreaterThan(DEFAULT_BODY_LIMIT_BYTES);
    expect(running.receiver.stats.bodyBytesReadMax).toBeLessThanOrEqual(DEFAULT_BODY_LIMIT_BYTES + 64 * 1024);
  });

  it('refuses an unsigned request with 401 before reading its body', async () => {
    const running = await startApp();
    const client = openRaw(running.port, requestHead({ 'Content-Type': 'application/json', 'Content-Length': '100000' }));
    await client.closed;
    expect(statusOf(client)).toBe('401');
    expect(running.receiver.stats.bodyBytesReadMax).toBe(0);
    expect(running.fake.calls.filter((call) => call.method !== 'auth.test')).toHaveLength(0);
  });

  it('answers 404 to anything but POST /slack/events', async () => {
    const running = await startApp();
    const other = openRaw(running.port, requestHead({}, '/admin', 'GET'));
    await other.closed;
    expect(statusOf(other)).toBe('404');
  });

  it('closes a connection whose headers never finish (headers timeout)', async () => {
    const running = await startApp({ headersTimeoutMs: 200, requestTimeoutMs: 400 });
    const client = openRaw(running.port, 'POST /slack/events HTTP/1.1\r\nHost: bot\r\n');
    await client.closed;
    expect(statusOf(client)).toBe('408');
  });

  it('closes a connection whose body never finishes (request timeout) and frees its slot', async () => {
    const running = await startApp({ headersTimeoutMs: 200, requestTimeoutMs: 400 });
    const client = openRaw(running.port, `${requestHead({ ...forgedHeaders(), 'Content-Length': '1000' })}{"partial":`);
    await client.closed;
    expect(statusOf(client)).toBe('408');
    expect(running.receiver.unverifiedRequests).toBe(0);
  });

  it('reads at most maxUnverifiedRequests bodies at once; the next waits its turn, then gets 503', async () => {
    const running = await startApp({ maxUnverifiedRequests: 2, slotWaitMs: 100 });
    const stalled = [1, 2].map(() => openRaw(running.port, `${requestHead({ ...forgedHeaders(), 'Content-Length': '1000' })}{`));
    await pollUntil(() => running.receiver.unverifiedRequests === 2, 'two bodies being read');
    const third = openRaw(running.port, `${requestHead({ ...forgedHeaders(), 'Content-Length': '1000' })}{`);
    await third.closed;
    expect(statusOf(third)).toBe('503');
    expect(running.receiver.unverifiedRequests).toBe(2);
    for (const client of stalled) client.socket.destroy();
    await pollUntil(() => running.receiver.unverifiedRequests === 0, 'the slots to free');
  });

  it('serves Slack’s signed request that waited behind stalled forged ones once a slot frees', async () => {
    const running = await startApp({ maxUnverifiedRequests: 1, slotWaitMs: 10_000 });
    const stalled = openRaw(running.port, `${requestHead({ ...forgedHeaders(), 'Content-Length': '1000' })}{`);
    await pollUntil(() => running.receiver.unverifiedRequests === 1, 'the forged body being read');
    const status = postSignedMention(running, '1730000100.000001');
    await pollUntil(() => running.receiver.waitingRequests === 1, 'the signed request to wait');
    // The forged client goes away; the signed request takes its slot.
    stalled.socket.destroy();
    expect(await status).toBe(200);
    await running.fake.waitForCall('chat.postMessage', (call) => call.args['thread_ts'] === '1730000100.000001');
  });

  it('stop() returns with clients still holding connections: an unfinished body, unfinished headers, an idle one', async () => {
    const running = await startApp();
    const body = openRaw(running.port, requestHead({ ...forgedHeaders(), 'Transfer-Encoding': 'chunked' }));
    writeChunked(body.socket, 100 * 1024);
    const headers = openRaw(running.port, 'POST /slack/events HTTP/1.1\r\nHost: bot\r\n');
    const idle = openRaw(running.port, '');
    await pollUntil(() => running.receiver.unverifiedRequests === 1, 'the body being read');
    await running.stop();
    await Promise.all([body.closed, headers.closed, idle.closed]);
    expect(running.receiver.unverifiedRequests).toBe(0);
  });

  it('still answers a signed question after the attacks', async () => {
    const running = await startApp();
    const attackers = Array.from({ length: 20 }, () => openRaw(running.port, requestHead({ 'Content-Type': 'application/json', 'Content-Length': '3900000' })));
    await Promise.all(attackers.map((client) => client.closed));
    expect(await postSignedMention(running, '1730000200.000001')).toBe(200);
    await running.fake.waitForCall('chat.postMessage', (call) => call.args['thread_ts'] === '1730000200.000001');
    // Rejections are logged, but not one line each.
    expect(running.logs.filter((line) => line['event'] === 'http_request_rejected').length).toBeLessThan(attackers.length);
  });
});
