/**
 * The bot as users start it: `node --enable-source-maps dist/main.js` (what `npm start` runs), configured
 * only through the environment, pointed at the Slack stand-in by SLACK_API_URL.
 */
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectText, FakeSlack, FAKE_BOT_USER_ID } from '../support/fake-slack.ts';
import { REPO_ROOT, socketModeEnv, spawnBot, TEST_APP_TOKEN, TEST_BOT_TOKEN, type SpawnedBot } from '../support/start-bot.ts';

let fake: FakeSlack;
let bot: SpawnedBot | undefined;

beforeAll(async () => {
  fake = await FakeSlack.start();
});

afterAll(async () => {
  if (bot !== undefined && bot.child.exitCode === null) await bot.stop('SIGKILL');
  await fake?.close();
});

describe('npm start (src/main.ts) in Socket Mode', () => {
  it('connects, answers a mention in its thread with the citation, survives a malformed envelope, and finishes the reply in flight on SIGTERM', async () => {
    bot = spawnBot(socketModeEnv(fake));
    await fake.waitForSocket(30_000);
    expect(fake.callsOf('apps.connections.open')[0]?.token).toBe(TEST_APP_TOKEN);

    await fake.sendEvent({ type: 'app_mention', user: 'U0USER0001', text: `<@${FAKE_BOT_USER_ID}> 災害対応は誰が担当？`, ts: '1740000000.000001', channel: 'C0CHANNEL1' });
    const reply = await fake.waitForCall('chat.postMessage', (call) => call.args['thread_ts'] === '1740000000.000001');
    expect(reply.token).toBe(TEST_BOT_TOKEN);
    expect(collectText(reply.args['blocks'])).toContain('連携協約1（山口市・連携市町）別表（第３条関係）3(1)エ 災害対策');

    // In a real process an unhandled rejection ends it: this envelope used to do that.
    await fake.sendEnvelope('events_api', { type: 'event_callback', event_id: 'EvNULL', event: null });
    await fake.sendEvent({ type: 'message', channel_type: 'im', channel: 'D0DM000001', user: 'U0USER0001', text: '第4条', ts: '1740000000.000002' });
    const dmReply = await fake.waitForCall('chat.postMessage', (call) => call.args['channel'] === 'D0DM000001');
    expect(collectText(dmReply.args['blocks'])).toContain('前条に規定する取組を実施するために要する費用の分担については');

    // A reply still in flight when SIGTERM arrives is delivered before the process exits.
    fake.delay('chat.postMessage', 1000);
    await fake.sendEvent({ type: 'app_mention', user: 'U0USER0001', text: `<@${FAKE_BOT_USER_ID}> 第5条`, ts: '1740000000.000003', channel: 'C0CHANNEL1' });
    await fake.waitForCall('chat.postMessage', (call) => call.args['thread_ts'] === '1740000000.000003');
    const code = await bot.stop('SIGTERM');
    expect(code).toBe(0);
    const events = bot.logs.map((line) => line['event']);
    expect(events.filter((event) => event === 'question_answered')).toHaveLength(3);
    expect(events.at(-1)).toBe('slack_app_stopped');
    expect(bot.logs.find((line) => line['event'] === 'slack_app_stopped')).toMatchObject({ drained: true });
    expect(events).toContain('malformed_envelope_dropped');
    expect(fake.openSockets).toBe(0);

    const output = bot.stdout() + bot.stderr();
    expect(output).not.toContain(TEST_BOT_TOKEN);
    expect(output).not.toContain(TEST_APP_TOKEN);
  });

  it('stops at start-up with one line naming an ill-formed variable', async () => {
    const failing = spawnBot({ ...socketModeEnv(fake), SLACK_BOT_TOKEN: 'xoxp-1-user-token' });
    const code = await failing.exited(30_000);
    expect(code).toBe(1);
    const lines = failing.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('SLACK_BOT_TOKEN');
    expect(failing.stderr()).not.toContain('xoxp-1-user-token');
  });
});

describe('npm start misconfigured', () => {
  /** A working directory inside the repository (so tsx resolves), removed afterwards. */
  async function makeWorkDir(): Promise<string> {
    await mkdir(join(REPO_ROOT, 'node_modules/.cache'), { recursive: true });
    return mkdtemp(join(REPO_ROOT, 'node_modules/.cache/kyoyaku-cwd-'));
  }

  it('without tokens and without a terminal, says so in one line and exits 1 (not a clean-looking 0)', async () => {
    const started = spawnBot({});
    expect(await started.exited(30_000)).toBe(1);
    const lines = started.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^kyoyaku-bot: Slack のトークン（SLACK_BOT_TOKEN など）が設定されておらず、標準入力が端末でもない/);
    expect(started.stdout()).toBe('');
  });

  it('stops with one line naming .env when it is a directory, exit 1', async () => {
    const cwd = await makeWorkDir();
    try {
      await mkdir(join(cwd, '.env'));
      const started = spawnBot(socketModeEnv(fake), { cwd });
      expect(await started.exited(30_000)).toBe(1);
      expect(started.stderr()).toBe('kyoyaku-bot: .env exists but cannot be read (EISDIR); fix its permissions or remove it\n');
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  });

  // Root reads any file, so the permission case runs only as another user (loadEnvFile's unit test covers EACCES).
  it.skipIf(process.getuid?.() === 0)('stops with one line naming .env when it cannot be read (EACCES), exit 1', async () => {
    const cwd = await makeWorkDir();
    try {
      await writeFile(join(cwd, '.env'), `SLACK_BOT_TOKEN=${TEST_BOT_TOKEN}\n`);
      await chmod(join(cwd, '.env'), 0o000);
      const started = spawnBot({}, { cwd });
      expect(await started.exited(30_000)).toBe(1);
      expect(started.stderr()).toBe('kyoyaku-bot: .env exists but cannot be read (EACCES); fix its permissions or remove it\n');
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  });
});
