/** The evaluation question set (`test/fixtures/questions.yml`), loaded and checked. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

export const QUESTIONS_PATH = fileURLToPath(new URL('../../test/fixtures/questions.yml', import.meta.url));

const caseSchema = z.strictObject({
  q: z.string().min(1),
  /** Refs that count as correct at rank 1; empty: the engine must abstain. */
  expect: z.array(z.string()),
  /** The agreement the first answer must come from, when the question singles one out. */
  agreement: z.string().optional(),
  why: z.string().min(1),
});

export type QuestionCase = z.infer<typeof caseSchema>;

export function loadQuestionSet(path: string = QUESTIONS_PATH): QuestionCase[] {
  return z.array(caseSchema).parse(parse(readFileSync(path, 'utf8')));
}
