/**
 * Loads everything the engine needs from disk — the corpus, the glossary, the kuromoji
 * dictionary (once per process) — and builds it; or rebuilds it on a dictionary already loaded.
 */
import { readFile } from 'node:fs/promises';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { QuestionAnswerer } from './answer/types.ts';
import { loadCorpus } from './corpus/load-corpus.ts';
import { CodedError, ErrorCode } from './errors.ts';
import { parseGlossary } from './search/glossary.ts';
import { parseVocabulary } from './search/vocabulary.ts';
import { parseLexicalCategories } from './text/lexical-categories.ts';
import { parseExamples } from './search/example-bank.ts';
import { describeTrainingSet, parseClassifierWeights, tableFeatures } from './search/example-classifier.ts';
import { buildPassages } from './search/passages.ts';
import type { Agreement } from './corpus/schema.ts';
import { createQuestionAnswererFrom, type EngineOptions, type EngineParts } from './question-answerer.ts';
import { loadKuromojiTokenizer } from './text/load-kuromoji.ts';
import { createReloadableAnswerer, type ReloadableAnswerer } from './reloadable-answerer.ts';

/** The policy-area vocabulary beside the glossary; optional. */
export const VOCABULARY_FILE = 'vocabulary.yml';

/** General words' categories derived from the JUMAN dictionary (see scripts/derive-juman-table.ts); optional. */
export const CATEGORIES_FILE = 'derived/juman-categories.tsv';

/** Example questions with the passages that answer them (see scripts/derive-examples.ts); optional. */
export const EXAMPLES_FILE = 'derived/examples.tsv';

/** The classifier trained on the example bank (optional; used only with the bank). */
export const EXAMPLE_WEIGHTS_FILE = 'derived/example-weights.tsv';

/** The corpus shipped with the bot. */
export const DEFAULT_CORPUS_DIR = fileURLToPath(new URL('../../corpus', import.meta.url));

export interface CreateQuestionAnswererOptions extends EngineOptions {
  /** Folder holding `agreements/*.yml` and `glossary.yml`. @defaultValue the repository's `corpus/` */
  readonly corpusDir?: string;
  /** Folder that file names in error messages are relative to. */
  readonly displayBase?: string;
}

/**
 * Loads the corpus, glossary and dictionary, and builds the engine (about half a second).
 * @throws CodedError with a one-line message when a corpus file is malformed
 */
export async function createQuestionAnswerer(options: CreateQuestionAnswererOptions = {}): Promise<QuestionAnswerer> {
  return (await loadAndBuild(options)).engine;
}

/**
 * Like {@link createQuestionAnswerer}, and reloadable: `reload()` reads the corpus again and swaps
 * in a new engine built on the same dictionary (see reloadable-answerer.ts).
 * @throws CodedError with a one-line message when a corpus file is malformed at start-up
 */
export async function createReloadableQuestionAnswerer(options: CreateQuestionAnswererOptions = {}): Promise<ReloadableAnswerer> {
  const { engine, tokenizer } = await loadAndBuild(options);
  return createReloadableAnswerer(engine, () => buildQuestionAnswerer(tokenizer, options));
}

async function loadAndBuild(options: CreateQuestionAnswererOptions): Promise<{ engine: QuestionAnswerer; tokenizer: Tokenizer<IpadicFeatures> }> {
  // The dictionary loads meanwhile; the corpus files are read in a fixed order, so a corpus with
  // several faults always reports the same one first (the agreements, then the glossary, …).
  const tokenizerLoading = loadKuromojiTokenizer();
  tokenizerLoading.catch(() => undefined);
  const files = await loadEngineFiles(options);
  const tokenizer = await tokenizerLoading;
  return { engine: createQuestionAnswererFrom({ ...files, tokenizer }, options), tokenizer };
}

/**
 * Builds the engine on a tokenizer already loaded: what a reload does, so the dictionary is read
 * once per process. Every corpus file is read and validated before anything is built.
 * @throws CodedError with a one-line message naming the file and the field when a file is malformed
 */
