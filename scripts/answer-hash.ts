/**
 * `npx tsx scripts/answer-hash.ts [--each]`: one SHA-256 over every answer the engine gives to the
 * benchmark's questions (scripts/lib/bench-child.ts: the question set and its variants), asked
 * before and after the warm-up. A speed change must leave it as it was; `--each` prints one hash
 * per question, to find which answer changed (diff two outputs).
 */
import { createHash } from 'node:crypto';
import { createQuestionAnswerer } from '../src/core/create-question-answerer.ts';
import { buildBenchQuestions } from './lib/bench-child.ts';

const each = process.argv.includes('--each');
const engine = await createQuestionAnswerer();
const questions = [...new Set(buildBenchQuestions())];
const all = createHash('sha256');
const hashPass = (label: string): void => {
  for (const q of questions) {
    const answer = JSON.stringify(engine.ask(q));
    all.update(answer);
    if (each) process.stdout.write(`${label}\t${createHash('sha256').update(answer).digest('hex').slice(0, 16)}\t${q}\n`);
  }
};
hashPass('cold');
await engine.warmUp();
hashPass('warm');
process.stdout.write(`${questions.length} questions, asked cold and warm: ${all.digest('hex')}\n`);
