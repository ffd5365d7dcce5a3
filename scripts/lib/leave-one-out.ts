/**
 * The engine as evaluation must see it: a development question is answered by an engine whose
 * example bank holds no question of its own file (leave one file out), so the bank cannot answer
 * it by remembering it. Held-out questions are never in the bank; they get the shipped engine.
 */
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import { loadEngineFiles } from '../../src/core/create-question-answerer.ts';
import { createQuestionAnswererFrom } from '../../src/core/question-answerer.ts';
import type { QuestionAnswerer } from '../../src/core/answer/types.ts';
import { loadKuromojiTokenizer } from '../../src/core/text/load-kuromoji.ts';
import type { QuestionCase } from './question-set.ts';

/** Picks the engine for a case: one per source file of the bank, built on first use. */
export async function createLeaveOneOutEngines(tokenizer?: Tokenizer<IpadicFeatures>): Promise<(c: QuestionCase) => QuestionAnswerer> {
  const files = await loadEngineFiles();
  const kuromoji = tokenizer ?? (await loadKuromojiTokenizer());
  const shipped = createQuestionAnswererFrom({ ...files, tokenizer: kuromoji });
  const bySource = new Map<string, QuestionAnswerer>();
  const sources = new Set((files.examples ?? []).map((e) => e.source));
  return (c) => {
    const source = c.file.replace(/\.yml$/u, '');
    if (!sources.has(source)) return shipped;
    let engine = bySource.get(source);
    if (!engine) {
      engine = createQuestionAnswererFrom({ ...files, examples: (files.examples ?? []).filter((e) => e.source !== source), tokenizer: kuromoji });
      bySource.set(source, engine);
    }
    return engine;
  };
}
