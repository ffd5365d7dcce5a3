/**
 * Checks one question file that a blind writer made (docs/question-writing.md): the fields, that
 * every ref exists, and that no question is asked twice. Prints the counts per category.
 *
 * Usage: npx tsx scripts/check-question-file.ts FILE
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { checkQuestionCases } from '../src/glossary-tool/question-set.ts';

const file = process.argv[2];
if (file === undefined) {
  console.error('usage: npx tsx scripts/check-question-file.ts FILE');
  process.exit(2);
}
const report = checkQuestionCases(parse(readFileSync(file, 'utf8')));
for (const problem of report.problems) console.log(`${file}: ${problem}`);
console.log(Object.entries(report.counts).map(([c, n]) => `${c} ${n}`).join(', '));
process.exit(report.problems.length === 0 ? 0 : 1);
