/**
 * Reads a package.json script of the form `[NAME=value…] [exec] node --flags… file [args…]`, so
 * that tests and benchmarks start node exactly as `npm start` / `npm run ask` do: with the same
 * environment settings (MALLOC_ARENA_MAX) and the same flags, without a shell in between.
 */

export interface NodeScript {
  /** Variables the script sets before node (`MALLOC_ARENA_MAX=1`). */
  readonly env: Readonly<Record<string, string>>;
  /** Everything after `node`: flags, the script's file, its arguments. */
  readonly args: readonly string[];
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(\S*)$/u;

/**
 * @throws Error when the script does not run node in that form
 * @example readNodeScript('MALLOC_ARENA_MAX=1 exec node --x dist/main.js') // → { env: { MALLOC_ARENA_MAX: '1' }, args: ['--x', 'dist/main.js'] }
 */
export function readNodeScript(script: string): NodeScript {
  const words = script.trim().split(/\s+/u);
  const env: Record<string, string> = {};
  let at = 0;
  for (let match = ASSIGNMENT.exec(words[at] ?? ''); match; match = ASSIGNMENT.exec(words[at] ?? '')) {
    env[match[1] ?? ''] = match[2] ?? '';
    at += 1;
  }
  if (words[at] === 'exec') at += 1;
  if (words[at] !== 'node') throw new Error(`not a node script: ${script}`);
  return { env, args: words.slice(at + 1) };
}
