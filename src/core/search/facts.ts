/**
 * Questions that ask for a kind of fact the agreements hardly state (a figure, a date, one dated
 * occurrence, a place to look or a venue, a name, an application's steps, progress or an opinion,
 * another region or a statute's own text) and the passages that can supply one. The agreements state almost no figures or dates: 本協約書２通, 毎年度, the date line.
 * A question asking 何人? or いつ? is answered only by a passage holding such a fact, so 圏域の人口は
 * 何人？ does not quote 第1条 for its 人口減少. Small pure predicates, tested as a table.
 */
import { toHiragana } from '../text/normalize.ts';
import { indexOfPlaceName } from '../text/place-names.ts';

/** The term a passage holds when it states a figure, and a question needs when it asks for one. */
export const FIGURE_TERM = '§figure';
/** The same for a date, a time or a frequency. */
export const WHEN_TERM = '§when';

/** 何人, 何％, 何割, いくら, 何票, どれくらい (not どのくらいの頻度 or 年にどのくらい, a frequency), 補助金の額, 割合はどうなってる (人口割？): a figure is asked for. */
const ASKS_FIGURE =
  /何人|何名|なんにん|なんめい|なんたいなん|なんわり|何泊|何時間|何発|何種類(?!の?(?:協約|取組|分野|柱|条|項目))|(?<!第)何回まで|何分(?:おき|間隔|間|ごと|毎|つな|で|まで|くらい|ぐらい|[？?]|$)|何割|何対何|人口割|均等割|割合(?:は|って)どう(?:なって|なる|なっと)|何便|何頭|何棟|何軒|何%|何パーセント|いくら|何票|何歳|何件|何円|何万|何億|何千|なんまん|なんおく|(?:昨年度|前年度|去年|昨年|これまで|今まで)(?:は|の|に|中|で)?[^。？?]{0,12}?何回|何台|何[かカヶケ箇]所(?!か)|何校|何社|何床|何戸|(?<!(?:頻度|ペース|間隔)(?:は|って)?|(?:年|月|週)に)(?:どれ|どの)くらい(?!の?(?:頻度|ペース|間隔))|(?:年|月|週)に(?:どれ|どの)くらいの(?!頻度|ペース|間隔|回数)|(?:値段|価格)(?:は|も|って|を(?:教|知)|が(?:いくら|高|安)|いくら|[？?]|$)|何キロ|何km|何トン|何リットル|何ヘクタール|何平方|何年(?:間)?保存|(?:率|数)(?:は|って|を(?!増|減|伸|上げ|高め|引き上|拡|ふや|へら|のば|あげ))|(?<!負担|分担|負担金の|分担金の|費用の)(?:金)?額(?:は|って|を|が|[？?]?$)|(?<!負担)金額|単価(?:は|って|を(?:教|知|見|く|下)|[？?]|$)|いくつ(?!か|の(?:市町|自治体))|統計(?:は|って|ある|を(?:見|教|知|くだ|下さ|ほし|欲し))|件数|(?<![部通回])(?:率|数)[？?]?$|(?:運賃|料金)(?:は|って|を(?:教|知)|いくら|が(?:いくら|高|安))|定員|目標値(?:は|って|が|と|を(?:教|知|見|く|下|一覧|載せ|もら)|見たい|みたい|ある|あり|ほしい|欲しい|[？?]|$)|冊数|何冊|(?<!(?:費用|負担金?|分担)の?)(?:上限(?:は|って|を|が)|下限(?:は|って|を|が)|計算方法|計算式|算定方法|算出方法)|数値目標(?:[（(][^）)]*[）)])?(?:は|って|が|と|を(?:教|知|見|く|下|一覧|載せ|もら)|見たい|みたい|ある|あり|ほしい|欲しい|[？?]|$)|処理能力|(?<!交流|定住|関係)人口(?:は|って|を(?:教|知)|が(?:多|少))|予算(?:規模|額|配分)|(?:今年度|来年度|年間)の?予算(?!要求|編成|査定|要望|措置|の?(?:前|時期|前に))|年間の?[^。、？?]{0,8}?(?:数|量|額)|年齢(?:は|って|を(?:教|知)|制限|の?上限|の?下限)|品目|種目|数量(?:は|って|を(?:教|知)|と|[？?]|$)|(?:参加費|利用料|入場料|手数料|会費|使用料|受講料|ガイド料|出展料|出店料|登録料|掲載料|協賛金|駐車料金|レンタル料)(?:は|って|を(?:教|知)|が(?:いくら|高|安)|いくら|[？?]|$)|\bwhat(?:'s| is| are)\b[^?]{0,30}\b(?:ratio|percentage|proportion)\b|\bwhat (?:ratio|percentage|proportion)\b|\b(?:how (?:many|much)(?! cop| original| counterpart)|population|budget|fare|price|(?:yearly |annual )?cap|ceiling|upper limit)\b|(?:kpi|指標)(?:は|って|が|を(?:教|知))?(?:何|なに|どれ|どんな|いくつ|[？?]|$)|(?:どんな|どういう|何を)指標|\b(?:what|which)\b[^?]{0,10}\b(?:kpis?|indicators?|metrics?)\b/u;
/**
 * いつ, 日程, 期限, 何時, 頻度: a date, a time or a frequency is asked for (何日かかる, 何日から too; 何日か is a
 * few days). Not いつ必要？ (議決はいつ要る？), which asks in what case: 第6条's 変更し、又は廃止しようとするとき.
 */
const ASKS_WHEN = /なんがつ|なんにち(?!か)|なんねん|(?<!追|思)いつ(?!も|の間に|のまにか|か(?!ら)|[、,]?(?:でも|どうやって|どのように|どう|誰が)|(?:必要|要る|要り|いる[？?]|いる$|いります))|日程|期限|締切|締め切り|何時|何月|何日(?!か(?![かけら]))|開催日|運行日(?:は|って|が|と|を(?:教|知|見|く|下|一覧|載せ|もら)|見たい|みたい|ある|あり|ほしい|欲しい|[？?]|$)|日時|カレンダー(?:は|って|が|と|を(?:教|知|見|く|下|一覧|載せ|もら)|見たい|みたい|ある|あり|ほしい|欲しい|[？?]|$)|開館時間|営業時間|設立(?:年|日|時期)|何年に(?:設立|できた)|(?:週|月|日|年)に?何回|なんじ(?:から|まで|に|ごろ|頃|[？?]|$)|(?:受付|診療|利用|開所|開庁|窓口)時間|(?:集合|出発|到着|解散)(?:時間|時刻)|(?:開始|終了|発売|販売|実施)(?:日|時間|時刻)|時刻表(?:は|って|が|と|を(?:教|知|見|く|下|一覧|載せ|もら)|見たい|みたい|ある|あり|ほしい|欲しい|[？?]|$)|スケジュール(?:は|って|を(?:教|知|見|く|下)|[？?]|$)|期間は|頻度|(?<!ス)ペース|間隔|何(?:か|ヶ|ヵ|カ|ケ|箇)?月前|何日前|何週間前|何年(?!か(?:経|たっ|過ぎ|後|先))|年に何回|年間(?:に)?何回|同じ日(?:に|だ|です|なの|[？?]|$)|同日(?:に|だ|です|なの|[？?]|$)|(?:年|月|週)(?:に|間)?なんかい|(?:年|月|週)に(?:どれ|どの)くらい(?!の(?!頻度|ペース|間隔|回数))|時期(?:は|って|を(?!問わ)|が|も)|\b(?:when|timetable|schedule|how often|what time)\b|\b(?:gathering|departure|start(?:ing)?) time\b|\bexpir|工程表|ロードマップ|\b(?:what|which|exact)\b[^?]{0,20}\b(?:day|date|month|session)\b/u;

/** 昭和何年の法律第何号？: the statute's number as the 前文 cites it (昭和２２年法律第６７号), no date of anything. */
const CITES_STATUTE_YEAR = /何年の?法律|法律第?何号/u;

/** The same for one dated occurrence (次回, 今年度の, 何月何日): only a day's date states it. */
export const DATE_TERM = '§date';

/**
 * 次回の連絡会議はいつ？ 締結式は何時から？ 議決はいつあった？ 来年は（今度は, ことしは）いつ？ What time is the
 * meeting?: a date, time or frequency asked of one occurrence, not of the rule (what time of year is the rule's). 毎年度 (第5条) says how often, and the 末文's date line leaves the day blank,
 * so no passage answers it; 連絡会議はいつ開く？ still gets 第5条. So with a month or a day (連絡会議は
 * 毎年何月？) and a span before one (何か月前に申し出る？): 毎年度 gives neither.
 */
const ASKS_OCCURRENCE = /何月|何日(?!か)|なんがつ|なんにち(?!か)|何(?:か|ヶ|ヵ|カ|ケ|箇)?月前|何週間前|いつ(?:頃)?(?:あった|だった|行われた|開かれた|された|した|決まった)|第[0-9０-９一二三四五六七八九十]+回の?[^。、]{0,14}?(?:いつ|日程|日時)|記者(?:発表|会見)|締結式|調印式|式典|同じ日(?:に|だ|です|なの|[？?]|$)|同日(?:に|だ|です|なの|[？?]|$)|次回|次の|今度の|今年度の|来年度の|今年の|来年の|(?:今年度?|来年度?|今度|ことし|こんど|らいねん)(?:は|も|中に?)|ことしの|こんどの|じかいの|来月|来週|今月|今週|開催日|日時|日にち|何時から|何時まで|なんじ(?:から|まで|ごろ|頃)|開催予定|予定(?:は|日)|\b(?:next|upcoming|this year's)\b|\bwhat time\b(?! of (?:the )?year)|\b(?:gathering|departure|start(?:ing)?) time\b|\b(?:exact|which) (?:day|date|session)\b|\bday and month\b|\bmonth and day\b|\bcouncil session\b/u;
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

/** The same for where to find something (a page, a document) or whom to contact. */
export const SOURCE_TERM = '§source';

/**
 * どこで見られる, ホームページ, 電話番号, 問い合わせ先: the asker wants a place to look or someone to
 * call. The agreements name neither, so such a question is answered by no passage. But
 * 協約のどこで見られる？ asks for a passage, which is what the agreements are, and so does where
 * something is written (取組の一覧はどこに載ってる？), unless it is a document of its own
 * (設置要綱はどこにある？ 議事録は？). Development: 9 questions answered, none lost. Where the
 * signed originals are kept (原本はどこに保管？ どこの書庫？ 保管先は？) is no passage's either; who keeps them
 * (原本はどこが持つ？) is the 末文's 各自その１通を保有する. A storage place that is a project's
 * (備蓄品の保管場所を共有したい) is asked of no one.
 */
const ASKS_SOURCE =
  /(?:どこ|どの)(?:に|へ|の(?:書庫|倉庫|課|部署|部屋|かが|かで))[^。？?]{0,10}?(?:保管|保存|ほかん)|どこの(?:書庫|倉庫|金庫)|(?:保管|保存|ほかん)(?:場所|先|庫)(?:は|って|が|を(?:教|知)|どこ|[？?]|$)|(?:保管|保存)(?:は|って)[^。？?]{0,6}?課|(?<!(?:協約書?|別表|条文|本文|案|規定|定め|決まり|ルール|記載)(?:の|上の|で|では|だと|は|って)?)(?:どこで(?!も(?!ら))[^。、]{0,4}?(?:見(?!直)|み(?:られ|れる|れま|たい)|確認|入手|手に入|調べ|もら|申し込|申込|受け(?:られ|取|付)|買え|配(?:って|布|られ)|売って|販売)|どこに(?:置いて|保存))|(?:資料|要綱|要領|様式|(?<!の)規程|データ|ファイル|議事録|会議録|名簿|台帳|議案書?|写真|動画)(?:って|は)?どこに(?:ある|あり|載って|のって|掲載)|(?:ホームページ|(?<![a-z])hp(?![a-z]))(?:は|って|の(?:アドレス|url|リンク|どこ)|を(?:教|知)|どこ|(?:で|に)(?:公開|載|掲載|見)|[？?]|$)|(?:どの|どこの)ホームページ|webサイト|url|リンク|電話番号|連絡先|(?:担当課|担当部署|所管課)(?:の(?:名前|電話|連絡)|は(?:どこ|何課)|って(?:どこ|何課)|を(?:教え|知り)|(?:は|って)[？?]?$)|問い?合わ?せ先|メールアドレス|内線|(?<!(?:分野|取組|取り組み|項目|役割|条文|メニュー|柱)の?)一覧(?:を|が|って|は)?(?:ください|下さい|ほしい|欲しい|出し|見せ|もら)|(?:議事録|会議録)(?:は|って|を|が|も)?[^。？?]{0,6}?(?:公開|見られ|見れ|見たい|みたい|閲覧|ほしい|欲しい|もらえ|ある[？?]|あります|残って)|(?:報告先|提出先|送付先)|何課(?:に|へ|が|で|の|[？?]|$)|(?:誰|だれ|どこ)(?:あて|宛)に|窓口(?:は|って)(?:どこ|何)|(?:どこ|どの)の?(?:課|部署|部局)(?!長)|英語版|英訳|翻訳版|多言語版|ダウンロード|路線図|地図(?:は|って|が|を)|\bwhere\b[^?]{0,60}\b(?:stored|kept|filed|archived)\b|\bwho (?:should|do|can|could) (?:i|we) (?:contact|call|ask|email|talk to)\b|\bcontact (?:person|point)\b/u;

/** The same for a person (who chairs, who teaches) or the steps of an application. */
export const PERSON_TERM = '§person';
export const PROCEDURE_TERM = '§procedure';

/**
 * 会長は誰？ 講師は誰？ 担当者の名前: a person's name, which the agreements never give (誰が担当？
 * asks for a party's role, and 市長 in the 末文 is a title, not a name). So with an institution's or
 * a route's (どの大学？ どのバス路線？ 病院名は？): the rows name kinds of thing, never one. Which
 * bodies take part (郵便局も入ってる？) asks names too, but not of 経済団体, which 別表1ア names as the
 * ビジョン懇談会's members (懇談会には経済団体も入ってる？). Which firm, in English (Which consulting firm
 * wrote the plan?), with nothing but a word or two between: what is done for companies (What support do
 * companies get?), of what kind, or which row or article holds them asks of 別表1イ, not a name; the
 * name of the company that runs the ferry asks one. One named and checked (山口赤十字病院ですか？ 山口大学のこと？)
 * asks a name too; a kind (拠点病院ですか？) does not.
 */
const ASKS_PERSON =
  /(?<=\p{Script=Han}{2})(?<!拠点|基幹|中核|地域|高度|総合|公立|私立|国立|県立|市立)(?:病院|大学|高専|空港)(?:ですか|でしょうか|のこと|を(?:想定|指し|念頭))|(?:会長|副会長|講師|委員長|委員|担当者|議長|議員|代表者|座長|司会|司会者|進行役|市長|町長|部長|課長|係長)(?:さん)?(?:は|って|の名前(?!が入|を書|を入|の欄|書|を記|記入)|を)?[^。]{0,8}?(?:誰|だれ|どなた|名前(?!が入|を書|を入|の欄|書|を記|記入))|(?:誰|だれ|どなた)が(?:会長|講師|委員長|議長|座長|市長|町長)|(?:会長|議長|委員長|座長|代表)(?:は|を|って)[^。]{0,12}?(?:務め|つとめ|就任|就いて)|(?:出席|参加)(?:した|してた|していた)(?:の|人|者)(?:は|って)[^。]{0,4}?(?:誰|だれ|どなた)|名簿|(?:病院|施設|学校|大学|企業|会社|団体|店|宿|旅館)の(?:名前|名称)|どの(?:業種|企業|会社|団体|病院|学校|大学|施設|(?:バス)?路線|図書館|公民館|避難所|港|空港|観光地|カード)|(?:バス)?路線(?:は|って)(?:どれ|どこ)|どこの(?:会社|業者|事業者|企業|団体|病院)|(?<!連絡会議の)(?:構成)?メンバー(?:は|って)(?:誰|だれ|どなた)|どの(?:課長|部長|職員|担当者|人)|(?:どちら|どっち)の(?:病院|施設|会場|駅|港|空港|店|会社|業者|学校|大学)|(?:誰|だれ)が(?:行く|行っ|出張|出向|回る|訪問)|(?:会長|議長|幹事|事務局)市|(?:ブランド|事業|イベント|大会|商品|計画|プロジェクト|キャンペーン|ツアー|講座|セミナー|フェア|システム|アプリ|サイト|ツール|制度|補助金|基金)の(?:名前|名称)(?:は|って|を(?:教|知)|が|[？?]|$)|(?:大学|学校|企業|会社|団体|駅|店|ショップ|ホテル|旅館)(?:は|って)(?:どこ|どれ)(?!に|で(?:扱|取り扱|読|書|定|決|規定|出て)|の(?:取組|分野|条|項目|行|欄))|(?<!協約[書案]?(?:は|って|が|自体は?)?)(?:何|なん)(?:という|ていう|て言う)(?:文書|書類|規程|要綱|要領|取り決め|取決め)|文書名|(?:病院|大学|路線|施設|事業|業者|会社|企業|団体|店|駅|学校|道路|商品|ホテル|旅館|イベント|講座|担当者|担当課|部署|氏|機関|ブランド)名(?:は|って|を(?:教|知)|で|の?一覧|と|[？?]|$)|書類の名前|参加(?:校|者|団体|企業|事業者|店舗|チーム|自治会)(?:は|って|の(?:名前|一覧|リスト))|出演(?:する)?(?:学校|校|団体|者)(?:は|って|を(?:どう|どうやって)?(?:決め|選))|具体的に(?:は)?どの(?!よう|程度|くらい|ぐらい|辺|へん|(?:取組|取り組み|分野|条|項目|行|欄|別表|柱|協約|政策))|(?<!(?:圏域|都市圏|協約|懇談会|ビジョン|連絡会議)[^。？?]{0,14})正式(?:名称|名)(?:は|って|を(?:教|知))|(?:郵便局|銀行|信用金庫|信金|図書館|病院|企業|会社|学校|大学|(?<!経済)団体|協会|商工会議所|商工会|農協|漁協|事業者|店|ホテル|旅館)(?:は|も)(?:入って|参加して|加わって)|さんの(?:名前|氏名)|氏名(?:は|を|って|[？?]|$)|(?:どこ|どの)の?(?:大学|中学校|小学校|高校|酒蔵|漁協|農協|バス会社|運送会社|交通事業者|アプリ|競技団体|チーム|工場|店|ホテル|旅館|業者|メーカー|ベンダー|金融機関|バス停|停留所|焼却施設|処分場|商談会|展示会)|(?:相談員|当番医|担当医|講演者|ゲスト|運転手|ガイド|指導者|審査員|アドバイザー|コーディネーター|専門家)(?:さん)?(?:は|って|の)?[^。]{0,8}?(?:誰|だれ|どなた|どこの)|(?:ベンダー|運行事業者|委託先|発注先|受託者|委託業者|出展者|出店者)(?:は|って)(?:どこ|誰|だれ|どなた|決まっ)|\bwho (?:is|are) the (?:chair|mayor|head|members?)\b(?!\s*(?:of (?:the )?(?:region|area)|municipalit|cit(?:y|ies)\b|towns?\b|local\b|[?？.]|$))|\bwho chairs\b|\bchair(?:person|man)\b|\bcontractor|\b(?:which|what)\b(?:(?!\b(?:do|does|did|is|are|was|were|can|could|will|would|should|rows?|annex|articles?|sections?|parts?|kinds?|types?|sorts?)\b)[^?]){0,24}?\b(?:firms?|compan(?:y|ies)|consultan(?:t|ts|cy)|vendors?)\b(?![^?]{0,30}\b(?:row|annex|cover|section|article)s?\b)|\bnames? of (?:the |a |that |this |each )?(?:firms?|compan(?:y|ies)|consultan(?:t|ts|cy)|vendors?)\b/u;

/** 申請の手続き, 応募の要件: how to apply for something, which the agreements do not say (第6条's 協議 is the agreement's own procedure). */
const ASKS_PROCEDURE = /(?:申請|申込|申し込み|登録|応募|受給|利用|要請|依頼|出動)(?:の|する|する(?:ため|には)の?)?(?:手続|手順|方法|要件|やり方|条件|書類)|(?<!(?:変更|廃止|議決|締結)(?:する|の|が必要な場合の)?)要件(?:は|って|を|（|\()|(?:選定|選考|審査|認定|採択|設置|開設|運営|支給|判断|廃止する|存続の|撤退の|(?<!(?:費用|負担金?|分担)の?)配分|(?<!(?:費用|負担金?|分担)の?)按分)基準(?!を(?:共通|統一|そろえ|揃え|一本化))|過半数|[3三]分の[2二]|定足数|全会一致|多数決|特別多数|\bopen to the (?:public|press)\b|(?:どっち|どちら)[^。、？?]{0,6}?が先に(?:議決|議会|手続|協議|提出|提案|可決|する|やる)|(?:議決|手続)の?(?:順番|順序)|(?:補助|助成|支援金|給付|奨励金)(?:金|制度)?(?:は|って|も|が)?(?:ある|あり|出る|出ます|もらえ|受けられ|使え)|(?:謝金|謝礼|報償費|日当)(?:は|って|が|も)?(?:ある|あり|出る|出ます|もらえ|支払|払わ)|(?:受験料|受講料|参加費|利用料|申立費用|交通費|宿泊費|検定料)(?:は|を|って|も)?[^。？?]{0,6}?(?:負担して(?:くれ|もらえ)|(?:助成|補助)(?:して(?:くれ|もらえ)|され|は|って|ある|あり|出)|出(?:る|ます))|(?<!(?:国|県|総務省)(?:が|は|も))(?:助成|補助)して(?:もらえ|くれ)|(?:開放|受け入れ|受入れ|避難|運用|利用|申請|申込|登録|出動|派遣|応援|支援|貸し出し|貸出|相互利用)(?:する|の)?(?:とき|時|際|場合)?の?(?:具体的な)?(?:手順|マニュアル)(?:は|って|を(?:教|知)|[？?]|$)|(?:誰|だれ|どこ|どっち|どちら)が(?:起案|決裁|起草)|起案者|決裁(?:者|ルート|区分)|必要書類|提出書類|申請書|申請様式|様式は|特典|予約(?:の(?:方法|手順|仕方)|方法|(?:って|は)どう)|どう(?:やって|すれば|したら)[^。、]{0,4}?(?:申し込|申込|申請|予約|登録|応募)|\bquorum\b/u;

/** The same for a place: where something is held or built. */
export const PLACE_TERM = '§place';

/**
 * 会場は？ どこに建てる？ 候補地は？ 連絡会議はどこで開く？: the agreements name no venue or site. Where in
 * the text (研修事業は別表のどこで？ 観光イベントは協約上どこで？) asks for a passage, not a venue. The
 * meeting may stand in a clause of its own (第5条の連絡会議、開催場所は？) or the place be typed in kana.
 */
const ASKS_PLACE = /(?:会議|懇談会|協議会|幹事会|式|説明会|大会|フェア|商談会|イベント|研修|セミナー)(?:は|って|の会場って)?(?:(?!協約|別表|条文|本文|規定)[^。、？?]){0,6}?どこで(?:開|やる|やった|行|実施|[？?]|$)|(?:会場|候補地|建設地)(?:は|って|と|を教|を知|どこ|の場所)|どこの(?:会場|場所)|どこに(?:建てる予定|建設|設置する予定|整備する予定|置く|置き|つくる|作る)|(?<!協議|話し合い|調整|会議)(?:は|って)どこで(?:開催|開かれ|行われ)|どこの(?:市|町|市町)で(?:実施|開催|行|や)|(?<!協議|話し合い|調整|会議|議論)(?:は|って)どこで(?:やった|やる|行った|実施)|(?:病院|基地病院|拠点病院|施設|会場|事務局|避難所|商談会|説明会|フェア|大会)(?:は|って)どこ(?:です|でしょう|にあ(?:る|り)|[？?]|$)|(?:会議|大会|式|フェア|イベント|説明会|研修|訓練|セミナー)(?:の|、|,)?(?:場所|ばしょ|開催地|開催場所)(?:は|って|を|が|どこ)|開催地(?:は|って|を|が|どこ)|(?:(?:運行|サービス)(?:エリア|区域|範囲)|対象(?:エリア|区域))(?:は|って)?(?:どこ|どの(?:地域|地区|あたり|辺|市町))|どこの駅|どこの国|どの国|何県|どこの県|(?<!\p{Script=Han})国(?:は|って)どこ|(?:倉庫|施設|センター|事務所|工業団地|ショップ|店舗|駐車場|停留所|バス停|図書館|公民館|宿泊先|宿泊場所|輸出先|出荷先|館)(?:は|って)(?:(?!協約|別表|条|取組|項目|分野)[^。？?、]){0,4}?(?:どこに(?:ある|あり|でき|建|置)|何区|どこ(?:でしょう|ですか|なの|[？?]|$))|(?:センター|施設|事務所|会場|店舗|倉庫)の所在地|何区に|\bwhere (?:is|are|will) (?:the )?(?:meeting|venue|event)|\bwhere (?:was|were|is|are|will)\b[^?]{0,70}\b(?:held|located|hold)\b/u;

/** The same for the terms on which residents use a service: who may, when, at what cost, with what. */
export const TERMS_OF_USE_TERM = '§terms';

/**
 * 公民館講座は市外の人も申し込める？ 子育て支援センターは日曜も開いてる？ 防災士養成講座は無料？ 保険は
 * 掛かる？ 託児はつく？: how a service is run for its users. A row names the policy area a project
 * belongs to, never who may use it, when it is open, what it costs or what comes with it, so no
 * passage answers. Wanting it usable across the border (隣の市の子も使えるようにしたい) is a project,
 * and asks no such terms; nor is whether the agreements hold an insurance (介護保険は協約に入ってる？).
 * Said of a noun, a term describes the project asked about (市外の子どもも通える放課後児童クラブを一緒に
 * やれる？ 保険の加入が必要なイベント, 日曜も開いてる移住相談窓口を作りたい), not a term asked.
 */
const ASKS_TERMS_OF_USE =
  /(?:市外|町外|圏域外|県外|他市|他町|隣町|(?:ほか|他|よそ|隣|となり|近隣)の(?:市町?|町|自治体))(?:の|に住む|在住の|から(?:通う|来る|来た)?)?(?:人|子ども|子|住民|市民|町民|方|者|企業|事業者)?(?:でも|も)[^。？?]{0,12}?(?:使え|利用でき|借りられ|申し込め|申込め|参加でき|受けられ|受講でき|入れ|行け|泊まれ|相談でき|通え|預けられ|応募でき)(?!る?ように|るよう|る[一-龯ァ-ヶ])|(?:日曜|土曜|土日|祝日|休日|夜間|平日の夜|年末年始)(?:日)?(?:の(?:夜|朝|昼|午前|午後|夕方))?(?:も|でも|は|って|に)[^。？?]{0,8}?(?:開いて|あいて|やって|営業|開館|開所|利用でき|相談でき|受け付け|受付|使え)(?!(?:して)?い?る[一-龯ァ-ヶ])|保険(?:は|に|の加入|への加入|って|を|が)(?:(?!協約|別表|取組)[^。？?]){0,8}?(?:掛か|かか|入|加入|必須|必要|出る|適用)(?![なる][一-龯ァ-ヶ])|託児(?:は|って|が|も)?(?:つ|付|あ)|乗り捨て(?:は|って|が|も)?(?:でき|可)(?!るよう)|ペット(?:は|も|を|と)?[^。？?]{0,8}?(?:連れ|同伴|入れ|行け)|(?<!を)無料(?:で(?:受け|使え|利用|参加|借り)|なの|です(?:か)?[？?]|[？?]|$)|有料(?:なの|です(?:か)?[？?]|[？?]|$)|何を着て|服装(?:は|って|の(?:決まり|指定))|持ち物(?:は|って)|資格(?:の(?:ある|いる)人|が(?:要る|必要|いる))|何を(?:持って|準備|用意)|何回(?:受け|参加|通)[^。？?]{0,6}?(?:たら|れば|ば)/u;

/**
 * 既卒者でもOK？ 加工品も対象になる？ 吹奏楽団も出られる？ 給水車も出してもらえる？ 圏域の外に住んでても
 * 参加できる？: whether someone or something qualifies for a project, asked of a person, a group or an
 * item by name. No row says who or what a project takes; whether a policy area is included (インバウンドも
 * 対象？) names no person or item, and wanting one to qualify (隣の市の人も使えるようにしたい) is the project.
 * Nor does one the rows name themselves (経済団体も懇談会に入れる？ 中小企業者も対象？ 創業者も？ 移住者も？
 * 地域の関係者も参加できる？ 圏域外の人も交流の対象？: 別表1ア, 1イ, 3(1)ア, 3(2)イ say so), nor a project
 * that brings them (外国人も来てくれる観光施策は？). An expense qualifying (ガソリン代も対象？ 宿泊費も出して
 * もらえる？) and a member or staff (会員も参加できる？) are asked the same way.
 */
const ASKS_ELIGIBILITY =
  /(?<!経済|関係|企業|移住|創業|水産業|(?:圏域|国|海)(?:内外|外)の)(?:者|人|員|方|生|団|団体|楽団|会社|品|車|校|チーム|児|子ども|世帯|家族|店|事業所|グループ|サークル|費|代)(?:に|が|で)?(?:も|でも)[^。？?、]{0,4}?(?:対象|参加でき|参加し|出られ|出れ|出場|乗れ|使え|利用でき|受けられ|受講でき|来る|来て|ok|大丈夫|申し込め|申込でき|応募でき|出店でき|借りられ|入れ|出して(?:もらえ|くれ))(?!(?:くれ|もらえ)?る?よう|(?:くれ|もらえ)?る?[一-龯ァ-ヶ]|られる?よう)[^。？?]{0,10}?(?:[？?]|$)|(?:市民|町民|住民)(?:が|も|でも)[^。？?、]{0,8}?(?:て|で)も(?:いい|良い|よい|大丈夫|構わ|ok)|(?:住んで|在住|住まい)(?:い)?(?:て|で)?も[^。？?、]{0,10}?(?:参加|利用|使え|申し込|申込|応募|受け)(?!る?よう)/u;

/** The same for how far something has got, or an opinion: neither is in a draft agreement. */
export const STATUS_TERM = '§status';

/**
 * 議決はもう済んだ？ 進捗は？ おすすめの宿は？: the state of affairs today, or a recommendation.
 * A draft states rules, not progress or taste, so no passage answers.
 */
const ASKS_STATUS =
  /(?:もう(?!一|ひと|少し|すこし|1)|既に|すでに)[^。、]{0,10}?(?:済ん|済み|済ませ|終わ|締結さ|議決さ|ぎけつさ|ていけつさ|始ま)|(?:進捗|進み具合)(?:状況)?(?:は|って|が|を(?:教|知))?(?:どう|[？?]|$)|どこまで進ん|(?:おすすめ|オススメ|お勧め|お薦め|人気)の?[^。]{0,10}?(?:は[？?]|を教|ある[？?]|って(?:何|どこ))|評判|由来|いきさつ|(?<!検討|協議)経緯|空き状況|空き具合|(?:今日|明日|本日|今週)の?[^。、？?]{0,6}?(?:空き|混雑|予約状況)|(?:休んで|休み|早退|遅刻)(?:も|して(?:も)?)?(?:いい|良い|大丈夫)|結果(?:は|って)(?:どう(?!なる|なり)|どんな)|使い勝手|(?:どっち|どちら)(?:が|の方が)(?![^。、]{0,10}?(?:する|やる|持つ|出す|払う|担う|開く)の(?:が|は))[^。、]{0,10}?(?:いい|良い|便利|得|おすすめ)|(?:いい|良い|よい|よかった|べき|妥当|適切|正解)(?:だ|だった)?(?:と|って)思い?(?:ます|ません|う)(?:か)?[？?]?$|予算(?:化|措置)(?:さ|し(?!たい|よう)|が(?:され|とら|取ら))|予算が(?:つ|付)(?:いた|いて|く(?:こと|の)?(?:に)?なっ)|過去に[^。？?]{0,10}?(?:ある|あった|あり|例|事例)|(?:できる|結ぶ|締結する|始まる|結ばれる)前(?:は|って)[^。？?]{0,24}?(?:てた|ていた|でした|だった)|(?:変更|改定|改正|修正|見直し|更新)履歴|(?:費|金|料)を(?:(?!どちら|どっち|誰|だれ|どこ)[^。？?]){0,6}?(?:負担|支出|拠出)して(?:る|いる|います)(?:の|ん|か|[？?]|$)|前例(?:は|って|が|ある|あり)|どう思|どう評価|評価して(?:る|い)|(?:市|町)は[^。、？?何どう]{0,4}(?:もう|既に|すでに)?(?:やって|実施して|導入して|取り組んで)(?:る|い)[^。、]{0,6}$|(?:去年|昨年|前回|先日|この前|先月|先週|前年度|昨年度)の[^。、？?]{0,12}?(?:で|は|では)[^。、？?]{0,10}?(?:決ま|議題|結果|どうだった|何が|話し合われ|出た意見)|(?:一番|いちばん|最も)(?!最初|最後|初め|はじめ|先|上|下|目|後|前)[^。、？?]{1,8}?[ない]の(?:は|って)|(?:達成|効果|成果|進捗)[^。？?]{0,12}?(?:どうやって|どのように|どう|誰が|だれが)[^。？?]{0,6}?(?:測|はか|計る|評価|検証|チェック)(?![^。、？?]{0,16}?(?:場|会議|機会|仕組み))/u;

/**
 * 山口市と宇部市、どっちが代表？ どっちが格上？ どっちが優先？: a precedence or rank between two, which
 * the drafts never set (both hubs, 甲 and 乙, 両市). Not who leads a row (どちらが主導する？), a role:
 * nor a leader, centre or representative who does something (どちらが中心となって取り組む？ どっちが
 * 代表して署名？ 医療の取組はどっちが中心？), which a row, 第5条 or the 末文 answers.
 */
const ASKS_RANK = /(?:どっち|どちら)[^。？?]{0,12}?(?:格上|優先|偉い|上な|上です|先に(?:締結|結ん|でき|作|始|加わ|入))|(?:格上|優先)[^。？?]{0,6}?(?:どっち|どちら)/u;
const ASKS_LEADER = /(?:どっち|どちら)[^。？?]{0,8}?(?:代表|リーダー|中心)|(?:代表|リーダー)[^。？?]{0,6}?(?:どっち|どちら)/u;
/** What a leader is asked to do, or the row's work named (策定, 推進, 育成…): a role, not a rank. */
const LEADS_MATTER = /(?:代表|中心|リーダー)(?:と|に)?(?:なって|して|として|役|的)|取組|取り組|役割|担当|やる|進め|推進|実施|開催|開く|署名|押印|策定|整備|育成|展開|支援|振興|促進|強化/u;

/**
 * ごみ処理の広域化はもう決まった？ 空き家バンクはもう動いてる？: whether a matter is settled or running
 * yet, which a draft cannot say. Not whether what the agreement itself settles is settled (負担割合は
 * もう決まってる？ 役割はもう決まってる？ 変更の手続は既に決まってる？ 協約で既に決まっている取組は？):
 * 第4条 (agreed separately), the annex or 第6条 answers. Running yet (費用分担はもう始まってる？) is still a state.
 */
/**
 * 運賃を下げる計画はある？ 東京便を増便する予定はありますか: whether a plan exists, which a draft cannot
 * say (a plan stated, 防災訓練をやる計画があります, places a project instead). Not whether other
 * versions of the agreement are planned (同じ内容で他にも作る予定は？ is 注記2's). Development: 25 such
 * questions, one of the agreement's versions.
 */
/** Has Hofu already approved it? Is it planned to be online?: how far things have got, in English. */
const ASKS_PROGRESS_EN = /\b(?:already|yet)\b|\bplann(?:ing|ed) to\b/u;
/**
 * Is tourism already covered by the agreement? Is disaster response already part of it? Is public
 * transport covered yet? (the agreement left unsaid): whether the text includes a matter, which a
 * passage answers, however already it is asked.
 */
const IN_THE_TEXT_EN = /\b(?:part of|in|included in|covered (?:by|in)|mentioned in|written in|listed in|stated in)\s+(?:(?:the|this|these|both|either)\s+(?:agreements?|annex|drafts?|documents?|text)\b|it\b)|\b(?:included|covered)(?:\s+(?:yet|already))?\s*[?.]?\s*$/u;
const ASKS_PLAN = /(?:予定|計画|動き)(?:は|って)[^。？?]{0,3}(?:ある|あります|あん)[^。]{0,5}(?:[？?]|か|$)/u;
const OF_VERSIONS = /同じ内容|版/u;

const ASKS_SETTLED = /(?:もう(?!一|ひと|少し|すこし|1)|既に|すでに)[^。、]{0,10}?(?:決ま|決定)/u;
const ASKS_RUNNING = /(?:もう(?!一(?!本化|元化|体化)|ひと|少し|すこし|1)|既に|すでに)[^。、]{0,10}?(?:動い|うごい|稼働|運用さ|実施さ|開始|スタート|始まっ|進んで|化さ|統合さ)/u;
const SET_BY_AGREEMENT = /負担|分担|割合|ずつ|折半|按分|費用|役割|手続|変更|廃止|(?:協約|別表|条文)(?:で|に|上|の中で)/u;

/** The same for how a meeting of the agreements is held (public, online, in writing, jointly). */
export const MANNER_TERM = '§manner';

/**
 * 連絡会議はオンラインでもいい？ 傍聴できる？ 書面開催は？ 全市町合同で開く？: 第5条 says who holds the
 * meeting and how often, never how; nor do the notes of their 幹事会 and 協議会. A project held
 * jointly (創業塾を合同開催したい) is no meeting of theirs. Development: 69 such questions, none answered.
 * Held jointly by the two parties of one agreement (甲と乙の合同で開く？ 両市長が合同で) is what 第5条
 * says: 甲及び乙の長 hold it. So with how the agreement is signed (電子署名でも？ 副市長が押印しても？
 * 両市長は同席？): the 末文 says who signs and seals, never how else. Electronic signing is asked of the
 * agreement (協約書に電子署名しても？ 電子契約で締結できる？); 電子契約の導入を共同で進めたい and 署名活動 are projects.
 */
const ASKS_MANNER =
  /(?:記名押印|押印|署名(?!活動|運動|集め|を集)|調印|記名)[^。？?]{0,16}?(?:電子|オンライン|代理|副市長|副町長|職務代理|同席|郵送|持ち回り)|(?:電子|デジタル)(?:署名|契約|押印|決裁)(?:でも|で(?:協約|締結|結|調印|済ま|いい|良い|可|大丈夫))|(?:協約|締結|調印)[^。？?、,]{0,8}?(?:電子|デジタル)(?:署名|契約|押印|決裁)|(?:協議|話し合い|申し出|申出|通知)[^。？?]{0,12}?(?:文書|書面|口頭|メール|電話)で|(?:文書|書面|口頭|メール|電話)でも(?:いい|良い|可|大丈夫|構わ|OK)|\bsign(?:ed|ing)? electronically\b|\belectronic(?:ally)? sign|(?:連絡会議|れんらくかいぎ|幹事会|推進協議会|担当課長会議)[^。？?]{0,20}?(?:オンライン|online|リモート|remote|web|ウェブ|zoom|teams|書面|(?<!(?:甲と乙|甲乙|両市長?|両者|双方|両首長)(?:の|が|で)?)合同|臨時|傍聴|非公開|公開|報道|取材|代理出席|代わりに|代理(?:で|の|人))|(?:オンライン|online|リモート|web|ウェブ|zoom|書面|(?<!(?:甲と乙|甲乙|両市長?|両者|双方|両首長)(?:の|が|で)?)合同|臨時)[^。？?]{0,6}?(?:連絡会議|れんらくかいぎ|幹事会)|(?:会議|懇談会|幹事会)[^。？?]{0,20}?(?:交互に|持ち回りで)(?:開|開催)/u;

/** The same for the steps of concluding the agreement. */
export const CONCLUDING_TERM = '§concluding';

/**
 * 協約を結ぶときにも議会の議決は要る？: 第6条 requires a vote to change or end the agreement; what it
 * takes to conclude it the text does not say (the 前文 cites the statute, not a vote). Asked of a
 * change, or of the legal basis, it is 第6条's and the 前文's. Development: 17 such questions, 3 of a change.
 * A change or an end said in other words (結んだ協約を見直す, 解消する, 脱退する: the glossary's
 * synonyms of 変更 and 廃止) is still 第6条's. The council named for its vote (協約締結は議会にかける？
 * 結ぶには議会を通す？) asks the same; named as a scene (議会答弁用に、協約締結の目的を) it does not.
 */
const ASKS_CONCLUDING =
  /(?:締結|結ぶ|結んだ)[^。？?]{0,14}?(?:議決|議会(?:の|で|に|を)?(?:承認|同意|可決|議案|かけ|諮|通|付議|提出))|(?:議決|議会(?:の|で|に|を)?(?:承認|同意|可決|議案|かけ|諮|通|付議|提出))[^。？?]{0,10}?(?:締結|結ぶ)/u;
const OF_CHANGE = /変更|変え|変わ|廃止|やめ|根拠|見直|改正|改定|改め|修正|書き換|直す|解約|解消|解除|脱退|離脱|抜け|終了|終わらせ|打ち切|外れ|破棄|取りやめ|取り消/u;

/** The same for what happens when the agreement is not kept or no agreement is reached. */
export const CONTINGENCY_TERM = '§contingency';

/**
 * 協議がまとまらなかったらどうなる？ 負担金を払わなかったら？ 市長が出られないとき代理でいい？: what follows
 * when a party fails or the talks fail. The drafts state duties and procedures, never what follows
 * their breach (no 紛争処理, no 罰則, no 代理). A project that copes with a shortage (備蓄が足りないとき
 * 融通し合いたい) asks no such thing: the asking must be about what happens, or allowed. So with
 * what follows an event (市長が交代したら結び直し？ 廃止したら進行中の事業はどうなる？): 第6条 says how to
 * change or end the agreement, not what follows (development: 12 such questions, none answered),
 * and with a breach or a dispute (違反したら罰則は？ 解釈が食い違ったらどう解決？), but not a penalty or an
 * offence that is a project's matter (不法投棄の罰則を統一したい, 交通違反の取り締まりをどう連携？).
 */
const ASKS_CONTINGENCY =
  /\bbreak(?:s|ing)? the agreement\b|\bpenalt|\bdisputes?\b|\bcannot agree\b|(?:罰則|ペナルティ)(?:規定)?(?:は|って|が|も|とか|や|ある|あり|[？?]|$)|(?:食い違|対立|もめ|揉め|紛争|違反(?:し|す|さ)|いはん|破っ|守らな)[^。？?]{0,12}?(?:どう|罰|解決)|(?:廃止|変更|交代|替わ|代わ|抜け|脱退|解散|合併|やめ|否決さ?れ|否決し|反対さ?れ)(?:し|さ|にな|っ)?(?:たら|た場合|たとき|た時|た後)[^。？?]{0,24}?(?:どうなる|どうなり|どう扱|結び直|結びなお|精算|引き継|どうする)|(?:長|市長|町長)が(?:欠け|不在|いない)|断(?:る|れ)(?:こと)?(?:は|が|って)?(?:でき|可能)|拒否(?:でき|する|して|は)|(?:断っ|拒ん|拒否し|断られ|拒まれ|拒否され)(?:たら|だら|た場合|だ場合|たとき|た時)|トラブル(?:に(?:なっ|な)|が(?:起き|起こっ|生じ|あっ|出))(?:たら|た場合|たとき|た時)|拒(?:む|め)(?:る|ない|ます)?(?:の|か|[？?]|$)|(?:重なっ|重複し|かぶっ)(?:たら|た場合|たとき|た時)|二重(?:負担|計上|払い)|(?:なかった|ない|ず|なく)(?:ら|場合|とき|時)(?:の|は|に|、)?(?:[^。]{0,30}?(?:どうなる|どうなり|どうする|どうすれば|どう(?:扱|対応)|ペナルティ|罰則|調停|賠償|紛争|代理|でも(?:いい|良い|構わ|大丈夫))|は[？?]$)/u;

/** The same for another region, another scheme or a statute's own text: not in these agreements. */
export const ELSEWHERE_TERM = '§elsewhere';
/** The same for a municipality outside the 圏域 (周南市と山口市の協約): its agreement is not one of these. */
export const OUTSIDER_TERM = '§outsider';

/**
 * 他の圏域は？ 広島広域都市圏の協約は？ 定住自立圏との違いは？ 地方自治法252条の2って条文には何て？:
 * the agreements speak of this 圏域 and cite the statute; they hold neither other regions nor the
 * statute's text, nor what the state or the prefecture pays or approves (県も負担する？ 国の補助金は？):
 * the parties are the municipalities. The prefecture as a partner (県が関わる取組) is 別表2ア's 県等との
 * 連携 (the state is no partner of any row), and 外国, 全国, 中国 are no state. 連携中枢都市圏 (the
 * 前文's own word) is not another region. Nor do they hold a member's own plans, ordinances or
 * policy speeches (萩市の総合計画の目的は？ 条例の改正は必要？ 施政方針で何と？): development, 20 such
 * questions, none answered. In English as in Japanese the prefecture is another body only where it pays
 * or approves (Does the prefecture pay?): cooperating with it is 別表2ア's, and Yamaguchi Prefecture names
 * where the members are. The other agreement is the other draft here (How does it differ from the other
 * agreement?); other agreements, without the, are another's. A national or government grant is the
 * state's (Is there a national grant?), but local government funding is the members' own, 第4条's.
 */
const ASKS_ELSEWHERE =
  /(?:他|ほか|別|よそ)の(?:連携中枢)?(?:圏域|都市圏|自治体の協約|地域の協約)|(?:他|ほか|よそ)の自治体(?:は|では|で)[^。？?]{0,10}?(?:どう|どんな|どの)|他圏域|全国(?:の|で)[^。、]{0,10}?(?:圏域|都市圏)|(?<!連携中枢|県央連携|県央|中枢|連携|種類の|という|いう|どんな|どの)都市圏(?!域|ビジョン|構想)|定住自立圏|交付税|一部事務組合|広域連合|事務の委託|機関等の共同設置|税金|税制|課税|控除|国の[^。、？?]{0,15}?(?:戦略|制度|計画|方針|要綱|交付金|補助金)|まち・?ひと・?しごと|(?:県|国)と(?:結んで|結ぶ|締結|交わ)|(?:島根|広島|福岡)県?側?の[^。、？?]{0,6}(?:広域連携|圏域|連携|協定)|(?<![方手用作技文])法[0-9第条の項号]*(?:って|の)、?(?:条文(?!番号|(?:は|って)?(?:どこ|どれ))|中身|本文)|知事の(?:同意|承認|許可|認可)|(?:総務大臣|大臣|総務省|知事|県知事|県)(?:に|へ)(?:の)?(?:届け?出|届出|報告|提出|申請)|(?:覚書|契約書|規約|要綱|要領|申し合わせ|申合せ)(?:の|は|って)?(?:中身|内容|本文|条文)|(?:商工会議所|商工会|観光協会|DMO|社会福祉協議会|社協|民間(?:企業|事業者)?|企業|事業者|医師会|農協|漁協|金融機関|住民|ハローワーク)(?:側)?(?:は|も|が)[^。？?]{0,14}?(?:負担(?:する|して|す|金|の)|(?:費用|経費|お金|負担金|分担金)を?(?:出す|出して|払う|持つ))|(?:商工会議所|商工会|観光協会|dmo|社会福祉協議会|社協|民間(?:企業|事業者)|npo|医師会|ハローワーク)(?:と|との)(?:[^。？?、]{0,5}?の)?(?:役割分担|分担|責任分担|役割の分担)|協約を?(?:結んで|締結して|交わして|して)(?:い)?ない(?:近隣|近く|隣|周辺|周り)?の?(?:市|町|自治体|市町)|総合計画|総合戦略|行財政改革|例規集|施政方針|人口ビジョン|条例|\b(?<!\b(?:local|agreements?|articles?|drafts?|texts?|it|they) )(?:national|state|government|central) (?:grants?|subsid\w*|funding|funds?)\b|\b(?:governor|ministers?|ministry|national government|tax(?:es)?|other (?:regions?|regional|areas?)|(?<!the )other agreements)\b|\bprefectur(?:e|al)\b[^?.]{0,30}?\b(?:pay|fund|approv|consent|subsid|permi|authori)|\b(?:pay|fund|approv|consent|subsid|permission|authori[sz]ation)\w*\b[^?.]{0,30}?\bprefectur|(?:県|県庁)(?:）)?(?:は|も|が)[^。？?]{0,14}?(?:負担|お金|費用|出す|出して|承認|同意|補助|許可|認可)|(?:(?<!\p{Script=Han})国|総務省)(?:）)?(?:は|も|が)[^。？?]{0,14}?(?:負担|お金|費用|出す|出して|承認|同意|補助|許可|認可|関与|関わ)|(?:県|(?<!\p{Script=Han})国|総務省)の(?:補助|負担|承認|同意|許可|認可|財政支援|交付金)|(?:県|jr|(?<!\p{Script=Han})国|企業|事業者)(?:の[^。？?、]{0,10}?)?(?:と|とは|との)(?:(?!取組|取り組み|連携|協力|事業)[^。？?、]){0,12}?(?:役割分担|で(?:どう)?(?:割|分け|分担|負担))/u;

/**
 * 県の役割は？ 山口県は何をするの？ 県は災害時の相互支援にどう関わる？ 県の地域医療構想との整合は？: the
 * prefecture's own part or plans. The parties are the municipalities; the one row naming the prefecture
 * is 別表2ア, where 甲 works with 医療機関や県等 (県は医療でどう関わる？ stays its question), so a question
 * of the prefecture's role or plans beside 医療 is left to it (県の医療計画と歩調を合わせた高度医療機器の整備支援 is
 * a project of 別表2ア; 県の地域医療構想との整合は？ asks the plan itself). 県央 (this 圏域's name) is no prefecture. Hostile
 * probes: 5 answered before (別表1ア for 県の役割), none after; no near-miss positive lost.
 */
const ASKS_PREFECTURE_PART = /(?:^|[^\p{Script=Han}]|山口|島根)県(?:庁)?(?:は|も|が|の)[^。？?]{0,12}?(?:役割|関与|関わ|かかわ|何をする|何する|何をやる|担う)/u;
const OF_MEDICINE = /医療(?!構想|計画)/u;
const ASKS_PREFECTURE_PLAN = /(?:^|[^\p{Script=Han}]|山口|島根)県の[^。、？?]{0,8}?(?:構想|(?<!圏域)ビジョン|計画|方針|戦略|要綱|制度)/u;

/**
 * 図書館の相互利用は始まっていますか？ ごみ処理施設の共同化は検討していますか？ 移住相談会は誰が運営していますか？:
 * whether, or by whom, a project is under way today. A draft sets the roles (誰が担当？ 誰が運営する？ stay a
 * row's), never what is running or being studied. Said, not asked (…できないか検討しています), it is the project.
 * Hostile probes: 3 answered before, none after.
 */
const ASKS_UNDER_WAY = /(?:始まって|検討して|稼働して|運用して|運営して|動いて)(?:い)?(?:ますか|るの|るんですか|るか|ます[？?]|る[？?])[？?]?$/u;

/** 何組, 何本, 何個, 何枚: a count, unless of what the text has (取組は何個？ 何種類？ 柱はいくつ？ 何本立て？ 何本柱？ is the annex). */
const ASKS_COUNT = /何[組本枚個部食]/u;
const COUNTS_TEXT = /(?:取組|分野|条|柱|協約|協約書|項目|行|欄)[^。、？?]{0,6}(?:何[組本枚個つ部]|何種類|いくつ)|何本立て|(?:何本|いくつ)の?柱|協約書[^。？?]{0,12}?何(?:部|通)/u;

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

/** 北九州の連携中枢都市圏, 広島市の都市圏: a 都市圏 named after a place that is not this 圏域's. */
const NAMED_REGION = /(\p{Script=Han}{2,5}?)(?:市|県|地域|地方)?の(?:連携中枢)?都市圏(?!域)/gu;
/** Names this 圏域 goes by (山口県央, 県央連携, 本圏域), or a kind asked of it (何という種類の都市圏): its own 都市圏, not another. */
const OWN_REGION = /^(?:山口|宇部|県央|山口県央|県央連携|山口県央連携|当|本|我が|この|うち|同|協約|連携協約|圏域|種類|類型)/u;

/** 北九州都市圏域, 広島広域都市圏: a 都市圏 whose name runs straight into it. */
const BARE_REGION = /(\p{Script=Han}{2,4}?)(?:広域)?都市圏/gu;
/** Names that say what kind of 都市圏, not whose (連携中枢都市圏, 広域都市圏, 中核都市圏). */
const KIND_OF_REGION = /連携|中枢|^(?:広域|中核|定住自立|大)$/u;

/** 大分県にある連携中枢都市圏, 備後圏域: a region in another prefecture, or named as a 圏域 of its own. */
const PREFECTURE_REGION = /(\p{Script=Han}{2,3}?)県(?:にある|内の|の)[^。、？?]{0,8}?(?:都市圏|圏域)/gu;
const BARE_AREA = /(\p{Script=Han}{2,4}?)圏域/gu;
/** 生活圏域, 経済圏域, 通勤圏域, (ゆめ)回廊圏域 (not 二次医療圏域, a prefecture scheme): what kind of 圏域, or this one's nickname, not another's name. */
const KIND_OF_AREA = /(?:生活|経済|通勤|通学|商|文化|観光|交通|行政|広域|回廊)$/u;

/**
 * 消防組織法の何条？ 道路運送法上の扱いは？: a statute other than 地方自治法 (the one the agreements
 * cite) asked about by its articles or as a basis: its text is not in these agreements.
 */
const STATUTE_ASKED = /(\p{Script=Han}{2,10}?)法(?:の(?:何条|どの|規定|条文|中身|第)|第?[0-9]+条|上の?(?:根拠|扱い|位置づけ))/gu;

/**
 * What stands before 法 yet names no other statute: 地方自治法 even mistyped (地方時治法, 地方自知法) or
 * shortened (自治法, 地自法); the statute the agreements rest on (根拠法, 準拠法, 同法); and 方法, 手法 or
 * 用法, no statute at all (分担方法の規定は？ asks 第4条).
 */
const NO_OTHER_STATUTE = /^地方|^地自|自治$|(?:根拠|準拠|関係|関連|上位|当該|同|本|[方手用作技文寸])$/u;

function namesOtherStatute(normalized: string): boolean {
  return [...normalized.matchAll(STATUTE_ASKED)].some((m) => !NO_OTHER_STATUTE.test(m[1] ?? ''));
}

function namesOtherRegion(normalized: string, ownPlaces: readonly string[]): boolean {
  const isOwn = (name: string): boolean => KIND_OF_REGION.test(name) || OWN_REGION.test(name) || ownPlaces.some((p) => p.startsWith(name) || name.startsWith(p));
  if ([...normalized.matchAll(PREFECTURE_REGION)].some((m) => !/^(?:山口|島根)$/u.test(m[1] ?? ''))) return true;
  if ([...normalized.matchAll(BARE_AREA)].some((m) => !isOwn(m[1] ?? '') && !/都市$/u.test(m[1] ?? '') && !KIND_OF_AREA.test(m[1] ?? ''))) return true;
  const bare = [...normalized.matchAll(BARE_REGION)].some((m) => {
    const name = m[1] ?? '';
    return !KIND_OF_REGION.test(name) && !OWN_REGION.test(name) && !ownPlaces.some((p) => p.startsWith(name) || name.startsWith(p));
  });
  if (bare) return true;
  return [...normalized.matchAll(NAMED_REGION)].some((m) => {
    const name = m[1] ?? '';
    return !OWN_REGION.test(name) && !ownPlaces.some((p) => p.startsWith(name) || name.startsWith(p));
  });
}

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
  const figure =
    (((ASKS_FIGURE.test(normalized) || ASKS_COUNT.test(normalized)) && !COUNTS_TEXT.test(normalized)) || (QUOTES_FIGURE.test(normalized) && !ABOUT_SHARES.test(normalized) && !ASKS_WHICH_ROW.test(normalized))) &&
    !(ASKS_IF_WRITTEN.test(normalized) && ABOUT_COSTS.test(normalized));
  return [
    ...(figure ? [FIGURE_TERM] : []),
    ...(ASKS_WHEN.test(normalized) && !CITES_STATUTE_YEAR.test(normalized) ? [WHEN_TERM, ...(ASKS_OCCURRENCE.test(normalized) ? [DATE_TERM] : [])] : []),
    ...(ASKS_SOURCE.test(normalized) ? [SOURCE_TERM] : []),
    ...(ASKS_PERSON.test(normalized) ? [PERSON_TERM] : []),
    ...(ASKS_PLACE.test(normalized) ? [PLACE_TERM] : []),
    ...(ASKS_PROCEDURE.test(normalized) ? [PROCEDURE_TERM] : []),
    ...(ASKS_TERMS_OF_USE.test(normalized) || ASKS_ELIGIBILITY.test(normalized) ? [TERMS_OF_USE_TERM] : []),
    ...(ASKS_STATUS.test(normalized) || ASKS_UNDER_WAY.test(normalized) || ASKS_RANK.test(normalized) || (ASKS_LEADER.test(normalized) && !LEADS_MATTER.test(normalized)) || ASKS_RUNNING.test(normalized) || (ASKS_SETTLED.test(normalized) && !SET_BY_AGREEMENT.test(normalized)) || (ASKS_PLAN.test(normalized) && !OF_VERSIONS.test(normalized)) || (ASKS_PROGRESS_EN.test(normalized) && !IN_THE_TEXT_EN.test(normalized)) ? [STATUS_TERM] : []),
    ...(ASKS_CONTINGENCY.test(normalized) ? [CONTINGENCY_TERM] : []),
    ...(ASKS_MANNER.test(normalized) ? [MANNER_TERM] : []),
    ...(ASKS_CONCLUDING.test(normalized) && !OF_CHANGE.test(normalized) ? [CONCLUDING_TERM] : []),
    ...(ASKS_ELSEWHERE.test(normalized) || (ASKS_PREFECTURE_PART.test(normalized) && !OF_MEDICINE.test(normalized)) || (ASKS_PREFECTURE_PLAN.test(normalized) && !OF_MEDICINE.test(normalized)) || namesOtherRegion(normalized, ownPlaces) || namesOtherStatute(normalized) ? [ELSEWHERE_TERM] : []),
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
  '電子署名', '保管', '自動更新', '手続き', '申請', '補助金', '代理', '代わり', '集合時間', '集合場所', '英訳', '写真', '何県',
  // The terms of use (ASKS_TERMS_OF_USE): としょかんは しがいの ひとも かりられる？
  '市外', '町外', '県外', '圏域外', '他市', '隣町', '日曜', '土曜', '土日', '祝日', '休日', '夜間', '年末年始', '有料', '託児', '服装', '持ち物', '乗り捨て',
];

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
 * An agreement or a party's standing (協約, 結ぶ, 乙, 圏域に入ってない): a municipality named beside it is named
 * as a party, or as one that is not (下関市はなぜ圏域に入ってないの？ asks a reason no passage gives).
 * Not 結ぶ of a route (萩市と長門市を結ぶバス), which places the matter.
 */
const PARTY_CONTEXT =
  /協約|協定|締結|結[ぶんべば](?![^。?!]{0,3}(?:バス|路線|道|鉄道|便|交通|線|ルート|航路))|甲|乙|当事者|連携市町|構成市町|加入|(?:圏域|連携)に?(?:入|加わ|参加)|(?:入って|加わって|参加して|入ら|加わら|参加し)(?:い)?(?:ない|なかった)|メンバー|\bagreements?\b|\bpart(?:y|ies)\b|\bsign(?:ed|s)?\b/u;
/** 周南市から, 周南市への, 周南市に住む, 周南市を経由して: where people or routes come from or go, not a party. */
const PLACE_OF = /^(?:から|へ|に(?:住|通|勤|あ|い|行)|を(?:経由|通|走))/u;
/** bus service to Shimonoseki, visitors from Hagi: the same said in English, before the name. */
const PLACE_OF_BEFORE = /\b(?:to|from|via|into|towards?|through)\s+(?:the\s+)?$/u;
/** 光市は災害対策で何を担当する？ 柳井市の役割: a non-member asked about as one with a part to play. */
const AS_TOPIC = /^(?:は|が|も|の(?:[^。?、]{0,8}での?)?(?:役割|担当))/u;
const ROLE_ASKED = /役割|担当|何をする|何する|やること|分担|(?:どんな|どういう|何を)[^。?、]{0,10}?(?:する|やる|行う|担う)/u;
/** ので, けど, から、: the clause ends, and a role asked after it is another's (福岡市が近いので、PRはどの市が担当？). */
const CLAUSE_END = /ので|のに|けれど|けど|ため[、,]|から[、,]/u;

/**
 * True when a non-member is named as a party (周南市と山口市の協約, 下関市とも結べる？), as one with a role
 * (光市は何を担当する？) or alone (柳井市は？).
 * Named as a place of the matter (福岡市からの観光客, 萩市と長門市を結ぶバス), it leaves the topic to the annex.
 */
function namesOutsider(normalized: string, outsiders: readonly string[]): boolean {
  return normalized.split(/(?<=[。?!])/u).some((sentence) =>
    outsiders.some((name) => {
      const at = indexOfPlaceName(sentence, name);
      if (at < 0 || PLACE_OF.test(sentence.slice(at + name.length)) || PLACE_OF_BEFORE.test(sentence.slice(0, at))) return false;
      const clause = sentence.slice(at + name.length).split(CLAUSE_END)[0] ?? '';
      return PARTY_CONTEXT.test(sentence) || (AS_TOPIC.test(clause) && ROLE_ASKED.test(clause)) || sentence.replace(name, '').replace(/[はってのも?。!\s]/gu, '').length === 0;
    }),
  );
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
    ...(STATES_FIGURE.test(text) ? [FIGURE_TERM] : []),
    ...(STATES_WHEN.test(text) ? [WHEN_TERM] : []),
    ...(STATES_DATE.test(text) ? [DATE_TERM] : []),
  ];
}
