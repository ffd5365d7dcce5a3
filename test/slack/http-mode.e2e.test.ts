/**
 * HTTP mode: the real app with Bolt's HTTP receiver on 127.0.0.1, requests signed as Slack signs
 * them, replies going to the Slack stand-in.
 */
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuestionAnswerer } from '../../src/core/answer/types.ts';
import { createQuestionAnswerer } from '../../src/core/create-question-answerer.ts';
import { collectText, FakeSlack, FAKE_BOT_USER_ID } from '../support/fake-slack.ts';
import { startBotInProcess, TEST_BOT_TOKEN, TEST_SIGNING_SECRET, type InProcessBot } from '../support/start-bot.ts';

let fake: FakeSlack;
let bot: InProcessBot;
let endpoint: string;
let engine: QuestionAnswerer;

beforeAll(async () => {
  engine = await createQuestionAnswerer();
  fake = await FakeSlack.start();
  bot = await startBotInProcess({
    env: { SLACK_BOT_TOKEN: TEST_BOT_TOKEN, SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, PORT: '0', SLACK_API_URL: fake.apiUrl },
    answerer: engine,
    // Loopback only in tests; production listens on every interface.
    configOverrides: { host: '127.0.0.1' },
  });
  endpoint = `http://127.0.0.1:${bot.port ?? 0}/slack/events`;
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

/** Signs a body as Slack does: v0=HMAC-SHA256(secret, "v0:{timestamp}:{body}"). */
function sign(body: string, timestamp: number, secret = TEST_SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

async function post(
  body: string,
  options: { contentType?: string; timestamp?: number; signature?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': options.contentType ?? 'application/json',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? sign(body, timestamp),
      ...options.headers,
    },
    body,
    signal: AbortSignal.timeout(5000),
  });
}

function buildMentionBody(ts: string, eventId: string, text = '災害対応は誰が担当？'): string {
  return JSON.stringify(fake.buildEventBody({ type: 'app_mention', user: 'U0USER0001', text: `<@${FAKE_BOT_USER_ID}> ${text}`, ts, channel: 'C0CHANNEL1' }, eventId));
}

describe('HTTP mode', () => {
  it('listens on the given port and verified the bot token', () => {
    expect(bot.port).toBeGreaterThan(0);
    expect(fake.callsOf('auth.test')).toHaveLength(1);
  });

  it('accepts a signed event, acks at once, and answers in the thread', async () => {
    const response = await post(buildMentionBody('1730000000.000001', 'EvHTTP1'));
    expect(response.status).toBe(200);
    const reply = await fake.waitForCall('chat.postMessage', (call) => call.args['thread_ts'] === '1730000000.000001');
    expect(collectText(reply.args['blocks'])).toContain('別表（第３条関係）3(1)エ 災害対策');
  });

  it('answers Slack’s retry of the same event once', async () => {
    const body = buildMentionBody('1730000000.000002', 'EvHTTP2', '第4条');
    expect((await post(body)).status).toBe(200);
    expect((await post(body, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } })).status).toBe(200);
    await fake.waitForCall('chat.postMessage', (call) => call.args['thread_ts'] === '1730000000.000002');
    // A later event's reply proves the retry was processed (and dropped) before it.
    expect((await post(buildMentionBody('1730000000.000003', 'EvHTTP3', '第5条'))).status).toBe(200);
    await fake.waitForCall('chat.postMessage', (call) => call.args['thread_ts'] === '1730000000.000003');
    expect(fake.callsOf('chat.postMessage').filter((call) => call.args['thread_ts'] === '1730000000.000002')).toHaveLength(1);
  });

  it('accepts a signed slash command and responds privately', async () => {
    const responseUrl = fake.newResponseUrl();
    const body = new URLSearchParams({ command: '/kyoyaku', text: '第6条を見せて', user_id: 'U0USER0001', channel_id: 'C0CHANNEL1', team_id: 'T0TEST0001', response_url: responseUrl, trigger_id: 't' }).toString();
    const response = await post(body, { contentType: 'application/x-www-form-urlencoded' });
    expect(response.status).toBe(200);
    const reply = await fake.waitForResponsePost((candidate) => responseUrl.endsWith(`/${candidate.id}`));
    expect(reply.body['response_type']).toBe('ephemeral');
    expect(collectText(reply.body['blocks'])).toContain('第6条');
  });

  it('processes a replayed signed slash command (same body, same signature) once', async () => {
    const responseUrl = fake.newResponseUrl();
    const body = new URLSearchParams({ command: '/kyoyaku', text: '第7条', user_id: 'U0USER0001', channel_id: 'C0CHANNEL1', team_id: 'T0TEST0001', response_url: responseUrl, trigger_id: 'trigger-replay-1' }).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = { contentType: 'application/x-www-form-urlencoded', timestamp, signature: sign(body, timestamp) };
    expect((await post(body, headers)).status).toBe(200);
    // The replay is acked (the replayer learns nothing) but not answered.
    expect((await post(body, headers)).status).toBe(200);
    await fake.waitForResponsePost((candidate) => responseUrl.endsWith(`/${candidate.id}`));
    // A later command's answer proves the replay was processed (and dropped) before it.
    const laterUrl = fake.newResponseUrl();
    const later = new URLSearchParams({ command: '/kyoyaku', text: '第8条', user_id: 'U0USER0001', channel_id: 'C0CHANNEL1', team_id: 'T0TEST0001', response_url: laterUrl, trigger_id: 'trigger-replay-2' }).toString();
    expect((await post(later, { contentType: 'application/x-www-form-urlencoded' })).status).toBe(200);
    await fake.waitForResponsePost((candidate) => laterUrl.endsWith(`/${candidate.id}`));
    expect(fake.responsePosts.filter((candidate) => responseUrl.endsWith(`/${candidate.id}`))).toHaveLength(1);
  });

  it('processes a replayed signed 「チャンネルに共有」 click once: one public post', async () => {
    const responseUrl = fake.newResponseUrl();
    const payload = {
      type: 'block_actions',
      user: { id: 'U0USER0001', username: 'staff', team_id: 'T0TEST0001' },
      api_app_id: 'A0TEST0001',
      team: { id: 'T0TEST0001', domain: 'fake' },
      container: { type: 'message', message_ts: '1730000000.000500', channel_id: 'C0CHANNEL1', is_ephemeral: true },
      channel: { id: 'C0CHANNEL1', name: 'general' },
      trigger_id: 'trigger-share-replay-1',
      response_url: responseUrl,
      actions: [{ type: 'button', action_id: 'share_to_channel', block_id: 'b1', value: JSON.stringify({ q: '第9条' }), action_ts: '1730000000.000600' }],
    };
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = { contentType: 'application/x-www-form-urlencoded', timestamp, signature: sign(body, timestamp) };
    expect((await post(body, headers)).status).toBe(200);
    expect((await post(body, headers)).status).toBe(200);
    // The share posts publicly, then deletes the private copy: two posts for one click.
    await fake.waitUntil(() => fake.responsePosts.filter((candidate) => responseUrl.endsWith(`/${candidate.id}`)).length >= 2, 'the share and the deletion');
    const laterUrl = fake.newResponseUrl();
    const later = new URLSearchParams({ command: '/kyoyaku', text: '第10条', user_id: 'U0USER0001', channel_id: 'C0CHANNEL1', team_id: 'T0TEST0001', response_url: laterUrl, trigger_id: 'trigger-share-replay-2' }).toString();
    expect((await post(later, { contentType: 'application/x-www-form-urlencoded' })).status).toBe(200);
    await fake.waitForResponsePost((candidate) => laterUrl.endsWith(`/${candidate.id}`));
    const posts = fake.responsePosts.filter((candidate) => responseUrl.endsWith(`/${candidate.id}`));
    expect(posts.filter((candidate) => candidate.body['response_type'] === 'in_channel')).toHaveLength(1);
    expect(posts).toHaveLength(2);
  });

  it('answers a slash command without a response_url in the HTTP response itself', async () => {
    const body = new URLSearchParams({ command: '/kyoyaku', text: '第4条', user_id: 'U0USER0001', channel_id: 'C0CHANNEL1', team_id: 'T0TEST0001', trigger_id: 'trigger-no-url-http' }).toString();
    const response = await post(body, { contentType: 'application/x-www-form-urlencoded' });
    expect(response.status).toBe(200);
    const reply = (await response.json()) as Record<string, unknown>;
    expect(reply['response_type']).toBe('ephemeral');
    expect(collectText(reply['blocks'])).toContain('第4条');
  });

  it('acks (200) a signed event whose channel is null, so Slack does not redeliver it, and logs why it was dropped', async () => {
    const body = JSON.stringify(fake.buildEventBody({ type: 'app_mention', user: 'U0USER0001', text: `<@${FAKE_BOT_USER_ID}> 第4条`, ts: '1730000000.000020', channel: null }, 'EvHTTPNULL'));
    expect((await post(body)).status).toBe(200);
    expect(bot.logs.some((line) => line['event'] === 'malformed_payload_dropped' && line['reason'] === 'event field channel is null')).toBe(true);
  });

  it('answers Slack’s URL verification challenge', async () => {
    const response = await post(JSON.stringify({ type: 'url_verification', challenge: 'challenge-123', token: 'x' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('challenge-123');
  });

  it('rejects a bad signature with 401 and does nothing', async () => {
    const before = fake.calls.length;
    const body = buildMentionBody('1730000000.000009', 'EvHTTPBAD');
    const response = await post(body, { signature: sign(body, Math.floor(Date.now() / 1000), 'not-the-secret') });
    expect(response.status).toBe(401);
    expect(fake.calls.length).toBe(before);
  });

  it('rejects a correctly signed request whose timestamp is 6 minutes old with 401 (replay)', async () => {
    const before = fake.calls.length;
    const body = buildMentionBody('1730000000.000010', 'EvHTTPOLD');
    const old = Math.floor(Date.now() / 1000) - 6 * 60;
    const response = await post(body, { timestamp: old, signature: sign(body, old) });
    expect(response.status).toBe(401);
    expect(fake.calls.length).toBe(before);
  });

  it('rejects a correctly signed request whose timestamp is 6 minutes ahead with 401 (it would stay replayable for 11)', async () => {
    const before = fake.calls.length;
    const body = buildMentionBody('1730000000.000011', 'EvHTTPFUTURE');
    const ahead = Math.floor(Date.now() / 1000) + 6 * 60;
    const response = await post(body, { timestamp: ahead, signature: sign(body, ahead) });
    expect(response.status).toBe(401);
    expect(fake.calls.length).toBe(before);
  });

  it('accepts a correctly signed request whose clock runs 4 minutes ahead (within Slack’s 5)', async () => {
    const body = buildMentionBody('1730000000.000012', 'EvHTTPSKEW');
    const ahead = Math.floor(Date.now() / 1000) + 4 * 60;
    expect((await post(body, { timestamp: ahead, signature: sign(body, ahead) })).status).toBe(200);
    await fake.waitForCall('chat.postMessage', (call) => call.args['thread_ts'] === '1730000000.000012');
  });

  it('stops with one line naming PORT when the port is taken', async () => {
    const error = await startBotInProcess({
      env: { SLACK_BOT_TOKEN: TEST_BOT_TOKEN, SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, PORT: String(bot.port), SLACK_API_URL: fake.apiUrl },
      answerer: engine,
      configOverrides: { host: '127.0.0.1' },
    }).catch((caught: unknown) => caught);
    expect((error as Error).message).toBe(`PORT ${bot.port ?? 0} cannot be listened on (EADDRINUSE)`);
  });

  it('never logs the signing secret or the bot token', () => {
    const all = JSON.stringify(bot.logs);
    expect(all).not.toContain(TEST_SIGNING_SECRET);
    expect(all).not.toContain(TEST_BOT_TOKEN);
  });
});
