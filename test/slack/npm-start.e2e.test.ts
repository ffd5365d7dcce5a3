/**
 * `npm start` itself (npm → the bot), as a supervisor or a person at a terminal runs it: npm passes
 * SIGTERM and SIGINT on to its script's process, which must be the bot, not a shell that dies and
 * leaves the bot running without a parent.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack, FAKE_BOT_USER_ID } from '../support/fake-slack.ts';
import { REPO_ROOT, socketModeEnv } from '../support/start-bot.ts';

let fake: FakeSlack;
const started: number[] = [];

beforeAll(async () => {
  fake = await FakeSlack.start();
});

afterAll(async () => {
  for (const pid of started) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  await fake?.close();
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The processes whose parent is `pid`, with their command lines. */
function childrenOf(pid: number): { pid: number; command: string }[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/u.test(entry))
    .flatMap((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return ppid === pid ? [{ pid: Number(entry), command: readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim() }] : [];
      } catch {
        return [];
      }
    });
}

describe.runIf(process.platform === 'linux')('npm start', () => {
  it('runs the bot as npm’s own child, which stops cleanly on the SIGTERM sent to npm', async () => {
    const npm = spawn('npm', ['start'], {
      cwd: REPO_ROOT,
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...socketModeEnv(fake) },
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    if (npm.pid !== undefined) started.push(npm.pid);
    const closed = once(npm, 'close');
    await fake.waitForSocket(60_000);
    // Answering a mention: the bot is up, its signal handlers in place.
    await fake.sendEvent({ type: 'app_mention', user: 'U0USER0001', text: `<@${FAKE_BOT_USER_ID}> 第4条`, ts: '1740000000.000001', channel: 'C0CHANNEL1' });
    await fake.waitForCall('chat.postMessage', (call) => call.args['thread_ts'] === '1740000000.000001', 30_000);
    const children = childrenOf(npm.pid ?? -1);
    for (const child of children) started.push(child.pid, ...childrenOf(child.pid).map((c) => c.pid));
    expect(children).toHaveLength(1);
    expect(children[0]?.command).toMatch(/^node .*dist\/main\.js$/u);

    npm.kill('SIGTERM');
    const [code] = (await Promise.race([closed, new Promise((resolve) => setTimeout(() => resolve(['timeout']), 20_000))])) as [number | string | null];
    expect(code).toBe(0);
    expect(isAlive(children[0]?.pid ?? -1)).toBe(false);
    expect(fake.openSockets).toBe(0);
  }, 90_000);
});
