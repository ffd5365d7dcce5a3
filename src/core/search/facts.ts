/**
 * Questions that ask for a kind of fact the agreements hardly state (a figure, a date, one dated
 * occurrence, a place to look or a venue, a name, an application's steps, progress or an opinion,
 * another region or a statute's own text) and the passages that can supply one. A question asking
 * 何人? or いつ? is answered only by a passage holding such a fact, so 圏域の人口は何人？ does not quote
 * 第1条 for its 人口減少. The patterns live by kind in facts/; this module reads a question through them.
 * Small pure predicates, tested as a table.
 */
import { toHiragana } from '../text/normalize.ts';
import { asksElsewhere, namesOutsider } from './facts/elsewhere.ts';
import { asksContingencyEn, asksEvaluationEn, asksFigureEn, asksIfCostsWrittenEn, asksOccurrenceEn, asksOtherBodyEn, asksPersonEn, asksProcedureEn, asksSourceEn, asksTermsOfUseEn, asksWhenEn } from './facts/english.ts';
import { asksFigure, asksOccurrence, asksWhen, statesDate, statesFigure, statesWhen } from './facts/figures-and-dates.ts';
import { asksConcluding, asksManner, asksProcedure, asksTermsOfUse } from './facts/procedures.ts';
import { asksContingency, asksStatus } from './facts/status.ts';
import { CONCLUDING_TERM, CONTINGENCY_TERM, DATE_TERM, ELSEWHERE_TERM, FIGURE_TERM, MANNER_TERM, OUTSIDER_TERM, PERSON_TERM, PLACE_TERM, PROCEDURE_TERM, SOURCE_TERM, STATUS_TERM, TERMS_OF_USE_TERM, WHEN_TERM } from './facts/terms.ts';
import { asksPerson, asksPlace, asksSource } from './facts/who-and-where.ts';
import { asksWhereItBelongs } from './intent.ts';

export { CONCLUDING_TERM, CONTINGENCY_TERM, DATE_TERM, ELSEWHERE_TERM, FIGURE_TERM, MANNER_TERM, OUTSIDER_TERM, PERSON_TERM, PLACE_TERM, PROCEDURE_TERM, SOURCE_TERM, STATUS_TERM, TERMS_OF_USE_TERM, WHEN_TERM } from './facts/terms.ts';

/**
 * The sentences of a question that ask (end in ？), when it has several: 負担金の話って協約に書いて
 * ありますか？来年度の予算要求の前に… asks about 第4条, not about next year's budget. Facts are read on
 * the text, before any tokens; concepts weigh the same sentences by tokens (token-roles.ts
 * askingSentences), which also hears a question word or a closing か.
 */
function askingPart(normalized: string): string {
  const sentences = normalized.split(/(?<=[。?!])/u).filter((s) => s.trim() !== '');
  const asking = sentences.filter((s) => s.endsWith('?'));
  return sentences.length >= 2 && asking.length > 0 && asking.length < sentences.length ? asking.join('') : normalized;
}

/**
 * The fact terms a question needs (none for most questions). `ownPlaces` are the members' names,
 * which name this 圏域's places, not another region's (防府市の連携中枢都市圏での役割);
 * `outsiders` are nearby municipalities that are not members (周南市), whose agreements these are not.
 */
export function factsAskedFor(question: string, ownPlaces: readonly string[] = [], outsiders: readonly string[] = []): string[] {
  // A kana question read in the corpus's words keeps the spaces typed between them (連絡会議 の 場所
  // は どこ): the patterns read Japanese without them, English with them.
  // ｲｸﾗ, イツ, ドコ: a question typed in katakana asks in the same words as one in hiragana.
  const normalized = askingPart(toHiraganaAsking(question.replace(/(?<=[^\p{Script=Latin}\s])\s+(?=[^\p{Script=Latin}\s])/gu, '')));
  // The English ways of asking (facts/english.ts) only where the question has latin letters, and not
  // where it asks which row a project belongs to (Which row would a joint e-mail newsletter fall under?
  // Where would a tourism resource audit fit? Which row covers capacity building?): the e-mail, the
  // audit or the capacity is the project's, and the row is asked.
  // So too the figure's English words of figures-and-dates.ts (Which row would a joint fare discount
  // campaign fall under?).
  const placingEn = LATIN_LETTER.test(normalized) && asksWhereItBelongs(question);
  const english = LATIN_LETTER.test(normalized) && !placingEn;
  const when = asksWhen(normalized) || (english && asksWhenEn(normalized));
  return [
    ...(((asksFigure(normalized) && !placingEn) || (english && asksFigureEn(normalized))) && !(english && asksIfCostsWrittenEn(normalized)) ? [FIGURE_TERM] : []),
    ...(when ? [WHEN_TERM, ...(asksOccurrence(normalized) || (english && asksOccurrenceEn(normalized)) ? [DATE_TERM] : [])] : []),
    ...(asksSource(normalized) || (english && asksSourceEn(normalized)) ? [SOURCE_TERM] : []),
    ...(asksPerson(normalized) || (english && asksPersonEn(normalized)) ? [PERSON_TERM] : []),
    ...(asksPlace(normalized) ? [PLACE_TERM] : []),
    ...(asksProcedure(normalized) || (english && asksProcedureEn(normalized)) ? [PROCEDURE_TERM] : []),
    ...(asksTermsOfUse(normalized) || (english && asksTermsOfUseEn(normalized)) ? [TERMS_OF_USE_TERM] : []),
    ...(asksStatus(normalized) || (english && asksEvaluationEn(normalized)) ? [STATUS_TERM] : []),
    ...(asksContingency(normalized) || (english && asksContingencyEn(normalized)) ? [CONTINGENCY_TERM] : []),
    ...(asksManner(normalized) ? [MANNER_TERM] : []),
    ...(asksConcluding(normalized) ? [CONCLUDING_TERM] : []),
    ...(asksElsewhere(normalized, ownPlaces) || (english && asksOtherBodyEn(normalized)) ? [ELSEWHERE_TERM] : []),
    ...(namesOutsider(question, outsiders) ? [OUTSIDER_TERM] : []),
  ];
}

