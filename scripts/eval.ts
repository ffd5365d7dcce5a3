/**
 * `npm run eval`: the engine and the naive peer on the question set, side by side, with every miss.
 */
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/core/corpus/load-corpus.ts';
import { createQuestionAnswerer } from '../src/core/create-question-answerer.ts';
import { loadStockKuromojiTokenizer } from '../src/core/text/load-kuromoji.ts';
import { evaluate, type Evaluation } from './lib/evaluate.ts';
import { createNaivePeer } from './lib/naive-peer.ts';
import { loadQuestionSet } from './lib/question-set.ts';

const cases = loadQuestionSet();
const corpusDir = fileURLToPath(new URL('../corpus', import.meta.url));
const engine = await createQuestionAnswerer();
const peer = createNaivePeer(await loadCorpus(corpusDir), await loadStockKuromojiTokenizer());
const results: [string, Evaluation][] = [['engine', evaluate(engine, cases)], ['naive peer', evaluate(peer, cases)]];

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
const [first] = results;
console.log(`question set: ${cases.length} questions (${first?.[1].onTopic} on-topic, ${first?.[1].offTopic} off-topic)\n`);
console.log(`${'metric'.padEnd(26)}${results.map(([name]) => name.padStart(14)).join('')}`);
const rows: [string, (e: Evaluation) => string][] = [
  ['top-1', (e) => pct(e.top1)],
  ['top-3', (e) => pct(e.top3)],
  ['MRR', (e) => e.mrr.toFixed(3)],
  ['off-topic abstention', (e) => pct(e.abstention)],
  ['on-topic false abstention', (e) => pct(e.falseAbstention)],
  ['misses', (e) => String(e.misses.length)],
];
for (const [label, show] of rows) console.log(`${label.padEnd(26)}${results.map(([, e]) => show(e).padStart(14)).join('')}`);
for (const [name, e] of results) {
  console.log(`\n${name}: ${e.misses.length} misses`);
  for (const m of e.misses) console.log(`  ✗ ${m.q}\n      expected ${m.expected}, got ${m.got}  — ${m.why}`);
}
