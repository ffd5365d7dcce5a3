/**
 * Table tests of the engine's small parts: reference parsing, intent, normalisation, token
 * predicates, glossary matching and query understanding. Each case says why it is there, so a
 * failing row explains which decision broke.
 */
import { asksFacilityAddress, asksPartnerAddress, asksSignatoryAddress, dropAlignedDates, dropTimeWords, namesNothingButTheAgreement, replaceFramingWith } from '../src/core/search/fact-concepts.ts';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import { beforeAll, describe, expect, it } from 'vitest';
import { GlossaryMatcher, type Glossary } from '../src/core/search/glossary.ts';
import { asksComposition, asksForArticle, asksForDefinition, asksForMembership, asksForQuote, asksForRole, asksForVenue, asksIfIncluded, asksWhereItBelongs, classifyIntent, isSmallTalk } from '../src/core/search/intent.ts';
import { contextEnd, idfWeight, negatedSpans } from '../src/core/search/query.ts';
import { findReferences, parseKanjiNumber, refCovers } from '../src/core/search/references.ts';
import { characterBigrams, citationTerms, createAnalyzer, isContentToken, type Analyzer } from '../src/core/text/analyzer.ts';
import { loadKuromojiTokenizer } from '../src/core/text/load-kuromoji.ts';
import { expandIterationMarks, normalizeQuestion, normalizeText, toKatakana } from '../src/core/text/normalize.ts';
import { isKanaOnly, isKatakanaWord, isLightVerb, isPunctuationOnly, isStopNoun, isStopPartOfSpeech, stemLongVowel } from '../src/core/text/token-filters.ts';

