/**
 * `npm run bench`: speed and memory of the engine beside the naive peer (stock kuromoji +
 * MiniSearch defaults), each in fresh processes, alternating, median of several runs; then the
 * dictionary loader alone (lean vs stock).
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CHILD_KINDS, type ChildFigures, type ChildKind } from './lib/bench-child.ts';
import { formatLoaderFigures, measureLoaders } from './bench-loader.ts';

const execFileAsync = promisify(execFile);
const CHILD = fileURLToPath(new URL('lib/bench-child.ts', import.meta.url));
const runs = Number(process.argv[2] ?? 5);

async function runChild(kind: ChildKind): Promise<ChildFigures> {
  const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', CHILD, kind], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as ChildFigures;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

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
console.log(`engine vs naive peer: median of ${runs} fresh processes each, ${figures.engine[0]?.questions ?? 0} questions timed per process`);
console.log('(engine: as the bot runs it, warmed up after its first answer; unwarmed: without that step)\n');
console.log(`${''.padEnd(34)}${'engine'.padStart(12)}${'unwarmed'.padStart(12)}${'naive peer'.padStart(12)}${'ratio'.padStart(10)}`);
for (const [label, pick, digits] of rows) {
  const [e, u, p] = CHILD_KINDS.map((kind) => median(figures[kind].map(pick)));
  const ratio = p === undefined || p === 0 || e === undefined ? '' : (e / p).toFixed(2);
  console.log(`${label.padEnd(34)}${(e ?? Number.NaN).toFixed(digits).padStart(12)}${(u ?? Number.NaN).toFixed(digits).padStart(12)}${(p ?? Number.NaN).toFixed(digits).padStart(12)}${ratio.padStart(10)}`);
}
console.log('\ndictionary loader alone (process start → tokenizer ready):\n');
console.log(formatLoaderFigures(await measureLoaders({ runs })));

// The bot as a whole, under load and under Slack's faults (scripts/bench-load.ts).
const { formatFaultFigures, formatLoadFigures, measureFaults, measureLoad } = await import('./bench-load.ts');
console.log('\nthe bot (dist/main.js, child process) under load over the Slack stand-in: 500 app_mention events within 10 s\n');
console.log(formatLoadFigures(await measureLoad()));
console.log('\nthe bot under Slack faults (a fresh bot each):\n');
console.log(formatFaultFigures(await measureFaults()));
