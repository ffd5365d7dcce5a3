/**
 * Questions a long-running engine answers to itself before going live. V8 compiles the hot code
 * only after it has run many times; until then a question can take several times longer, and
 * background compilation competes with it for the CPU. A bot restarts rarely and is asked
 * sporadically, so without this the first hundreds of staff questions after each restart would
 * pay for it (`npm run bench` reports the p99 with and without).
 *
 * The questions are made from the corpus and the glossary — never from the evaluation's question
 * set — in the shapes staff ask: who does X, what about X, show article N, a long rambling
 * question, English, and questions the agreements do not answer.
 */
import type { WarmUpOptions } from './answer/types.ts';
import type { Glossary } from './search/glossary.ts';
import type { Passage } from './search/passages.ts';

/** Off-topic and odd questions, so the abstention and empty-input paths are compiled too. */
const UNANSWERABLE = ['明日の天気を教えて', '市長の好きな食べ物は何ですか', 'ｺｳﾂｳﾉﾀﾝﾄｳﾊ', '？？？', '<!channel> テスト'];

/**
 * Builds the warm-up questions: a few hundred distinct ones.
 *
 * @example buildWarmUpQuestions(passages, glossary)[0] // → '前文は誰が担当？'
 */
export function buildWarmUpQuestions(passages: readonly Passage[], glossary: Glossary): string[] {
  const titles = [...new Set(passages.map((p) => p.title))];
  const refs = [...new Set(passages.map((p) => p.ref))];
  const questions = [
    ...titles.flatMap((t) => [`${t}は誰が担当？`, `${t}について教えて`, `${t}の全文を見せて`]),
    ...refs.map((ref) => `${ref}の中身を確認したい`),
    ...glossary.synonyms.flatMap((entry) => entry.words).map((w) => `${w}の取組はありますか`),
    ...glossary.english.flatMap((entry) => entry.words).map((w) => `who handles ${w}?`),
    // Long questions: a scene-setting clause, several concepts, a party.
    ...titles.map((t, i) => `すみません、来週の会議の準備で確認したいんですが、${t}と${titles[(i + 7) % titles.length] ?? t}について宇部市と連携市町はそれぞれ何をすることになっていますか？`),
    ...UNANSWERABLE,
  ];
  return [...new Set(questions)];
}

/**
 * Passes over the questions. Measured in fresh processes as `npm run bench` runs them (p99 of the
 * 2,010 bench questions that follow, three processes each): none 1.1–1.3 ms, one 0.53–0.61 ms,
 * two 0.51–0.88 ms, three 0.48–0.53 ms, four no better.
 */
const DEFAULT_ROUNDS = 3;
const DEFAULT_SLICE_MS = 5;

/**
 * Asks every question `rounds` times, yielding to the event loop every `sliceMs` so that real work
 * (a Slack event, a console line) is never held up for longer than one slice.
 */
export async function warmUpEngine(
  ask: (question: string) => unknown,
  questions: readonly string[],
  options: WarmUpOptions = {},
): Promise<number> {
  const rounds = options.rounds ?? DEFAULT_ROUNDS;
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  let asked = 0;
  let sliceStart = performance.now();
  for (let round = 0; round < rounds; round += 1) {
    for (const question of questions) {
      ask(question);
      asked += 1;
      if (performance.now() - sliceStart >= sliceMs) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        sliceStart = performance.now();
      }
    }
  }
  return asked;
}