describe('findReferences', () => {
  const cases: [question: string, refs: string[], why: string][] = [
    ['第4条を見せて', ['第4条'], 'the canonical half-width form'],
    [normalizeText('第４条の条文は？'), ['第4条'], 'full-width digits are made half-width by NFKC first'],
    ['第四条について教えて', ['第4条'], 'kanji numerals are read as numbers'],
    ['2条ってなんて書いてあるんだっけ', ['第2条'], 'staff drop the 第'],
    ['show me article 4', ['第4条'], 'English article references'],
    ['別表3(1)エ', ['別表3(1)エ'], 'an annex row with its subsection'],
    [normalizeText('別表３（１）エを見せて'), ['別表3(1)エ'], 'full-width brackets become ASCII under NFKC'],
    ['別表2のイ', ['別表2イ'], 'の between section and label'],
    ['3(1)アを見せて', ['別表3(1)ア'], 'the bracketed subsection is unambiguous without 別表'],
    ['1ウの取組内容を教えて', ['別表1ウ'], 'a digit and a label standing alone'],
    ['インバウンド', [], 'a katakana word is not the label ウ'],
    ['前文と末文', ['前文', '末文'], 'named parts, in order of appearance'],
    ['第4条と別表3(1)エを見せて', ['第4条', '別表3(1)エ'], 'several references, without overlaps'],
    ['第2会議室の予約', [], '第2 without 条 is no article'],
    ['地方自治法252条の2第1項ってどこに出てくる？', [], 'a statute’s article (法 before it, の2 after it) is a citation, not a passage'],
    ['自治法第252条', [], 'a statute’s article even without の2'],
    ['第3条のひとつ前の条文には何が書いてある？', ['第2条'], 'the article before the one named'],
    ['第4条の次の条', ['第5条'], 'the article after the one named'],
    ['第5条の一つ手前の条は何の規定？', ['第4条'], '手前 is before'],
    ['第4条にある「前条の取組」はどれ？', ['第3条'], 'the text’s own 前条, read from the article it is in'],
    ['第2条に「次条に規定する取組」とある', ['第3条'], 'the text’s own 次条'],
    ['第1条の前の条', ['前文'], 'before 第1条 comes the preamble'],
    ['第5条と「前条」の関係は？', ['第5条'], '前条 said beside an article, not inside it, is not read from it'],
    ['第6条のあとの締めくくりの部分', ['第6条'], 'what follows an article but is no article is not the next one'],
    ['第3条の前の条件は？', ['第3条'], '条件 is no article'],
    ['第5条の前の条例との関係は？', ['第5条'], '条例 is no article'],
    ['第3条の前の条項は？', ['第2条'], '条項 is the article’s clauses'],
    ['別表1には何が並んでる？', ['別表1'], 'a section of the annex by its number'],
    ['別表3の(2)はどういう政策分野？', ['別表3(2)'], 'a subsection, with の before its bracket'],
    ['別表3(1)エと別表2', ['別表3(1)エ', '別表2'], 'a row and a section side by side: the row is read whole'],
    ['別表の2番目の柱は？', ['別表2'], 'the annex’s sections counted as staff count them'],
    ['第三の柱', ['別表3'], '第N の柱, in kanji'],
    ['3つの柱は何？', [], 'how many pillars, not which'],
    [normalizeText('別表（第３条関係）'), ['第3条'], 'the annex’s title cites its article, and names no section'],
  ];
  it.each(cases)('%s → %j (%s)', (question, refs) => {
    expect(findReferences(question).map((r) => r.ref)).toEqual(refs);
  });

  it.each<[ref: string, passageRef: string, covers: boolean, why: string]>([
    ['別表1', '別表1エ', true, 'a row of the section'],
    ['別表3', '別表3(2)ア', true, 'a row of a subsection of the section'],
    ['別表3(1)', '別表3(2)ア', false, 'another subsection'],
    ['第1条', '第1条', true, 'a passage is its own ref'],
    ['第1条', '第1条の2', false, 'only sections cover other refs'],
  ])('refCovers(%s, %s) = %s (%s)', (ref, passageRef, covers) => {
    expect(refCovers(ref, passageRef)).toBe(covers);
  });

  it.each([
    // Told which article is the last, the one after it is the closing.
    ['第6条の次の条', 6, ['末文']],
    ['第5条の次の条', 6, ['第6条']],
    // Not told, it cannot know: 第7条, which the engine then says does not exist.
    ['第6条の次の条', undefined, ['第7条']],
    // The text's own 次条 of the last article is no closing: it would be read as that article's word.
    ['第6条の「次条」', 6, ['第7条']],
    // From the frame inwards: the first article after the preamble, the last before the closing.
    ['前文の次の条は？', 6, ['第1条']],
    ['末文のひとつ前の条', 6, ['第6条']],
    // Nothing comes before the preamble: 前文 itself is read.
    ['前文の前の条', 6, ['前文']],
    // The first and the last article by their place.
    ['一番最後の条文は何について書いてある？', 6, ['第6条']],
    ['最初の条は？', 6, ['第1条']],
    ['最後の条件は？', 6, []],
  ] as const)('%s with last article %s → %j', (question, last, refs) => {
    expect(findReferences(question, last).map((r) => r.ref)).toEqual(refs);
  });

  const numbers: [text: string, value: number | undefined, why: string][] = [
    ['四', 4, 'a single kanji digit'],
    ['十二', 12, 'ten and ones'],
    ['二十', 20, 'tens only'],
    ['十', 10, 'ten alone'],
    ['前', undefined, '前条 is not numbered'],
  ];
  it.each(numbers)('parseKanjiNumber(%s) = %s (%s)', (text, value) => {
    expect(parseKanjiNumber(text)).toBe(value);
  });
});

