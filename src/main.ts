/**
 * Entry point of `npm start`: the Slack bot when Slack tokens are set (environment or .env), a
 * local console on the same engine when they are not. The only module, with src/ask.ts, that
 * reads process.env.
 */
import { exitQuietlyOnBrokenPipe } from './cli/broken-pipe.ts';
import { runCli } from './cli/run-cli.ts';
import { createReloadableQuestionAnswerer } from './core/create-question-answerer.ts';
import { isCodedError } from './core/errors.ts';
import { loadEnvFile } from './env-file.ts';
import { collectBetweenQuestions } from './idle-collection.ts';
import { reloadAndLog } from './slack/reload-and-log.ts';
import { createSlackLog, readSlackConfig, startSlackApp } from './slack/start-slack-app.ts';
import { cutForLog } from './slack/structured-log.ts';

const NO_TERMINAL =
  'Slack のトークン（SLACK_BOT_TOKEN など）が設定されておらず、標準入力が端末でもないため、起動しません。Slack につなぐにはトークンを環境変数か .env に設定してください（質問を1行ずつ流して答えを得るには npm run -s ask -- --json）。';

const CONSOLE_NOTICE =
  'Slack のトークン（SLACK_BOT_TOKEN など）が設定されていないため、ローカルのコンソールで起動します。\n' +
  'Slack につなぐには .env.example を .env にコピーしてトークンを設定し、もう一度 npm start してください（README「導入（情報システム担当の方へ）」の「Slack アプリの作成」）。\n';

/** Prints a person's mistake as one line and exits; anything else is a bug and keeps its stack. */
function exitOnCodedError(error: unknown): never {
  if (isCodedError(error)) {
    process.stderr.write(`kyoyaku-bot: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

async function main(): Promise<void> {
  loadEnvFile('.env', process.env);
  const slackConfig = readSlackConfig(process.env);
  // Without tokens the bot is a console for a person at a terminal. Under a supervisor (no
  // terminal) that is a misconfiguration, and exiting 0 would look like a clean stop.
  if (slackConfig === undefined && process.stdin.isTTY !== true) {
    process.stderr.write(`kyoyaku-bot: ${NO_TERMINAL}\n`);
    process.exit(1);
  }
  // A question the engine failed on is a bug (the asker gets an abstention): the bot logs it as an
  // engine_failed line among its others; the console says so on standard error.
  const log = slackConfig === undefined ? undefined : createSlackLog(slackConfig);
  const onError = (error: unknown, question: string): void => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    if (log) log({ level: 'error', event: 'engine_failed', error: detail, question: cutForLog(question) });
    else process.stderr.write(`kyoyaku-bot: internal error, answered as not found: ${detail}\n`);
  };
  const engine = await createReloadableQuestionAnswerer({ displayBase: process.cwd(), onError });
  // Young-generation collections between questions, not during them (src/idle-collection.ts).
  const answerer = collectBetweenQuestions(engine.answerer);
  // SIGHUP reloads corpus/ (agreements, region, glossary, vocabulary) without a restart; a bad edit
  // keeps the old engine. Signals only: file watching misses edits on some file systems and fires
  // mid-save on others (docs/operations.md「キュレーションの流れ」).
  process.on('SIGHUP', () => {
    if (log) void reloadAndLog(engine.reload, log);
    else
      void engine.reload().then((outcome) =>
        process.stderr.write(outcome.ok ? 'kyoyaku-bot: corpus/ を読み直しました。\n' : `kyoyaku-bot: 読み直せませんでした（前の内容で答え続けます）: ${isCodedError(outcome.error) ? outcome.error.message : String(outcome.error)}\n`),
      );
  });
  // A long-running process warms the engine up in the background (src/core/warm-up.ts), so the
  // first questions after a restart are as quick as later ones; real questions go between slices.
  if (slackConfig === undefined) {
    process.stderr.write(CONSOLE_NOTICE);
    exitQuietlyOnBrokenPipe(process.stdout, (code) => process.exit(code));
    void answerer.warmUp();
    process.exitCode = await runCli([], {
      stdin: process.stdin,
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      interactive: true,
      createAnswerer: () => Promise.resolve(answerer),
    });
    return;
  }
  const running = await startSlackApp({ config: slackConfig, answerer });
  void answerer.warmUp();
  const shutdown = (): void => {
    void running.stop().then(() => process.exit(0));
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

await main().catch(exitOnCodedError);