/**
 * Words the patterns above read, taught to the reader of kana questions (transliterate.ts) beside the
 * corpus's own: れんらくかいぎの ぎちょうは だれ must be read 連絡会議の議長は誰 for 議長 to ask for a
 * person, and no passage holds 議長 to teach its reading. A reading a corpus word has already is kept
 * (かいじょう stays 解除).
 */
export const FACT_WORDS: readonly string[] = [
  '議長', '会長', '座長', '委員長', '講師', '担当者', '名前', '名称', '会場', '場所', '開催地', '住所', '所在地', '議事録', '会議録',
  '割合', '何対何', '金額', '予算', '料金', '運賃', '無料', '保険', '人数', '人口', '期限', '期間', '有効期間', '有効期限', '日程', '日時',
  '開催日', '締結日', '何月', '何日', '何年', '何時', '何回', '何人', '次回', '予定', '計画', '進捗', '罰則', '違反', '交代', '傍聴',
  '電子署名', '保管', '自動更新', '手続き', '申請', '補助金', '代理', '代わり', '集合時間', '集合場所', '英訳', '写真', '何県', '日にち', '日取り', '事業者',
  // The terms of use (ASKS_TERMS_OF_USE): としょかんは しがいの ひとも かりられる？
  '市外', '町外', '県外', '圏域外', '他市', '隣町', '日曜', '土曜', '土日', '祝日', '休日', '夜間', '年末年始', '有料', '託児', '服装', '持ち物', '乗り捨て',
];

const LATIN_LETTER = /[a-z]/u;

/** Question words as katakana writes them (イクラ, イツ, ドコ, ダレ, ナンニン): the patterns read them in hiragana. */
const KATAKANA_ASKING = /イクラ|イツ|ドコ|ダレ|ドナタ|ナンジ|ナンニン|ナンネン|ナンカイ|ナンタイナン/gu;
/**
 * The same in a question that mixes scripts: only after a particle and not inside a longer katakana
 * word (移住フェア、サンカヒはイクラ？). Written among kanji and hiragana, the letters are mostly a word
 * of their own: ドイツからの観光客 is no いつ, イクラの販路拡大 no いくら, ドコモ no どこ.
 */
const KATAKANA_ASKING_APART = new RegExp(`(?<=[はがも、,]|って)(?:${KATAKANA_ASKING.source})(?![\\u30a1-\\u30fa\\u30fc])`, 'gu');
const HIRAGANA_OR_KANJI = /[\p{Script=Hiragana}\p{Script=Han}]/u;

function toHiraganaAsking(text: string): string {
  return text.replace(HIRAGANA_OR_KANJI.test(text) ? KATAKANA_ASKING_APART : KATAKANA_ASKING, toHiragana);
}

/**
 * How far the talks have got: the seed's first note (協議を進めています, at the 幹事会) is the one
 * passage that states progress, so この案はどこまで進んでる？ or 案の検討の経緯は？ is its question.
 */
const STATES_STATUS = /協議を進めて/u;

/** The fact terms a passage's text supplies. */
export function factsStatedIn(text: string): string[] {
  return [
    ...(STATES_STATUS.test(text) ? [STATUS_TERM] : []),
    ...(statesFigure(text) ? [FIGURE_TERM] : []),
    ...(statesWhen(text) ? [WHEN_TERM] : []),
    ...(statesDate(text) ? [DATE_TERM] : []),
  ];
}
