/**
 * Names the agreements never give: a place to look or whom to call, a person or a body by name, a
 * venue or a site. The rows name kinds of thing, never one.
 */

/**
 * どこで見られる, ホームページ, 電話番号, 問い合わせ先: the asker wants a place to look or someone to
 * call. The agreements name neither, so such a question is answered by no passage. But
 * 協約のどこで見られる？ asks for a passage, which is what the agreements are, and so does where
 * something is written (取組の一覧はどこに載ってる？), unless it is a document of its own
 * (設置要綱はどこにある？ 議事録は？); nor whom a notice goes to (連絡会議の開催は誰に通知する？), nor which department in English. Development: 9 questions answered, none lost. Where the
 * signed originals are kept (原本はどこに保管？ どこの書庫？ 保管先は？ in dialect げんぽんは どこに おいとるん？) is no passage's either; who keeps them
 * (原本はどこが持つ？) is the 末文's 各自その１通を保有する. A storage place that is a project's
 * (備蓄品の保管場所を共有したい) is asked of no one.
 */
const ASKS_SOURCE =
  /(?:どこ|どの)(?:に|へ|の(?:書庫|倉庫|課|部署|部屋|かが|かで))[^。？?]{0,10}?(?:保管|保存|ほかん)|どこの(?:書庫|倉庫|金庫)|(?:保管|保存|ほかん)(?:場所|先|庫)(?:は|って|が|を(?:教|知)|どこ|[？?]|$)|(?:保管|保存)(?:は|って)[^。？?]{0,6}?課|(?<!(?:協約書?|別表|条文|本文|案|規定|定め|決まり|ルール|記載)(?:の|上の|で|では|だと|は|って)?)(?:どこで(?!も(?!ら))[^。、]{0,4}?(?:見(?!直)|み(?:られ|れる|れま|たい)|確認|入手|手に入|調べ|もら|申し込|申込|受け(?:られ|取|付)|買え|配(?:って|布|られ)|売って|販売)|どこに(?:置いて|おいて|置いと|おいと|しまって|しまっと|保存))|(?:資料|要綱|要領|様式|(?<!の)規程|データ|ファイル|議事録|会議録|名簿|台帳|議案書?|写真|動画)(?:って|は)?どこに(?:ある|あり|載って|のって|掲載)|(?:ホームページ|(?<![a-z])hp(?![a-z]))(?:は|って|の(?:アドレス|url|リンク|どこ)|を(?:教|知)|どこ|(?:で|に)(?:公開|載|掲載|見)|[？?]|$)|(?:どの|どこの)ホームページ|webサイト|url|リンク|電話番号|連絡先|(?:担当課|担当部署|所管課)(?:の(?:名前|電話|連絡)|は(?:どこ|何課)|って(?:どこ|何課)|を(?:教え|知り)|(?:は|って)[？?]?$)|問い?合わ?せ先|メールアドレス|内線|(?<!(?:分野|取組|取り組み|項目|役割|条文|メニュー|柱)の?)一覧(?:を|が|って|は)?(?:ください|下さい|ほしい|欲しい|出し|見せ|もら)|(?:議事録|会議録)(?:は|って|を|が|も)?[^。？?]{0,6}?(?:公開|見られ|見れ|見たい|みたい|閲覧|ほしい|欲しい|もらえ|ある[？?]|あります|残って)|(?:報告先|提出先|送付先|通知先)|(?:誰|だれ|どこ)に(?:通知|周知|案内|送付)(?:する|します|すれば|したら|を|は|[？?]|$)|何課(?:に|へ|が|で|の|[？?]|$)|(?:誰|だれ|どこ)(?:あて|宛)に|窓口(?:は|って)(?:どこ|何)|(?:どこ|どの)の?(?:課|部署|部局)(?!長)|英語版|英訳|\benglish (?:version|translation)\b|翻訳版|多言語版|ダウンロード|路線図|地図(?:は|って|が|を)|\bwhere\b[^?]{0,60}\b(?:stored|kept|filed|archived)\b|\bwho (?:should|do|can|could) (?:i|we) (?:contact|call|ask|email|talk to)\b|\bcontact (?:person|point)\b|\bwhich (?:department|section|division|office)\b/u;

