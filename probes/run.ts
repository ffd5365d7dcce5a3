import { readFileSync } from 'node:fs';
import { createQuestionAnswerer } from '../src/core/create-question-answerer.ts';
const e = await createQuestionAnswerer();
let wrongN = 0, wrongP = 0;
const byFam: Record<string, number> = {};
for (const line of readFileSync(new URL('./neg.txt', import.meta.url), 'utf8').trim().split('\n')) {
  const [fam, q] = line.split('\t');
  const r = e.ask(q!);
  if (!r.abstained) { wrongN++; byFam[fam!] = (byFam[fam!] ?? 0) + 1; console.log(`NEG-WRONG\t${fam}\t${q}\t${r.answers.map(a => a.ref + ':' + a.confidence).join(',')}`); }
}
for (const line of readFileSync(new URL('./pos.txt', import.meta.url), 'utf8').trim().split('\n')) {
  const [ref, q] = line.split('\t');
  const r = e.ask(q!);
  if (r.abstained || !r.answers.some(a => a.ref === ref)) { wrongP++; console.log(`POS-WRONG\t${ref}\t${q}\t${r.abstained ? 'ABSTAIN' : r.answers.map(a => a.ref + ':' + a.confidence).join(',')}`); }
}
console.log('negWrong', wrongN, JSON.stringify(byFam), 'posWrong', wrongP);
