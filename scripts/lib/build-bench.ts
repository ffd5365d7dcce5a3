/**
 * The benchmark's child processes run JavaScript as the bot does (`node dist/…`), not through tsx:
 * a run-time transpiler would add its own start-up and memory to every figure, the peer's too.
 * This transpiles the child scripts (bench-child, naive-peer, question-set, bench-loader) with the
 * build's compiler options into node_modules/.cache/kyoyaku-bot/bench/, their imports of src/
 * pointing at dist/ (built first, as the tests do).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { ensureBuild, REPO_ROOT } from '../../test/support/ensure-build.ts';

const SOURCES = ['scripts/lib/bench-child.ts', 'scripts/lib/naive-peer.ts', 'scripts/lib/question-set.ts', 'scripts/bench-loader.ts'];
export const BENCH_DIR = join(REPO_ROOT, 'node_modules', '.cache', 'kyoyaku-bot', 'bench');

/** Builds dist/ if needed and the child scripts; returns the path of each built script by source path. */
export function buildBenchScripts(): Record<string, string> {
  ensureBuild();
  const dist = pathToFileURL(join(REPO_ROOT, 'dist')).href;
  const out: Record<string, string> = {};
  for (const source of SOURCES) {
    const { outputText } = ts.transpileModule(readFileSync(join(REPO_ROOT, source), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true, rewriteRelativeImportExtensions: true },
      fileName: source,
    });
    // An import of src/… from scripts/x or scripts/lib/x: the built module in dist/ instead.
    const depth = relative(dirname(source), 'src');
    const code = outputText.replaceAll(`'${depth}/`, `'${dist}/`).replaceAll(`"${depth}/`, `"${dist}/`);
    const target = join(BENCH_DIR, source.replace(/\.ts$/u, '.js'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, code);
    out[source] = target;
  }
  return out;
}
