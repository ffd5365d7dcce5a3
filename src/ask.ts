/** Entry point of `npm run ask`: the CLI on the real engine. */
import { exitQuietlyOnBrokenPipe } from './cli/broken-pipe.ts';
import { runCli } from './cli/run-cli.ts';
import { createQuestionAnswerer } from './core/create-question-answerer.ts';

exitQuietlyOnBrokenPipe(process.stdout, (code) => process.exit(code));

process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interactive: process.stdin.isTTY === true,
  createAnswerer: () =>
    createQuestionAnswerer({
      displayBase: process.cwd(),
      // A bug, not the asker's mistake: the answer is an abstention, standard error says why.
      onError: (error) => process.stderr.write(`kyoyaku-bot: internal error, answered as not found: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`),
    }),
});
