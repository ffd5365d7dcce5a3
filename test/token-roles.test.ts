/**
 * The token predicates of src/core/search/token-roles.ts on real kuromoji tokens, as tables: each
 * case says which noun it looks at and why the answer must be what it is.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { askingClause, askingSentences, isAsker, isExample, isForUse, isLoneKanji, isManner, namesOtherThing } from '../src/core/search/token-roles.ts';
import { createAnalyzer, type Analyzer, type PositionedToken } from '../src/core/text/analyzer.ts';
import { loadKuromojiTokenizer } from '../src/core/text/load-kuromoji.ts';
import { normalizeText } from '../src/core/text/normalize.ts';

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = createAnalyzer(await loadKuromojiTokenizer());
}, 30_000);

/** The tokens of a question and the index of the token spelled `surface`. */
function at(question: string, surface: string): { tokens: PositionedToken[]; i: number } {
  const tokens = analyzer.tokens(normalizeText(question));
  const i = tokens.findIndex((t) => t.surface === surface);
  if (i < 0) throw new Error(`${surface} is no token of ${question}: ${tokens.map((t) => t.surface).join('/')}`);
  return { tokens, i };
}

describe('isManner: a noun marked by で or に that says how', () => {
  it.each([
    { q: '目的を一言で言うと？', noun: '一言', expected: true, why: '一言で + a verb: how to answer' },
    { q: '文書で回答してほしい', noun: '文書', expected: true, why: 'the form of the answer' },
    { q: '議会では何を決める？', noun: '議会', expected: false, why: 'では marks a topic' },
    { q: '会議室で？', noun: '会議', expected: false, why: 'nothing after the particle: it is the question' },
  ])('$q / $noun → $expected ($why)', ({ q, noun, expected }) => {
    const { tokens, i } = at(q, noun);
    expect(isManner(tokens, i)).toBe(expected);
  });
});

describe('isForUse: a compound ending in 用 or 向け', () => {
  it.each([
    { q: '議会答弁用に短く教えて', noun: '答弁', expected: true, why: '答弁用に: for whom the answer is' },
    { q: '子ども向けの講座', noun: '子ども', expected: true, why: '向けの: the audience' },
    { q: '費用の分担', noun: '費用', expected: false, why: '用 inside a word is no suffix' },
  ])('$q / $noun → $expected ($why)', ({ q, noun, expected }) => {
    const { tokens, i } = at(q, noun);
    expect(isForUse(tokens, i)).toBe(expected);
  });
});

describe('isExample: a noun before みたいな, のような, など', () => {
  it.each([
    { q: '駅周辺みたいな拠点', noun: '駅', expected: true, why: 'みたいな after the compound 駅周辺' },
    { q: '商工会議所のような団体', noun: '商工', expected: true, why: 'のような' },
    { q: '拠点の整備', noun: '拠点', expected: false, why: 'an ordinary の' },
    { q: '商工会議所とかの経済団体', noun: '商工', expected: true, why: 'とかの before the thing asked' },
    { q: '観光とか移住とかの取組', noun: '移住', expected: false, why: 'the last item of a list, not an example' },
  ])('$q / $noun → $expected ($why)', ({ q, noun, expected }) => {
    const { tokens, i } = at(q, noun);
    expect(isExample(tokens, i)).toBe(expected);
  });
});

describe('isAsker: who or where the asker was asked', () => {
  it.each([
    { q: '議員さんから協約締結の法的根拠を聞かれました', noun: '議員', expected: true, why: 'から + 聞く: the one who asked' },
    { q: '議会で協約の目的を問われた場合に引用したい', noun: '議会', expected: true, why: 'で + 問われた: where it was asked' },
    { q: '課長に聞かれて答えられなかった', noun: '課長', expected: true, why: 'に + the passive 聞かれ' },
    { q: '議会で何を決める？', noun: '議会', expected: false, why: 'で without being asked: the topic' },
    { q: '議会に説明を聞く場はある？', noun: '議会', expected: false, why: 'に + 聞く not in the passive' },
    { q: '議会から。何を決める？', noun: '議会', expected: false, why: 'the sentence ends before any asking verb' },
  ])('$q / $noun → $expected ($why)', ({ q, noun, expected }) => {
    const { tokens, i } = at(q, noun);
    expect(isAsker(tokens, i)).toBe(expected);
  });
});

