/**
 * `npm run bench`: speed and memory of the bot as users run it, beside the naive peer (stock
 * kuromoji + MiniSearch defaults), each in fresh processes, alternating, median of several runs:
 *
 * - the process tree of `npm start` connected to the Slack stand-in (npm, sh, node): RSS and peak;
 * - `npm run ask -- QUESTION` cold start (spawn → first answer on stdout) against the peer's;
 * - the engine per question (p50, p99, mean) and its own cold start and peak RSS;
 * - the dictionary loader alone (stock, lean from .dat.gz, lean from the cache);
 * - the bot under load and under Slack's faults (scripts/bench-load.ts).
 *
 * Children run built JavaScript (dist/, and the bench scripts built by scripts/lib/build-bench.ts)
 * with the node flags of package.json's scripts; the peer with plain node.
 *
 *   npm run bench [-- runs]
 */
import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHILD_KINDS, type ChildFigures, type ChildKind } from './lib/bench-child.ts';
import { formatLoaderFigures, measureLoaders } from './bench-loader.ts';
import { buildBenchScripts } from './lib/build-bench.ts';
import { measureStartTree, formatTreeFigures } from './lib/bench-tree.ts';
import { REPO_ROOT } from '../test/support/ensure-build.ts';

const execFileAsync = promisify(execFile);
const runs = Number(process.argv[2] ?? 5);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be a positive integer, got ${String(process.argv[2])}`);

const built = buildBenchScripts();
const CHILD = built['scripts/lib/bench-child.ts'] ?? '';
const LOADER = built['scripts/bench-loader.ts'] ?? '';
const { scripts } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

/** The node flags of a package.json script `node <flags> dist/x.js`. */
function nodeFlagsOf(script: string | undefined): string[] {
  const words = (script ?? '').split(/\s+/u);
  return words[0] === 'node' ? words.slice(1).filter((w) => w.startsWith('--')) : [];
}
const ENGINE_FLAGS = nodeFlagsOf(scripts['start']);
const ASK_FLAGS = nodeFlagsOf(scripts['ask']);

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
  const { stdout } = await execFileAsync(process.execPath, [...flags, CHILD, kind], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as ChildFigures;
}

/** Milliseconds from spawning `node args…` to its first byte on standard output; waits for its exit. */
async function timeToFirstOutput(args: readonly string[]): Promise<number> {
  noteLoad();
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
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

// 1. npm start, connected: the whole process tree.
out('\n`npm start` connected to the Slack stand-in, after the warm-up and 100 answered mentions: the whole process tree\n');
out(formatTreeFigures(await measureStartTree({ runs, onRun: noteLoad })));

// 2. npm run ask cold start against the peer's.
const askEngine: number[] = [];
const askPeer: number[] = [];
for (let i = 0; i < runs; i += 1) {
  askEngine.push(await timeToFirstOutput([...ASK_FLAGS, 'dist/ask.js', ASK_QUESTION]));
  askPeer.push(await timeToFirstOutput([CHILD, 'ask-peer', ASK_QUESTION]));
}
const [ae, ap] = [median(askEngine), median(askPeer)];
out(`\n\`npm run ask -- "${ASK_QUESTION}"\` cold start, spawn → first answer on stdout (the node process; npm itself adds the same to both)\n`);
out(`${''.padEnd(34)}${'engine'.padStart(12)}${'naive peer'.padStart(12)}${'ratio'.padStart(10)}`);
out(`${'cold start (ms)'.padEnd(34)}${ae.toFixed(0).padStart(12)}${ap.toFixed(0).padStart(12)}${(ae / ap).toFixed(2).padStart(10)}`);

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
  ['per question mean (µs)', (f) => f.meanUs, 1],
  ['peak RSS (MB)', (f) => f.peakRssMb, 0],
];
out(`\nengine vs naive peer, in-process: ${figures.engine[0]?.questions ?? 0} questions timed per process`);
out(`(engine: as the bot runs it, warmed up after its first answer, node ${ENGINE_FLAGS.join(' ')}; unwarmed: without that step)\n`);
out(`${''.padEnd(34)}${'engine'.padStart(12)}${'unwarmed'.padStart(12)}${'naive peer'.padStart(12)}${'ratio'.padStart(10)}`);
for (const [label, pick, digits] of rows) {
  const [e, u, p] = CHILD_KINDS.map((kind) => median(figures[kind].map(pick)));
  const ratio = p === undefined || p === 0 || e === undefined ? '' : (e / p).toFixed(2);
  out(`${label.padEnd(34)}${(e ?? Number.NaN).toFixed(digits).padStart(12)}${(u ?? Number.NaN).toFixed(digits).padStart(12)}${(p ?? Number.NaN).toFixed(digits).padStart(12)}${ratio.padStart(10)}`);
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
