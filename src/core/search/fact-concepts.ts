/**
 * How the facts a question asks reshape its concepts: a time word yields to the date asked, and a
 * 連携市町's own address is a place no passage states. Pure functions of the question's reading.
 */
import type { ContentGroup } from './query.ts';

/**
 * Words for a point in time, a plan for one or how often, which a question asking when names as the
 * fact asked (締結の年は何年？ 何年の予定？ 平成何年？ 何年付け？ どのくらいのペースで開く？ 年間何回？
 * When is the agreement dated?).
 */
const TIME_UNITS: readonly string[] = ['年', '月', '日', '年度', '時期', '予定', '想定', '見込み', '平成', '令和', '付け', '付', '頻度', 'ペース', '間隔', '何回', '回数', '年間', 'date', 'dated', 'year'];

/**
 * The concepts of a when-question without its time words: the year is the fact asked, not a topic
 * (the 末文's 平成２９年 holds no word 年), and a word made of a topic and a time unit is that topic
 * (締結年 beside 締結).
 *
 * @example dropTimeWords(groupsOf('協約案の締結年は何年？')).map((g) => g.label) // → ['締結', …]
 */
export function dropTimeWords(groups: readonly ContentGroup[]): ContentGroup[] {
  const labels = new Set(groups.map((g) => g.label));
  const isTimeWord = (label: string): boolean => TIME_UNITS.includes(label) || TIME_UNITS.some((unit) => label.endsWith(unit) && labels.has(label.slice(0, -unit.length)));
  return groups.filter((g) => !isTimeWord(g.label));
}

/** True when nothing but facts and framing is left: 協約はいつ？ 平成何年の協約？ name only the agreement. */
export function namesNothingButTheAgreement(groups: readonly ContentGroup[]): boolean {
  return !groups.some((g) => !g.optional && !g.framing && !g.required);
}

/**
 * The concepts of a question about the agreement's own date: its words for the document (協約案)
 * name every passage, and 注記2 most of all, so the concluding words take their place.
 */
export function replaceFramingWith(groups: readonly ContentGroup[], concluding: readonly ContentGroup[]): ContentGroup[] {
  return [...groups.filter((g) => !g.framing), ...concluding];
}

/** The address itself asked (住所を教えて, 何番地, 所在地は？), not what the column holds (住所欄, ひな形). */
const ASKS_ADDRESS = /(?:住所|所在地)(?!欄)(?:は|を|って|[？?]|$)(?![^。？?]{0,8}?(?:欄|ひな形|ひながた|書き方|どうな))|何番地/u;
/** 乙の (市町の) just before 住所: the partner's address, whoever it is. */
const OF_THE_PARTNER = /乙の(?:市町の?|市役所の?|町役場の?)?$/u;
/** 甲の, 中心市の just before 住所: the hub's address, though a 連携市町 was named earlier. */
const OF_THE_HUB = /(?:甲|中枢|中心市)の?$/u;

/**
 * True when a 連携市町's own address is asked (防府市の住所を教えて): the 末文 gives the hubs'
 * addresses and leaves 乙's as ○○. The member named last before 住所 is whose address is asked
 * (防府市との協約書で、甲の山口市の住所は？ asks 山口市's).
 */
export function asksPartnerAddress(normalized: string, mentions: readonly { readonly member: { readonly role: string }; readonly end: number }[]): boolean {
  const address = ASKS_ADDRESS.exec(normalized);
  if (!address) return false;
  // 乙の市町の所在地は？: the column the 末文 leaves as ○○.
  if (OF_THE_PARTNER.test(normalized.slice(0, address.index))) return true;
  const whose = mentions.filter((m) => m.end <= address.index).at(-1);
  return whose?.member.role === '連携市町' && !OF_THE_HUB.test(normalized.slice(whose.end, address.index));
}
