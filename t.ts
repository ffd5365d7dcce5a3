import { createQuestionAnswerer } from './src/core/create-question-answerer.ts';
const e = await createQuestionAnswerer();
for (const q of ['災害対応は誰が担当？', '費用負担はどう決まる？', '第６条を見せて', '移住促進で宇部市は何をする？', 'さいがいたいさく', 'ｻｲｶﾞｲﾀｲｻｸ', '今日の天気は？', 'who handles disaster response?', '別表３（１）エ', '第四条']) {
  const r = e.ask(q);
  console.log(q, r.intent, r.abstained, r.answers.map(a => `${a.agreement}:${a.ref}:${a.score}`).join(' '), '\n  ', r.summary);
}
