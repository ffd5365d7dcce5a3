/**
 * `npm run bench`: speed and memory of the bot as users run it, beside the naive peer (stock
 * kuromoji + MiniSearch defaults), each in fresh processes, alternating, median of several runs:
 *
 * - the process tree of `npm start` connected to the Slack stand-in (npm, sh, node): RSS and peak;
 * - `npm run ask -- QUESTION` cold start (spawn → first answer on stdout) against the peer's;
 * - the engine per question (p50, p99, mean) and its own cold start and peak RSS; then again with an
 *   engine and a peer process alive together, answering batches of questions in turn, so that both
 *   meet the same load of a shared machine;
 * - the dictionary loader alone (stock, lean from .dat.gz, lean from the cache);
 * - the bot under load and under Slack's faults (scripts/bench-load.ts).
 *
 * Children run built JavaScript (dist/, and the bench scripts built by scripts/lib/build-bench.ts)
 * with the node flags of package.json's scripts; the peer with plain node.
 *
 *   npm run bench [-- runs [questions]]
 *
 * `questions` runs the per-question part alone (sections 3 and 3b).
 */
import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHILD_KINDS, type ChildFigures, type ChildKind } from './lib/bench-child.ts';
import { formatLoaderFigures, measureLoaders } from './bench-loader.ts';
import { buildBenchScripts } from './lib/build-bench.ts';
import { measureStartTree, formatTreeFigures } from './lib/bench-tree.ts';
import { REPO_ROOT } from '../test/support/ensure-build.ts';
import { readNodeScript } from '../test/support/node-script.ts';

const execFileAsync = promisify(execFile);
const runs = Number(process.argv[2] ?? 5);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be a positive integer, got ${String(process.argv[2])}`);
const questionsOnly = process.argv[3] === 'questions';

const built = buildBenchScripts();
const CHILD = built['scripts/lib/bench-child.ts'] ?? '';
const LOADER = built['scripts/bench-loader.ts'] ?? '';
const { scripts } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

/** The node flags and environment settings of a package.json script `[NAME=value…] [exec] node <flags> dist/x.js`. */
function nodeScriptOf(script: string | undefined): { flags: string[]; env: NodeJS.ProcessEnv } {
  const { env, args } = readNodeScript(script ?? '');
  return { flags: args.filter((w) => w.startsWith('--')), env: { ...process.env, ...env } };
}
const { flags: ENGINE_FLAGS, env: ENGINE_ENV } = nodeScriptOf(scripts['start']);
const { flags: ASK_FLAGS, env: ASK_ENV } = nodeScriptOf(scripts['ask']);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const loads: number[] = [];
const noteLoad = (): void => {
  loads.push(loadavg()[0] ?? Number.NaN);
};

async function runChild(kind: ChildKind): Promise<ChildFigures> {
  noteLoad();
  const flags = kind === 'peer' ? [] : ENGINE_FLAGS;
  const { stdout } = await execFileAsync(process.execPath, [...flags, CHILD, kind], { maxBuffer: 1 << 20, env: kind === 'peer' ? process.env : ENGINE_ENV });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as ChildFigures;
}

/** Milliseconds from spawning `node args…` to its first byte on standard output; waits for its exit. */
async function timeToFirstOutput(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  noteLoad();
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  let first = Number.NaN;
  child.stdout.on('data', () => {
    if (Number.isNaN(first)) first = performance.now() - started;
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`${args.join(' ')} exited with ${String(code)}`);
  return first;
}

const ASK_QUESTION = '災害対応は誰が担当？';
const out = (text = ''): void => {
  process.stdout.write(`${text}\n`);
};

out(`npm run bench: median of ${runs} fresh processes each (load average at start ${loadavg().map((l) => l.toFixed(1)).join(' ')}; 2 cores shared)`);

if (!questionsOnly) {
  // 1. npm start, connected: the whole process tree.
  out('\n`npm start` connected to the Slack stand-in, after the warm-up and 100 answered mentions: the whole process tree\n');
  out(formatTreeFigures(await measureStartTree({ runs, onRun: noteLoad })));

  // 2. npm run ask cold start against the peer's.
  const askEngine: number[] = [];
  const askPeer: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    askEngine.push(await timeToFirstOutput([...ASK_FLAGS, 'dist/ask.js', ASK_QUESTION], ASK_ENV));
    askPeer.push(await timeToFirstOutput([CHILD, 'ask-peer', ASK_QUESTION]));
  }
  const [ae, ap] = [median(askEngine), median(askPeer)];
  out(`\n\`npm run ask -- "${ASK_QUESTION}"\` cold start, spawn → first answer on stdout (the node process; npm itself adds the same to both)\n`);
  out(`${''.padEnd(34)}${'engine'.padStart(12)}${'naive peer'.padStart(12)}${'ratio'.padStart(10)}`);
  out(`${'cold start (ms)'.padEnd(34)}${ae.toFixed(0).padStart(12)}${ap.toFixed(0).padStart(12)}${(ae / ap).toFixed(2).padStart(10)}`);
}

