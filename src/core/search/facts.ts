/**
 * Questions that ask for a kind of fact (a figure, a date or time, a place to look) and the
 * passages that can supply one. The agreements state almost no figures or dates: 本協約書２通, 毎年度, the date line.
 * A question asking 何人? or いつ? is answered only by a passage holding such a fact, so 圏域の人口は
 * 何人？ does not quote 第1条 for its 人口減少. Small pure predicates, tested as a table.
 */

/** The term a passage holds when it states a figure, and a question needs when it asks for one. */
export const FIGURE_TERM = '§figure';
/** The same for a date, a time or a frequency. */
export const WHEN_TERM = '§when';

/** 何人, 何％, いくら, 何票, 何年に, どれくらい (not どのくらいの頻度, a frequency): a figure is asked for. */
const ASKS_FIGURE = /何人|何%|何パーセント|いくら|何票|何年に|何歳|何件|何円|何万|(?:どれ|どの)くらい(?!の?(?:頻度|ペース|間隔))|何キロ|何km|(?:率|数)(?:は|って|を)/u;
/** いつ, 日程, 期限, 何時, 頻度: a date, a time or a frequency is asked for. */
const ASKS_WHEN = /いつ|日程|期限|何時|何月|何日|開館時間|営業時間|時刻表|スケジュール|期間は|頻度|ペース|間隔/u;

/**
 * Figures of the kinds asked for: people, money, shares, ages, items. The agreements state none
 * (their only counts are 本書２通 and 第１回, which 何人 or いくら do not ask for), so a figure
 * question is answered by no passage unless the text gains one.
 */
const STATES_FIGURE = /[0-9０-９]+\s*[万千億]?\s*(?:人|円|%|％|パーセント|歳|件|票|キロ|km)/u;
/** Dates and frequencies: the date line (平成２９年 月 日), 毎年度, numbered meetings. */
const STATES_WHEN = /毎年度|(?:平成|令和)[0-9０-９]+年|第[0-9０-９]+回/u;

/** The same for where to find something (a page, a document) or whom to contact. */
export const SOURCE_TERM = '§source';

/**
 * どこで見られる, ホームページ, 電話番号, 問い合わせ先: the asker wants a place to look or someone to
 * call. The agreements name neither, so such a question is answered by no passage. But
 * 協約のどこで見られる？ asks for a passage, which is what the agreements are.
 */
const ASKS_SOURCE = /(?<!(?:協約|別表|条文|本文|案)(?:の|上の|で|では|だと)?)(?:どこで(?:見|み|確認|入手|手に入|調べ|もら|申し込|申込)|どこに(?:載って|のって|掲載|ある|置いて))|ホームページ|webサイト|url|リンク|電話番号|連絡先|問い?合わ?せ先|メールアドレス|内線/u;

/** The fact terms a question needs (none for most questions). */
export function factsAskedFor(normalized: string): string[] {
  return [
    ...(ASKS_FIGURE.test(normalized) ? [FIGURE_TERM] : []),
    ...(ASKS_WHEN.test(normalized) ? [WHEN_TERM] : []),
    ...(ASKS_SOURCE.test(normalized) ? [SOURCE_TERM] : []),
  ];
}

/** The fact terms a passage's text supplies. */
export function factsStatedIn(text: string): string[] {
  return [...(STATES_FIGURE.test(text) ? [FIGURE_TERM] : []), ...(STATES_WHEN.test(text) ? [WHEN_TERM] : [])];
}
