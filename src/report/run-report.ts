/**
 * `npm run report -- LOG...`: reads the bot's JSON log lines from files (or standard input) one
 * line at a time and prints what a curator needs (see aggregate-log.ts). argv and I/O are injected,
 * as in src/cli/run-cli.ts, so tests drive it without spawning a process.
 */
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { LogAggregator, type LogReport } from './aggregate-log.ts';
import { formatReport } from './format-report.ts';

export interface ReportIo {
  readonly stdin: Readable;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /**
   * Opens a log file for reading (a `.gz` file decompressed). Rejects when it cannot be opened, so
   * a mistyped name is reported before anything is read.
   */
  readonly openFile: (path: string) => Promise<Readable>;
}

export const REPORT_USAGE = `使い方:
  npm run -s report -- bot.log [bot.log.1.gz ...]   ログを読んで表で示す（ファイル名なし、または - で標準入力）
  npm run -s report -- --json bot.log              JSON で出力する（一覧はすべて）
オプション:
  --json      JSON で出力する
  --top N     表の各一覧に出す件数（既定 20）
  -h, --help  この説明を表示する`;

/**
 * Runs the report and resolves to the exit code (0, 1 when a file cannot be read, 2 for bad arguments).
 * @example await runReport(['--json', 'bot.log'], { stdin, stdout, stderr, openFile })
 */
export async function runReport(argv: readonly string[], io: ReportIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { json: { type: 'boolean' }, top: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${REPORT_USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout(`${REPORT_USAGE}\n`);
    return 0;
  }
  const top = parsed.values.top === undefined ? 20 : Number(parsed.values.top);
  if (!Number.isInteger(top) || top < 1) {
    io.stderr(`--top は 1 以上の整数です\n${REPORT_USAGE}\n`);
    return 2;
  }
  const report = await aggregate(parsed.positionals.length === 0 ? ['-'] : parsed.positionals, io);
  if (typeof report === 'string') {
    io.stderr(`kyoyaku-bot report: ${report}\n`);
    return 1;
  }
  io.stdout(parsed.values.json ? `${JSON.stringify(report)}\n` : formatReport(report, top));
  return 0;
}

/** Reads every source in turn, line by line; a string when one cannot be read. */
async function aggregate(sources: readonly string[], io: ReportIo): Promise<LogReport | string> {
  const aggregator = new LogAggregator();
  for (const source of sources) {
    let input: Readable;
    try {
      input = source === '-' ? io.stdin : await io.openFile(source);
    } catch (error) {
      return `${source}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    }
    // A read error mid-file (a truncated .gz) is said in one line, not thrown.
    try {
      for await (const lines of readLineBatches(input)) for (const line of lines) aggregator.add(line);
    } catch (error) {
      return `${source}: read failed (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    }
  }
  return aggregator.finish();
}

/**
 * The stream's lines, a chunk's worth at a time: readline awaits once per line, which for a
 * year's log costs more than reading it. Only the unfinished last line of a chunk is carried over.
 */
/** The bot's lines are a few hundred characters (questions are cut to 200). */
const MAX_LINE = 1 << 20;

async function* readLineBatches(input: Readable): AsyncGenerator<string[]> {
  const decoder = new StringDecoder('utf8');
  let carry = '';
  for await (const chunk of input) {
    const text = carry + (typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer));
    const lines = text.split('\n');
    carry = lines.pop() ?? '';
    // A line longer than any the bot writes is not its JSON: it is dropped, not held in memory.
    if (carry.length > MAX_LINE) {
      lines.push('');
      carry = '';
    }
    yield lines;
  }
  const rest = carry + decoder.end();
  if (rest !== '') yield [rest];
}