describe('intent', () => {
  const cases: [question: string, expected: ReturnType<typeof classifyIntent>, referenceOnly: boolean, why: string][] = [
    ['災害対応は誰が担当？', 'role', false, '誰 / 担当 ask who does what'],
    ['who handles disaster response?', 'role', false, 'English who-questions too'],
    ['第6条を見せて', 'quote', true, '見せて asks for the text, even with a reference'],
    ['別表3(2)ア', 'reference', true, 'a bare reference'],
    ['費用負担はどう決まる？', 'search', false, 'anything else is a search'],
  ];
  it.each(cases)('%s → %s (%s)', (question, expected, referenceOnly) => {
    expect(classifyIntent(normalizeText(question), referenceOnly)).toBe(expected);
  });

  const predicates: [name: string, predicate: (q: string) => boolean, question: string, expected: boolean, why: string][] = [
    ['role', asksForRole, '観光は誰が担当？', true, '誰 is the plainest who-question'],
    ['quote', asksForQuote, '別表2エの全文', true, '全文 asks for the whole text'],
    ['article', asksForArticle, '協約本文ではどう書いてる？', true, '本文 means the articles, not the annex'],
    ['article', asksForArticle, '大原則はどの条？', true, 'どの条 asks for an article'],
    ['article', asksForArticle, '観光の取組は？', false, 'a topic question wants no particular kind'],
    ['venue', asksForVenue, '連携協約ってどこで協議してるの？', true, 'where + a verb of meeting asks for a forum'],
    ['venue', asksForVenue, '連携する取組と役割ってどこで決まってる？', false, 'where + 決まる asks where the text says so'],
    ['placing', asksWhereItBelongs, 'Where does a relocation fair in Tokyo fit in the annex?', true, 'where … fit asks a row, as どこに入る？ does'],
    ['placing', asksWhereItBelongs, 'Garbage-sorting guides made with neighbouring towns: which policy area?', true, 'which policy area asks a row'],
    ['placing', asksWhereItBelongs, 'Which row of the annex covers this?', true, 'which row'],
    ['placing', asksWhereItBelongs, 'Where will the liaison meeting be held?', false, 'where + held asks a venue, not a row'],
    ['included', asksIfIncluded, 'Does it at least say how often the meeting is held?', true, 'whether the text says so'],
    ['included', asksIfIncluded, 'Does the agreement fix how much each city pays?', true, 'whether the text fixes it (第4条)'],
    ['included', asksIfIncluded, 'How often is the liaison meeting held?', false, 'asked straight, not of the text'],
    ['membership', asksForMembership, 'Where in the annex does disaster training for residents belong?', false, 'a row, not who belongs'],
    ['membership', asksForMembership, 'Are there fines for a member that does not pay its share?', false, 'a fine, not who belongs'],
    ['membership', asksForMembership, 'How many members sit on the vision roundtable?', false, 'a body’s members, not the 圏域’s'],
    ['membership', asksForMembership, 'Is Hofu a member of the region?', true, 'who belongs, still'],
    ['membership', asksForMembership, 'Where does a joint library card system across towns belong?', false, 'where … belong asks a row, not who belongs'],
    ['definition', asksForDefinition, '乙の名前は？', true, 'a party’s name is what it stands for (the 前文)'],
    ['definition', asksForDefinition, '乙の担当者の名前は？', false, 'a person’s name, not the party’s'],
    ['definition', asksForDefinition, 'Who are 甲 and 乙?', true, 'who are, as who is'],
    ['definition', asksForDefinition, 'Who are 甲 and 乙 responsible for?', false, 'what they are responsible for is a role'],
    ['composition', asksComposition, '懇談会のメンバーは？', true, 'what a body is made of'],
    ['composition', asksComposition, '懇談会の構成は？', true, '構成 asked bare'],
    ['composition', asksComposition, '懇談会のメンバーは誰？', false, 'members by name: a person asked'],
    ['composition', asksComposition, '懇談会のメンバーの名前は？', false, 'names'],
  ];
  it.each(predicates)('%s: %s (%s) → %s', (_name, predicate, question, expected) => {
    expect(predicate(normalizeText(question))).toBe(expected);
  });
});

