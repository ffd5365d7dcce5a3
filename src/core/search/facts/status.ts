/**
 * How far things have got, opinions, ranks and plans, and what follows when the agreement is not kept:
 * a draft states rules, never the state of affairs or the consequences of a breach.
 */
import { ENDS_IN_PROJECT_WISH } from './project-wish.ts';

/**
 * 議決はもう済んだ？ 進捗は？ おすすめの宿は？: the state of affairs today, or a recommendation.
 * A draft states rules, not progress or taste, so no passage answers. What is famous or draws the
 * most (有名な観光スポット教えて, 一番人が集まるのは) is taste too; something famous put to use (有名な農産物を使って
 * 販路拡大, 有名なお祭りを活用した地域振興, 一番人が集まるイベントを活用したい) is a project's, and so is a row asked for it.
 */
const ASKS_STATUS =
  /有名な[^。、？?をにでと]{0,12}?(?:は|って|を教|教え|ある|[？?]|$)(?![^。？?]{0,20}?(?:どの(?:取組|取り組み|項目|分野|行)|(?:取組|取り組み|項目|分野)(?:は|って)?どれ|別表|協約))|(?:一番|いちばん)人が(?![^。？?]{0,16}?(?:活用|活か|生か|使っ|たい))|(?:もう(?!一|ひと|少し|すこし|1)|既に|すでに)[^。、]{0,10}?(?:済ん|済み|済ませ|終わ|締結さ|議決さ|ぎけつさ|ていけつさ|始ま)|(?:進捗|進み具合)(?:状況)?(?:は|って|が|を(?:教|知))?(?:どう|[？?]|$)|どこまで進ん|(?:おすすめ|オススメ|お勧め|お薦め|人気)の?[^。]{0,10}?(?:は[？?]|を教|ある[？?]|って(?:何|どこ))|評判|由来|いきさつ|(?<!検討|協議)経緯|空き状況|空き具合|(?:今日|明日|本日|今週)の?[^。、？?]{0,6}?(?:空き|混雑|予約状況)|(?:休んで|休み|早退|遅刻)(?:も|して(?:も)?)?(?:いい|良い|大丈夫)|結果(?:は|って)(?:どう(?!なる|なり)|どんな)|使い勝手|(?:どっち|どちら)(?:が|の方が)(?![^。、]{0,10}?(?:する|やる|持つ|出す|払う|担う|開く)の(?:が|は))[^。、]{0,10}?(?:いい|良い|便利|得|おすすめ)|(?:いい|良い|よい|よかった|べき|妥当|適切|正解)(?:だ|だった)?(?:と|って)思い?(?:ます|ません|う)(?:か)?[？?]?$|予算(?:化|措置)(?:さ|し(?!たい|よう)|が(?:され|とら|取ら))|予算が(?:つ|付)(?:いた|いて|く(?:こと|の)?(?:に)?なっ)|過去に[^。？?]{0,10}?(?:ある|あった|あり|例|事例)|(?:できる|結ぶ|締結する|始まる|結ばれる)前(?:は|って)[^。？?]{0,24}?(?:てた|ていた|でした|だった)|(?:変更|改定|改正|修正|見直し|更新)履歴|(?:費|金|料)を(?:(?!どちら|どっち|誰|だれ|どこ)[^。？?]){0,6}?(?:負担|支出|拠出)して(?:る|いる|います)(?:の|ん|か|[？?]|$)|前例(?:は|って|が|ある|あり)|どう思|どう評価|評価して(?:る|い)|(?:市|町)は[^。、？?何どう]{0,4}(?:もう|既に|すでに)?(?:やって|実施して|導入して|取り組んで)(?:る|い)[^。、]{0,6}$|(?:去年|昨年|前回|先日|この前|先月|先週|前年度|昨年度)の[^。、？?]{0,12}?(?:で|は|では)[^。、？?]{0,10}?(?:決ま|議題|結果|どうだった|何が|話し合われ|出た意見)|(?:一番|いちばん|最も)(?!最初|最後|初め|はじめ|先|上|下|目|後|前)[^。、？?]{1,8}?[ない]の(?:は|って)|(?:達成|効果|成果|進捗)[^。？?]{0,12}?(?:どうやって|どのように|どう|誰が|だれが)[^。？?]{0,6}?(?:測|はか|計る|評価|検証|チェック)(?![^。、？?]{0,16}?(?:場|会議|機会|仕組み))/u;

/**
 * 山口市と宇部市、どっちが代表？ どっちが格上？ どっちが優先？: a precedence or rank between two, which
 * the drafts never set (both hubs, 甲 and 乙, 両市), nor which of the two copies is the original (２通のうちどっちが
 * 正本？: the 末文 gives each party one). Not who leads a row (どちらが主導する？), a role:
 * nor a leader, centre or representative who does something (どちらが中心となって取り組む？ どっちが
 * 代表して署名？ 医療の取組はどっちが中心？), which a row, 第5条 or the 末文 answers.
 */
