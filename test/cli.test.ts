/**
 * The CLI adapter driven in-process through runCli(argv, io), on the real engine.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../src/cli/run-cli.ts';
import type { QuestionAnswerer } from '../src/core/answer/types.ts';
import { createQuestionAnswerer } from '../src/core/create-question-answerer.ts';

let engine: QuestionAnswerer;
beforeAll(async () => {
  engine = await createQuestionAnswerer();
});

async function run(argv: string[], stdinText = '', createAnswerer?: CliIo['createAnswerer']): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    stdin: Readable.from([stdinText]),
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    interactive: false,
    createAnswerer: createAnswerer ?? (() => Promise.resolve(engine)),
  });
  return { code, out, err };
}

describe('runCli', () => {
  it('answers one question readably, with the direct sentence, the quote and the citation', async () => {
    const { code, out } = await run(['災害対応は誰が担当？']);
    expect(code).toBe(0);
    expect(out).toContain('山口市（甲）は「乙と連携・協力して、取組を推進する。」');
    expect(out).toContain('災害時等の相互支援、防災・減災施策の推進など、災害対策に取り組む。');
    expect(out).toContain('出典: 連携協約1（山口市・連携市町）別表（第３条関係）3(1)エ 災害対策');
  });

  it('gives the new kinds in JSON: a role table uncut, a comparison with its differences, and no memory between lines', async () => {
    const { out } = await run(['--json'], '乙の役割を一覧にして\n連携協約1と2の違いは？\n観光は誰が担当？\n宇部市の場合は？\n');
    const [table, comparison, , followUp] = out.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(table?.['kind']).toBe('role-table');
    expect(table?.['answers']).toHaveLength(19);
    expect(comparison?.['kind']).toBe('comparison');
    const third = (comparison?.['differences'] as { ref: string; drafts: { text: string; changed: { start: number; end: number }[] }[] }[]).find((d) => d.ref === '第3条');
    expect(third?.drafts[0]?.changed.map((span) => third.drafts[0]?.text.slice(span.start, span.end))).toContain('並びに');
    // --json is stateless: 宇部市の場合は？ is not read with the line before it.
    expect(JSON.stringify(followUp)).not.toContain('観光');
  });

  it('follows the topic in the console: a question without one reads the previous', async () => {
    const { out } = await run([], '観光は誰が担当？\n宇部市の場合は？\n');
    expect(out).toContain('観光について、宇部市の場合：');
  });

  it('prints exactly one JSON object per input line in --json mode', async () => {
    const lines = ['災害対応は誰が担当？', '', '第4条', '<!channel> 今日の天気は？', 'x'.repeat(40_000)];
    const { code, out } = await run(['--json'], lines.join('\n'));
    expect(code).toBe(0);
    const objects = out.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(objects).toHaveLength(lines.length);
    expect(objects.map((o) => Object.keys(o))).toEqual(lines.map(() => ['question', 'abstained', 'answers']));
    expect(objects[0]).toMatchObject({
      abstained: false,
      answers: [
        { agreement: '連携協約1', ref: '別表3(1)エ', title: '災害対策', roles: { '甲（山口市）': '乙と連携・協力して、取組を推進する。', '乙（○○市町）': '甲と連携・協力して実施する事業について、甲と取組を推進する。' } },
        { agreement: '連携協約2', ref: '別表3(1)エ', roles: { '両市（山口市及び宇部市）': '両市が相互に連携・協力して、取組を推進する。' } },
      ],
    });
    // An empty line and off-topic chatter abstain; a reference returns that article of every draft, without roles.
    expect(objects[1]).toMatchObject({ question: '', abstained: true, answers: [] });
    expect(objects[2]).toMatchObject({ abstained: false, answers: [{ agreement: '連携協約1', ref: '第4条', roles: {} }, { agreement: '連携協約2', ref: '第4条', roles: {} }] });
    expect(objects[3]).toMatchObject({ abstained: true, answers: [] });
    expect(objects[4]).toMatchObject({ abstained: true });
  });

  it('stops with one line naming the file and field when the corpus is malformed', async () => {
    const { code, err, out } = await run(['第1条'], '', () => createQuestionAnswerer({ corpusDir: '/nonexistent/corpus' }));
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe('kyoyaku-bot: /nonexistent/corpus/agreements: cannot read the corpus folder (ENOENT)\n');
  });

  it('tells an emoji-only question (no words) from an empty one, with examples', async () => {
    const emoji = await run(['🙏🙏🙏']);
    expect(emoji.out).toContain('質問を言葉として読み取れませんでした（絵文字や記号だけのようです）');
    expect(emoji.out).toContain('例: 「災害対応は誰が担当？」');
    expect(emoji.out).not.toContain('質問が空でした');
    const json = await run(['--json'], '\n👍\n');
    expect(json.out.trimEnd().split('\n').map((line) => (JSON.parse(line) as { abstained: boolean }).abstained)).toEqual([true, true]);
    expect(engine.ask('').summary).toBe('質問が空でした。協約について知りたいことを書いてください。');
    expect(engine.ask(' \t ').summary).toBe('質問が空でした。協約について知りたいことを書いてください。');
    expect(engine.ask('！？。、').summary).toContain('質問を言葉として読み取れませんでした');
  });

  it('prints usage for --help and rejects unknown options', async () => {
    expect((await run(['--help'])).out).toContain('npm run -s ask -- --json');
    const bad = await run(['--frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('使い方');
  });
});

describe('npm run -s ask -- --json as a Unix filter', () => {
  it('stops quietly with status 0 when the reader goes away (| head -1), without an EPIPE stack trace', async () => {
    // What `npm run -s ask -- --json` runs (dist/ is built by vitest's global setup).
    const child = spawn(process.execPath, ['--enable-source-maps', 'dist/ask.js', '--json'], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    // Far more output than a pipe buffers (about 550 bytes a line), so later writes must fail.
    child.stdin.end(`${Array.from({ length: 1000 }, () => '第4条').join('\n')}\n`);
    let first = '';
    child.stdout.setEncoding('utf8');
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: string) => {
        first += chunk;
        if (first.includes('\n')) {
          // What head does after its one line: it closes its end of the pipe.
          child.stdout.destroy();
          resolve();
        }
      });
    });
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(JSON.parse(first.split('\n')[0] ?? '')).toMatchObject({ question: '第4条', abstained: false });
    expect(err).toBe('');
    expect(code).toBe(0);
  });
});
