/**
 * The memory of `npm start` as users run it: the real `npm start` (npm → sh → node) connected to
 * the Slack stand-in (test/support/fake-slack.ts), warmed up, after answering mentions; the RSS
 * and the peak RSS (VmHWM) of every process of the tree, read from /proc.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { REPO_ROOT } from '../../test/support/ensure-build.ts';
import { FakeSlack, FAKE_BOT_USER_ID } from '../../test/support/fake-slack.ts';
import { socketModeEnv } from '../../test/support/start-bot.ts';

/** One process of the tree. */
export interface TreeProcess {
  readonly command: string;
  readonly rssMb: number;
  readonly peakRssMb: number;
}

/** One run: spawn → connected, and the tree after the mentions. */
export interface TreeRun {
  readonly connectedMs: number;
  readonly processes: readonly TreeProcess[];
  readonly rssMb: number;
  readonly peakRssMb: number;
}

const MENTIONS = 100;
/** Time given to the background warm-up (about 0.5 s of CPU) before the mentions. */
const SETTLE_MS = 4000;

function childrenOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command, which may hold spaces and parentheses: state, ppid, …
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) found.push(Number(entry));
    } catch {
      // The process ended meanwhile.
    }
  }
  return found;
}

function treeOf(pid: number): number[] {
  return [pid, ...childrenOf(pid).flatMap(treeOf)];
}

function statusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'mu').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? Number.NaN) / 1024;
}

async function runOnce(): Promise<TreeRun> {
  const fake = await FakeSlack.start();
  const started = performance.now();
  const npm = spawn('npm', ['start'], {
    cwd: REPO_ROOT,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...socketModeEnv(fake) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  npm.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  try {
    await fake.waitForSocket(60_000).catch((error: unknown) => {
      throw new Error(`npm start did not connect: ${String(error)}\n${stderr}`, { cause: error });
    });
    const connectedMs = performance.now() - started;
    await sleep(SETTLE_MS);
    for (let i = 0; i < MENTIONS; i += 1) {
      const ts = `1740000000.${String(100000 + i)}`;
      await fake.sendEvent({ type: 'app_mention', user: 'U0USER0001', text: `<@${FAKE_BOT_USER_ID}> ${i % 2 === 0 ? '災害対応は誰が担当？' : `第${(i % 6) + 1}条`}`, ts, channel: 'C0CHANNEL1' });
      await fake.waitForCall('chat.postMessage', (call) => call.args['thread_ts'] === ts, 30_000);
    }
    const pids = npm.pid === undefined ? [] : treeOf(npm.pid);
    const processes = pids.map((pid) => ({
      command: readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).slice(0, 4).join(' '),
      rssMb: statusMb(pid, 'VmRSS'),
      peakRssMb: statusMb(pid, 'VmHWM'),
    }));
    return {
      connectedMs,
      processes,
      rssMb: processes.reduce((sum, p) => sum + p.rssMb, 0),
      peakRssMb: processes.reduce((sum, p) => sum + p.peakRssMb, 0),
    };
  } finally {
    // SIGTERM to the bot itself (the leaf): sh does not pass npm's signal on to it.
    const leaf = npm.pid === undefined ? undefined : treeOf(npm.pid).at(-1);
    if (leaf !== undefined) process.kill(leaf, 'SIGTERM');
    await Promise.race([new Promise((resolve) => npm.on('close', resolve)), sleep(20_000)]);
    if (npm.exitCode === null) npm.kill('SIGKILL');
    await fake.close();
  }
}

/** Median figures of several runs (each a fresh stand-in and a fresh `npm start`). */
export async function measureStartTree(options: { runs: number; onRun?: () => void }): Promise<TreeRun[]> {
  const list: TreeRun[] = [];
  for (let i = 0; i < options.runs; i += 1) {
    options.onRun?.();
    list.push(await runOnce());
  }
  return list;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export function formatTreeFigures(list: readonly TreeRun[]): string {
  const byRss = [...list].sort((a, b) => a.peakRssMb - b.peakRssMb);
  const typical = byRss[Math.floor(byRss.length / 2)];
  const lines = [
    `spawn → Socket Mode connected        ${median(list.map((r) => r.connectedMs)).toFixed(0)} ms`,
    `whole tree RSS                       ${median(list.map((r) => r.rssMb)).toFixed(0)} MB`,
    `whole tree peak RSS (sum of VmHWM)   ${median(list.map((r) => r.peakRssMb)).toFixed(0)} MB   (runs: ${list.map((r) => r.peakRssMb.toFixed(0)).join(', ')})`,
    `processes (median run):`,
    ...(typical?.processes ?? []).map((p) => `  ${p.command.padEnd(52)} RSS ${p.rssMb.toFixed(0).padStart(4)} MB, peak ${p.peakRssMb.toFixed(0).padStart(4)} MB`),
  ];
  return lines.join('\n');
}
