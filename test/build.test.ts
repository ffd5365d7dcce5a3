/**
 * The build users run (dist/, made by `npm ci` through `prepare`; vitest's global setup refreshes
 * it): plain node on JavaScript, relative imports rewritten to .js, stack traces mapped to src/.
 */
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/ensure-build.ts';
import { readNodeScript } from './support/node-script.ts';

const execFileAsync = promisify(execFile);
const DIST = join(REPO_ROOT, 'dist');

function listJs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listJs(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : [],
  );
}

describe('the build (dist/)', () => {
  it('runs the entry points with plain node, and builds on npm ci', () => {
    const { scripts } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts['prepare']).toBe('npm run build');
    // Plain node on the built file, after environment settings and exec at most (start: MALLOC_ARENA_MAX=1 exec node …).
    for (const name of ['start', 'ask', 'report', 'glossary']) {
      expect(scripts[name]).toMatch(/^(?:[A-Z_]+=\d+ )*(?:exec )?node /u);
      expect(readNodeScript(scripts[name] ?? '').args.join(' ')).toMatch(/^--enable-source-maps( --[a-z-]+(?:=\d+)?)* dist\/[a-z-]+\.js$/u);
    }
  });

  it('holds a .js file for every source file, every relative import ending in .js', () => {
    const files = listJs(DIST);
    expect(files.map((f) => relative(DIST, f))).toEqual(expect.arrayContaining(['main.js', 'ask.js', 'report.js', 'glossary.js', 'core/text/load-kuromoji.js']));
    const tsImports = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]*)['"]/gu)].map((m) => m[1] ?? '').filter((spec) => !spec.endsWith('.js')).map((spec) => `${relative(DIST, file)}: ${spec}`),
    );
    expect(tsImports).toEqual([]);
  });

  it('reports an error thrown in dist/ at its line in src/*.ts', async () => {
    const script = "const { loadCorpus } = await import('./dist/core/corpus/load-corpus.js'); await loadCorpus('/nonexistent-corpus-dir').catch((e) => console.log(e.stack));";
    const { stdout } = await execFileAsync(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', script], { cwd: REPO_ROOT });
    expect(stdout).toMatch(/src\/core\/corpus\/load-corpus\.ts:\d+:\d+/u);
    expect(stdout).not.toMatch(/dist\/core\/corpus\/load-corpus\.js/u);
  });
});

describe('the README', () => {
  it('has every section the console banner and the code point readers to', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const headings = [...readme.matchAll(/^#{1,4} (.+)$/gmu)].map((m) => m[1] ?? '');
    const banner = readFileSync(join(REPO_ROOT, 'src/main.ts'), 'utf8');
    const named = [...banner.matchAll(/README「([^」]+)」(?:の「([^」]+)」)?/gu)].flatMap((m) => [m[1], m[2]]).filter((s): s is string => s !== undefined);
    expect(named).toContain('Slack アプリの作成');
    for (const section of named) expect(headings.some((h) => h.startsWith(section)), section).toBe(true);
  });
});
