/**
 * Load and fault figures of the real bot, as users run it (`node --enable-source-maps dist/main.js`,
 * what `npm start` runs, a child process, so its memory is its own), against the stand-in of Slack on 127.0.0.1
 * (test/support/fake-slack.ts) in this process.
 *
 *   npx tsx scripts/bench-load.ts [events] [window-ms]
 *
 * Load: `events` app_mention events (500) sent evenly over `window-ms` (10 s) on the WebSocket,
 * each in its own thread, without waiting for acks; then every reply is awaited (bounded). Reports
 * lost and duplicated replies, ack latency (envelope written → ack frame received) and event →
 * reply latency (envelope written → chat.postMessage request received), and the bot's start-up
 * time and peak RSS (VmHWM of the child, read from /proc).
 *
 * Faults, each against a fresh bot: a 429 with Retry-After: 1, two 500s, the server ending the
 * WebSocket in the middle of a stream of events, and Slack's `disconnect` envelope.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuild } from '../test/support/ensure-build.ts';
import { FakeSlack, FAKE_BOT_USER_ID, type ApiCall } from '../test/support/fake-slack.ts';
import { socketModeEnv, spawnBot, type SpawnedBot } from '../test/support/start-bot.ts';
import { loadQuestionSet } from './lib/question-set.ts';

/** How long the bot may take to start (engine build + auth.test + connection) before we give up. */
const START_TIMEOUT_MS = 60_000;
/** How long after the last event all replies must have arrived. */
const DRAIN_TIMEOUT_MS = 60_000;
/** Bounds one fault scenario's wait (a reconnection takes about a second). */
const FAULT_WAIT_MS = 20_000;

/** What the load run measured. */
export interface LoadFigures {
  readonly sent: number;
  /** Threads that got a reply. */
  readonly replies: number;
  readonly lost: number;
  /** Replies beyond the first in a thread. */
  readonly duplicated: number;
  /** Time from the first envelope to the last one written, ms. */
  readonly sendWindowMs: number;
  /** Time from the first envelope to the last reply, ms. */
  readonly wallMs: number;
  readonly ackP50Ms: number;
  readonly ackP99Ms: number;
  readonly ackMaxMs: number;
  readonly replyP50Ms: number;
  readonly replyP99Ms: number;
  readonly replyMaxMs: number;
  /** Questions the engine abstained on (from the bot's log lines). */
  readonly abstained: number;
  /** Spawn → Socket Mode connection open, ms. */
  readonly startupMs: number;
  /** Peak RSS of the bot process when connected and idle, MB. */
  readonly readyPeakRssMb: number;
  /** Peak RSS of the bot process after the load, MB. */
  readonly peakRssMb: number;
  /** RSS of the bot process after the load, MB. */
  readonly rssAfterMb: number;
  /** CPU time the bot process used during the load (user + system), s. */
  readonly cpuDuringLoadS: number;
}

/** What the fault runs measured. */
export interface FaultFigures {
  readonly rateLimit: {
    readonly retryAfterS: number;
    /** The 429 response → the retry's request, ms. */
    readonly waitedMs: number;
    readonly attempts: number;
    readonly delivered: number;
    /** Event sent → reply accepted, ms. */
    readonly eventToReplyMs: number;
  };
  readonly serverError: {
    readonly failures: number;
    readonly retries: number;
    readonly delivered: number;
    readonly eventToReplyMs: number;
  };
  readonly serverClose: {
    /** Connection dropped → new connection open, ms. */
    readonly reconnectMs: number;
    readonly connectionsOpenCalls: number;
    readonly sent: number;
    /** Events Slack would redeliver because their ack never arrived. */
    readonly redelivered: number;
    readonly lost: number;
    readonly duplicated: number;
  };
  readonly disconnectEnvelope: {
    /** `disconnect` sent → new connection open, ms. */
    readonly reconnectMs: number;
    readonly connectionsOpenCalls: number;
    readonly sent: number;
    readonly lost: number;
    readonly duplicated: number;
  };
}

/** A bot child process connected to its own stand-in. */
interface Rig {
  readonly fake: FakeSlack;
  readonly bot: SpawnedBot;
  readonly startupMs: number;
  close(): Promise<void>;
}

