/**
 * Questions a long-running engine answers to itself before going live. V8 compiles the hot code
 * only after it has run many times; until then a question can take several times longer, and
 * background compilation competes with it for the CPU. A bot restarts rarely and is asked
 * sporadically, so without this the first hundreds of staff questions after each restart would
 * pay for it (`npm run bench` reports the p99 with and without).
 *
 * The questions are made from the corpus and the glossary in the shapes staff ask: who does X, what
 * about X, show article N, a long rambling question, English, and questions the agreements do not
 * answer. Then a sample of the example bank's questions is asked once (QuestionAnswerer.warmUp):
 * real staff questions of the development part, which the bot ships anyway. Held-out questions are
 * never in the bank, so `npm run bench` times them apart as questions the warm-up never asked.
 */
import { toRomaji } from 'wanakana';
import type { WarmUpOptions } from './answer/types.ts';
import type { Corpus } from './corpus/load-corpus.ts';
import { englishWordOf, type Glossary } from './search/glossary.ts';
import type { Passage } from './search/passages.ts';
import type { Analyzer } from './text/analyzer.ts';
import { toHiragana } from './text/normalize.ts';

/** Off-topic and odd questions, so the abstention and empty-input paths are compiled too (emoji: surrogate pairs). */
const UNANSWERABLE = ['明日の天気を教えて', '市長の好きな食べ物は何ですか', 'ｺｳﾂｳﾉﾀﾝﾄｳﾊ', '？？？', '<!channel> テスト', '🙏よろしくお願いします🙇\u200d♀️'];

/** Municipalities outside the region, for membership questions the region must say no to. */
const OUTSIDERS = ['下松市', '光市', '長門市', '柳井市'];

/**
 * What else the questions are made from, beside the passages and the glossary: the region's
 * members and the agreements' parties, and the kana reading of a text (as the tokenizer reads it).
 * Each feeds a path of the engine the plain shapes never reach (members, parties, comparisons,
 * kana and romaji rewriting), whose code V8 would otherwise compile during the first real questions.
 */
export interface WarmUpSources {
  readonly members?: readonly { readonly name: string; readonly aliases: readonly string[] }[];
  readonly agreementIds?: readonly string[];
  readonly parties?: readonly { readonly symbol: string; readonly reading?: string | undefined }[];
  /** Katakana reading of a text, or undefined where the dictionary does not know it. */
  readonly readingOf?: (text: string) => string | undefined;
}

/** The region's members, the agreements and their parties, and readings by the engine's analyzer. */
export function collectWarmUpSources(corpus: Corpus, analyzer: Analyzer): WarmUpSources {
  return {
    members: corpus.region?.members ?? [],
    agreementIds: corpus.agreements.map((a) => a.id),
    parties: corpus.agreements.flatMap((a) => a.parties),
    readingOf: (text) => {
      const terms = analyzer.analyze(text);
      return terms.length > 0 && terms.every((t) => t.reading !== undefined) ? terms.map((t) => t.reading).join('') : undefined;
    },
  };
}

/**
 * Builds the warm-up questions: several hundred distinct ones.
 *
 * @example buildWarmUpQuestions(passages, glossary)[0] // → '前文は誰が担当？'
 */
export function buildWarmUpQuestions(passages: readonly Passage[], glossary: Glossary, sources: WarmUpSources = {}): string[] {
  const titles = [...new Set(passages.map((p) => p.title))];
  const refs = [...new Set(passages.map((p) => p.ref))];
  const titleAt = (i: number): string => titles[i % Math.max(1, titles.length)] ?? '';
  const members = sources.members ?? [];
  const agreements = sources.agreementIds ?? [];
  const parties = sources.parties ?? [];
  // A stem's * (relocat*) is the glossary's mark, no letter a question types.
  const english = glossary.english.flatMap((entry) => entry.words).map(englishWordOf);
  // Short titles read aloud: the kana and romaji questions of a phone keyboard.
  const readings = titles
    .filter((t) => [...t].length <= 8)
    .map((t) => sources.readingOf?.(t))
    .filter((r): r is string => r !== undefined && r !== '');
  const questions = [
    ...titles.flatMap((t) => [`${t}は誰が担当？`, `${t}について教えて`, `${t}の全文を見せて`]),
    ...refs.map((ref) => `${ref}の中身を確認したい`),
    ...glossary.synonyms.flatMap((entry) => entry.words).map((w) => `${w}の取組はありますか`),
    ...english.map((w) => `who handles ${w}?`),
    // Long questions: a scene-setting clause, several concepts, a party.
    ...titles.map((t, i) => `すみません、来週の会議の準備で確認したいんですが、${t}と${titles[(i + 7) % titles.length] ?? t}について宇部市と連携市町はそれぞれ何をすることになっていますか？`),
    // Members (by name and alias), parties, membership, comparisons, facts asked for.
    ...members.flatMap((m, i) => [
      `${m.name}は${titleAt(i * 5)}で何をすることになってる？`,
      `${m.name}も圏域に入ってる？`,
      ...m.aliases.map((alias, j) => `${alias}の${titleAt(i * 3 + j)}の役割を全部一覧で見たい`),
      `${m.name}と${members[(i + 1) % members.length]?.name ?? m.name}の協約の違いは？`,
    ]),
    ...OUTSIDERS.map((name) => `${name}も圏域に参加してる？`),
    ...parties.flatMap((p, i) => [`${titleAt(i * 11)}について${p.symbol}は何をするの`, `${p.symbol}って誰のこと？`, ...(p.reading ? [`${p.reading}の やくわりは？`] : [])]),
    ...agreements.flatMap((a, i) => [`${a}と${agreements[(i + 1) % agreements.length] ?? a}の違いを教えて`, `${a}は何通作る？`, `${a}の第${i + 2}条は${parties[i]?.symbol ?? '甲'}に何を求めてる？`]),
    ...titles.slice(0, 12).flatMap((t) => [`${t}の次回の会議はいつ？`, `${t}の費用はいくら？`, `${t}の担当職員は何人？`]),
    // Kana, katakana with spaces, and romaji.
    ...readings.flatMap((r) => [`${toHiragana(r)}は だれが たんとう？`, `${r} ノ トリクミハ ドコ？`, `${toRomaji(r)} no yakuwari wa?`]),
    // English beyond "who handles": members, comparisons, what a party does.
    ...english.slice(0, 24).map((w, i) => `what does ${members[i % Math.max(1, members.length)]?.aliases.find((a) => /^[a-z]/u.test(a)) ?? 'ube'} do for ${w}?`),
    'What is the difference between agreement 1 and agreement 2?',
    'Which municipalities are in the region?',
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
 * The bank's questions asked after the generated ones. The generated shapes leave code cold that
 * real questions reach (a few hundred TurboFan jobs still ran during the first 5,000 bench questions
 * after them). Measured in fresh processes with the flags of `npm start`, p99 of the 3,960 held-out
 * questions timed first after the warm-up (three processes each, session 30): without them
 * 1,289–1,328 µs, after 8,000 921–1,056 µs; 5,000 about as good (1,002), 1,500–3,000 in between.
 */
export const DEFAULT_WARM_UP_EXAMPLES = 4000;

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
