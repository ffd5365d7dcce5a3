/**
 * The command-line adapter: `npm run ask -- "質問"`, `--json` over stdin, and the local console
 * that `npm start` opens when no Slack tokens are set. argv and I/O are injected (as in citty's
 * runCli), so tests drive it without spawning a process.
 */
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { AskResult, QuestionAnswerer } from '../core/answer/types.ts';
import { isCodedError } from '../core/errors.ts';
import { formatAnswerText, toJsonLine } from './format-answer.ts';

export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** True when stdin is a terminal: then questions are read interactively with a prompt. */
  readonly interactive: boolean;
  /** Builds the engine; called once, after the arguments are known to be valid. */
  readonly createAnswerer: () => Promise<QuestionAnswerer>;
}

export const CLI_USAGE = `使い方:
  npm run ask -- "災害対応は誰が担当？"     質問に答える（引用と出典つき）
  npm run -s ask -- --json < questions.txt  1行1問を読み、1行1個の JSON を出力する
  npm run ask                               対話モード（Ctrl+D で終了）
オプション:
  --json      JSON で出力する
  -h, --help  この説明を表示する`;

/**
 * Runs the CLI and resolves to the exit code.
 * @example await runCli(['--json'], { stdin, stdout, stderr, interactive: false, createAnswerer })
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${CLI_USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout(`${CLI_USAGE}\n`);
    return 0;
  }
  let answerer: QuestionAnswerer;
  try {
    answerer = await io.createAnswerer();
  } catch (error) {
    if (isCodedError(error)) {
      io.stderr(`kyoyaku-bot: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const json = parsed.values.json === true;
  // The console follows a conversation (宇部市の場合は？ reads the last topic); --json stays stateless.
  let topic: AskResult['topic'];
  const answerOne = (question: string): string => {
    if (json) return `${JSON.stringify(toJsonLine(question, answerer.ask(question)))}\n`;
    const result = answerer.ask(question, topic ? { context: topic } : {});
    if (!result.abstained) topic = result.topic;
    return `${formatAnswerText(result)}\n`;
  };

  if (parsed.positionals.length > 0) {
    io.stdout(answerOne(parsed.positionals.join(' ')));
    return 0;
  }
  if (io.interactive && !json) io.stdout(`協約について質問してください（例: ${answerer.examples[0] ?? ''}）。Ctrl+D で終了します。\n`);
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity, terminal: false });
  if (io.interactive && !json) io.stdout('質問> ');
  for await (const line of lines) {
    if (json) io.stdout(answerOne(line));
    else if (line.trim() !== '') io.stdout(`${answerOne(line)}\n`);
    if (io.interactive && !json) io.stdout('質問> ');
  }
  return 0;
}
