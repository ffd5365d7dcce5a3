import { createQuestionAnswerer } from '../src/core/create-question-answerer.ts';
const e = await createQuestionAnswerer();
for (const q of process.argv.slice(2)) { const r = e.ask(q); console.log(q, r.abstained, r.answers.map(a=>a.ref+':'+a.confidence).join(','), '|', r.summary.slice(0,100)); }