export async function buildQuestionAnswerer(tokenizer: Tokenizer<IpadicFeatures>, options: CreateQuestionAnswererOptions = {}): Promise<QuestionAnswerer> {
  return createQuestionAnswererFrom({ ...(await loadEngineFiles(options)), tokenizer }, options);
}

/**
 * Reads and validates every corpus file: the agreements, the region, the glossary, and the
 * optional vocabulary, word categories and example bank.
 * @throws CodedError with a one-line message when a file is malformed or unreadable
 */
export async function loadEngineFiles(options: Pick<CreateQuestionAnswererOptions, 'corpusDir' | 'displayBase'> = {}): Promise<Omit<EngineParts, 'tokenizer'>> {
  const corpusDir = options.corpusDir ?? DEFAULT_CORPUS_DIR;
  const glossaryPath = join(corpusDir, 'glossary.yml');
  const corpus = await loadCorpus(corpusDir, options.displayBase === undefined ? {} : { displayBase: options.displayBase });
  const glossarySource = await readFile(glossaryPath, 'utf8').catch((error: unknown) => {
    throw new CodedError(ErrorCode.CorpusUnreadable, `${glossaryPath}: cannot read the glossary (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
  });
  const glossary = parseGlossary(glossaryPath, glossarySource);
  const vocabularyPath = join(corpusDir, VOCABULARY_FILE);
  const vocabularySource = await readOptional(vocabularyPath, 'the vocabulary');
  const rows = new Set(corpus.agreements.flatMap((a) => listAnnexRefs(a)));
  const vocabulary = vocabularySource === undefined ? undefined : parseVocabulary(vocabularyPath, vocabularySource, rows);
  const categoriesPath = join(corpusDir, CATEGORIES_FILE);
  const categoriesSource = await readOptional(categoriesPath, 'the word categories');
  const lexicalCategories = categoriesSource === undefined ? undefined : parseLexicalCategories(categoriesPath, categoriesSource);
  const examplesPath = join(corpusDir, EXAMPLES_FILE);
  const examplesSource = await readOptional(examplesPath, 'the example bank');
  const refs = new Set(buildPassages(corpus).map((p) => p.ref));
  const examples = examplesSource === undefined ? undefined : parseExamples(examplesPath, examplesSource, refs);
  const weightsPath = join(corpusDir, EXAMPLE_WEIGHTS_FILE);
  const weightsSource = examples === undefined ? undefined : await readOptional(weightsPath, 'the example classifier');
  const exampleWeights = weightsSource === undefined ? undefined : parseClassifierWeights(weightsPath, weightsSource, refs);
  // Weights trained on another table would vote with what they learnt there: examples.tsv edited by
  // hand, or one of the two files regenerated without the other.
  const trained = examples === undefined ? undefined : describeTrainingSet(examples, tableFeatures);
  if (exampleWeights && exampleWeights.trainedOn !== trained) {
    throw new CodedError(
      ErrorCode.CorpusInvalid,
      `${weightsPath}: examples: trained on examples "${exampleWeights.trainedOn}" but ${examplesPath} holds "${String(trained)}" (count digest); regenerate both: npx tsx scripts/derive-examples.ts`,
    );
  }
  return { corpus, glossary, ...(vocabulary ? { vocabulary } : {}), ...(lexicalCategories ? { lexicalCategories } : {}), ...(examples ? { examples } : {}), ...(exampleWeights ? { exampleWeights } : {}) };
}

/** The annex refs of an agreement (別表1ア … 別表3(3)ア), as passages name them. */
function listAnnexRefs(agreement: Agreement): string[] {
  return buildPassages({ agreements: [agreement] }).filter((p) => p.kind === 'annex-row').map((p) => p.ref);
}

/** A corpus file that may be absent (undefined); any other read failure stops start-up in one line. */
async function readOptional(path: string, what: string): Promise<string | undefined> {
  return readFile(path, 'utf8').catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CodedError(ErrorCode.CorpusUnreadable, `${path}: cannot read ${what} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
  });
}
