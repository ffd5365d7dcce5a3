import { createQuestionAnswerer } from './src/core/create-question-answerer.ts';
import { loadKuromojiTokenizer } from './src/core/text/load-kuromoji.ts';
const tok = await loadKuromojiTokenizer();
for (const q of ['市長同士が集まる会議ってあるの？', 'UIJターンの支援ってどこかに入ってる？','長','staff training','働く場所を増やす取組ってある？']) console.log(q, tok.tokenize(q.normalize('NFKC').toLowerCase()).map(t=>`${t.surface_form}/${t.pos}/${t.pos_detail_1}/${t.basic_form}`).join(' '));