describe('normalisation', () => {
  const cases: [input: string, output: string, why: string][] = [
    ['第４条', '第4条', 'full-width digits'],
    ['ｻｲｶﾞｲﾀｲｻｸ', 'サイガイタイサク', 'half-width katakana'],
    ['ＵＩＪターン', 'uijターン', 'full-width latin, lower-cased'],
    ['高度な中心拠点の整備･広域的', '高度な中心拠点の整備・広域的', 'the half-width middle dot of the document'],
    ['災害 対策', '災害対策', 'a space between Japanese characters is PDF noise'],
    ['人々', '人人', '々 repeats the previous character'],
    ['a\u200bb', 'a b', 'zero-width characters only break matching'],
    ['災害\uD800対策', '災害対策', 'a lone surrogate is no character (the tokenizer would glue it to 対)'],
    ['防災😀\uDC00', '防災😀', 'a whole surrogate pair stays; only the stray half goes'],
  ];
  it.each(cases)('%s → %s (%s)', (input, output) => {
    expect(normalizeText(input)).toBe(output);
  });

  it.each([
    ['地域医療の確保　別表のどれ', '地域医療の確保、別表のどれ', 'a space a question types between two kanji parts two words'],
    ['ｻｲｶﾞｲｼﾞﾉ ｿｳｺﾞｼｴﾝ', 'サイガイジノソウゴシエン', 'kana keep their own rule (transliterate.ts reads the spaces)'],
    ['役割分担　どこに規定', '役割分担どこに規定', 'kanji then kana: removed as in the text'],
    ['費用はどうなっちょる？', '費用はどうなってる?', 'Yamaguchi 〜ちょる is 〜ている'],
    ['負担はなんぼ？', '負担はいくら?', 'なんぼ is いくら, so the figure asked is heard'],
    ['ちょっと教えて', 'ちょっと教えて', 'ちょっと is no 〜ちょる'],
    ['山口市は何しちょるん？', '山口市は何してるん?', '〜ちょる after し (している)'],
    ['連絡会議は見ちょる？', '連絡会議は見てる?', '〜ちょる after a kanji stem'],
    ['費用は決まっちょった？', '費用は決まってた?', 'ちょった is ていた, not ていった'],
    ['協約に書いちょらん？', '協約に書いてない?', 'ちょらん is ていない'],
    ['もうちょっと詳しく', 'もうちょっと詳しく', 'ちょっと after う is still no 〜ちょる'],
  ])('normalizeQuestion(%s) = %s (%s)', (input, output) => {
    expect(normalizeQuestion(input)).toBe(output);
  });

  it.each([
    ['各々', '各各', 'iteration mark after a kanji'],
    ['日々の暮らし', '日日の暮らし', 'so 日々 matches the glossary word 日日'],
  ])('expandIterationMarks(%s) = %s (%s)', (input, output) => {
    expect(expandIterationMarks(input)).toBe(output);
  });

  it.each([
    ['さいがい', 'サイガイ', 'hiragana readings compare with katakana ones'],
    ['ターン', 'ターン', 'katakana is left alone'],
  ])('toKatakana(%s) = %s (%s)', (input, output) => {
    expect(toKatakana(input)).toBe(output);
  });
});

/** A kuromoji token with only the fields the predicates read. */
function token(surface: string, pos: string, detail = '*', basic = surface): IpadicFeatures {
  return {
    word_id: 0,
    word_type: 'KNOWN',
    word_position: 1,
    surface_form: surface,
    pos,
    pos_detail_1: detail,
    pos_detail_2: '*',
    pos_detail_3: '*',
    conjugated_type: '*',
    conjugated_form: '*',
    basic_form: basic,
    reading: '*',
    pronunciation: '*',
  };
}

describe('token predicates', () => {
  const cases: [name: string, actual: () => boolean, expected: boolean, why: string][] = [
    ['stop POS', () => isStopPartOfSpeech(token('は', '助詞', '係助詞')), true, 'particles are grammar'],
    ['stop POS', () => isStopPartOfSpeech(token('災害', '名詞', '一般')), false, 'nouns are topics'],
    ['stop noun', () => isStopNoun(token('こと', '名詞', '非自立')), true, 'dependent nouns carry no topic'],
    ['stop noun', () => isStopNoun(token('これ', '名詞', '代名詞')), true, 'pronouns carry no topic'],
    ['stop noun', () => isStopNoun(token('医療', '名詞', '一般')), false, 'a plain noun is a topic'],
    ['light verb', () => isLightVerb(token('し', '動詞', '自立', 'する')), true, 'する is in every passage'],
    ['light verb', () => isLightVerb(token('い', '動詞', '非自立', 'いる')), true, 'auxiliary verbs are grammar'],
    ['light verb', () => isLightVerb(token('抜け', '動詞', '自立', '抜ける')), false, '抜ける means something (廃止)'],
    ['punctuation', () => isPunctuationOnly('?'), true, 'NFKC makes ？ ASCII, which kuromoji tags as a noun'],
    ['punctuation', () => isPunctuationOnly('条'), false, 'a kanji is a letter'],
    ['katakana word', () => isKatakanaWord('テクノロジー'), true, 'katakana and the long-vowel mark'],
    ['katakana word', () => isKatakanaWord('テクノロジー化'), false, 'a kanji makes it no katakana word'],
    ['kana only', () => isKanaOnly('さいがいたいさく'), true, 'a kana-only question is read against the lexicon'],
    ['kana only', () => isKanaOnly('災害'), false, 'kanji are not kana'],
    ['content', () => isContentToken(token('はだれ', '名詞', '一般')), false, '甲は具体的にはだれ？: は and だれ read as one noun (斑) ask, and name no topic'],
    ['content', () => isContentToken(token('はだ', '名詞', '一般')), true, 'only a question word after the particle'],
  ];
  it.each(cases)('%s (%s): %s', (_name, actual, expected) => {
    expect(actual()).toBe(expected);
  });

  it.each([
    ['テクノロジー', 'テクノロジ', 'a final ー on a long katakana word is a spelling choice'],
    ['ルール', 'ルール', 'short words keep it: ルル is another word'],
    ['コピー機', 'コピー機', 'only katakana words are stemmed'],
  ])('stemLongVowel(%s) = %s (%s)', (input, output) => {
    expect(stemLongVowel(input)).toBe(output);
  });
});