/**
 * 会長は誰？ 講師は誰？ 担当者の名前 (事業者どこ？): a person's or a firm's name, which the agreements never give (誰が担当？
 * asks for a party's role, and 市長 in the 末文 is a title, not a name). So with an institution's or
 * a route's (どの大学？ どのバス路線？ 病院名は？): the rows name kinds of thing, never one. Which
 * bodies take part (郵便局も入ってる？) asks names too, but not of 経済団体, which 別表1ア names as the
 * ビジョン懇談会's members (懇談会には経済団体も入ってる？). Which firm, in English (Which consulting firm
 * wrote the plan?), with nothing but a word or two between: what is done for companies (What support do
 * companies get?), of what kind, or which row or article holds them asks of 別表1イ, not a name; the
 * name of the company that runs the ferry asks one, and so does which hospital or university in English (Which hospital provides advanced medical care?).
 * Who wrote a paper (資料１の作成者は誰？) is a person too; who makes the agreement's copies (協約書の作成者) is the 末文's. One named and checked (山口赤十字病院ですか？ 山口大学のこと？ 拠点は山口大学？)
 * asks a name too; a kind (拠点病院ですか？) does not. So do whose name a contract is made in (委託契約は甲と乙
 * どっちの名義？; the agreement's own 名義 is the 末文's), a list of events, facilities or firms asked for
 * (イベントの一覧ってある？; one made is a project: イベント一覧を作って発信したい) and whom a term of the text names in
 * particular (「関係者」とは具体的に誰？; 乙って具体的に誰？ asks what a party stands for, the 前文's). などの holds no どの.
 * Where a firm is (事業者どこ？) asks a name; where in the text (事業者はどこの分野で支援？) asks a row, and any firm
 * (事業者誰でも参加できる商談会) none.
 *
 * The institution's word comes first and the kanji before it are checked behind it: led by a
 * lookbehind, the whole pattern was tried at every position of a question (3.6 µs a question
 * against 0.7 now, the same result on every question of the set).
 */
