/**
 * What the glossary tool reads: the corpus files as the engine loads them, their sources for
 * line numbers, and the analyzer and passage terms to check them against.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import { DEFAULT_CORPUS_DIR, VOCABULARY_FILE, loadEngineFiles } from '../core/create-question-answerer.ts';
import { loadCorpus, type Corpus } from '../core/corpus/load-corpus.ts';
import { collectPartyWords, listPartyCompounds } from '../core/search/party-words.ts';
import { buildPassages } from '../core/search/passages.ts';
import { createAnalyzer, type Analyzer } from '../core/text/analyzer.ts';
import { parseDocument } from 'yaml';
import { collectPassageTerms, type PassageTerms } from './passage-terms.ts';

export { DEFAULT_CORPUS_DIR, loadEngineFiles };

/** The corpus and the glossary files as text, with what checking them needs. */
export interface CuratorCorpus {
  readonly corpusDir: string;
  readonly corpus: Corpus;
  readonly glossary: { readonly file: string; readonly source: string };
  readonly vocabulary?: { readonly file: string; readonly source: string };
  readonly rows: ReadonlySet<string>;
  readonly analyzer: Analyzer;
  readonly passages: readonly PassageTerms[];
}

/**
 * Reads the corpus (stopping with a CodedError when an agreement or the region is malformed) and
 * the glossary files as text (checked, not parsed, here: their mistakes are findings).
 */
export async function loadCuratorCorpus(tokenizer: Tokenizer<IpadicFeatures>, corpusDir: string = DEFAULT_CORPUS_DIR, displayBase?: string): Promise<CuratorCorpus> {
  const corpus = await loadCorpus(corpusDir, displayBase === undefined ? {} : { displayBase });
  const display = (path: string): string => (displayBase === undefined ? path : path.replace(`${displayBase}/`, ''));
  const glossaryPath = join(corpusDir, 'glossary.yml');
  const glossary = { file: display(glossaryPath), source: await readFile(glossaryPath, 'utf8') };
  const vocabularyPath = join(corpusDir, VOCABULARY_FILE);
  const vocabularySource = await readFile(vocabularyPath, 'utf8').catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  });
  const analyzer = createAnalyzer(tokenizer, { compounds: [...readCompounds(glossary.source), ...listPartyCompounds(collectPartyWords(corpus))] });
  return {
    corpusDir,
    corpus,
    glossary,
    ...(vocabularySource === undefined ? {} : { vocabulary: { file: display(vocabularyPath), source: vocabularySource } }),
    rows: new Set(buildPassages(corpus).filter((p) => p.kind === 'annex-row').map((p) => p.ref)),
    analyzer,
    passages: collectPassageTerms(corpus, analyzer),
  };
}

/** The compounds of a glossary that may not validate (a check reports why; the compounds still count). */
function readCompounds(source: string): string[] {
  try {
    const data = parseDocument(source).toJS() as { compounds?: unknown } | null;
    return Array.isArray(data?.compounds) ? data.compounds.filter((c): c is string => typeof c === 'string') : [];
  } catch {
    return [];
  }
}