const ASKS_RANK = /(?:正本|副本)(?:は|って)(?:どっち|どちら)|(?:どっち|どちら)[^。？?]{0,12}?(?:格上|優先|正本|副本|偉い|上な|上です|先に(?:締結|結ん|でき|作|始|加わ|入))|(?:格上|優先)[^。？?]{0,6}?(?:どっち|どちら)/u;
const ASKS_LEADER = /(?:どっち|どちら)[^。？?]{0,8}?(?:代表|リーダー|中心)|(?:代表|リーダー)[^。？?]{0,6}?(?:どっち|どちら)/u;
/** What a leader is asked to do, or the row's work named (策定, 推進, 育成…): a role, not a rank. */
const LEADS_MATTER = /(?:代表|中心|リーダー)(?:と|に)?(?:なって|して|として|役|的)|取組|取り組|役割|担当|やる|進め|推進|実施|開催|開く|署名|押印|策定|整備|育成|展開|支援|振興|促進|強化/u;

/** Has Hofu already approved it? Is it planned to be online?: how far things have got, in English. */
const ASKS_PROGRESS_EN = /\b(?:already|yet)\b|\bplann(?:ing|ed) to\b/u;
/**
 * Is tourism already covered by the agreement? Is disaster response already part of it? Is public
 * transport covered yet? (the agreement left unsaid): whether the text includes a matter, which a
 * passage answers, however already it is asked.
 */
const IN_THE_TEXT_EN = /\b(?:part of|in|included in|covered (?:by|in)|mentioned in|written in|listed in|stated in)\s+(?:(?:the|this|these|both|either)\s+(?:agreements?|annex|drafts?|documents?|text)\b|it\b)|\b(?:included|covered)(?:\s+(?:yet|already))?\s*[?.]?\s*$/u;

/**
 * 運賃を下げる計画はある？ 東京便を増便する予定はありますか: whether a plan exists, which a draft cannot
 * say (a plan stated, 防災訓練をやる計画があります, places a project instead). Not whether other
 * versions of the agreement are planned (同じ内容で他にも作る予定は？ is 注記2's). Development: 25 such
 * questions, one of the agreement's versions.
 */
const ASKS_PLAN = /(?:予定|計画|動き)(?:は|って)[^。？?]{0,3}(?:ある|あります|あん)[^。]{0,5}(?:[？?]|か|$)/u;
const OF_VERSIONS = /同じ内容|版/u;

/**
 * ごみ処理の広域化はもう決まった？ 空き家バンクはもう動いてる？: whether a matter is settled or running
 * yet, which a draft cannot say. Not whether what the agreement itself settles is settled (負担割合は
 * もう決まってる？ 役割はもう決まってる？ 変更の手続は既に決まってる？ 協約で既に決まっている取組は？):
 * 第4条 (agreed separately), the annex or 第6条 answers. Running yet (費用分担はもう始まってる？) is still a state.
 */
const ASKS_SETTLED = /(?:もう(?!一|ひと|少し|すこし|1)|既に|すでに)[^。、]{0,10}?(?:決ま|決定)/u;
const ASKS_RUNNING = /(?:もう(?!一(?!本化|元化|体化)|ひと|少し|すこし|1)|既に|すでに)[^。、]{0,10}?(?:動い|うごい|稼働|運用さ|実施さ|開始|スタート|始まっ|進んで|化さ|統合さ)/u;
const SET_BY_AGREEMENT = /負担|分担|割合|ずつ|折半|按分|費用|役割|手続|変更|廃止|(?:協約|別表|条文)(?:で|に|上|の中で)/u;

/**
 * 図書館の相互利用は始まっていますか？ ごみ処理施設の共同化は検討していますか？ 移住相談会は誰が運営していますか？:
 * whether, or by whom, a project is under way today. A draft sets the roles (誰が担当？ 誰が運営する？ stay a
 * row's), never what is running or being studied, or published (サイトはもう公開されてる？ 動画ってYouTubeに
 * あがってる？). Said, not asked (…できないか検討しています), it is the project.
 * Hostile probes: 3 answered before, none after.
 */
const ASKS_UNDER_WAY = /(?:始まって|検討して|稼働して|運用して|運営して|動いて|(?:公開|掲載|アップ)されて|(?:あが|上が)って)(?:い)?(?:ますか|るの|るんですか|るか|ます[？?]|る[？?])[？?]?$/u;

