/**
 * Figures, dates and frequencies asked for, and the few a passage states (本協約書２通, 毎年度, the date
 * line). The agreements state almost none, so 圏域の人口は何人？ quotes no 第1条 for its 人口減少.
 */
import { ENDS_IN_PROJECT_WISH } from './project-wish.ts';

/** 何人, 何％, 何割, いくら, 何票, 取扱量は, a fee (委託料は？ 講師料は？: what one pays a firm or a speaker, no share of 第4条's), どれくらい (not どのくらいの頻度 or 年にどのくらい, a frequency), 補助金の額, 割合はどうなってる (人口割？): a figure is asked for. */
const ASKS_FIGURE =
  /何人|何名|なんにん|なんめい|なんたいなん|なんわり|何泊|何時間|何発|何種類(?!の?(?:協約|取組|分野|柱|条|項目))|(?<!第)何回まで|何分(?:おき|間隔|間|ごと|毎|つな|で|まで|くらい|ぐらい|[？?]|$)|何割|何対何|人口割|均等割|割合(?:は|って)どう(?:なって|なる|なっと)|何便|何頭|何棟|何軒|何%|何パーセント|いくら|何票|何歳|何件|何円|何万|何億|何千|なんまん|なんおく|(?:昨年度|前年度|去年|昨年|これまで|今まで)(?:は|の|に|中|で)?[^。？?]{0,12}?何回|何台|何[かカヶケ箇]所(?!か)|何校|何社|何床|何戸|(?<!(?:頻度|ペース|間隔)(?:は|って)?|(?:年|月|週)に)(?:どれ|どの)くらい(?!の?(?:頻度|ペース|間隔))|(?:年|月|週)に(?:どれ|どの)くらいの(?!頻度|ペース|間隔|回数)|(?:値段|価格)(?:は|も|って|を(?:教|知)|が(?:いくら|高|安)|いくら|[？?]|$)|何キロ|何km|何トン|何リットル|何ヘクタール|何平方|何年(?:間)?保存|(?:率|数)(?:は|って|を(?!増|減|伸|上げ|高め|引き上|拡|ふや|へら|のば|あげ))|(?<!負担|分担|負担金の|分担金の|費用の)(?:金)?額(?:は|って|を|が|[？?]?$)|(?<!負担)金額|単価(?:は|って|を(?:教|知|見|く|下)|[？?]|$)|いくつ(?!か|の(?:市町|自治体))|統計(?:は|って|ある|を(?:見|教|知|くだ|下さ|ほし|欲し))|件数|(?<![部通回])(?:率|数)[？?]?$|(?<!人|交流|定住|関係)量(?:は|って)|(?:運賃|料金)(?:は|って|を(?:教|知)|いくら|が(?:いくら|高|安))|定員|目標値(?:は|って|が|と|を(?:教|知|見|く|下|一覧|載せ|もら)|見たい|みたい|ある|あり|ほしい|欲しい|[？?]|$)|冊数|何冊|(?<!(?:費用|負担金?|分担)の?)(?:上限(?:は|って|を|が)|下限(?:は|って|を|が)|計算方法|計算式|算定方法|算出方法)|数値目標(?:[（(][^）)]*[）)])?(?:は|って|が|と|を(?:教|知|見|く|下|一覧|載せ|もら)|見たい|みたい|ある|あり|ほしい|欲しい|[？?]|$)|処理能力|(?<!交流|定住|関係)人口(?:は|って|を(?:教|知)|が(?:多|少))|予算(?:規模|額|配分)|(?:今年度|来年度|年間)の?予算(?!要求|編成|査定|要望|措置|の?(?:前|時期|前に))|年間の?[^。、？?]{0,8}?(?:数|量|額)|年齢(?:は|って|を(?:教|知)|制限|の?上限|の?下限)|品目|種目|数量(?:は|って|を(?:教|知)|と|[？?]|$)|(?:委託料|委託費|講師料|講演料|謝礼|参加費|利用料|入場料|手数料|会費|使用料|受講料|ガイド料|出展料|出店料|登録料|掲載料|協賛金|駐車料金|レンタル料)(?:は|って|を(?:教|知)|が(?:いくら|高|安)|いくら|[？?]|$)|\bwhat(?:'s| is| are)\b[^?]{0,30}\b(?:ratio|percentage|proportion)\b|\bwhat (?:ratio|percentage|proportion)\b|\b(?:how (?:many|much)(?! cop| original| counterpart)|population|budget|fare|price|(?:yearly |annual )?cap|ceiling|upper limit)\b|(?:kpi|指標)(?:は|って|が|を(?:教|知))?(?:何|なに|どれ|どんな|いくつ|[？?]|$)|(?:どんな|どういう|何を)指標|\b(?:what|which)\b[^?]{0,10}\b(?:kpis?|indicators?|metrics?)\b/u;
/**
 * いつ, 日程, 日にち (ひにち, 日取り), 期限, 何時, 頻度: a date, a time or a frequency is asked for (何日かかる, 何日から too; 何日か is a
 * few days). 日にち is no word inside 防災の日にちなんだ訓練 or その日にちゃんと, nor ひにち inside ひにちじょう (非日常);
 * one a project aligns (日取りを合わせて合同のお祭り, ひにちをそろえて, 各市町の日程を合わせて合同研修をやりたい) is asked of no one. Not いつ必要？ (議決はいつ要る？), which asks in what case: 第6条's 変更し、又は廃止しようとするとき.
 */
const ASKS_WHEN = /(?:日にち(?!な[まみむめんっ]|ゃ)|ひにち(?!じょう|な[まみむめんっ]|ゃ)|日取り|ひどり|日程|にってい)(?!を(?:合わせ|あわせ|そろえ|揃え|調整|ずら|統一|重ね|かさね))|なんがつ|なんにち(?!か)|なんねん|(?<!追|思)いつ(?!も|の間に|のまにか|か(?!ら)|[、,]?(?:でも|どうやって|どのように|どう|誰が)|(?:必要|要る|要り|いる[？?]|いる$|いります))|期限|締切|締め切り|何時|何月|何日(?!か(?![かけら]))|開催日|運行日(?:は|って|が|と|を(?:教|知|見|く|下|一覧|載せ|もら)|見たい|みたい|ある|あり|ほしい|欲しい|[？?]|$)|日時|カレンダー(?:は|って|が|と|を(?:教|知|見|く|下|一覧|載せ|もら)|見たい|みたい|ある|あり|ほしい|欲しい|[？?]|$)|開館時間|営業時間|設立(?:年|日|時期)|何年に(?:設立|できた)|(?:週|月|日|年)に?何回|なんじ(?:から|まで|に|ごろ|頃|[？?]|$)|(?:受付|診療|利用|開所|開庁|窓口)時間|(?:集合|出発|到着|解散)(?:時間|時刻)|(?:開始|終了|発売|販売|実施)(?:日|時間|時刻)|時刻表(?:は|って|が|と|を(?:教|知|見|く|下|一覧|載せ|もら)|見たい|みたい|ある|あり|ほしい|欲しい|[？?]|$)|スケジュール(?:は|って|を(?:教|知|見|く|下)|[？?]|$)|期間は|頻度|(?<!ス)ペース|間隔|何(?:か|ヶ|ヵ|カ|ケ|箇)?月前|何日前|何週間前|何年(?!か(?:経|たっ|過ぎ|後|先))|年に何回|年間(?:に)?何回|同じ日(?:に|だ|です|なの|[？?]|$)|同日(?:に|だ|です|なの|[？?]|$)|(?:年|月|週)(?:に|間)?なんかい|(?:年|月|週)に(?:どれ|どの)くらい(?!の(?!頻度|ペース|間隔|回数))|時期(?:は|って|を(?!問わ)|が|も)|\b(?:when|timetable|schedule|how often|what time)\b|\b(?:gathering|departure|start(?:ing)?) time\b|\bexpir|工程表|ロードマップ|\b(?:what|which|exact)\b[^?]{0,20}\b(?:day|date|month|session)\b/u;

/** 昭和何年の法律第何号？: the statute's number as the 前文 cites it (昭和２２年法律第６７号), no date of anything. */
const CITES_STATUTE_YEAR = /何年の?法律|法律第?何号/u;

/**
 * 次回の連絡会議はいつ？ 締結式は何時から？ 議決はいつあった？ 来年は（今度は, ことしは）いつ？ What time is the
 * meeting?: a date, time or frequency asked of one occurrence, not of the rule (what time of year is the rule's). 毎年度 (第5条) says how often, and the 末文's date line leaves the day blank,
 * so no passage answers it; 連絡会議はいつ開く？ still gets 第5条. So with a month or a day (連絡会議は
 * 毎年何月？) and a span before one (何か月前に申し出る？): 毎年度 gives neither. A past event dated (いつ
 * 締結されたんですか？ いつ議決された？) is one occurrence too: development, 26 such questions, all negatives.
 */
const ASKS_OCCURRENCE = /いつ\p{Script=Han}{1,4}(?:され|し)た(?:ん|の|[？?]|$)|何月|何日(?!か)|なんがつ|なんにち(?!か)|何(?:か|ヶ|ヵ|カ|ケ|箇)?月前|何週間前|いつ(?:頃)?(?:あった|だった|行われた|開かれた|された|した|決まった)|第[0-9０-９一二三四五六七八九十]+回の?[^。、]{0,14}?(?:いつ|日程|日時)|記者(?:発表|会見)|締結式|調印式|式典|同じ日(?:に|だ|です|なの|[？?]|$)|同日(?:に|だ|です|なの|[？?]|$)|次回|次の|今度の|今年度の|来年度の|今年の|来年の|(?:今年度?|来年度?|今度|ことし|こんど|らいねん)(?:は|も|中に?)|ことしの|こんどの|じかいの|来月|来週|今月|今週|開催日|日時|(?:日にち(?!な[まみむめんっ]|ゃ)|ひにち(?!じょう|な[まみむめんっ]|ゃ)|日取り|ひどり)(?!を(?:合わせ|あわせ|そろえ|揃え|調整|ずら|統一|重ね|かさね))|何時から|何時まで|なんじ(?:から|まで|ごろ|頃)|開催予定|予定(?:は|日)|\b(?:next|upcoming|this year's)\b|\bwhat time\b(?! of (?:the )?year)|\b(?:gathering|departure|start(?:ing)?) time\b|\b(?:exact|which) (?:day|date|session)\b|\bday and month\b|\bmonth and day\b|\bcouncil session\b/u;
/** A day's date: 7月26日. The agreements have none (平成２９年 月 日 is left blank). */
const STATES_DATE = /[0-9０-９]+\s*月\s*[0-9０-９]+\s*日/u;

/**
 * Figures of the kinds asked for: people, money, shares, ages, items. The agreements state none
 * (their only counts are 本書２通 and 第１回, which 何人 or いくら do not ask for), so a figure
 * question is answered by no passage unless the text gains one.
 */
const STATES_FIGURE = /[0-9０-９]+\s*[万千億]?\s*(?:人|円|%|％|パーセント|歳|件|票|キロ|km)/u;
/** Dates and frequencies: the date line (平成２９年 月 日), 毎年度. A numbered meeting (第１回幹事会) dates nothing. */
const STATES_WHEN = /毎年度|(?:平成|令和)[0-9０-９]+年/u;

/** 何組, 何本, 何個, 何枚, 何小間: a count, unless of what the text has (取組は何個？ 何種類？ 柱はいくつ？ 取組の数は？ 何本立て？ 何本柱？ is the annex). */
const ASKS_COUNT = /何(?:[組本枚個部食]|小間|ブース|区画|コマ)/u;
const COUNTS_TEXT = /(?:取組|分野|条|柱|協約|協約書|項目|行|欄)[^。、？?]{0,6}(?:何[組本枚個つ部]|何種類|いくつ)|(?:取組|取り組み|分野|条|柱|項目|行|欄)の数(?!値|量|字)|何本立て|(?:何本|いくつ)の?柱|協約書[^。？?]{0,12}?何(?:部|通)/u;

/**
 * 圏域の人口60万人維持って目標: a figure quoted must be in the passage, and none is. A share of costs
 * (費用は50%ずつ？) is 第4条's matter: agreed separately.
 */
const QUOTES_FIGURE = /[0-9０-９]+\s*[万千億]?\s*(?:人|円|%|％|パーセント|件)/u;
const ABOUT_SHARES = /負担|分担|割合|ずつ|折半|按分/u;
/** 年10万人を目標にした海外プロモーション、どの取組？: a figure quoted of a project whose row is asked, not the figure. */
const ASKS_WHICH_ROW = /別表(?:の|で|では|だと|上)?(?:どこ|どれ)|どの(?:取組|取り組み|行|項目|分野|柱)/u;

/**
 * 負担金の額まで協約に書いてある？ どっちがいくら出すかって協約で決まってる？: whether the agreement
 * states the shares, which 第4条 answers (agreed separately), not the figure itself. Development: 8
 * such questions, and no negative (those ask other figures: 派遣する職員の人数, 総生産額).
 */
const ASKS_IF_WRITTEN = /(?:協約|本文|条文)[^。？?]{0,12}?(?:書いて|書かれ|載って|決まって|定めて|記載|書き込)/u;
const ABOUT_COSTS = /負担|分担|割合|折半|按分|経費|費用|事業費|何対何|いくら(?:出す|払う|持つ)/u;

/**
 * 備蓄品はどれだけ共有する？ KPIはどれだけ達成できた？: an amount asked, unless of money (誰がどれだけ出す？ 予算はどっちがどれだけ持つ？ is
 * 第4条's: agreed separately). Development: 4 negatives, and 17 cost questions left to 第4条.
 */
const ASKS_AMOUNT = /どれだけ|どれほど/u;
/**
 * 取組はどれだけある？ 取組の数はどれだけ？ 協約書はどれだけ作る？ 連絡会議はどれだけの頻度？: a count of what the text holds (the annex's rows, the
 * 末文's ２通) or a frequency (第5条's 毎年度), not an amount the agreements leave unstated.
 */
const COUNTS_TEXT_AMOUNT = /(?:取組|取り組み|分野|条文?|項目|柱|協約書?|別表|行|欄|通)(?:の数)?(?:は|って|が)?(?:全部で)?(?:どれだけ|どれほど)|(?:どれだけ|どれほど)の(?:頻度|ペース|間隔)/u;
/** 観光客がどれだけ来ているか共有して誘客を進めたい: an amount wondered about inside a project wish (ENDS_IN_PROJECT_WISH). */
const WONDERS_AMOUNT = /(?:どれだけ|どれほど)[^。？?]{0,16}?か(?![？?]|$)/u;
const OF_MONEY = /負担|分担|割合|折半|按分|経費|費用|事業費|お金|予算|出す|出し|持つ|払う/u;

/** A figure is asked for (何人？ いくら？ 何個？), not counted of the text (条はいくつ？) nor asked whether the agreement states the shares (第4条). */
export function asksFigure(normalized: string): boolean {
  const figure =
    ((ASKS_FIGURE.test(normalized) || ASKS_COUNT.test(normalized)) && !COUNTS_TEXT.test(normalized)) ||
    (QUOTES_FIGURE.test(normalized) && !ABOUT_SHARES.test(normalized) && !ASKS_WHICH_ROW.test(normalized)) ||
    (ASKS_AMOUNT.test(normalized) && !OF_MONEY.test(normalized) && !COUNTS_TEXT_AMOUNT.test(normalized) && !(WONDERS_AMOUNT.test(normalized) && ENDS_IN_PROJECT_WISH.test(normalized)));
  return figure && !(ASKS_IF_WRITTEN.test(normalized) && ABOUT_COSTS.test(normalized));
}

/** A date, a time or a frequency is asked for; 昭和何年の法律 cites a statute, no date. */
export function asksWhen(normalized: string): boolean {
  return ASKS_WHEN.test(normalized) && !CITES_STATUTE_YEAR.test(normalized);
}

/** The date of one occurrence is asked for (次回, 何月何日), not the rule. */
export function asksOccurrence(normalized: string): boolean {
  return ASKS_OCCURRENCE.test(normalized);
}

/** A passage states a figure, a date or frequency, a day's date. */
export function statesFigure(text: string): boolean {
  return STATES_FIGURE.test(text);
}

export function statesWhen(text: string): boolean {
  return STATES_WHEN.test(text);
}

export function statesDate(text: string): boolean {
  return STATES_DATE.test(text);
}
