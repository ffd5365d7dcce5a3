/**
 * Derives corpus/derived/examples.tsv, the example bank (src/core/search/example-bank.ts), from
 * the development part of the question set (test/fixtures/questions/development*.yml). Held-out
 * parts never go in: they measure the bank on questions it has not seen.
 *
 *   npx tsx scripts/derive-examples.ts
 *
 * It also trains the classifier on the table (src/core/search/example-classifier.ts) and writes
 * its weights to corpus/derived/example-weights.tsv.
 *
 * Cases asking for a special kind of reply (a role table, a comparison …) are left out: the bank
 * votes for passages only.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/core/corpus/load-corpus.ts';
import { DEFAULT_CORPUS_DIR } from '../src/core/create-question-answerer.ts';
import { listVoteIgnoredPlaces } from '../src/core/region/describe-members.ts';
import { listExampleFeatures, listMemberWords, parseExamples, type Example } from '../src/core/search/example-bank.ts';
import { formatClassifierWeights, tableFeatures, trainExampleClassifier } from '../src/core/search/example-classifier.ts';
import { buildPassages } from '../src/core/search/passages.ts';
import { loadKuromojiTokenizer } from '../src/core/text/load-kuromoji.ts';
import { normalizeQuestion, normalizeText } from '../src/core/text/normalize.ts';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import { loadQuestionSet, type QuestionCase } from './lib/question-set.ts';

export const EXAMPLES_FILE = fileURLToPath(new URL('../corpus/derived/examples.tsv', import.meta.url));
export const WEIGHTS_FILE = fileURLToPath(new URL('../corpus/derived/example-weights.tsv', import.meta.url));

/** The classifier's weights for a table's examples, as the shipped file holds them. */
export function deriveExampleWeights(examples: readonly Example[]): string {
  return formatClassifierWeights(trainExampleClassifier(examples, tableFeatures), [
    'Weights of the classifier trained on corpus/derived/examples.tsv (src/core/search/example-classifier.ts):',
    'per feature (a word, a §kanji pair or a ⟨pair|of words), a row of signed bytes in base64, one per class in the order of "classes"',
    '(∅: not answered); a weight is "step" times its byte.',
    'Regenerate: npx tsx scripts/derive-examples.ts (test/example-classifier.test.ts checks it is up to date).',
  ]);
}

/**
 * The table's text: a header saying where it comes from, then `question<TAB>refs<TAB>source<TAB>features`,
 * the features read as the engine reads them (real kuromoji, the members' and neighbours' names of
 * corpus/region.yml left out), so that start-up need not tokenize every example.
 */
export async function deriveExamples(loaded?: Tokenizer<IpadicFeatures>): Promise<string> {
  // A caller that has the dictionary already passes it: it loads once per process.
  const [tokenizer, corpus] = await Promise.all([loaded ?? loadKuromojiTokenizer(), loadCorpus(DEFAULT_CORPUS_DIR)]);
  const ignored = listMemberWords(listVoteIgnoredPlaces(corpus.region), tokenizer);
  const all = loadQuestionSet();
  const cases = all.filter((c) => c.part === 'development' && (c.kind === undefined || c.kind === 'passages'));
  // A development question that a held-out part asks too (協約の目的は？) stays out: the held-out
  // figures must measure questions the bank has not seen.
  const seen = new Set(all.filter((c) => c.part !== 'development').map((c) => normalizeText(oneLine(c.q))));
  const lines: string[] = [];
  for (const c of cases) {
    const question = oneLine(c.q);
    if (seen.has(normalizeText(question))) continue;
    seen.add(normalizeText(question));
    const features = listExampleFeatures(normalizeQuestion(question), tokenizer, ignored).join(' ');
    lines.push(`${question}\t${c.expect.length === 0 ? '-' : c.expect.join(';')}\t${sourceOf(c)}\t${features}`);
  }
  return [
    '# The example bank: the development questions of test/fixtures/questions/ (written by helpers from the seed and region.yml,',
    '# in staff\'s words), each with the refs that answer it, "-" when the agreements do not. Held-out questions are never included,',
    '# nor a development question that a held-out part also asks.',
    '# Regenerate: npx tsx scripts/derive-examples.ts (test/example-bank.test.ts checks the table is up to date).',
    '# Columns: question<TAB>refs (";" between refs)<TAB>source file<TAB>features (the words and kanji pairs compared, " " between)',
    ...lines,
    '',
  ].join('\n');
}

/** The bank's name for a question file (development-12.yml → development-12). */
export function sourceOf(c: Pick<QuestionCase, 'file'>): string {
  return c.file.replace(/\.yml$/u, '');
}

/** Tabs and line breaks would break the table; the engine reads them as spaces anyway. */
export function oneLine(question: string): string {
  return question.replace(/\s+/gu, ' ').trim();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const table = await deriveExamples();
  writeFileSync(EXAMPLES_FILE, table);
  const refs = new Set(buildPassages(await loadCorpus(DEFAULT_CORPUS_DIR)).map((p) => p.ref));
  writeFileSync(WEIGHTS_FILE, deriveExampleWeights(parseExamples(EXAMPLES_FILE, table, refs)));
  console.log(`wrote ${EXAMPLES_FILE} and ${WEIGHTS_FILE}`);
}