const ASKS_PERSON =
  /(?:病院|大学|高専|空港)(?<=\p{Script=Han}{4})(?<!(?:拠点|基幹|中核|地域|高度|総合|公立|私立|国立|県立|市立)..)(?:ですか|でしょうか|のこと|を(?:想定|指し|念頭)|[？?]$|$)|(?:会長|副会長|講師|(?<!協約書?の?)作成者|起案者|執筆者|委員長|委員|担当者|議長|議員|代表者|座長|司会|司会者|進行役|市長|町長|部長|課長|係長)(?:さん)?(?:は|って|の名前(?!が入|を書|を入|の欄|書|を記|記入)|を)?[^。]{0,8}?(?:誰|だれ|どなた|名前(?!が入|を書|を入|の欄|書|を記|記入))|(?:誰|だれ|どなた)が(?:会長|講師|委員長|議長|座長|市長|町長)|(?:会長|議長|委員長|座長|代表)(?:は|を|って)[^。]{0,12}?(?:務め|つとめ|就任|就いて)|(?:出席|参加)(?:した|してた|していた)(?:の|人|者)(?:は|って)[^。]{0,4}?(?:誰|だれ|どなた)|名簿|(?:病院|施設|学校|大学|企業|会社|団体|店|宿|旅館)の(?:名前|名称)|(?<!な)どの(?:業種|企業|会社|団体|病院|学校|大学|施設|(?:バス)?路線|図書館|公民館|避難所|港|空港|観光地|カード|イベント|祭り|まつり)|契約[^。？?]{0,14}?名義|名義[^。？?]{0,6}?契約|(?:イベント|企業|スポット|観光地|店舗|団体)の?(?:具体的な)?一覧表?(?:は|って|が|を|で|も)?(?:ある|あり|ください|下さい|ほしい|欲しい|見せ|見たい|教え|出し|もら|知りたい|[？?]|$)|(?<!(?:[甲乙]|両市|両者|当事者|相手方?)[」』]?(?:って|とは|は|が)?[、,]?)具体的に(?:は)?(?:誰|だれ|どなた)(?!が)|(?:バス)?路線(?:は|って)(?:どれ|どこ)|どこの(?:会社|業者|事業者|企業|団体|病院)|(?<!連絡会議の)(?:構成)?メンバー(?:は|って)(?:誰|だれ|どなた)|どの(?:課長|部長|職員|担当者|人)|(?:どちら|どっち)の(?:病院|施設|会場|駅|港|空港|店|会社|業者|学校|大学)|(?:誰|だれ)が(?:行く|行っ|出張|出向|回る|訪問)|(?:会長|議長|幹事|事務局)市|(?:ブランド|事業|イベント|大会|商品|計画|プロジェクト|キャンペーン|ツアー|講座|セミナー|フェア|システム|アプリ|サイト|ツール|制度|補助金|基金)の(?:名前|名称)(?:は|って|を(?:教|知)|が|[？?]|$)|(?:大学|学校|企業|会社|団体|駅|店|ショップ|ホテル|旅館)(?:は|って)(?:どこ|どれ)(?!に|で(?:扱|取り扱|読|書|定|決|規定|出て)|の(?:取組|分野|条|項目|行|欄))|(?<!協約[書案]?(?:は|って|が|自体は?)?)(?:何|なん)(?:という|ていう|て言う)(?:文書|書類|規程|要綱|要領|取り決め|取決め)|文書名|(?:病院|大学|路線|施設|事業|業者|会社|企業|団体|店|駅|学校|道路|商品|ホテル|旅館|イベント|講座|担当者|担当課|部署|氏|機関|ブランド)名(?:は|って|を(?:教|知)|で|の?一覧|と|[？?]|$)|書類の名前|参加(?:校|者|団体|企業|事業者|店舗|チーム|自治会)(?:は|って|の(?:名前|一覧|リスト))|出演(?:する)?(?:学校|校|団体|者)(?:は|って|を(?:どう|どうやって)?(?:決め|選))|具体的に(?:は)?どの(?!よう|程度|くらい|ぐらい|辺|へん|(?:取組|取り組み|分野|条|項目|行|欄|別表|柱|協約|政策|市|町|自治体))|(?<!(?:圏域|都市圏|協約|懇談会|ビジョン|連絡会議)[^。？?]{0,14})正式(?:名称|名)(?:は|って|を(?:教|知))|(?:郵便局|銀行|信用金庫|信金|図書館|病院|企業|会社|学校|大学|(?<!経済)団体|協会|商工会議所|商工会|農協|漁協|事業者|店|ホテル|旅館)(?:は|も)(?:入って|参加して|加わって)|さんの(?:名前|氏名)|氏名(?:は|を|って|[？?]|$)|(?:どこ|どの)の?(?:大学|中学校|小学校|高校|酒蔵|漁協|農協|バス会社|運送会社|交通事業者|アプリ|競技団体|チーム|工場|店|ホテル|旅館|業者|メーカー|ベンダー|金融機関|バス停|停留所|焼却施設|処分場|商談会|展示会)|(?:相談員|当番医|担当医|講演者|ゲスト|運転手|ガイド|指導者|審査員|アドバイザー|コーディネーター|専門家)(?:さん)?(?:は|って|の)?[^。]{0,8}?(?:誰|だれ|どなた|どこの)|事業者(?:は|って)?(?:どこ|だれ|誰)(?!で?も|の(?:取組|取り組み|分野|条|項目|行|欄|別表)|で(?:支援|扱|出て|定|決)|に(?:書|載|出て|入|含))|(?:ベンダー|運行事業者|委託先|発注先|受託者|委託業者|出展者|出店者)(?:は|って)(?:どこ|誰|だれ|どなた|決まっ)|\bwho (?:is|are) the (?:chair|mayor|head|members?)\b(?!\s*(?:of (?:the )?(?:region|area)|municipalit|cit(?:y|ies)\b|towns?\b|local\b|[?？.]|$))|\bwho chairs\b|\bwhich (?:hospitals?|universit(?:y|ies)|schools?|stations?|bus (?:compan(?:y|ies)|routes?|lines?))\b|\bchair(?:person|man)\b|\bcontractor|\b(?:which|what)\b(?:(?!\b(?:do|does|did|is|are|was|were|can|could|will|would|should|rows?|annex|articles?|sections?|parts?|kinds?|types?|sorts?)\b)[^?]){0,24}?\b(?:firms?|compan(?:y|ies)|consultan(?:t|ts|cy)|vendors?)\b(?![^?]{0,30}\b(?:row|annex|cover|section|article)s?\b)|\bnames? of (?:the |a |that |this |each )?(?:firms?|compan(?:y|ies)|consultan(?:t|ts|cy)|vendors?)\b/u;