async function startRig(): Promise<Rig> {
  ensureBuild();
  const fake = await FakeSlack.start();
  const spawned = performance.now();
  const bot = spawnBot({ ...socketModeEnv(fake), LOG_LEVEL: 'info' });
  const close = async (): Promise<void> => {
    try {
      if (bot.child.exitCode === null && bot.child.signalCode === null) await bot.stop('SIGTERM', 15_000);
    } finally {
      await fake.close();
    }
  };
  try {
    await fake.waitForSocket(START_TIMEOUT_MS);
  } catch (error) {
    await close();
    throw new Error(`the bot did not connect: ${String(error)}\n${bot.stderr()}`, { cause: error });
  }
  return { fake, bot, startupMs: performance.now() - spawned, close };
}

function procStatusMb(pid: number | undefined, field: 'VmHWM' | 'VmRSS'): number {
  if (pid === undefined) return Number.NaN;
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] === undefined ? Number.NaN : Number(match[1]) / 1024;
  } catch {
    return Number.NaN;
  }
}

/** User + system CPU seconds of a process so far (from /proc/<pid>/stat, clock ticks of 1/100 s). */
function procCpuS(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolveSleep) => setTimeout(resolveSleep, Math.max(0, ms)));
}

let tsCounter = 0;
function makeTs(): string {
  tsCounter += 1;
  return `1760000000.${String(tsCounter).padStart(6, '0')}`;
}

function makeMention(ts: string, question: string): Record<string, unknown> {
  return { type: 'app_mention', user: 'U0USER0001', text: `<@${FAKE_BOT_USER_ID}> ${question}`, ts, channel: 'C0CHANNEL1' };
}

/** Accepted chat.postMessage calls per thread. */
function deliveredByThread(fake: FakeSlack): Map<string, ApiCall[]> {
  const byThread = new Map<string, ApiCall[]>();
  for (const call of fake.callsOf('chat.postMessage')) {
    if (call.response?.ok !== true) continue;
    const ts = call.args['thread_ts'];
    if (typeof ts !== 'string') continue;
    const list = byThread.get(ts) ?? [];
    list.push(call);
    byThread.set(ts, list);
  }
  return byThread;
}

function countLostAndDuplicated(fake: FakeSlack, threads: readonly string[]): { replies: number; lost: number; duplicated: number } {
  const byThread = deliveredByThread(fake);
  let replies = 0;
  let duplicated = 0;
  for (const ts of threads) {
    const n = byThread.get(ts)?.length ?? 0;
    if (n > 0) replies += 1;
    duplicated += Math.max(0, n - 1);
  }
  return { replies, lost: threads.length - replies, duplicated };
}

/** Polls until every thread has a reply or the timeout passes (counting over all calls is cheap). */
async function waitForReplies(fake: FakeSlack, threads: readonly string[], timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (countLostAndDuplicated(fake, threads).lost === 0) return;
    await sleep(50);
  }
}

/** Waits a little after the last reply, so that a duplicate sent late would still be counted. */
const SETTLE_MS = 1000;

/** The load run: `events` mentions evenly over `windowMs`, all replies awaited. */
export async function measureLoad(options: { readonly events?: number; readonly windowMs?: number } = {}): Promise<LoadFigures> {
  const events = options.events ?? 500;
  const windowMs = options.windowMs ?? 10_000;
  const questions = loadQuestionSet().map((c) => c.q);
  const rig = await startRig();
  const pid = rig.bot.child.pid;
  try {
    // Idle and connected: what a deployed bot holds before anyone asks.
    await sleep(500);
    const readyPeakRssMb = procStatusMb(pid, 'VmHWM');
    const cpuBefore = procCpuS(pid);

    const interval = windowMs / events;
    const threads: string[] = [];
    const envelopeOf = new Map<string, string>();
    const started = performance.now();
    for (let i = 0; i < events; i += 1) {
      // A fixed schedule, so a slow send does not stretch the window.
      await sleep(started + i * interval - performance.now());
      const ts = makeTs();
      threads.push(ts);
      envelopeOf.set(ts, rig.fake.postEvent(makeMention(ts, questions[i % questions.length] ?? '第1条')).envelopeId);
    }
    const sendWindowMs = performance.now() - started;
    await waitForReplies(rig.fake, threads, DRAIN_TIMEOUT_MS);
    await sleep(SETTLE_MS);
    const cpuDuringLoadS = procCpuS(pid) - cpuBefore;
    const peakRssMb = procStatusMb(pid, 'VmHWM');
    const rssAfterMb = procStatusMb(pid, 'VmRSS');

    const sentAt = new Map(rig.fake.envelopes.map((sent) => [sent.envelopeId, sent]));
    const acks: number[] = [];
    const replies: number[] = [];
    const byThread = deliveredByThread(rig.fake);
    let lastReply = started;
    for (const ts of threads) {
      const sent = sentAt.get(envelopeOf.get(ts) ?? '');
      if (sent === undefined) continue;
      if (sent.ackedAt !== undefined) acks.push(sent.ackedAt - sent.sentAt);
      const reply = byThread.get(ts)?.[0];
      if (reply !== undefined) {
        replies.push(reply.at - sent.sentAt);
        lastReply = Math.max(lastReply, reply.at);
      }
    }
    const counts = countLostAndDuplicated(rig.fake, threads);
    return {
      sent: threads.length,
      ...counts,
      sendWindowMs,
      wallMs: lastReply - started,
      ackP50Ms: percentile(acks, 50),
      ackP99Ms: percentile(acks, 99),
      ackMaxMs: Math.max(...acks),
      replyP50Ms: percentile(replies, 50),
      replyP99Ms: percentile(replies, 99),
      replyMaxMs: Math.max(...replies),
      abstained: rig.bot.logs.filter((line) => line['event'] === 'question_answered' && line['abstained'] === true).length,
      startupMs: rig.startupMs,
      readyPeakRssMb,
      peakRssMb,
      rssAfterMb,
      cpuDuringLoadS,
    };
  } finally {
    await rig.close();
  }
}

