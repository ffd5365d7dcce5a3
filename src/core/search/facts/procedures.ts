/**
 * How things are done, which the agreements leave open: an application's steps, the terms on which
 * residents use a service, how a meeting is held or the agreement signed, what concluding it takes.
 */

/**
 * 申請の手続き, 応募の要件: how to apply for something, which the agreements do not say (第6条's 協議 is the
 * agreement's own procedure); nor whether a decision may be delegated (専決処分で済ませられる？ 副市長専決でいける？) or a
 * step skipped (開催を省略できるのは？), nor how participants are chosen (参加校はどうやって選んでる？), nor how to renew or apply
 * for something in English (How do I renew a residence card?), nor how the agreement is
 * published (協約は官報に載る？ 公報で告示？; a 広報 is news to residents, 町の広報に載せたい). 専決 named as a subject (専決処分の事務の研修を合同でやりたい) asks neither.
 */
const ASKS_PROCEDURE = /(?:官報|公報|県報)(?:に|で|へ)?(?:は|も)?(?:載|掲載|公告|告示|公示|公表)|(?:申請|申込|申し込み|登録|応募|受給|利用|要請|依頼|出動)(?:の|する|する(?:ため|には)の?)?(?:手続|手順|方法|要件|やり方|条件|書類)|(?<!(?:変更|廃止|議決|締結)(?:する|の|が必要な場合の)?)要件(?:は|って|を|（|\()|(?:選定|選考|審査|認定|採択|設置|開設|運営|支給|判断|廃止する|存続の|撤退の|(?<!(?:費用|負担金?|分担)の?)配分|(?<!(?:費用|負担金?|分担)の?)按分)基準(?!を(?:共通|統一|そろえ|揃え|一本化))|過半数|[3三]分の[2二]|定足数|全会一致|多数決|特別多数|\bopen to the (?:public|press)\b|(?:どっち|どちら)[^。、？?]{0,6}?が先に(?:議決|議会|手続|協議|提出|提案|可決|する|やる)|(?:議決|手続)の?(?:順番|順序)|(?:補助|助成|支援金|給付|奨励金)(?:金|制度)?(?:は|って|も|が)?(?:ある|あり|出る|出ます|もらえ|受けられ|使え)|(?:謝金|謝礼|報償費|日当)(?:は|って|が|も)?(?:ある|あり|出る|出ます|もらえ|支払|払わ)|(?:受験料|受講料|参加費|利用料|申立費用|交通費|宿泊費|検定料)(?:は|を|って|も)?[^。？?]{0,6}?(?:負担して(?:くれ|もらえ)|(?:助成|補助)(?:して(?:くれ|もらえ)|され|は|って|ある|あり|出)|出(?:る|ます))|(?<!(?:国|県|総務省)(?:が|は|も))(?:助成|補助)して(?:もらえ|くれ)|(?:開放|受け入れ|受入れ|避難|運用|利用|申請|申込|登録|出動|派遣|応援|支援|貸し出し|貸出|相互利用)(?:する|の)?(?:とき|時|際|場合)?の?(?:具体的な)?(?:手順|マニュアル)(?:は|って|を(?:教|知)|[？?]|$)|(?:誰|だれ|どこ|どっち|どちら)が(?:起案|決裁|起草)|起案者|決裁(?:者|ルート|区分)|どうやって(?:選ん|選ば|選考|選定)|必要書類|提出書類|申請書|申請様式|様式は|特典|予約(?:の(?:方法|手順|仕方)|方法|(?:って|は)どう)|どう(?:やって|すれば|したら)[^。、]{0,4}?(?:申し込|申込|申請|予約|登録|応募)|専決(?:処分)?(?:で|でも|に(?:でき|する|よ)|は|って|が(?:でき|可能)|の(?:範囲|対象|可否))|省略(?:でき|して(?:も)?(?:いい|良い|大丈夫|構わ))|\bquorum\b|\bhow (?:do|can|should) (?:i|we)\b[^?]{0,40}\b(?:renew|apply|register|submit|obtain|issue)\b/u;

/**
 * 公民館講座は市外の人も申し込める？ 子育て支援センターは日曜も開いてる？ 防災士養成講座は無料？ 保険は
 * 掛かる？ 託児はつく？: how a service is run for its users. A row names the policy area a project
 * belongs to, never who may use it, when it is open, what it costs or what comes with it, so no
 * passage answers. Wanting it usable across the border (隣の市の子も使えるようにしたい) is a project,
 * and asks no such terms; nor is whether the agreements hold an insurance (介護保険は協約に入ってる？).
 * Whether two grants may be combined (移住支援金も併用できる？) is a term of use, and so is how a user pays (路線
 * バスでICカードは使える？ 現金でも払える？), asked as a question (making cards usable, ICカードを使えるようにしたい, or
 * a complaint, 交通系ICカードが使えなくて不便, is a project); and so is what to wear (私服で
 * いいの？).
 * Said of a noun, a term describes the project asked about (市外の子どもも通える放課後児童クラブを一緒に
 * やれる？ 保険の加入が必要なイベント, 日曜も開いてる移住相談窓口を作りたい), not a term asked.
 */
const ASKS_TERMS_OF_USE =
  /(?:icカード|交通系ic|クレジットカード|クレカ|電子マネー|paypay|現金|定期券|回数券)(?:は|も|で|って|でも)?[^。？?、]{0,6}?(?:使え|払え|支払え|利用でき|乗れ)(?:る|ます)(?:か|の|ん(?:です|か)?)?(?:[？?]|$)|(?:市外|町外|圏域外|県外|他市|他町|隣町|(?:ほか|他|よそ|隣|となり|近隣)の(?:市町?|町|自治体))(?:の|に住む|在住の|から(?:通う|来る|来た)?)?(?:人|子ども|子|住民|市民|町民|方|者|企業|事業者)?(?:でも|も)[^。？?]{0,12}?(?:使え|利用でき|借りられ|申し込め|申込め|参加でき|受けられ|受講でき|入れ|行け|泊まれ|相談でき|通え|預けられ|応募でき)(?!る?ように|るよう|る[一-龯ァ-ヶ])|(?:日曜|土曜|土日|祝日|休日|夜間|平日の夜|年末年始)(?:日)?(?:の(?:夜|朝|昼|午前|午後|夕方))?(?:も|でも|は|って|に)[^。？?]{0,8}?(?:開いて|あいて|やって|営業|開館|開所|利用でき|相談でき|受け付け|受付|使え)(?!(?:して)?い?る[一-龯ァ-ヶ])|保険(?:は|に|の加入|への加入|って|を|が)(?:(?!協約|別表|取組)[^。？?]){0,8}?(?:掛か|かか|入|加入|必須|必要|出る|適用)(?![なる][一-龯ァ-ヶ])|託児(?:は|って|が|も)?(?:つ|付|あ)|乗り捨て(?:は|って|が|も)?(?:でき|可)(?!るよう)|ペット(?:は|も|を|と)?[^。？?]{0,8}?(?:連れ|同伴|入れ|行け)|(?<!を)無料(?:で(?:受け|使え|利用|参加|借り)|なの|です(?:か)?[？?]|[？?]|$)|有料(?:なの|です(?:か)?[？?]|[？?]|$)|何を着て|服装(?:は|って|の(?:決まり|指定))|(?:私服|スーツ|制服|普段着)(?:で|でも)(?:いい|良い|大丈夫|構わ|ok)|持ち物(?:は|って)|資格(?:の(?:ある|いる)人|が(?:要る|必要|いる))|何を(?:持って|準備|用意)|何回(?:受け|参加|通)[^。？?]{0,6}?(?:たら|れば|ば)/u;

/**
 * 既卒者でもOK？ 加工品も対象になる？ 吹奏楽団も出られる？ 給水車も出してもらえる？ 圏域の外に住んでても
 * 参加できる？: whether someone or something qualifies for a project, asked of a person, a group or an
 * item by name. No row says who or what a project takes; whether a policy area is included (インバウンドも
 * 対象？) names no person or item, and wanting one to qualify (隣の市の人も使えるようにしたい) is the project.
 * Nor does one the rows name themselves (経済団体も懇談会に入れる？ 中小企業者も対象？ 創業者も？ 移住者も？
 * 地域の関係者も参加できる？ 圏域外の人も交流の対象？: 別表1ア, 1イ, 3(1)ア, 3(2)イ say so), nor a project
 * that brings them (外国人も来てくれる観光施策は？). An expense qualifying (ガソリン代も対象？ 宿泊費も出して
 * もらえる？) and a member or staff (会員も参加できる？) are asked the same way, and who alone may use a service (受講
 * できるのは正社員だけ？; 変更できるのは甲と乙の協議だけ？ is 第6条's, 開催できるのは長だけ？ 第5条's). Grants combined
 * (併用できる？) too, but not a project that allows it (バスと鉄道を併用できる共通乗車券をつくりたい).
 */
const ASKS_ELIGIBILITY =
  /(?<!経済|関係|企業|移住|創業|水産業|(?:圏域|国|海)(?:内外|外)の)(?:者|人|員|方|生|団|団体|楽団|会社|品|車|校|チーム|児|子ども|世帯|家族|店|事業所|グループ|サークル|費|代)(?:に|が|で)?(?:も|でも)[^。？?、]{0,4}?(?:対象|参加でき|参加し|出られ|出れ|出場|乗れ|使え|利用でき|受けられ|受講でき|来る|来て|ok|大丈夫|申し込め|申込でき|応募でき|出店でき|借りられ|入れ|出して(?:もらえ|くれ))(?!(?:くれ|もらえ)?る?よう|(?:くれ|もらえ)?る?[一-龯ァ-ヶ]|られる?よう)[^。？?]{0,10}?(?:[？?]|$)|(?:市民|町民|住民)(?:が|も|でも)[^。？?、]{0,8}?(?:て|で)も(?:いい|良い|よい|大丈夫|構わ|ok)|(?:住んで|在住|住まい)(?:い)?(?:て|で)?も[^。？?、]{0,10}?(?:参加|利用|使え|申し込|申込|応募|受け)(?!る?よう)|(?:(?:受講|利用|参加|申し?込み?|応募|受験|入会|入場|出店|出展|相談|宿泊)でき|使え|乗れ|入れ|借りられ|受けられ)る(?:人|の)は[^。？?、]{0,10}?だけ|併用(?:でき|して(?:も)?(?:いい|良い|大丈夫|構わ)|可)(?!る?[一-龯ァ-ヶ]|る?よう)/u;

/**
 * 連絡会議はオンラインでもいい？ 傍聴できる？ 書面開催は？ 全市町合同で開く？: 第5条 says who holds the
 * meeting and how often, never how; nor do the notes of their 幹事会 and 協議会. A project held
 * jointly (創業塾を合同開催したい) is no meeting of theirs. Development: 69 such questions, none answered.
 * Held jointly by the two parties of one agreement (甲と乙の合同で開く？ 両市長が合同で) is what 第5条
 * says: 甲及び乙の長 hold it. So with how the agreement is signed (電子署名でも？ 副市長が押印しても？
 * 両市長は同席？ 記名押印は自筆でないとだめ？): the 末文 says who signs and seals, never how else. Electronic signing is asked of the
 * agreement (協約書に電子署名しても？ 電子契約で締結できる？); 電子契約の導入を共同で進めたい and 署名活動 are projects.
 */
const ASKS_MANNER =
  /(?:記名押印|押印|署名(?!活動|運動|集め|を集)|調印|記名)[^。？?]{0,16}?(?:電子|オンライン|自筆|直筆|手書き|ゴム印|代理|副市長|副町長|職務代理|同席|郵送|持ち回り)|(?:電子|デジタル)(?:署名|契約|押印|決裁)(?:でも|で(?:協約|締結|結|調印|済ま|いい|良い|可|大丈夫))|(?:協約|締結|調印)[^。？?、,]{0,8}?(?:電子|デジタル)(?:署名|契約|押印|決裁)|(?:協議|話し合い|申し出|申出|通知)[^。？?]{0,12}?(?:文書|書面|口頭|メール|電話)で|(?:文書|書面|口頭|メール|電話)でも(?:いい|良い|可|大丈夫|構わ|OK)|\bsign(?:ed|ing)? electronically\b|\belectronic(?:ally)? sign|(?:連絡会議|れんらくかいぎ|幹事会|推進協議会|担当課長会議)[^。？?]{0,20}?(?:オンライン|online|リモート|remote|web|ウェブ|zoom|teams|書面|(?<!(?:甲と乙|甲乙|両市長?|両者|双方|両首長)(?:の|が|で)?)合同|臨時|傍聴|非公開|公開|報道|取材|代理出席|代わりに|代理(?:で|の|人))|(?:オンライン|online|リモート|web|ウェブ|zoom|書面|(?<!(?:甲と乙|甲乙|両市長?|両者|双方|両首長)(?:の|が|で)?)合同|臨時)[^。？?]{0,6}?(?:連絡会議|れんらくかいぎ|幹事会)|(?:会議|懇談会|幹事会)[^。？?]{0,20}?(?:交互に|持ち回りで)(?:開|開催)/u;

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

/** The steps or requirements of an application, a vote's threshold, a grant's existence. */
export function asksProcedure(normalized: string): boolean {
  return ASKS_PROCEDURE.test(normalized);
}

/** Who may use a service, when, at what cost, or whether one qualifies. */
export function asksTermsOfUse(normalized: string): boolean {
  return ASKS_TERMS_OF_USE.test(normalized) || ASKS_ELIGIBILITY.test(normalized);
}

/** How a meeting of the agreements is held or how the agreement is signed. */
export function asksManner(normalized: string): boolean {
  return ASKS_MANNER.test(normalized);
}

/** What concluding the agreement takes (a change or an end is 第6条's). */
export function asksConcluding(normalized: string): boolean {
  return ASKS_CONCLUDING.test(normalized) && !OF_CHANGE.test(normalized);
}
