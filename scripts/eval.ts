/**
 * `npm run eval`: the engine and the naive peer on the question set, development and held-out
 * parts side by side, per category, with every development miss. Held-out misses stay hidden unless
 * `--show-held-out` is given: whoever reads them to fix them must then write a fresh held-out part.
 */
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/core/corpus/load-corpus.ts';
import { loadStockKuromojiTokenizer } from '../src/core/text/load-kuromoji.ts';
import { evaluate, type Evaluation, type Figures } from './lib/evaluate.ts';
import { createLeaveOneOutEngines } from './lib/leave-one-out.ts';
import { createNaivePeer } from './lib/naive-peer.ts';
import { CATEGORIES, loadQuestionSet, type Part } from './lib/question-set.ts';

const showHeldOut = process.argv.includes('--show-held-out');
const cases = loadQuestionSet();
const corpusDir = fileURLToPath(new URL('../corpus', import.meta.url));
const engine = await createLeaveOneOutEngines();
const peer = createNaivePeer(await loadCorpus(corpusDir), await loadStockKuromojiTokenizer());
const systems: [string, Evaluation][] = [['engine', evaluate(engine, cases)], ['peer', evaluate(peer, cases)]];
const parts: Part[] = [...new Set(cases.map((c) => c.part))].sort((a, b) => Number(b === 'development') - Number(a === 'development') || a.localeCompare(b));

const pct = (x: number): string => (Number.isNaN(x) ? '–' : `${(x * 100).toFixed(1)}%`);
const columns = parts.flatMap((part) => systems.map(([name, e]) => ({ label: `${part === 'development' ? 'dev' : part} ${name}`, e, part })));
const header = (title: string): void => console.log(`\n${title.padEnd(34)}${columns.map((c) => c.label.padStart(19)).join('')}`);
const row = (label: string, pick: (e: Evaluation, part: Part) => Figures | undefined, show: (f: Figures) => string): void => {
  console.log(`${label.padEnd(34)}${columns.map((c) => { const f = pick(c.e, c.part); return (f ? show(f) : '').padStart(19); }).join('')}`);
};

for (const part of parts) {
  const n = cases.filter((c) => c.part === part);
  console.log(`${part}: ${n.length} questions (${CATEGORIES.map((cat) => `${cat} ${n.filter((c) => c.category === cat).length}`).join(', ')})`);
}
header('all questions');
row('  top-1 (on-topic)', (e, p) => e.byPart.get(p), (f) => pct(f.top1));
row('  top-3 (on-topic)', (e, p) => e.byPart.get(p), (f) => pct(f.top3));
row('  MRR', (e, p) => e.byPart.get(p), (f) => f.mrr.toFixed(3));
row('  negatives abstained', (e, p) => e.byPart.get(p), (f) => pct(f.abstention));
row('  on-topic abstained', (e, p) => e.byPart.get(p), (f) => pct(f.falseAbstention));
row('  related answers given', (e, p) => e.byPart.get(p), (f) => pct(f.related));
row('  related answers with right row', (e, p) => e.byPart.get(p), (f) => pct(f.relatedRight));
row('  special kinds right (of cases)', (e, p) => e.byPart.get(p), (f) => (f.kindCases === 0 ? '' : `${pct(f.kindRight)} (${f.kindCases})`));
for (const category of CATEGORIES) {
  header(category);
  const pick = (e: Evaluation, p: Part): Figures | undefined => e.byPartAndCategory.get(`${p}/${category}`);
  if (category === 'negative') {
    row('  abstained', pick, (f) => pct(f.abstention));
    continue;
  }
  row('  top-1', pick, (f) => pct(f.top1));
  row('  top-3 (related counts)', pick, (f) => pct(f.top3));
  row('  abstained', pick, (f) => pct(f.falseAbstention));
  row('  related given / row right', pick, (f) => `${pct(f.related)}/${pct(f.relatedRight)}`);
  if (category === 'member') row('  direct answer names the member', pick, (f) => pct(f.partyNamed));
}

const [engineEval] = systems;
const misses = engineEval?.[1].misses.filter((m) => showHeldOut || m.part === 'development') ?? [];
console.log(`\nengine misses${showHeldOut ? '' : ' (development part; held-out misses hidden: --show-held-out)'}: ${misses.length}`);
for (const m of misses) console.log(`  ✗ [${m.part}/${m.category}] ${m.q}\n      expected ${m.expected}, got ${m.got}  — ${m.why}`);
