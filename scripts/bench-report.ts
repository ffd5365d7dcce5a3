/**
 * `npx tsx scripts/bench-report.ts [LINES...]`: time and peak memory of `npm run report` on
 * generated logs of a year's use (default 10⁵ and 10⁶ lines), each in a fresh process. Lines are
 * shaped like the bot's own (question_answered, feedback, other events) with some text lines among
 * them; thousands of distinct abstained questions. Not part of `npm run bench`: writing 10⁶ lines
 * (about 300 MB) takes longer than the rest of the bench.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { createReadStream } from 'node:fs';
import { runReport } from '../src/report/run-report.ts';

const self = fileURLToPath(import.meta.url);

if (process.argv[2] === '--child') {
  const file = process.argv[3] ?? '';
  const started = performance.now();
  let bytes = 0;
  const code = await runReport(['--json', file], {
    stdin: new PassThrough(),
    stdout: (text) => (bytes += text.length),
    stderr: (text) => process.stderr.write(text),
    openFile: (path) => Promise.resolve(createReadStream(path, { highWaterMark: 1 << 20 })),
  });
  process.stdout.write(`${JSON.stringify({ code, ms: Math.round(performance.now() - started), cpuMs: Math.round((process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1000), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), outputBytes: bytes })}\n`);
} else {
  const sizes = process.argv.slice(2).map(Number);
  const dir = mkdtempSync(join(tmpdir(), 'kyoyaku-report-bench-'));
  try {
    for (const lines of sizes.length > 0 ? sizes : [100_000, 1_000_000]) {
      const file = join(dir, `bot-${lines}.log`);
      await writeLog(file, lines);
      const child = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', file], { encoding: 'utf8' });
      const result = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as { ms: number; cpuMs: number; maxRssMb: number };
      console.log(`${lines.toLocaleString('en')} lines (${Math.round(statSync(file).size / 1e6)} MB): ${(result.ms / 1000).toFixed(2)} s (CPU ${(result.cpuMs / 1000).toFixed(2)} s), peak RSS ${result.maxRssMb} MB`);
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes `count` lines over a year: mostly answers, 15 % abstentions over 5,000 distinct questions, related answers, 👎, noise. */
async function writeLog(file: string, count: number): Promise<void> {
  const out = createWriteStream(file);
  const start = Date.parse('2025-04-01T00:00:00Z');
  const surfaces = ['app_mention', 'direct_message', 'slash_command', 'show_more'];
  let seed = 1;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let i = 0; i < count; i += 1) {
    const time = new Date(start + Math.floor((i / count) * 365 * 86_400_000)).toISOString();
    const r = random();
    let line: string;
    if (r < 0.01) line = 'npm WARN config something not JSON';
    else if (r < 0.02) line = JSON.stringify({ time, level: 'info', event: 'socket_reconnected', down_ms: 120 });
    else if (r < 0.03) line = JSON.stringify({ time, level: 'info', event: 'feedback', rating: random() < 0.5 ? 'down' : 'up', question: `質問${Math.floor(random() * 2000)}は？`, refs: ['連携協約1:第4条'] });
    else {
      const kind = random();
      const base = { time, level: 'info', event: 'question_answered', surface: surfaces[i % surfaces.length], duration_ms: 120.5, engine_ms: Math.round(random() * 200) / 10, intent: 'search' };
      if (kind < 0.15) line = JSON.stringify({ ...base, abstained: true, refs: [], nearest: [{ agreement: '連携協約1', ref: '別表3(2)イ', title: '圏域内外の住民との交流・移住促進' }, { agreement: '連携協約2', ref: '別表3(2)イ', title: '圏域内外の住民との交流・移住促進' }, { agreement: '連携協約1', ref: '別表2ア', title: '高度な医療サービスの提供体制構築の支援' }], truncated: false, question: `見つからない質問その${Math.floor(random() * 5000)}について教えて？` });
      else if (kind < 0.2) line = JSON.stringify({ ...base, abstained: false, confidence: 'related', refs: ['連携協約1:別表3(2)ア', '連携協約2:別表3(2)ア'], truncated: false, question: `乗合タクシー${Math.floor(random() * 300)}の補助は？` });
      else line = JSON.stringify({ ...base, abstained: false, confidence: 'answer', refs: ['連携協約1:別表3(1)エ', '連携協約2:別表3(1)エ'], truncated: false, question: '災害対応は誰が担当？' });
    }
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