// 3. Per question.
const figures: Record<ChildKind, ChildFigures[]> = { engine: [], 'engine-unwarmed': [], peer: [] };
for (let i = 0; i < runs; i += 1) {
  for (const kind of CHILD_KINDS) figures[kind].push(await runChild(kind));
}
const rows: [string, (f: ChildFigures) => number, number][] = [
  ['cold start → first answer (ms)', (f) => f.coldStartMs, 0],
  ['background warm-up (ms)', (f) => f.warmUpMs, 0],
  ['per question p50 (µs)', (f) => f.p50Us, 1],
  ['per question p99 (µs)', (f) => f.p99Us, 1],
  ['p99, held-out questions only (µs)', (f) => f.heldOutP99Us, 1],
  ['per question mean (µs)', (f) => f.meanUs, 1],
  ['peak RSS (MB)', (f) => f.peakRssMb, 0],
];
out(`\nengine vs naive peer, in-process: ${figures.engine[0]?.questions ?? 0} questions timed per process (held-out ones: never asked by the warm-up)`);
out(`(engine: as the bot runs it, warmed up after its first answer and collecting its young generation between questions, untimed, ${scripts['start']?.replace(/ dist\/\S+$/u, '') ?? ''}; unwarmed: without either)\n`);
out(`${''.padEnd(34)}${'engine'.padStart(12)}${'unwarmed'.padStart(12)}${'naive peer'.padStart(12)}${'ratio'.padStart(10)}`);
for (const [label, pick, digits] of rows) {
  const [e, u, p] = CHILD_KINDS.map((kind) => median(figures[kind].map(pick)));
  const ratio = p === undefined || p === 0 || e === undefined ? '' : (e / p).toFixed(2);
  out(`${label.padEnd(34)}${(e ?? Number.NaN).toFixed(digits).padStart(12)}${(u ?? Number.NaN).toFixed(digits).padStart(12)}${(p ?? Number.NaN).toFixed(digits).padStart(12)}${ratio.padStart(10)}`);
}
const runRatios = (pick: (f: ChildFigures) => number): string => figures.engine.map((f, i) => (pick(f) / pick(figures.peer[i] ?? f)).toFixed(2)).join(' ');
out(`engine / peer in each run: p50 ${runRatios((f) => f.p50Us)}; p99 ${runRatios((f) => f.p99Us)}`);

// 3b. Per question, interleaved: an engine and a peer process alive together, answering the same
// batches of questions in turn (which goes first alternates), so that a busy moment of the machine
// falls on both alike rather than on whichever process happened to run then.
const INTERLEAVE_BATCH = 50;

