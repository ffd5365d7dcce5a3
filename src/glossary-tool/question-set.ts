/**
 * The evaluation question set (`test/fixtures/questions/`), loaded and checked. Two parts:
 * - development (`development*.yml`): what tuning may look at;
 * - held-out (`held-out*.yml`, each file a part): written by helpers who never read the engine
 *   code, and looked at by no tuning. `npm run eval` prints their figures, never their questions,
 *   unless asked to.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

export const QUESTIONS_DIR = fileURLToPath(new URL('../../test/fixtures/questions', import.meta.url));

/** What kind of question a case is, for per-category figures. */
export const CATEGORIES = ['core', 'project', 'member', 'variant', 'negative'] as const;
export type Category = (typeof CATEGORIES)[number];

const caseSchema = z.strictObject({
  q: z.string().min(1),
  /** core: articles and rows in staff wording; project: a concrete project the annex covers; member: names a member municipality; variant: kana, typo, English; negative: the agreements do not answer. */
  category: z.enum(CATEGORIES),
  /** Refs that count as correct; empty: the engine must abstain. */
  expect: z.array(z.string()),
  /** The agreement the first right answer must come from, when the question singles one out. */
  agreement: z.string().optional(),
  /** The member the direct answer must name (member questions). */
  party: z.string().optional(),
  why: z.string().min(1),
  /**
   * The kind of reply wanted when it is not the best passages (role-table, comparison, definition,
   * membership), or `passages` for a near miss that must not get one. Absent: an ordinary question.
   */
  kind: z.enum(['passages', 'role-table', 'comparison', 'definition', 'membership']).optional(),
});

export type QuestionCase = z.infer<typeof caseSchema> & { readonly part: Part; readonly file: string };
/**
 * `development`, or a held-out part named after its file (`held-out`, `held-out-2`): each held-out
 * part is reported on its own, since a part whose misses were ever read is no longer fresh.
 */
export type Part = string;

/** Which part a file belongs to: development*.yml are development, every other file its own held-out part. */
export function partOf(file: string): Part {
  return file.startsWith('development') ? 'development' : file.replace(/\.yml$/u, '');
}

/** Loads every `*.yml` of the folder, in file-name order, each case tagged with its part. */
export function loadQuestionSet(dir: string = QUESTIONS_DIR): QuestionCase[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.yml')).sort();
  return files.flatMap((file) => {
    const cases = z.array(caseSchema).parse(parse(readFileSync(join(dir, file), 'utf8')));
    return cases.map((c) => ({ ...c, part: partOf(file), file }));
  });
}

/** Every ref a case may expect: the preamble, articles, closing, the seed's two notes and the annex's 19 rows. */
export const KNOWN_REFS: ReadonlySet<string> = new Set([
  '前文', '第1条', '第2条', '第3条', '第4条', '第5条', '第6条', '末文', '注記1', '注記2',
  ...['ア', 'イ', 'ウ', 'エ', 'オ'].map((k) => `別表1${k}`),
  ...['ア', 'イ', 'ウ', 'エ'].map((k) => `別表2${k}`),
  ...['ア', 'イ', 'ウ', 'エ', 'オ', 'カ'].map((k) => `別表3(1)${k}`),
  ...['ア', 'イ', 'ウ'].map((k) => `別表3(2)${k}`),
  '別表3(3)ア',
]);

/** What {@link checkQuestionCases} found: one line per problem, and how many cases each category has. */
export interface QuestionFileReport {
  readonly problems: readonly string[];
  readonly counts: Readonly<Record<string, number>>;
}

/**
 * Checks a parsed question file the way a blind writer needs it checked: the schema, that every
 * expected ref exists, and that no question is asked twice.
 */
export function checkQuestionCases(parsed: unknown): QuestionFileReport {
  const result = z.array(caseSchema).safeParse(parsed);
  if (!result.success) {
    return { problems: result.error.issues.map((i) => `case ${i.path.join('.')}: ${i.message}`), counts: {} };
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  const counts: Record<string, number> = {};
  result.data.forEach((c, i) => {
    counts[c.category] = (counts[c.category] ?? 0) + 1;
    for (const ref of c.expect) if (!KNOWN_REFS.has(ref)) problems.push(`case ${i} (${c.q}): unknown ref ${ref}`);
    if (seen.has(c.q)) problems.push(`case ${i} (${c.q}): asked twice`);
    seen.add(c.q);
    if (c.category === 'negative' && c.expect.length > 0) problems.push(`case ${i} (${c.q}): a negative expects no ref`);
    if (c.category !== 'negative' && c.kind === undefined && c.expect.length === 0) problems.push(`case ${i} (${c.q}): expects no ref but is not a negative`);
  });
  return { problems, counts };
}
