/**
 * The engine without its example bank: the reading rules alone. Tests of a rule ask this one, so
 * that what they show is the rule's doing; the bank's vote has its own tests (example-bank.test.ts)
 * and is measured with everything else by quality.test.ts.
 */
import { loadEngineFiles } from '../../src/core/create-question-answerer.ts';
import { createQuestionAnswererFrom } from '../../src/core/question-answerer.ts';
import type { QuestionAnswerer } from '../../src/core/answer/types.ts';
import { loadKuromojiTokenizer } from '../../src/core/text/load-kuromoji.ts';

export async function createRulesEngine(): Promise<QuestionAnswerer> {
  const [files, tokenizer] = await Promise.all([loadEngineFiles(), loadKuromojiTokenizer()]);
  return createQuestionAnswererFrom({ ...files, examples: [], tokenizer });
}
