/**
 * The tests that start the bot as users do run the build (dist/), so it must match src/: vitest's
 * global setup (and the benchmarks) rebuild when any file under src/ is newer than the last build,
 * and rewrite the dictionary cache in node_modules/.cache only when it is missing or older than
 * the code that writes it.
 * A fresh clone was built by `npm ci` (prepare) and is not rebuilt.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUILD_INFO = join(REPO_ROOT, 'dist', '.tsbuildinfo');

/** The newest modification time of a file, or of a folder and everything under it. */
function newestMtimeMs(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestMtimeMs(join(path, name))));
}

function builtAtMs(): number {
  try {
    return statSync(BUILD_INFO).mtimeMs;
  } catch {
    return Number.NEGATIVE_INFINITY;
  }
}

/**
 * The code the dictionary cache's bytes depend on (besides kuromoji's dictionary, which only `npm ci`
 * changes, and that rebuilds it): a change elsewhere in src/ leaves the cache as it is.
 */
const CACHE_WRITERS = ['src/core/text/dictionary-cache.ts', 'src/core/text/dictionary-bytes.ts', 'src/core/text/load-kuromoji.ts', 'src/build-dictionary-cache.ts'];

/** Runs what `npm run build` runs if src/ changed since the last build; the dictionary cache only when missing or its writer changed. */
export function ensureBuild(): void {
  const sources = [join(REPO_ROOT, 'src'), join(REPO_ROOT, 'tsconfig.build.json'), join(REPO_ROOT, 'tsconfig.json')];
  const require = createRequire(import.meta.url);
  const cache = join(dirname(require.resolve('kuromoji/package.json')), '..', '.cache', 'kyoyaku-bot', 'ipadic.bin');
  const stale = Math.max(...sources.map(newestMtimeMs)) > builtAtMs();
  const cacheStale = !existsSync(cache) || Math.max(...CACHE_WRITERS.map((f) => newestMtimeMs(join(REPO_ROOT, f)))) > statSync(cache).mtimeMs;
  if (!stale && !cacheStale) return;
  if (stale || !existsSync(join(REPO_ROOT, 'dist', 'build-dictionary-cache.js'))) {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: REPO_ROOT, stdio: 'inherit' });
    // tsc leaves its build info alone when no file's content changed (a checkout only touched them).
    const now = new Date();
    utimesSync(BUILD_INFO, now, now);
  }
  if (cacheStale) execFileSync(process.execPath, ['dist/build-dictionary-cache.js'], { cwd: REPO_ROOT, stdio: 'inherit' });
}

/** Vitest global setup. */
export function setup(): void {
  ensureBuild();
}
