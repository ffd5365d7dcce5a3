/**
 * One benchmark process: builds the engine or the naive peer from scratch, answers a first question
 * (cold start = process start → first answer), then times every question of a ≥ 2,000-question run,
 * and prints one JSON line of figures. Spawned by scripts/bench.ts, fresh for every run, as
 * JavaScript built from this file (scripts/lib/build-bench.ts) on the engine in dist/.
 *
 * `ask-peer QUESTION` is the peer's counterpart of `npm run ask -- QUESTION`: load, answer one
 * question, print it, exit.
 *
 * `serve KIND` builds the same way, then times the questions it is told to on standard input, one
 * batch at a time (`FROM TO` → one JSON line of the times in µs; an empty line → its peak RSS, then
 * exit): scripts/bench.ts alternates batches between an engine and a peer process, so that both
 * meet the same load of a shared machine.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { loadCorpus } from '../../src/core/corpus/load-corpus.ts';
import { createQuestionAnswerer, DEFAULT_CORPUS_DIR } from '../../src/core/create-question-answerer.ts';
import { loadStockKuromojiTokenizer } from '../../src/core/text/load-kuromoji.ts';
import { collectYoungGenerationIfDue } from '../../src/idle-collection.ts';
import { createNaivePeer } from './naive-peer.ts';
import { loadQuestionSet } from './question-set.ts';

/** The engine as the bot runs it (warmed up after its first answer), the engine alone, the naive peer. */
export type ChildKind = 'engine' | 'engine-unwarmed' | 'peer';
export const CHILD_KINDS: readonly ChildKind[] = ['engine', 'engine-unwarmed', 'peer'];

export interface ChildFigures {
  readonly kind: ChildKind;
  /** Milliseconds from process start to the first answer. */
  readonly coldStartMs: number;
  /** Milliseconds the background warm-up took (0 when there was none). */
  readonly warmUpMs: number;
  readonly questions: number;
  readonly p50Us: number;
  readonly p99Us: number;
  /**
   * The p99 of the held-out questions alone: never in the example bank, so never asked by the
   * engine's warm-up (which asks a sample of the bank's questions).
   */
  readonly heldOutP99Us: number;
  readonly meanUs: number;
  /** Peak resident set size of the whole process, MB. */
  readonly peakRssMb: number;
}

function peakRssMb(): number {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return Number.isNaN(kb) ? process.memoryUsage().rss / 2 ** 20 : kb / 1024;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** The question set, repeated with small variations (suffixes, full-width digits) to ≥ 2,000 questions. */
export function buildBenchQuestions(min = 2000): string[] {
  const base = loadQuestionSet().map((c) => c.q);
  const variants = [(q: string) => q, (q: string) => `${q}？`, (q: string) => `すみません、${q}`, (q: string) => q.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))];
  const out: string[] = [];
  for (let i = 0; out.length < min; i += 1) for (const q of base) out.push((variants[i % variants.length] ?? ((x: string) => x))(q));
  return out;
}

/** Builds the engine or the peer and brings it to where timing starts: first answer, warm-up, 200 questions. */
async function prepare(kind: ChildKind): Promise<{ answerer: { ask(question: string): unknown }; coldStartMs: number; warmUpMs: number; questions: string[] }> {
  const engine = kind === 'peer' ? undefined : await createQuestionAnswerer();
  const answerer = engine ?? (await createPeer());
  answerer.ask('災害対応は誰が担当？');
  const coldStartMs = performance.now();
  // src/main.ts starts the engine's warm-up once the bot is up; the peer has none.
  const warmUpStart = performance.now();
  if (kind === 'engine') await engine?.warmUp();
  const warmUpMs = kind === 'engine' ? performance.now() - warmUpStart : 0;
  const questions = buildBenchQuestions();
  // A few questions of the run itself for every kind alike, then time each question alone.
  for (const q of questions.slice(0, 200)) answerer.ask(q);
  return { answerer, coldStartMs, warmUpMs, questions };
}

/**
 * Times each question alone, in µs. The engine as the bot runs it collects its young generation
 * between questions when due (src/idle-collection.ts, which the bot schedules after each answer),
 * untimed, as the bot does it while it waits for the next question; the others do not.
 */
function timeQuestions(kind: ChildKind, answerer: { ask(question: string): unknown }, questions: readonly string[]): number[] {
  const times: number[] = [];
  const between = kind === 'engine';
  for (const q of questions) {
    const start = performance.now();
    answerer.ask(q);
    times.push((performance.now() - start) * 1000);
    if (between) collectYoungGenerationIfDue();
  }
  return times;
}

async function run(kind: ChildKind): Promise<ChildFigures> {
  const { answerer, coldStartMs, warmUpMs, questions } = await prepare(kind);
  const times = timeQuestions(kind, answerer, questions);
  const sorted = [...times].sort((a, b) => a - b);
  const heldOut = new Set(loadQuestionSet().filter((c) => c.part !== 'development').map((c) => c.q));
  const heldOutSorted = times.filter((_, i) => heldOut.has(questions[i] ?? '')).sort((a, b) => a - b);
  return {
    kind,
    coldStartMs,
    warmUpMs,
    questions: questions.length,
    p50Us: percentile(sorted, 50),
    p99Us: percentile(sorted, 99),
    heldOutP99Us: percentile(heldOutSorted, 99),
    meanUs: times.reduce((a, b) => a + b, 0) / times.length,
    peakRssMb: peakRssMb(),
  };
}

async function createPeer(): Promise<ReturnType<typeof createNaivePeer>> {
  return createNaivePeer(await loadCorpus(DEFAULT_CORPUS_DIR), await loadStockKuromojiTokenizer());
}

/** `serve KIND`: the batches scripts/bench.ts asks for, until an empty line. */
async function serve(kind: ChildKind): Promise<void> {
  const { answerer, questions } = await prepare(kind);
  process.stdout.write(`${JSON.stringify({ ready: true, questions: questions.length })}\n`);
  for await (const line of createInterface({ input: process.stdin })) {
    const [from, to] = line.trim().split(/\s+/u).map(Number);
    if (from === undefined || to === undefined || Number.isNaN(from) || Number.isNaN(to)) {
      process.stdout.write(`${JSON.stringify({ peakRssMb: peakRssMb() })}\n`);
      return;
    }
    process.stdout.write(`${JSON.stringify(timeQuestions(kind, answerer, questions.slice(from, to)))}\n`);
  }
}

const kind = CHILD_KINDS.find((k) => k === process.argv[2]);
const served = CHILD_KINDS.find((k) => k === process.argv[3]);
if (process.argv[2] === 'serve' && served !== undefined) {
  await serve(served);
} else if (kind !== undefined) {
  process.stdout.write(`${JSON.stringify(await run(kind))}\n`);
} else if (process.argv[2] === 'ask-peer') {
  const result = (await createPeer()).ask(process.argv[3] ?? '');
  process.stdout.write(`${result.answers.map((a) => `${a.agreement} ${a.ref}`).join('\n') || '見つかりませんでした'}\n`);
}
