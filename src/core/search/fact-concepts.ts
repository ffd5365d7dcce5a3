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

/**
 * 日程を合わせて, 日取りをそろえて: dates a project aligns, which is how it is run, not its topic: イベントの
 * 日程を合わせて観光客を呼びたい is about the events and visitors (別表1エ), and no row needs the word 日程.
 */
const ALIGNED_DATES = /(日程|日にち|日取り|スケジュール)を(?:合わせ|あわせ|そろえ|揃え|調整|ずら|統一|重ね|かさね)/gu;

/** The concepts without the dates a project aligns (see ALIGNED_DATES). */
export function dropAlignedDates(normalized: string, groups: ContentGroup[]): ContentGroup[] {
  if (!normalized.includes('を')) return groups;
  const aligned = new Set([...normalized.matchAll(ALIGNED_DATES)].map((m) => m[1]));
  return aligned.size === 0 ? groups : groups.filter((g) => !aligned.has(g.label));
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

/**
 * The words that may stand between a party and its address (山口市役所の住所, 甲の市長の住所): its
 * office, its side or its mayor, whose address is the party's own, the one the 末文 prints beside its name.
 */
const SIGNATORY_WORDS = /市役所|町役場|役所|役場|本庁舎|本庁|庁舎|市長|町長|甲|乙|両市|中枢都市|中心市|側|の|\s/gu;
/** Words of the document itself (協約書の住所, 署名欄の住所は？): the 末文's column, not a facility's. */
const DOCUMENT_WORDS = /協約|署名|記名|押印|末文|欄|原本|文書/u;
/** A clause ends before whose address is asked (防災訓練のあと、宇部市役所の住所は？). */
const CLAUSE_BREAK = /[。？?、,]/gu;

type Mention = { readonly member: { readonly role: string }; readonly end: number };

/** Whose address is asked: what stands before 住所 after the member named last (or the clause's start). */
function addressOwner(normalized: string, mentions: readonly Mention[]): { whose: Mention | undefined; before: string; rest: string; joined: string } | undefined {
  const address = ASKS_ADDRESS.exec(normalized);
  if (!address || !/住所|所在地/u.test(address[0])) return undefined;
  const before = normalized.slice(0, address.index);
  const whose = mentions.filter((m) => m.end <= address.index).at(-1);
  let from = whose?.end ?? 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) from = Math.max(from, m.index + 1);
  const segment = before.slice(from);
  // The noun joined to 住所 by の (支所の住所): the owner named, not a clause (所在地として書かれている住所).
  const joined = NOUN_BEFORE_NO.exec(segment)?.[1] ?? '';
  return { whose: whose && whose.end >= from ? whose : undefined, before: segment, rest: segment.replace(SIGNATORY_WORDS, ''), joined: joined.replace(SIGNATORY_WORDS, '') };
}

/** The noun (kanji, katakana) just before の at the end of the text (防災センターの, 山口市の支所の; 書かれている甲の: 甲). */
const NOUN_BEFORE_NO = /([\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9]+)の$/u;

/**
 * True when a facility's address is asked (山口市の支所の住所は？ 防災センターの住所は？ 移住相談窓口の住所は？):
 * the 末文 gives the parties' own addresses only, and the rows name kinds of facility, never one.
 */
export function asksFacilityAddress(normalized: string, mentions: readonly Mention[]): boolean {
  const owner = addressOwner(normalized, mentions);
  return owner !== undefined && owner.joined !== '' && !DOCUMENT_WORDS.test(owner.joined);
}

/**
 * True when a signatory's own address is asked (山口市役所の住所は？ 宇部市の所在地を教えて): the 末文
 * prints it, however many questions of other addresses (a partner's ○○, a facility's) the examples hold.
 */
export function asksSignatoryAddress(normalized: string, mentions: readonly Mention[]): boolean {
  const owner = addressOwner(normalized, mentions);
  if (owner === undefined || owner.rest !== '' || asksPartnerAddress(normalized, mentions)) return false;
  return (owner.whose !== undefined && owner.whose.member.role !== '連携市町') || /甲|両市|中枢都市|中心市/u.test(owner.before);
}