describe('citations and bigrams', () => {
  it.each([
    ['地方自治法第252条の2第1項', ['第252条の2', '第1項'], 'the 前文 cites 第1項: the number is what matters'],
    ['地方自治法252条の2第4項', ['第252条の2', '第4項'], 'staff drop the 第; it is added back'],
    ['第1回幹事会', [], '回 counts meetings, it cites nothing'],
    ['252条の2の2', ['第252条の2の2'], 'a branch of a branch is another article, which the text does not cite'],
  ])('citationTerms(%s) = %j (%s)', (text, terms) => {
    expect(citationTerms(text)).toEqual(terms);
  });

  it('bigrams come from kanji and katakana runs only (hiragana bigrams are grammar)', () => {
    expect(characterBigrams('災害対策について')).toEqual(['災害', '害対', '対策']);
  });

  it.each([
    [1, 60, 1, 'a word of one passage weighs fully'],
    [60, 60, 0.3, 'a word of every passage weighs the floor'],
    [0, 60, 1, 'an unknown word is weighted elsewhere; idf alone is neutral'],
  ])('idfWeight(%i, %i) = %d (%s)', (df, n, weight) => {
    expect(idfWeight(df, n)).toBeCloseTo(weight, 2);
  });
});

describe('with the dictionary', () => {
  let tokenizer: Tokenizer<IpadicFeatures>;
  let analyzer: Analyzer;
  beforeAll(async () => {
    tokenizer = await loadKuromojiTokenizer();
    analyzer = createAnalyzer(tokenizer, { compounds: ['その他'] });
  });

  const glossary: Glossary = {
    compounds: [],
    synonyms: [
      { words: ['やめる'], means: ['廃止'] },
      { words: ['場'], means: ['会議'] },
      { words: ['議決'], means: ['議決'] },
      { words: ['外国人観光客', '観光客'], means: ['誘客'] },
    ],
    english: [
      { words: ['train'], means: ['公共交通'] },
      { words: ['training'], means: ['人材育成'] },
    ],
  };
  const match = (question: string): string[] => {
    const normalized = normalizeText(question);
    return new GlossaryMatcher(glossary).match(normalized, analyzer.tokens(normalized)).map((m) => m.word);
  };

  it.each([
    ['この協約をやめたくなったら', ['やめる'], 'a conjugated verb matches in its dictionary form'],
    ['働く場所を増やす', [], '場 must not match inside 場所'],
    ['どんな場で検討', ['場'], '場 as a word of its own'],
    ['議会の議決っているの', ['議決'], 'two kanji match inside a token the dictionary cut badly (議 / 決っ)'],
    ['外国人観光客を呼び込む', ['外国人観光客'], 'the longest word wins, 観光客 is not read again'],
    ['staff training', ['training'], 'training is not read as train'],
  ])('glossary: %s → %j (%s)', (question, words) => {
    expect(match(question)).toEqual(words);
  });

  it('matches an "English" word without latin letters too (the latin-only shortcut must not skip it)', () => {
    const digits = new GlossaryMatcher({ ...glossary, english: [...glossary.english, { words: ['5g'], means: ['情報通信'] }, { words: ['119'], means: ['災害'] }] });
    const normalized = normalizeText('１１９番の話');
    expect(digits.match(normalized, analyzer.tokens(normalized)).map((m) => m.word)).toEqual(['119']);
  });

  it('gives token offsets into the text, after emoji and characters beyond the BMP too', () => {
    // The last one: kuromoji measures the grouped 🇯🇵 in UTF-16 units and skips the と after it; the
    // tokens it does give must still point at their own text.
    for (const text of ['😀災害対策は誰が担当？', '𠮷野家で𩸽を食べた、防災の話', '👨‍👩‍👧 子育て支援 🇯🇵 と 医療']) {
      const normalized = normalizeText(text);
      const tokens = analyzer.tokens(normalized);
      expect(tokens.map((t) => normalized.slice(t.start, t.end)), text).toEqual(tokens.map((t) => t.surface));
      expect(tokens.at(-1)?.end, text).toBe(normalized.length);
    }
    // So a glossary word after emoji is found where it is (a kana word must match whole tokens).
    expect(match('🙏🙏この協約をやめたくなったら')).toEqual(['やめる']);
  });

  it.each([
    ['文化・芸術、テクノロジー、スポーツ', 'テクノロジ', true, 'an item of a list stands alone'],
    ['人口減少・少子高齢社会', '人口', false, '人口 of 人口減少 is part of a compound'],
    ['交流人口の拡大', '人口', false, 'so is 人口 of 交流人口'],
    ['圏域における生活機能の強化 その他', 'その他', true, 'compounds count as whole words'],
  ])('standalone(%s) has %s: %s (%s)', (text, term, expected) => {
    expect(analyzer.standalone(text).includes(term)).toBe(expected);
  });

  it.each([
    ['医療とか防災以外で、日々の暮らしを支える取組', ['医療とか防災'], 'nouns listed before 以外 are excluded'],
    ['防災の取組', [], 'no 以外, nothing excluded'],
  ])('negatedSpans(%s) = %j (%s)', (question, spans) => {
    const normalized = normalizeText(question);
    expect(negatedSpans(analyzer.tokens(normalized)).map((s) => normalized.slice(s.start, s.end))).toEqual(spans);
  });

  it.each([
    ['来週の議会答弁の準備で確認したいんですが、議会の議決は必要？', '来週の議会答弁の準備で確認したいんですが', 'a clause ending in が、 sets the scene'],
    ['大雨のとき、助け合う仕組みは？', '', 'とき、 is part of the question'],
  ])('contextEnd(%s) (%s)', (question, context) => {
    const normalized = normalizeText(question);
    expect(normalized.slice(0, contextEnd(analyzer.tokens(normalized)))).toBe(context);
  });
});