describe('isLoneKanji and namesOtherThing', () => {
  it('takes the lone kanji of a typo, not a numeral', () => {
    const typo = at('協約の廃址', '址');
    expect(isLoneKanji(typo.tokens[typo.i])).toBe(true);
    const counter = at('何通作る', '何');
    expect(isLoneKanji(counter.tokens[counter.i])).toBe(false);
  });

  it('reads 会議室 as another thing than 会議, but not 協約書, which the text prints', () => {
    const ctx = { inText: (s: string) => s === '協約書', glossary: { has: () => false } };
    const room = at('会議室の予約', '室');
    expect(namesOtherThing(room.tokens, room.i, ctx)).toBe(true);
    const deed = at('協約書は何通', '書');
    expect(namesOtherThing(deed.tokens, deed.i, ctx)).toBe(false);
  });
});

describe('askingClause: the clause that asks, set apart from what the question describes', () => {
  it.each([
    { q: '若手技術者向けの研修、講師はどこの大学の先生ですか', clause: '講師はどこの大学の先生ですか', why: 'after the last comma, with a question word' },
    { q: '多言語案内板、何語に対応させるの？韓国語は入る？', clause: '韓国語は入る?', why: 'the last asking sentence, a yes/no question' },
    { q: '共通入館券、高校生以下は無料になる？', clause: '高校生以下は無料になる?', why: 'a yes/no question ending in a verb' },
    { q: '合同防災訓練、自衛隊も来るの？', clause: '自衛隊も来るの?', why: 'a yes/no question ending in the の after a verb (tagged 連体化)' },
    { q: '合同防災訓練、自衛隊の車両の？', clause: undefined, why: 'の after a noun closes no predicate' },
    { q: '図書館の本を、圏域の住民なら誰でも借りられるようにしたい', clause: undefined, why: '誰でも asks nothing, and たい is no question' },
    { q: '赤字のローカル線を守るために、沿線のみんなで乗ろうという運動は？', clause: undefined, why: '…は？ only names the matter again' },
    { q: '乗合タクシーの講師は誰？', clause: undefined, why: 'one clause asks and describes at once' },
  ])('$q → $clause ($why)', ({ q, clause }) => {
    const normalized = normalizeText(q);
    const span = askingClause(analyzer.tokens(normalized));
    expect(span && normalized.slice(span.start, span.end)).toEqual(clause);
  });
});

describe('askingSentences: the sentences that end in ?, when there are several', () => {
  it.each([
    { q: '協約の目的、一言で言うと？企画会議で説明しないといけなくて', asking: ['協約の目的、一言で言うと?'], why: 'the trailing sentence says why one asks' },
    { q: '萩市の職員です。協約の目的は？', asking: ['協約の目的は?'], why: 'the leading sentence says who asks' },
    { q: '連絡会議を開くのは誰？課長レベル？', asking: ['連絡会議を開くのは誰?', '課長レベル?'], why: 'both sentences ask' },
    { q: '観光をやりたい。どの項目？', asking: ['どの項目?'], why: 'the matter is in the other sentence: query.ts keeps it when the asking one names nothing' },
    { q: '協約の目的は何でしょうか。企画課に来たばかりで', asking: ['協約の目的は何でしょうか。'], why: 'a question word or a closing か asks without ？' },
    { q: '協約の目的は？', asking: [], why: 'one sentence: nothing around it' },
    { q: '協約の目的は？！', asking: [], why: 'a run of marks closes one sentence' },
  ])('$q → $asking ($why)', ({ q, asking }) => {
    const normalized = normalizeText(q);
    const spans = askingSentences(analyzer.tokens(normalized));
    expect(spans.map((s) => normalized.slice(s.start, s.end))).toEqual(asking);
  });
});
