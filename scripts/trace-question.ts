/** Dev aid: prints how the engine reads questions (concepts, weights, top candidates). */
import { createQuestionAnswerer } from '../src/core/create-question-answerer.ts';
const engine = await createQuestionAnswerer({
  trace: ({ groups, ranked }) => {
    for (const g of groups) console.log(`   concept ${g.label} w=${g.weight.toFixed(2)}${g.optional ? ' (party)' : ''} phrases=${JSON.stringify(g.phrases)}`);
    for (const r of ranked.slice(0, 4)) console.log(`   cand ${r.passage.id} cov=${r.coverage.toFixed(2)} strong=${r.strong} score=${r.score.toFixed(2)}`);
  },
});
for (const q of process.argv.slice(2)) {
  console.log(`Q: ${q}`);
  const r = engine.ask(q);
  console.log(`=> ${r.abstained ? 'ABSTAIN' : r.answers.map((a) => `${a.agreement}:${a.ref}`).join(' ')}\n   ${r.summary.slice(0, 160)}`);
}
