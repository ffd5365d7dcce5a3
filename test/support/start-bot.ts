/**
 * Starting the bot under test against the Slack stand-in: in-process through startSlackApp, or
 * as users start it, through the real entry point (dist/main.js, built from src/main.ts) in a child process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { QuestionAnswerer } from '../../src/core/answer/types.ts';
import type { WebApiTransport } from '../../src/slack/app.ts';
import type { ReconnectSettings } from '../../src/slack/socket-connection.ts';
import { readSlackConfig, startSlackApp, type RunningSlackApp, type SlackConfig } from '../../src/slack/start-slack-app.ts';
import { ensureBuild } from './ensure-build.ts';
import type { FakeSlack } from './fake-slack.ts';
import { readNodeScript } from './node-script.ts';

/** Tokens the tests use; they must never appear in any log. */
export const TEST_BOT_TOKEN = 'xoxb-1111-2222-testbottokenvalue';
export const TEST_APP_TOKEN = 'xapp-1-A0TEST0001-3333-testapptokenvalue';
export const TEST_SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** package.json's `start` script (`MALLOC_ARENA_MAX=1 exec node --flags… dist/main.js`): its environment and node arguments, the script's path absolute. */
const START = readNodeScript((JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts['start'] ?? '');
const START_ARGS = START.args.map((arg) => (arg.startsWith('-') ? arg : join(REPO_ROOT, arg)));

/** The environment users set for Socket Mode, pointed at the stand-in. */
export function socketModeEnv(fake: FakeSlack): Record<string, string> {
  return { SLACK_BOT_TOKEN: TEST_BOT_TOKEN, SLACK_APP_TOKEN: TEST_APP_TOKEN, SLACK_API_URL: fake.apiUrl, LOG_LEVEL: 'info' };
}

/** A bot started in this process, with its log lines collected. */
export interface InProcessBot extends RunningSlackApp {
  readonly logs: Record<string, unknown>[];
}

/** Starts the real app in-process (startSlackApp) with the config read from `env`. */
export async function startBotInProcess(options: {
  env: Record<string, string>;
  answerer: QuestionAnswerer;
  configOverrides?: Partial<SlackConfig>;
  /** Shortened backoff and deadlines for outage tests. */
  reconnect?: Partial<ReconnectSettings>;
  transport?: WebApiTransport;
  /** Receives the log array before start-up finishes (to watch a start-up that waits out an outage). */
  logs?: Record<string, unknown>[];
}): Promise<InProcessBot> {
  const config = readSlackConfig(options.env);
  if (config === undefined) throw new Error('test env has no Slack settings');
  const logs: Record<string, unknown>[] = options.logs ?? [];
  const running = await startSlackApp({
    config: { ...config, ...options.configOverrides } as SlackConfig,
    answerer: options.answerer,
    log: (line) => logs.push(line),
    ...(options.reconnect ? { reconnect: options.reconnect } : {}),
    ...(options.transport ? { transport: options.transport } : {}),
  });
  return { ...running, logs };
}

/** A bot running as a child process through src/main.ts. */
export interface SpawnedBot {
  readonly child: ChildProcess;
  /** Parsed JSON lines of standard output. */
  readonly logs: Record<string, unknown>[];
  stdout(): string;
  stderr(): string;
  /** Sends a signal and resolves with the exit code, killing the process after `timeoutMs`. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<number | null>;
  /** Resolves with the exit code when the process ends by itself. */
  exited(timeoutMs?: number): Promise<number | null>;
}

/**
 * Spawns what `npm start` runs (`node --enable-source-maps … dist/main.js` with the script's environment; vitest's global setup
 * builds dist/ when src/ changed) with only the given environment (plus PATH). Resolves once the
 * process is started; callers wait for readiness themselves.
 */
export function spawnBot(env: Record<string, string>, options: { readonly cwd?: string } = {}): SpawnedBot {
  ensureBuild();
  const child = spawn(process.execPath, START_ARGS, {
    cwd: options.cwd ?? REPO_ROOT,
    env: { PATH: process.env['PATH'] ?? '', ...START.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const logs: Record<string, unknown>[] = [];
  let pending = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // Not a log line; kept in stdout() for assertions.
      }
    }
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  const exit = once(child, 'exit').then(([code]) => code as number | null);
  const exited = async (timeoutMs = 15_000): Promise<number | null> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const result = await Promise.race([exit, timeout]);
    clearTimeout(timer);
    if (result === 'timeout') {
      child.kill('SIGKILL');
      await exit;
      throw new Error(`bot did not exit within ${timeoutMs} ms\nstderr: ${err}`);
    }
    return result;
  };
  return {
    child,
    logs,
    stdout: () => out,
    stderr: () => err,
    stop: async (signal = 'SIGTERM', timeoutMs = 15_000) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited(timeoutMs);
    },
    exited,
  };
}
