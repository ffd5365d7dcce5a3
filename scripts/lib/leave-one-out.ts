/**
 * The engine as evaluation must see it: a development question is answered by an engine whose
 * example bank holds no question of its own file (leave one file out), and whose classifier was
 * trained without its file's group of files, so neither can answer it by remembering it.
 * Held-out questions are never in the bank; they get the shipped engine.
 */
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import { loadEngineFiles } from '../../src/core/create-question-answerer.ts';
import { createQuestionAnswererFrom } from '../../src/core/question-answerer.ts';
import type { QuestionAnswerer } from '../../src/core/answer/types.ts';
import type { Example } from '../../src/core/search/example-bank.ts';
import type { ClassifierModel } from '../../src/core/search/example-classifier.ts';
import { loadKuromojiTokenizer } from '../../src/core/text/load-kuromoji.ts';
import { normalizeText } from '../../src/core/text/normalize.ts';
import { tableFeatures, trainExampleClassifier } from '../../src/core/search/example-classifier.ts';
import { oneLine, sourceOf } from '../derive-examples.ts';
import { loadQuestionSet, type QuestionCase } from './question-set.ts';

/**
 * Picks the engine for a case: one per development file, built on first use, its bank cut by
 * {@link leaveFileOut}. `cases` says which questions each development file asks (the whole
 * question set by default).
 */
export async function createLeaveOneOutEngines(tokenizer?: Tokenizer<IpadicFeatures>, cases: readonly QuestionCase[] = loadQuestionSet()): Promise<(c: QuestionCase) => QuestionAnswerer> {
  const files = await loadEngineFiles();
  const kuromoji = tokenizer ?? (await loadKuromojiTokenizer());
  const shipped = createQuestionAnswererFrom({ ...files, tokenizer: kuromoji });
  const asked = listAskedBySource(cases.filter((c) => c.part === 'development'));
  const groupOf = groupSources([...asked.keys()]);
  const bySource = new Map<string, QuestionAnswerer>();
  const byGroup = new Map<number, ClassifierModel>();
  // The classifier of a group of files: trained without any of their questions.
  const classifierFor = (group: number): ClassifierModel => {
    let model = byGroup.get(group);
    if (!model) {
      const left = [...asked].filter(([source]) => groupOf.get(source) === group);
      const examples = left.reduce<readonly Example[]>((kept, [source, questions]) => leaveFileOut(kept, source, questions), files.examples ?? []);
      model = trainExampleClassifier(examples, tableFeatures);
      byGroup.set(group, model);
    }
    return model;
  };
  // Chosen by the case's file, not its part: a caller may relabel the parts (dev-look's 'x').
  return (c) => {
    const source = sourceOf(c);
    const questions = asked.get(source);
    if (!questions) return shipped;
    let engine = bySource.get(source);
    if (!engine) {
      const examples = leaveFileOut(files.examples ?? [], source, questions);
      const group = groupOf.get(source) as number;
      const exampleWeights = files.exampleWeights && classifierFor(group);
      engine = createQuestionAnswererFrom({ ...files, examples, ...(exampleWeights ? { exampleWeights } : {}), tokenizer: kuromoji });
      bySource.set(source, engine);
    }
    return engine;
  };
}

/**
 * How many groups the development files fall into for the classifier. Training one per file (40)
 * took longer than the rest of the evaluation together; one per group, trained without all of the
 * group's files, answers each file as honestly (its questions are not in it) on 7/8 of the rest.
 */
export const CLASSIFIER_GROUPS = 8;

/** Each development file's group, by its place in name order (development-2 beside development-20 is no matter). */
export function groupSources(sources: readonly string[]): Map<string, number> {
  return new Map([...sources].sort().map((source, i) => [source, i % CLASSIFIER_GROUPS]));
}

/**
 * The bank a file's questions are answered by: without the file's own rows, and without any row
 * asking one of its questions word for word. derive-examples.ts keeps a question two development
 * files ask only under the first file, so the second file's own rows alone would leave its
 * question in the bank (93 such development questions in session 20).
 *
 * @example
 * leaveFileOut([{ question: '費用は？', refs: ['第4条'], source: 'development-1' }], 'development-2', new Set(['費用は?'])); // → []
 */
export function leaveFileOut(examples: readonly Example[], source: string, questions: ReadonlySet<string>): Example[] {
  return examples.filter((e) => e.source !== source && !questions.has(normalizeText(e.question)));
}

/** Each file's questions as the bank compares them (one line, normalizeText). */
function listAskedBySource(cases: readonly QuestionCase[]): Map<string, Set<string>> {
  const asked = new Map<string, Set<string>>();
  for (const c of cases) {
    const source = sourceOf(c);
    const questions = asked.get(source) ?? new Set<string>();
    questions.add(normalizeText(oneLine(c.q)));
    asked.set(source, questions);
  }
  return asked;
}