/** One mention, answered through the failure the fake has been told to inject. */
async function askThroughFailure(rig: Rig, question: string): Promise<{ attempts: ApiCall[]; delivered: number; eventToReplyMs: number }> {
  const ts = makeTs();
  const { envelopeId } = rig.fake.postEvent(makeMention(ts, question));
  const sentAt = rig.fake.envelopes.find((sent) => sent.envelopeId === envelopeId)?.sentAt ?? Number.NaN;
  await waitForReplies(rig.fake, [ts], FAULT_WAIT_MS);
  await sleep(SETTLE_MS);
  const attempts = rig.fake.callsOf('chat.postMessage').filter((call) => call.args['thread_ts'] === ts);
  const accepted = attempts.filter((call) => call.response?.ok === true);
  return { attempts, delivered: accepted.length, eventToReplyMs: (accepted[0]?.at ?? Number.NaN) - sentAt };
}

async function waitForReconnection(fake: FakeSlack): Promise<void> {
  await fake.waitUntil(() => fake.callsOf('apps.connections.open').length >= 2 && fake.openSockets === 1, 'the reconnection', FAULT_WAIT_MS);
}

/** The fault runs, each against a fresh bot child process. */
export async function measureFaults(): Promise<FaultFigures> {
  const rateLimit = await withRig(async (rig) => {
    rig.fake.failNextHttp('chat.postMessage', 429, { retryAfterSeconds: 1 });
    const { attempts, delivered, eventToReplyMs } = await askThroughFailure(rig, '災害対応は誰が担当？');
    const [limited, retried] = attempts;
    return {
      retryAfterS: 1,
      waitedMs: (retried?.at ?? Number.NaN) - (limited?.response?.at ?? Number.NaN),
      attempts: attempts.length,
      delivered,
      eventToReplyMs,
    };
  });

  const serverError = await withRig(async (rig) => {
    rig.fake.failNextHttp('chat.postMessage', 500, { times: 2 });
    const { attempts, delivered, eventToReplyMs } = await askThroughFailure(rig, '第4条');
    return { failures: attempts.filter((call) => call.response?.status === 500).length, retries: attempts.length - 1, delivered, eventToReplyMs };
  });

  const serverClose = await withRig(async (rig) => {
    const { fake } = rig;
    const questions = loadQuestionSet().map((c) => c.q);
    const threads = Array.from({ length: 20 }, () => makeTs());
    // Ten events, the connection ended right behind them, ten more once reconnected.
    threads.slice(0, 10).forEach((ts, i) => fake.postEvent(makeMention(ts, questions[i] ?? '第1条')));
    const dropped = performance.now();
    fake.dropConnections();
    await waitForReconnection(fake);
    const reconnectMs = performance.now() - dropped;
    const redelivered = fake.redeliverUnacked();
    threads.slice(10).forEach((ts, i) => fake.postEvent(makeMention(ts, questions[10 + i] ?? '第1条')));
    await waitForReplies(fake, threads, FAULT_WAIT_MS);
    await sleep(SETTLE_MS);
    const { lost, duplicated } = countLostAndDuplicated(fake, threads);
    return { reconnectMs, connectionsOpenCalls: fake.callsOf('apps.connections.open').length, sent: threads.length, redelivered, lost, duplicated };
  });

  const disconnectEnvelope = await withRig(async (rig) => {
    const { fake } = rig;
    const threads = Array.from({ length: 10 }, () => makeTs());
    await Promise.all(threads.slice(0, 5).map((ts) => fake.sendEvent(makeMention(ts, '第5条'))));
    const requested = performance.now();
    fake.requestReconnect();
    await fake.waitUntil(() => fake.openSockets === 0, 'the bot to close the old connection', FAULT_WAIT_MS);
    await waitForReconnection(fake);
    const reconnectMs = performance.now() - requested;
    await Promise.all(threads.slice(5).map((ts) => fake.sendEvent(makeMention(ts, '第6条'))));
    await waitForReplies(fake, threads, FAULT_WAIT_MS);
    await sleep(SETTLE_MS);
    const { lost, duplicated } = countLostAndDuplicated(fake, threads);
    return { reconnectMs, connectionsOpenCalls: fake.callsOf('apps.connections.open').length, sent: threads.length, lost, duplicated };
  });

  return { rateLimit, serverError, serverClose, disconnectEnvelope };
}

