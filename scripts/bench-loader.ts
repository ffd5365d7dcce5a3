/**
 * Compares the stock kuromoji builder with the lean loader, from kuromoji's `.dat.gz` files
 * (`lean`) and from the dictionary cache `npm run build` writes (`cache`, what the bot loads): for
 * each, several fresh node processes load the tokenizer and report the time from process start to
 * a ready tokenizer and the peak resident memory (VmHWM) at that point. Prints the medians side by
 * side. `npm run bench` runs the children as built JavaScript (scripts/lib/build-bench.ts).
 *
 *   npx tsx scripts/bench-loader.ts [runs]
 *
 * Fresh processes, because both figures are about start-up: a warm process would share
 * module caches and heap between the runs.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

const SCRIPT = fileURLToPath(import.meta.url);
const REPO_ROOT = resolve(dirname(SCRIPT), '..');
const CHILD_FLAG = '--child';

/** Which loader a run measures. */
export type LoaderName = 'stock' | 'lean' | 'cache';
const LOADERS: readonly LoaderName[] = ['stock', 'lean', 'cache'];

/** What one child process reports. */
export interface LoaderRun {
  /** Milliseconds from process start (performance.timeOrigin) to the tokenizer being ready. */
  readonly readyMs: number;
  /** Milliseconds spent in the loader call alone (excludes node and tsx start-up, module loading). */
  readonly loadMs: number;
  /** Peak resident set size of the process up to ready, in MB (VmHWM). */
  readonly peakRssMb: number;
  /** Resident set size at ready, in MB (VmRSS). */
  readonly rssMb: number;
}

/** Median figures of several runs of one loader, plus the runs themselves. */
export interface LoaderFigures {
  readonly loader: LoaderName;
  readonly readyMs: number;
  readonly loadMs: number;
  readonly peakRssMb: number;
  readonly rssMb: number;
  readonly runs: readonly LoaderRun[];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}

function statusMb(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!match?.[1]) throw new Error(`${field} not found in /proc/self/status`);
  return Number(match[1]) / 1024;
}

/** Child side: load one tokenizer, then report on stdout as one JSON line. */
async function runChild(loader: LoaderName): Promise<void> {
  const { loadKuromojiTokenizer, loadStockKuromojiTokenizer } = await import('../src/core/text/load-kuromoji.ts');
  const started = performance.now();
  const tokenizer = loader === 'stock' ? await loadStockKuromojiTokenizer() : await loadKuromojiTokenizer(loader === 'lean' ? { cachePath: false } : {});
  const ready = performance.now();
  const status = readFileSync('/proc/self/status', 'utf8');
  const run: LoaderRun = {
    readyMs: ready,
    loadMs: ready - started,
    peakRssMb: statusMb(status, 'VmHWM'),
    rssMb: statusMb(status, 'VmRSS'),
  };
  // Prove the tokenizer works, after the figures are taken.
  if (tokenizer.tokenize('連携協約を締結する。').length === 0) throw new Error('tokenizer returned no tokens');
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

async function runOnce(loader: LoaderName, script: string): Promise<LoaderRun> {
  // Built JavaScript runs as is; the TypeScript source through `node --import tsx` (not `npx tsx`,
  // which adds its own start-up and a wrapper process).
  const args = script.endsWith('.js') ? [script] : ['--import', 'tsx', script];
  const { stdout } = await execFileAsync(process.execPath, [...args, CHILD_FLAG, loader], {
    cwd: REPO_ROOT,
    maxBuffer: 1024 * 1024,
  });
  const line = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as LoaderRun;
}

/**
 * Runs each loader `runs` times in fresh processes, one at a time and alternating so that
 * neither gets a systematically quieter machine, and returns the medians.
 */
export async function measureLoaders(options: { runs?: number; script?: string } = {}): Promise<LoaderFigures[]> {
  const runs = options.runs ?? 5;
  const loaders = LOADERS;
  const results = new Map<LoaderName, LoaderRun[]>(loaders.map((name) => [name, []]));
  for (let i = 0; i < runs; i += 1) {
    for (const loader of loaders) results.get(loader)?.push(await runOnce(loader, options.script ?? SCRIPT));
  }
  return loaders.map((loader) => {
    const list = results.get(loader) ?? [];
    return {
      loader,
      readyMs: median(list.map((r) => r.readyMs)),
      loadMs: median(list.map((r) => r.loadMs)),
      peakRssMb: median(list.map((r) => r.peakRssMb)),
      rssMb: median(list.map((r) => r.rssMb)),
      runs: list,
    };
  });
}

/** The figures as a small fixed-width table. */
export function formatLoaderFigures(figures: readonly LoaderFigures[]): string {
  const header = ['loader', 'ready ms', 'load ms', 'peak RSS MB', 'RSS MB', 'runs'];
  const rows = figures.map((f) => [
    f.loader,
    f.readyMs.toFixed(0),
    f.loadMs.toFixed(0),
    f.peakRssMb.toFixed(0),
    f.rssMb.toFixed(0),
    String(f.runs.length),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

async function main(argv: readonly string[]): Promise<void> {
  if (argv[0] === CHILD_FLAG) {
    const loader = argv[1];
    const known = LOADERS.find((name) => name === loader);
    if (known === undefined) throw new Error(`unknown loader: ${String(loader)}`);
    await runChild(known);
    return;
  }
  const runs = argv[0] === undefined ? 5 : Number(argv[0]);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be a positive integer, got ${String(argv[0])}`);
  const figures = await measureLoaders({ runs });
  console.log(`kuromoji IPADIC loader, median of ${runs} fresh processes each (ready = process start → tokenizer ready)`);
  console.log(formatLoaderFigures(figures));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
