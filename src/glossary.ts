/** Entry point of `npm run glossary`: check, try and diff corpus/glossary.yml (src/glossary-tool). */
import { readFile } from 'node:fs/promises';
import { runGlossaryTool } from './glossary-tool/run-glossary-tool.ts';
import { loadKuromojiTokenizer } from './core/text/load-kuromoji.ts';
import { loadQuestionSet } from './glossary-tool/question-set.ts';

process.exitCode = await runGlossaryTool(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  loadTokenizer: () => loadKuromojiTokenizer(),
  readFile: (path) => readFile(path, 'utf8'),
  loadQuestions: () => loadQuestionSet(),
  displayBase: process.cwd(),
});