async function withRig<T>(run: (rig: Rig) => Promise<T>): Promise<T> {
  const rig = await startRig();
  try {
    return await run(rig);
  } finally {
    await rig.close();
  }
}

function table(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n');
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;
const mb = (value: number): string => `${value.toFixed(0)} MB`;

/** The load figures as a two-column table. */
export function formatLoadFigures(f: LoadFigures): string {
  return table([
    ['mention events sent', `${f.sent} in ${(f.sendWindowMs / 1000).toFixed(2)} s`],
    ['threaded replies', `${f.replies} (lost ${f.lost}, duplicated ${f.duplicated}; ${f.abstained} of them abstentions)`],
    ['ack latency p50 / p99 / max', `${ms(f.ackP50Ms)} / ${ms(f.ackP99Ms)} / ${ms(f.ackMaxMs)}  (target p99 < 50 ms: ${f.ackP99Ms < 50 ? 'met' : 'NOT met'})`],
    ['event → reply p50 / p99 / max', `${ms(f.replyP50Ms)} / ${ms(f.replyP99Ms)} / ${ms(f.replyMaxMs)}`],
    ['first event → last reply', ms(f.wallMs)],
    ['bot CPU during the load', `${f.cpuDuringLoadS.toFixed(2)} s`],
    ['bot start-up (spawn → connected)', ms(f.startupMs)],
    ['bot peak RSS: ready / after load', `${mb(f.readyPeakRssMb)} / ${mb(f.peakRssMb)} (RSS after load ${mb(f.rssAfterMb)})`],
  ]);
}

/** The fault figures as a two-column table. */
export function formatFaultFigures(f: FaultFigures): string {
  const { rateLimit: r, serverError: e, serverClose: c, disconnectEnvelope: d } = f;
  return table([
    [`429 Retry-After: ${r.retryAfterS}`, `retried after ${ms(r.waitedMs)}; ${r.attempts} attempts, delivered ${r.delivered}×; event → reply ${ms(r.eventToReplyMs)}`],
    ['500 twice', `${e.failures} failures, ${e.retries} retries, delivered ${e.delivered}×; event → reply ${ms(e.eventToReplyMs)}`],
    ['server closes the WebSocket', `reconnected in ${ms(c.reconnectMs)} (apps.connections.open ×${c.connectionsOpenCalls}); ${c.sent} events, ${c.redelivered} redelivered, lost ${c.lost}, duplicated ${c.duplicated}`],
    ['`disconnect` envelope', `reconnected in ${ms(d.reconnectMs)} (apps.connections.open ×${d.connectionsOpenCalls}); ${d.sent} events, lost ${d.lost}, duplicated ${d.duplicated}`],
  ]);
}

async function main(argv: readonly string[]): Promise<void> {
  const events = argv[0] === undefined ? 500 : Number(argv[0]);
  const windowMs = argv[1] === undefined ? 10_000 : Number(argv[1]);
  if (!Number.isInteger(events) || events < 1 || !(windowMs > 0)) throw new Error('usage: bench-load.ts [events] [window-ms]');
  console.log(`load: ${events} app_mention events over ${windowMs / 1000} s to the bot (dist/main.js, child process) over the Slack stand-in\n`);
  console.log(formatLoadFigures(await measureLoad({ events, windowMs })));
  console.log('\nfaults (a fresh bot each):\n');
  console.log(formatFaultFigures(await measureFaults()));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
