/**
 * Start-up and shutdown of the real app against the Slack stand-in: token checks, the Web API
 * retry policy, and stop() finishing the replies in flight.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QuestionAnswerer } from '../../src/core/answer/types.ts';
import { createQuestionAnswerer } from '../../src/core/create-question-answerer.ts';
import { CodedError } from '../../src/core/errors.ts';
import { createSlackApp, SOCKET_RETRY_CONFIG, WEB_API_RETRY_CONFIG } from '../../src/slack/app.ts';
import { readSlackConfig } from '../../src/slack/start-slack-app.ts';
import { FAKE_BOT_USER_ID } from '../support/fake-slack.ts';
import { socketModeEnv, startBotInProcess, TEST_APP_TOKEN, TEST_BOT_TOKEN } from '../support/start-bot.ts';
import { useCleanups } from '../support/cleanups.ts';

let engine: QuestionAnswerer;
const { add: addCleanup, startFake } = useCleanups();

beforeAll(async () => {
  engine = await createQuestionAnswerer();
});

describe('start-up', () => {
  it('stops with one line naming SLACK_BOT_TOKEN when Slack rejects it', async () => {
    const fake = await startFake();
    fake.failNext('auth.test', 'invalid_auth');
    const started = startBotInProcess({ env: socketModeEnv(fake), answerer: engine });
    await expect(started).rejects.toThrow(CodedError);
    await expect(started).rejects.toThrow(/^SLACK_BOT_TOKEN was rejected by Slack \(invalid_auth\)$/);
    expect(fake.callsOf('apps.connections.open')).toHaveLength(0);
  });

  it('stops with one line naming SLACK_APP_TOKEN when Slack refuses the connection', async () => {
    const fake = await startFake();
    fake.failNext('apps.connections.open', 'invalid_auth');
    await expect(startBotInProcess({ env: socketModeEnv(fake), answerer: engine })).rejects.toThrow(/^SLACK_APP_TOKEN was rejected by Slack \(invalid_auth\)$/);
  });

  it('names SLACK_API_URL, without tokens, when nothing answers there', async () => {
    const fake = await startFake();
    const env = { ...socketModeEnv(fake), SLACK_API_URL: `${fake.baseUrl}/nowhere/` };
    const error = await startBotInProcess({ env, answerer: engine }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CodedError);
    const message = (error as Error).message;
    expect(message).toContain('SLACK_API_URL');
    expect(message).not.toContain(TEST_BOT_TOKEN);
    expect(message).not.toContain('\n');
  });

  it('sets the Web API retry policy deliberately; apps.connections.open is retried by the supervisor alone', async () => {
    const fake = await startFake();
    const config = readSlackConfig(socketModeEnv(fake));
    if (config === undefined) throw new Error('no config');
    const { app, receiver } = createSlackApp({ config, answerer: engine, log: () => undefined });
    // Listener clients are built from the app's client options; Socket Mode used to write into them.
    expect(app.webClientOptions.retryConfig).toEqual(WEB_API_RETRY_CONFIG);
    const socketOptions = (receiver as unknown as { client: { webClientOptions: { retryConfig: unknown; slackApiUrl: unknown } } }).client.webClientOptions;
    // Not Socket Mode's 100 retries, nor the replies' 3: one call per attempt, each attempt logged.
    expect(socketOptions.retryConfig).toEqual(SOCKET_RETRY_CONFIG);
    expect(SOCKET_RETRY_CONFIG).toEqual({ retries: 0 });
    // The Socket Mode client calls apps.connections.open at SLACK_API_URL too.
    expect(socketOptions.slackApiUrl).toBe(fake.apiUrl);
  });
});

describe('logging', () => {
  it('keeps tokens and verification tokens out of even debug logs', async () => {
    const fake = await startFake();
    const bot = await startBotInProcess({ env: { ...socketModeEnv(fake), LOG_LEVEL: 'debug' }, answerer: engine });
    addCleanup(() => bot.stop());
    await fake.waitForSocket();
    // Slash command and interaction payloads carry Slack's legacy verification token.
    const { responseUrl } = await fake.sendSlashCommand({ text: '第1条' });
    await fake.waitForResponsePost((post) => responseUrl.endsWith(post.id));
    await fake.sendEvent({ type: 'app_mention', user: 'U0USER0001', text: `<@${FAKE_BOT_USER_ID}> 第2条`, ts: '1720000000.000009', channel: 'C0CHANNEL1' });
    await fake.waitForCall('chat.postMessage');
    expect(bot.logs.filter((line) => line['level'] === 'debug').length).toBeGreaterThan(10);
    const all = JSON.stringify(bot.logs);
    for (const secret of [TEST_BOT_TOKEN, TEST_APP_TOKEN, 'verification-token-legacy', 'testbottokenvalue', 'testapptokenvalue']) expect(all).not.toContain(secret);
  });
});

describe('shutdown', () => {
  it('stop() stops taking events, finishes the replies in flight, then resolves', async () => {
    const fake = await startFake();
    const bot = await startBotInProcess({ env: socketModeEnv(fake), answerer: engine });
    addCleanup(() => bot.stop());
    await fake.waitForSocket();
    // Slack is slow to accept the reply: it is in flight when the stop begins.
    fake.delay('chat.postMessage', 800);
    await fake.sendEvent({ type: 'app_mention', user: 'U0USER0001', text: `<@${FAKE_BOT_USER_ID}> 第4条`, ts: '1720000000.000001', channel: 'C0CHANNEL1' });
    await fake.waitForCall('chat.postMessage');
    const started = Date.now();
    await bot.stop();
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    const events = bot.logs.map((line) => line['event']);
    expect(events.indexOf('question_answered')).toBeGreaterThan(events.indexOf('slack_app_stopping'));
    expect(events.indexOf('slack_app_stopped')).toBeGreaterThan(events.indexOf('question_answered'));
    expect(bot.logs.find((line) => line['event'] === 'slack_app_stopped')).toMatchObject({ drained: true });
    await fake.waitUntil(() => fake.openSockets === 0, 'the socket to close');
    // A second stop() is harmless (SIGINT after SIGTERM).
    await bot.stop();
    expect(JSON.stringify(bot.logs)).not.toContain(TEST_APP_TOKEN);
  });
});