async function runInterleaved(): Promise<Record<'engine' | 'peer', { p50Us: number; p99Us: number; meanUs: number }>> {
  const start = (kind: 'engine' | 'peer') => {
    const child = spawn(process.execPath, [...(kind === 'peer' ? [] : ENGINE_FLAGS), CHILD, 'serve', kind], { cwd: REPO_ROOT, env: kind === 'peer' ? process.env : ENGINE_ENV, stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const next = async (): Promise<string> => {
      const { value, done } = await lines.next();
      if (done === true) throw new Error(`the ${kind} process ended early`);
      return String(value);
    };
    return { child, next };
  };
  const servers = { engine: start('engine'), peer: start('peer') };
  const [ready] = await Promise.all([servers.engine.next(), servers.peer.next()]);
  const { questions } = JSON.parse(ready) as { questions: number };
  const times: Record<'engine' | 'peer', number[]> = { engine: [], peer: [] };
  for (let from = 0, batch = 0; from < questions; from += INTERLEAVE_BATCH, batch += 1) {
    noteLoad();
    for (const kind of batch % 2 === 0 ? (['engine', 'peer'] as const) : (['peer', 'engine'] as const)) {
      servers[kind].child.stdin.write(`${from} ${Math.min(questions, from + INTERLEAVE_BATCH)}\n`);
      times[kind].push(...(JSON.parse(await servers[kind].next()) as number[]));
    }
  }
  for (const { child } of Object.values(servers)) child.stdin.end('\n');
  await Promise.all(Object.values(servers).map(({ child }) => new Promise((resolve) => child.on('close', resolve))));
  const figures = (list: number[]) => {
    const sorted = [...list].sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
    return { p50Us: at(50), p99Us: at(99), meanUs: list.reduce((a, b) => a + b, 0) / list.length };
  };
  return { engine: figures(times.engine), peer: figures(times.peer) };
}

const interleaved: Awaited<ReturnType<typeof runInterleaved>>[] = [];
for (let i = 0; i < runs; i += 1) interleaved.push(await runInterleaved());
out(`\nthe same, interleaved: one engine and one peer process alive together, ${INTERLEAVE_BATCH} questions at a time each in turn (${runs} pairs of processes)\n`);
out(`${''.padEnd(34)}${'engine'.padStart(12)}${'naive peer'.padStart(12)}${'ratio'.padStart(10)}   ratio in each pair`);
for (const [label, key] of [['per question p50 (µs)', 'p50Us'], ['per question p99 (µs)', 'p99Us'], ['per question mean (µs)', 'meanUs']] as const) {
  const e = median(interleaved.map((r) => r.engine[key]));
  const p = median(interleaved.map((r) => r.peer[key]));
  const pairs = interleaved.map((r) => (r.engine[key] / r.peer[key]).toFixed(2)).join(' ');
  out(`${label.padEnd(34)}${e.toFixed(1).padStart(12)}${p.toFixed(1).padStart(12)}${(e / p).toFixed(2).padStart(10)}   ${pairs}`);
}

if (questionsOnly) {
  out(`\nload average during these runs: median ${median(loads).toFixed(1)}, ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`);
  process.exit(0);
}

// 4. The dictionary loader alone.
out('\ndictionary loader alone (ready = process start → tokenizer ready; load = the loader call):\n');
out(formatLoaderFigures(await measureLoaders({ runs, script: LOADER })));
out(`\nload average during these runs: median ${median(loads).toFixed(1)}, ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`);

// 5. The bot as a whole, under load and under Slack's faults (scripts/bench-load.ts).
const { formatFaultFigures, formatLoadFigures, measureFaults, measureLoad } = await import('./bench-load.ts');
out('\nthe bot (dist/main.js, child process) under load over the Slack stand-in: 500 app_mention events within 10 s\n');
out(formatLoadFigures(await measureLoad()));
out('\nthe bot under Slack faults (a fresh bot each):\n');
out(formatFaultFigures(await measureFaults()));
