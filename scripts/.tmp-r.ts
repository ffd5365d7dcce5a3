import { createQuestionAnswerer } from '../src/core/create-question-answerer.ts';
import { renderAnswerBlocks } from '../src/slack/render/render-answer-blocks.ts';
const e = await createQuestionAnswerer();
for (const q of process.argv.slice(2)) {
  const r = renderAnswerBlocks(e.ask(q));
  console.log(`== ${q}: ${r.blocks.length} blocks`);
  for (const b of r.blocks) console.log(JSON.stringify(b).slice(0, 400));
}
