/**
 * `npm run glossary -- check | try "<question>" | try --diff FILE`: the curator's tool for
 * corpus/glossary.yml. argv and I/O are injected (as in src/cli/run-cli.ts), so tests drive it
 * without spawning a process.
 */
import { parseArgs } from 'node:util';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import { createQuestionAnswererFrom } from '../core/question-answerer.ts';
import { isCodedError } from '../core/errors.ts';
import { parseGlossary } from '../core/search/glossary.ts';
import { checkGlossary, type Finding } from './check-glossary.ts';
import { diffAnswers, formatChanges, type DiffQuestion } from './diff-glossary.ts';
import { DEFAULT_CORPUS_DIR, loadCuratorCorpus, loadEngineFiles } from './load-curator-corpus.ts';
import { createTracingEngine, formatTrace } from './trace-question.ts';

export interface GlossaryToolIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Loads the dictionary (once per run). */
  readonly loadTokenizer: () => Promise<Tokenizer<IpadicFeatures>>;
  /** Reads a file the curator names (the edited glossary of --diff). */
  readonly readFile: (path: string) => Promise<string>;
  /** The question set for --diff (test/fixtures/questions). */
  readonly loadQuestions: () => readonly DiffQuestion[];
  /** Folder file names in messages are relative to (the working directory). */
  readonly displayBase?: string;
}

export const GLOSSARY_USAGE = `使い方:
  npm run -s glossary -- check                       glossary.yml と vocabulary.yml の問題を探す（問題があれば終了コード 1）
  npm run -s glossary -- try "乗合タクシーの補助は？"   エンジンが質問をどう読み、なぜそう答えたかを示す
  npm run -s glossary -- try --diff 編集した.yml       質問集を今の glossary と編集版で答え、答えが変わる質問を示す
オプション:
  --corpus DIR      corpus フォルダ（既定: リポジトリの corpus/）
  --diff FILE       編集した glossary.yml（try と使う）
  --show-held-out   --diff で held-out の質問文も示す（見たら新しい held-out を作ること）
  -h, --help        この説明を表示する`;

/**
 * Runs the tool and resolves to the exit code: 0, 1 when `check` finds problems or a file is
 * malformed, 2 for bad arguments.
 */
export async function runGlossaryTool(argv: readonly string[], io: GlossaryToolIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { corpus: { type: 'string' }, diff: { type: 'string' }, 'show-held-out': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${GLOSSARY_USAGE}\n`);
    return 2;
  }
  const [command, ...questions] = parsed.positionals;
  if (parsed.values.help || command === undefined) {
    (parsed.values.help ? io.stdout : io.stderr)(`${GLOSSARY_USAGE}\n`);
    return parsed.values.help ? 0 : 2;
  }
  const corpusDir = parsed.values.corpus ?? DEFAULT_CORPUS_DIR;
  const diffFile = parsed.values.diff;
  if (command !== 'check' && command !== 'try') {
    io.stderr(`知らないコマンド「${command}」\n${GLOSSARY_USAGE}\n`);
    return 2;
  }
  if (command === 'try' && questions.length === 0 && diffFile === undefined) {
    io.stderr(`質問か --diff FILE を指定してください\n${GLOSSARY_USAGE}\n`);
    return 2;
  }
  try {
    const tokenizer = await io.loadTokenizer();
    if (command === 'check') return await runCheck(tokenizer, corpusDir, io);
    if (diffFile !== undefined) return await runDiff(tokenizer, corpusDir, diffFile, parsed.values['show-held-out'] === true, io);
    const files = await loadEngineFiles({ corpusDir, ...(io.displayBase === undefined ? {} : { displayBase: io.displayBase }) });
    const curator = await loadCuratorCorpus(tokenizer, corpusDir, io.displayBase);
    const { trace } = createTracingEngine({ ...files, tokenizer });
    io.stdout(questions.map((q) => formatTrace(trace(q), curator.analyzer)).join('\n'));
    return 0;
  } catch (error) {
    if (!isCodedError(error)) throw error;
    io.stderr(`kyoyaku-bot glossary: ${error.message}\n`);
    return 1;
  }
}

async function runCheck(tokenizer: Tokenizer<IpadicFeatures>, corpusDir: string, io: GlossaryToolIo): Promise<number> {
  const findings = checkGlossary(await loadCuratorCorpus(tokenizer, corpusDir, io.displayBase));
  if (findings.length === 0) {
    io.stdout('glossary.yml と vocabulary.yml に問題は見つかりませんでした。\n');
    return 0;
  }
  io.stdout(`${findings.map(formatFinding).join('\n')}\n${findings.length} 件の問題があります。\n`);
  return 1;
}

/** `corpus/glossary.yml:107: synonyms[28].words[0]: …` */
export function formatFinding(finding: Finding): string {
  return `${finding.file}${finding.line === undefined ? '' : `:${finding.line}`}: ${finding.path === '' ? '' : `${finding.path}: `}${finding.message}`;
}

async function runDiff(tokenizer: Tokenizer<IpadicFeatures>, corpusDir: string, file: string, showHeldOut: boolean, io: GlossaryToolIo): Promise<number> {
  let source: string;
  try {
    source = await io.readFile(file);
  } catch (error) {
    io.stderr(`kyoyaku-bot glossary: ${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`);
    return 1;
  }
  const edited = parseGlossary(file, source);
  const files = await loadEngineFiles({ corpusDir, ...(io.displayBase === undefined ? {} : { displayBase: io.displayBase }) });
  const current = createQuestionAnswererFrom({ ...files, tokenizer });
  const next = createQuestionAnswererFrom({ ...files, glossary: edited, tokenizer });
  const questions = io.loadQuestions();
  io.stdout(formatChanges(diffAnswers(questions, current, next), questions.length, showHeldOut));
  return 0;
}