/**
 * 会場は？ どこに建てる？ 候補地は？ 連絡会議はどこで開く？: the agreements name no venue or site. Where in
 * the text (研修事業は別表のどこで？ 観光イベントは協約上どこで？) asks for a passage, not a venue. The
 * meeting may stand in a clause of its own (第5条の連絡会議、開催場所は？) or the place be typed in kana
 * (らいねんは どこのしで やるん？; どこのしでも つかえる is any city's), and the venue asked after a comma (大会の会場、どの市の体育館？), but not a
 * venue listed among a project's needs (大会の会場、宿泊の手配を市町で協力したい) nor a row asked for it. So with
 * a consultation day, a drill or a course (移住相談会は東京のどこでやる？ 防災訓練はどこの市で？), and with which
 * countries or markets, in English (Which overseas markets does the region prioritise?).
 */
const ASKS_PLACE = /(?:会議|懇談会|協議会|幹事会|式|説明会|相談会|交流会|講演会|展示会|見学会|大会|フェア|商談会|イベント|研修|セミナー|訓練|講座|合宿)(?:は|って|の会場って)?(?:(?!協約|別表|条文|本文|規定)[^。、？?]){0,6}?どこで(?:開|やる|やった|行|実施|[？?]|$)|(?:会場|候補地|建設地)(?:は|って|と|を教|を知|どこ|の場所|[、,](?=[^。]{0,24}?(?:どこ|どの|何|いつ|[？?]|か$))(?![^。？?]{0,30}?(?:取組|取り組|項目|分野|別表|協約|たい)))|どこの(?:し|まち|ちょう|しちょう)で(?!も)|どこの(?:会場|場所)|どこに(?:建てる予定|建設|設置する予定|整備する予定|置く|置き|つくる|作る)|(?<!協議|話し合い|調整|会議)(?:は|って)どこで(?:開催|開かれ|行われ)|どこの(?:市|町|市町)で(?:実施|開催|行|や|[？?]|$)|(?<!協議|話し合い|調整|会議|議論)(?:は|って)どこで(?:やった|やる|行った|実施)|(?:病院|基地病院|拠点病院|施設|会場|事務局|避難所|商談会|説明会|フェア|大会)(?:は|って)どこ(?:です|でしょう|にあ(?:る|り)|[？?]|$)|(?:会議|大会|式|フェア|イベント|説明会|研修|訓練|セミナー)(?:の|、|,)?(?:場所|ばしょ|開催地|開催場所)(?:は|って|を|が|どこ)|開催地(?:は|って|を|が|どこ)|(?:(?:運行|サービス)(?:エリア|区域|範囲)|対象(?:エリア|区域))(?:は|って)?(?:どこ|どの(?:地域|地区|あたり|辺|市町))|どこの駅|どこの国|どの国|何県|どこの県|(?<!\p{Script=Han})国(?:は|って)どこ|(?:倉庫|施設|センター|事務所|工業団地|ショップ|店舗|駐車場|停留所|バス停|図書館|公民館|宿泊先|宿泊場所|輸出先|出荷先|館)(?:は|って)(?:(?!協約|別表|条|取組|項目|分野)[^。？?、]){0,4}?(?:どこに(?:ある|あり|でき|建|置)|何区|どこ(?:でしょう|ですか|なの|[？?]|$))|(?:センター|施設|事務所|会場|店舗|倉庫)の所在地|何区に|\bwhich (?:overseas )?(?:countries|country|markets?)\b|\bwhere (?:is|are|will) (?:the )?(?:meeting|venue|event)|\bwhere (?:was|were|is|are|will)\b[^?]{0,70}\b(?:held|located|hold)\b/u;

/** A place to look, a document or someone to contact is asked for. */
export function asksSource(normalized: string): boolean {
  return ASKS_SOURCE.test(normalized);
}

/** A person's or a body's name is asked for. */
export function asksPerson(normalized: string): boolean {
  return ASKS_PERSON.test(normalized);
}

/** A venue or a site is asked for. */
export function asksPlace(normalized: string): boolean {
  return ASKS_PLACE.test(normalized);
}
