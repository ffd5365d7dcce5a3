import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readNodeScript } from './support/node-script.ts';

const scripts = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('readNodeScript', () => {
  it('reads the environment settings, exec and the node arguments of a script', () => {
    expect(readNodeScript('MALLOC_ARENA_MAX=1 exec node --max-old-space-size=128 dist/main.js')).toEqual({ env: { MALLOC_ARENA_MAX: '1' }, args: ['--max-old-space-size=128', 'dist/main.js'] });
    expect(readNodeScript('A=1 B= node dist/ask.js')).toEqual({ env: { A: '1', B: '' }, args: ['dist/ask.js'] });
    expect(readNodeScript('node --enable-source-maps dist/ask.js')).toEqual({ env: {}, args: ['--enable-source-maps', 'dist/ask.js'] });
  });

  it('refuses a script that does not run node', () => {
    expect(() => readNodeScript('tsx scripts/eval.ts')).toThrow(/not a node script/u);
    expect(() => readNodeScript('exec A=1 node x.js')).toThrow(/not a node script/u);
  });
});

describe('npm start', () => {
  // Both cut the whole tree's peak RSS (npm run bench, docs/architecture.md): one malloc arena keeps
  // the memory of V8's background compilations from staying with a thread of its own (about 10 MB),
  // and exec leaves no shell between npm and the bot (2 MB; npm's SIGTERM then reaches the bot).
  it('runs node with one malloc arena, in place of the shell', () => {
    const script = scripts['start'] ?? '';
    expect(readNodeScript(script).env['MALLOC_ARENA_MAX']).toBe('1');
    expect(script).toMatch(/\bexec node /u);
    expect(readNodeScript(script).args.at(-1)).toBe('dist/main.js');
  });
});