/**
 * 協議がまとまらなかったら (まとまらんかったら) どうなる？ 負担金を払わなかったら？ 市長が出られないとき代理でいい？: what follows
 * when a party fails or the talks fail. The drafts state duties and procedures, never what follows
 * their breach (no 紛争処理, no 罰則, no 代理). A project that copes with a shortage (備蓄が足りないとき
 * 融通し合いたい) asks no such thing: the asking must be about what happens, or allowed. So with
 * what follows an event (市長が交代したら結び直し？ 廃止したら進行中の事業はどうなる？): 第6条 says how to
 * change or end the agreement, not what follows (development: 12 such questions, none answered),
 * and with a breach or a dispute (違反したら罰則は？ 解釈が食い違ったらどう解決？), but not a penalty or an
 * offence that is a project's matter (不法投棄の罰則を統一したい, 交通違反の取り締まりをどう連携？). So with
 * talks that fail (変更協議が不調に終わったら, 協議不調のとき; 心身の不調 is a project's matter), whether
 * a step skipped leaves a change valid (議決を経ないで変更したら有効？; 防災に有効なのはどの取組？ asks a row) and what follows when the other agreement is gone (協約がなくなったらどうなる？; a
 * shortage, 足りなくなったら融通し合う, is a project's). So with the weather on the day (イベントの雨天時の対応は？ 雨なら中止？):
 * a row names the project, not how one day of it is run (災害時の相互支援 is 別表3(1)エ's, and no weather).
 */
const ASKS_CONTINGENCY =
  /(?:雨天|荒天|悪天候|雨|台風)(?:の場合|時|の時|のとき|の日|なら|だったら)(?:の|は)?[^。]{0,10}?(?:対応|どうな|どうす|中止|延期|決行|[？?]|$)|(?<!足り)なくなっ(?:たら|た場合|たとき)[^。]{0,24}?(?:どうなる|どうなり|消滅|結び直)|(?:協議|話し合い|調整|交渉|議論)[^。？?、]{0,4}?不調|不調(?:に(?:終わ|な)|の(?:とき|時|場合|際)|だった)|無効|有効(?<!の有効)(?:性|なの(?:か|[？?]|$)|なんですか|です|でしょう|になる|[？?]?$)|\bbreak(?:s|ing)? the agreement\b|\bpenalt|\bdisputes?\b|\bcannot agree\b|(?:罰則|ペナルティ)(?:規定)?(?:は|って|が|も|とか|や|ある|あり|[？?]|$)|(?:食い違|対立|もめ|揉め|紛争|違反(?:し|す|さ)|いはん|破っ|守らな)[^。？?]{0,12}?(?:どう|罰|解決)|(?:廃止|変更|交代|替わ|代わ|抜け|脱退|解散|合併|やめ|否決さ?れ|否決し|反対さ?れ)(?:し|さ|にな|っ)?(?:たら|た場合|たとき|た時|た後)[^。？?]{0,24}?(?:どうなる|どうなり|どう扱|結び直|結びなお|精算|引き継|どうする)|(?:長|市長|町長)が(?:欠け|不在|いない)|断(?:る|れ)(?:こと)?(?:は|が|って)?(?:でき|可能)|拒否(?:でき|する|して|は)|(?:断っ|拒ん|拒否し|断られ|拒まれ|拒否され)(?:たら|だら|た場合|だ場合|たとき|た時)|トラブル(?:に(?:なっ|な)|が(?:起き|起こっ|生じ|あっ|出))(?:たら|た場合|たとき|た時)|拒(?:む|め)(?:る|ない|ます)?(?:の|か|[？?]|$)|(?:重なっ|重複し|かぶっ)(?:たら|た場合|たとき|た時)|二重(?:負担|計上|払い)|(?:なかった|ない|ず|なく|んかった)(?:ら|場合|とき|時)(?:の|は|に|、)?(?:[^。]{0,30}?(?:どうなる|どうなり|どうする|どうすれば|どう(?:扱|対応)|ペナルティ|罰則|調停|賠償|紛争|代理|でも(?:いい|良い|構わ|大丈夫))|は[？?]$)/u;

/** The state of affairs today, a rank between two, a plan, or progress. */
export function asksStatus(normalized: string): boolean {
  return (
    ASKS_STATUS.test(normalized) ||
    ASKS_UNDER_WAY.test(normalized) ||
    ASKS_RANK.test(normalized) ||
    (ASKS_LEADER.test(normalized) && !LEADS_MATTER.test(normalized)) ||
    ASKS_RUNNING.test(normalized) ||
    (ASKS_SETTLED.test(normalized) && !SET_BY_AGREEMENT.test(normalized)) ||
    (ASKS_PLAN.test(normalized) && !OF_VERSIONS.test(normalized)) ||
    (ASKS_PROGRESS_EN.test(normalized) && !IN_THE_TEXT_EN.test(normalized))
  );
}

/** どうなるか, どうするか: a consequence wondered about, which a project wish may hold as its reason. */
const WONDERS_CONSEQUENCE = /(?:どうなる|どうなり|どうする|どうすれば(?:いい|よい|良い)?)か(?![？?]|$)/u;

/** What follows a breach, a failure or an event the drafts do not provide for, unless wondered about in a project wish. */
export function asksContingency(normalized: string): boolean {
  return ASKS_CONTINGENCY.test(normalized) && !(WONDERS_CONSEQUENCE.test(normalized) && ENDS_IN_PROJECT_WISH.test(normalized));
}