describe('isSmallTalk', () => {
  it.each([
    ['おつかれー', true, 'a greeting with a long vowel'],
    ['ありがとうございました！', true, 'thanks'],
    ['何かおもしろい話して', true, 'chat asked for'],
    ['Thanks!', true, 'English thanks'],
    ['お疲れ様です。災害対応は誰が担当？', false, 'a greeting before a question: the question is answered'],
    ['ありがとう、費用負担は？', false, 'thanks with a question'],
    ['協約の目的は？', false, 'a question'],
  ])('%s → %s (%s)', (text, expected) => {
    expect(isSmallTalk(normalizeText(text))).toBe(expected);
  });
});

describe('fact-concepts: how the facts asked reshape the concepts', () => {
  const group = (label: string, extra: Partial<ContentGroupLike> = {}): ContentGroupLike => ({ label, literal: [label], expansions: [], phrases: [[label]], weight: 1, optional: false, ...extra });
  type ContentGroupLike = Parameters<typeof dropTimeWords>[0][number];

  it.each([
    [['締結', '締結年'], ['締結'], '締結年 is 締結 with a time unit'],
    [['平成', '年'], [], 'an era and a unit are the calendar, not topics'],
    [['連絡会議', '予定'], ['連絡会議'], '予定 is a plan for a time'],
    [['年金'], ['年金'], '年金 holds 年 but is no time word made of a topic'],
    [['付け'], [], '何年付け: the date the agreement bears'],
    [['連絡会', '開く', 'ペース'], ['連絡会', '開く'], 'how often is the fact asked (毎年度), not a topic'],
    [['日付'], ['日付'], 'the date line is the 末文’s own topic'],
    [['連絡会', '何回', '年間', '開く'], ['連絡会', '開く'], '年間何回 asks how often'],
    [['date'], [], 'When is the agreement dated?: the date is the fact asked'],
  ])('dropTimeWords(%j) = %j (%s)', (labels, kept) => {
    expect(dropTimeWords(labels.map((l) => group(l))).map((g) => g.label)).toEqual(kept);
  });

  it('says when nothing but the agreement is named', () => {
    expect(namesNothingButTheAgreement([group('協約', { framing: true }), group('§when', { required: true })])).toBe(true);
    expect(namesNothingButTheAgreement([group('連絡会議')])).toBe(false);
  });

  it('lets the concluding words replace the words for the document (協約案 names 注記2 most of all)', () => {
    const kept = replaceFramingWith([group('協約案', { framing: true }), group('§when', { required: true })], [group('締結')]);
    expect(kept.map((g) => g.label)).toEqual(['§when', '締結']);
  });

  const hofu = { member: { role: '連携市町' }, end: 3 };
  const yamaguchi = { member: { role: '連携中枢都市' }, end: 3 };
  it.each([
    ['防府市の住所を教えて', [hofu], true, 'a 連携市町’s address'],
    ['防府市の所在地欄はどうなってる？', [hofu], false, 'what the column holds'],
    ['山口市の住所は？', [yamaguchi], false, 'a hub’s address is in the 末文'],
    ['防府市との協約で、甲の住所は？', [hofu], false, '甲の just before 住所'],
    ['乙の市町の所在地は？', [], true, '乙’s column, which the 末文 leaves as ○○'],
  ])('asksPartnerAddress(%s) = %s (%s)', (q, mentions, asked) => {
    expect(asksPartnerAddress(q, mentions)).toBe(asked);
  });

  const yamaguchiAt = (end: number): { member: { role: string }; end: number } => ({ member: { role: '連携中枢都市' }, end });
  it.each([
    ['山口市役所の住所は？', [yamaguchiAt(3)], false, true, 'the hub’s office: its own address, the 末文’s'],
    ['宇部市の所在地を教えて', [yamaguchiAt(3)], false, true, 'a hub’s address'],
    ['甲の住所は？', [], false, true, '甲’s address, printed beside its name'],
    ['山口市の支所の住所は？', [yamaguchiAt(3)], true, false, 'a branch office: no passage gives it'],
    ['防災センターの住所は？', [], true, false, 'a facility'],
    ['連絡会議の会場の住所は？', [], true, false, 'a venue'],
    ['協約書に山口市の所在地として書かれている住所は？', [yamaguchiAt(8)], false, false, 'a clause before 住所, no facility named'],
    ['宇部市側の所在地は？', [yamaguchiAt(3)], false, true, 'a party’s side is the party'],
    ['協約書に書かれている甲の所在地は？', [], false, false, 'a clause, then 甲: no facility (the noun before の is 甲), answered the ordinary way'],
    ['防府市の住所は？', [hofu], false, false, 'a 連携市町’s: the 末文 leaves it as ○○'],
  ])('asksFacilityAddress / asksSignatoryAddress(%s) = %s / %s (%s)', (q, mentions, facility, signatory) => {
    expect(asksFacilityAddress(q, mentions)).toBe(facility);
    expect(asksSignatoryAddress(q, mentions)).toBe(signatory);
  });

  it.each([
    ['各市町の日程を合わせて合同研修をやりたい', ['日程', '合同研修'], ['合同研修'], 'dates aligned are how a project is run, not its topic'],
    ['日取りをそろえて祭りをやりたい', ['日取り', '祭り'], ['祭り'], 'the same with 日取り'],
    ['合同研修の日程は？', ['日程', '合同研修'], ['日程', '合同研修'], 'dates asked stay (the fact asked abstains)'],
  ])('dropAlignedDates(%s)', (q, labels, kept) => {
    expect(dropAlignedDates(q, labels.map((l) => group(l))).map((g) => g.label)).toEqual(kept);
  });
});
