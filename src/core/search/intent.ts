/**
 * What a question asks for: a role (who does what), the full text, or the best passages.
 * Small pure predicates on the normalised question, tested as a table.
 */
import type { Intent } from '../answer/types.ts';

/** 誰 / どこ / 役割 / 担当 / 何をする / who: the asker wants each party's role. */
const ROLE_PATTERN = /誰|だれ|どこが|どこの|どちらが|どっちが|どの市|役割|担当|何をする|なにをする|何する|何やる|やること|すること|who|role|responsib|in charge/u;
/** 見せて / 条文 / 全文 / quote: the asker wants the text itself. */
const QUOTE_PATTERN = /見せて|みせて|見たい|表示|条文|全文|原文|本文|読みたい|貼って|quote|show me|full text|text of/u;

/** 本文では / どの条 / 何条: the answer is an article, not the annex or the 前文. */
const ARTICLE_PATTERN = /本文|どの条|何条|条文/u;

/** True when the question asks for an article (協約本文では, どの条？). */
export function asksForArticle(normalized: string): boolean {
  return ARTICLE_PATTERN.test(normalized);
}

/**
 * どこで協議 / どこで話し合う: "where" before a verb of meeting asks for a forum (a 会議, a 幹事会),
 * unlike どこで決まってる, which asks where the text says so.
 */
const VENUE_PATTERN = /どこで(?:は|も)?(?:協議|検討|話し合|議論|相談|調整|開|集ま)|(?:どの|何の)(?:会議|会合|場)で/u;

/** True when the question asks in which forum something is discussed. */
export function asksForVenue(normalized: string): boolean {
  return VENUE_PATTERN.test(normalized);
}

/**
 * どの項目？ / 協約上どこ？ / 根拠は？ / 対象になる？: the asker has a matter in hand and asks where the
 * agreements place it. Its description (公民館の講座, 休日夜間の急患診療) then holds words no passage
 * needs to hold: the matter, not each word, is what must be covered.
 */
const PLACEMENT_PATTERN =
  /どの(?:項目|取組|取り組み|分野|区分|柱|欄|行|施策|事業|政策|枠)|協約(?:上|の|で|だと|では|に)?(?:は|で|いう|言う|いうと|言うと)?(?:どこ|どれ|どの)|どこに(?:当た|あた|入|はい|該当|位置|分類|なる)|根拠|位置(?:づけ|付け)|対象(?:です|でしょう|になる|に入|か|？|\?)|当てはま|あてはま|該当|範囲(?:内|に入|で|の中)|含まれ(?:る|ます)(?:か|の|[？?])/u;

/**
 * 〜を一緒にやりたい / 合同で開催したい: a project described by the member who wants to run it jointly,
 * which asks the same thing without saying so.
 */
const JOINT_PROJECT_PATTERN =
  /(?:一緒|いっしょ|共同|合同)(?:で|に)[^。？?]{0,12}?(?:つくる|作る|やる|行う|実施する|開催する|運営する|整備する|導入する|進める)(?:[。？?]|$|の?(?:は|って))|(?:一緒|(?:市|町)と(?!の)|いっしょ|共同|合同|連携し|協力し|広域|圏域で|圏域の市町|近隣|他市町|市町(?:間|同士|をまたい|の境)|しあう|し合う|相互|持ち回り)[^。]*(?:たい|予定|計画|検討|構想|案が|考えて|できないか|られないか|できる|アリ|可能)|(?:たい|予定|計画|検討|構想|考えて)[^。]*(?:一緒|共同|合同|連携し|協力し|広域|近隣|他市町|相互)/u;

/** True when the question asks where the agreements place a matter (どの項目？ 協約上どこ？ 一緒にやりたい). */
export function asksForPlacement(normalized: string): boolean {
  return PLACEMENT_PATTERN.test(normalized) || JOINT_PROJECT_PATTERN.test(normalized);
}

/**
 * 役割を一覧にして / 役割を全部 / list Ube's roles / a table of everything Mine does: every row's role of a
 * party, not one row (nor 担当課の一覧, departments the text never names).
 */
const ROLE_TABLE_PATTERN =
  /(?:役割|担当(?!課|部署|部局|者|窓口)|やること|すること|役目)[^。？?]{0,20}?[？?]\s*[^。？?]{0,6}?(?:一覧|リスト|まとめ|(?<!別)表に)|(?:役割|担当(?!課|部署|部局|者|窓口)|やること|すること|役目)[^。？?]{0,20}?(?:全部|全て|すべて|全項目|一覧|リスト|まとめ|(?<!別)表に|(?<!別)表で|一通り|ひととおり|ぜんぶ|どれとどれ)|(?:役割|やること|すること|何をする)[^。]{0,60}?(?:通しで|(?<!別)表に(?:して|まとめ)|一覧(?:表|に))|\b(?:full|whole|complete|entire)\b[^?]{0,12}\brole table\b|(?:全部|全て|すべて|一覧|ぜんぶ)の(?:役割|担当|役目)|(?:list|all)\b.*\broles?\b|\broles?\b.*\b(?:list|all)\b|\beverything\b[^?]{0,40}\b(?:is supposed to|has to|must|will|should)?\s*(?:do|does|handle|handles|take on)\b/u;

/** True when the question asks for a party's whole role table. */
export function asksForRoleTable(normalized: string): boolean {
  return ROLE_TABLE_PATTERN.test(normalized);
}

/**
 * 違い / 何が違う / 比べて / 差分 / differ: the drafts compared, not a passage (nor 意見が食い違ったら, a
 * dispute, nor 行き違い or すれ違い). ちがい in kana, but not the ち of どっちが, うちが, まちがい or いちがいに (どっちがいくら出す？).
 * 協約1 vs 協約2 and どこが変わる？ compare too (どこが変わった？ asks what changed since, no draft beside the other).
 */
const COMPARISON_PATTERN = /(?<![間食])(?<!食い|行き|すれ|掛け)違(?:い|う|っ)|(?<![っうまい])(?<!くい|いき|すれ)ちが(?:い|う|っ)|異なる|相違|差分|差異|差(?:が|は|って|を)|比較|比べ|くらべ|変わって|変わる(?:ところ|点|箇所)|変更点|どこが変わる|[⇔↔]|\bvs\b|\bversus\b|\bdiff|\bdiffer|\bcompare/u;

/**
 * 食い違い / 行き違い said of the drafts themselves (協約1と協約2で食い違ってるところは？ 二つの案で食い違いはある？):
 * a comparison too, unless it is a mishap to come (食い違ったら, 食い違いが出た場合) or of views (意見が食い違う).
 */
const MISMATCH = /(?:食い|くい|行き|いき)(?:違|ちが)(?:い|う|っ)(?![^。？?]{0,8}?(?:たら|場合|とき|時|際))/u;
const OF_VIEWS = /意見|解釈|認識|見解|読み方|主張|考え|説明/u;

/** True when the question asks how the drafts differ. */
export function asksForComparison(normalized: string): boolean {
  return COMPARISON_PATTERN.test(normalized) || (MISMATCH.test(normalized) && !OF_VIEWS.test(normalized));
}

/** 構成市町 / 圏域のメンバーは / 何市町: who belongs to the 圏域 (not ビジョン懇談会のメンバー, 圏域の市町同士). */
const MEMBERSHIP_PATTERN =
  /\bhub cit(?:y|ies)\b|(?:連携市町|連携中枢都市|構成市町)(?:は|って)?(?:全部で)?(?:いくつ|何個|なんこ|何市|何団体)|構成(?:市町|団体|自治体|メンバー)(?!の(?!一覧|数|名前|名称|リスト)|で(?!しょう|す|は|合)|間|同士|どうし|を(?:巡|回|結|まわ|めぐ))|加盟|(?:何|いくつの)(?:市町|自治体)(?!か)|どこ(?:が|の市町が)(?:入|参加)|(?:圏域|ゆめ回廊|県央)の(?:市町|自治体|メンバー|めんばー)(?=は|って|を(?!(?:巡|回|結|まわ|めぐ|つな))|一覧|$|\?|？)|(?:圏域|ゆめ回廊|県央|連携)(?:の)?[^。会]{0,6}?(?:メンバー|めんばー|一員)|何市何町|連携中枢都市(?:は|って|に(?:なって|なる))[^。]{0,10}?(?:どこ|何市)|(?:は|って|も)(?:連携市町|連携中枢都市)(?:の一つ|ですか|なの|なん|か[？?]|だっけ|という|で合って|[？?]$)|(?:どっち|どちら)が(?:連携中枢都市|中枢都市|連携市町)|(?:この|今回の|圏域の)連携に(?:参加|入って|加わ)|[市町村](?:も|は|って)(?:[^。？?、に]{0,8}?(?:なのに|だけど|ですが|でも)、?)?(?:入って|はいって|参加して|含まれ)|\b(?:who|which)\b[^?]{0,20}\bmembers\b(?![^?]{0,30}\b(?:in charge|responsib|handles?|does|do|roles?|leads?)\b)|\b(?:who|which|what) (?:are|were) the member (?:municipalities|cities|towns)\b|\bmembers? of (?:the )?(?:region|area|yume|yamaguchi)|\ba member\b|\bhow many members\b|\bmembership\b|(?<!\bwhere\b[^?]{0,40})\bbelongs?\b|\bmake up\b|\bcities and towns\b|^(?:is|are)\b[^?]{0,40}\b(?:part of|in) the\b(?:\s+[\w-]+){0,3}?\s+(?:region|area)\b(?!'s|\s+(?:covered|of|for)\b)|\bwhich municipalities (?:are|were|belong|make|form|join|participate)\b/u;
/**
 * 圏域に入ってる？ / ゆめ回廊に参加: belonging, when said of the 圏域 (乗合タクシーは協約に入ってる？ is not).
 * Not of visitors or routes coming in (圏域に入ってくる観光客, 圏域に入るバス路線). The verb may go unsaid
 * at the end (萩市はいつから圏域に？), but not after an object (観光客を圏域に？ brings visitors in).
 */
const BELONGING_PATTERN = /(?:圏域|ゆめ回廊|県央(?:連携)?)(?:に|には|へ)?(?:入っ|入る|入ら|入れ|はいっ|はいる|参加|含まれ|加わ)(?![^。？?!、]{0,5}?(?:観光客|旅行者|来訪者|移住者|外国人|客|車|便|バス|路線|列車|電車|鉄道|道路|ルート|航路|物流))|(?<!を[^。？?!]*)(?:圏域|ゆめ回廊)(?:に|へ)(?:[？?]|$)/u;

/**
 * Asked of the membership, not who belongs: how one joins, why, since when, what is planned (新しい
 * 市町が加わるときの手続きは？ 長門市が入っていない理由は？), a fact of the members (面積), or the
 * members of a body (幹事会の構成メンバーは？ How many members sit on the vision council? …the vision roundtable?). The agreements state none of it, nor does the list of members.
 * Nor a member's duty or a matter placed (Are there fines for a member that does not pay its share? Where
 * in the annex does training for residents belong? Where does a joint library card belong?): a penalty or
 * a row is asked, not who belongs.
 * なんで asks why, but not in なんですか, なんでしょう, なんでしたっけ (what the members are) or なんでも.
 */
const BEYOND_MEMBERSHIP = /\b(?:council|committee|board|panel|meeting|roundtable|annex|rows?|policy areas?|penalt\w*|fines?|pays?|share)\b|\bwhere (?:does|do|would|should|could|might|will)\b[^?]{1,80}?\bbelong\b|手続|手順|方法|どう(?:したら|すれば|やって)|でき(?:る|ます|ない)|可能|理由|なぜ|なんで(?![すしも])|どうして|経緯|いきさつ|予定|見込み|面積|人口|条件|要件|基準|いつ(?!も)|(?:幹事会|懇談会|会議|部会|委員会)の(?:構成)?(?:メンバー|委員)/u;

/**
 * True when the question asks who belongs to the 圏域 (or whether one municipality does). Read
 * sentence by sentence: 萩市は圏域に入ってる？連絡会議の委員なので確認したい asks it in its first.
 */
export function asksForMembership(normalized: string): boolean {
  return normalized.split(/(?<=[。?!])/u).some((sentence) => mentionsMembership(sentence) && !BEYOND_MEMBERSHIP.test(sentence));
}

/**
 * True when the question speaks of who belongs at all, even to ask beyond it (長門市が入っていない理由は？):
 * for a municipality outside the 圏域, that it is no member is the reason the agreements are silent.
 */
export function mentionsMembership(normalized: string): boolean {
  return MEMBERSHIP_PATTERN.test(normalized) || BELONGING_PATTERN.test(normalized);
}

/**
 * どの取組？ 協約のどこに入る？ 何に当たる？: where in the agreements a matter belongs. Development: 1,091
 * such questions answered by a passage, 2 not; so the examples' doubt does not withdraw the answer.
 */
const PLACING_PATTERN = /どの(?:取組|取り組み|項目|分野|行|欄)|どこに(?:入|当た|該当|含ま|位置づ|分類)|(?:協約|別表)(?:の|上の?)(?:どこ|どれ|どの)|何に(?:当た|該当)/u;

/**
 * 時刻表を作りたい, 目標を立てたい, 補助金を一緒に作りたい: the asker means to carry out a project, which
 * asks where it belongs as much as どの取組？ does. Only a verb of doing a project, closing the question
 * (予約したい, 確認したい are errands; 〜たいんだけど手順は？ asks the procedure). Development: 388 such
 * questions answered by a passage, 2 not (名刺を作りたい, Teamsの会議を設定したい, which no passage covers).
 */
const CARRYING_OUT_PATTERN =
  /を[^。、？?を]{0,8}?(?:作り|つくり|やり|設定し|整備し|導入し|実施し|始め|立て|作成し|開催し|運営し|構築し|進め|取り組み|企画し|開き|育て|広げ|増やし|誘致し|展開し|推進し|強化し|一本化し|共同化し)たい(?:んだけど|んですが|んです|です|けど)?[。！!]?$/u;

/**
 * The same in English, read only where the question has latin letters: Which row covers it? Which
 * policy area? Which part of the annex? Where does a relocation fair fit in the annex? Does it fall
 * under tourism? Development: English project questions withdrawn by the examples' doubt (a relocation
 * fair, a familiarisation tour, route maps for community buses), as どの取組？ would not be.
 */
const PLACING_PATTERN_EN =
  /\b(?:which|what) (?:annex )?(?:rows?|policy (?:areas?|fields?)|(?:parts?|sections?|items?|entr(?:y|ies)) of the (?:annex|agreements?)|annex (?:rows?|items?|sections?|entr(?:y|ies)))\b|\bwhere (?:does|do|would|should|could|might|will) [^?]{1,80}?\b(?:fit|belong|go|fall)\b|\b(?:fits?|falls?|comes?) (?:under|into)\b|\bwhere in the (?:annex|agreements?)\b|\bunder which (?:row|heading|policy|item|section)\b/u;
const LATIN = /[a-z]/u;

/** True when the question asks where in the agreements a matter belongs (see PLACING_PATTERN). */
export function asksWhereItBelongs(normalized: string): boolean {
  return PLACING_PATTERN.test(normalized) || (LATIN.test(normalized) && PLACING_PATTERN_EN.test(normalized));
}

/**
 * 介護保険は協約に入ってる？ 協約の対象？ Has tourism been included?: whether the agreements include a
 * matter, which the passage nearest it answers, yes or no. Example bank: 320 such questions answered, 4
 * not, each of a non-member (下関市も協約に入ってる？, a special answer) or a date (何月ごろ). So, asked bare,
 * is a matter also included (農林水産物も対象？ 移住者も対象？): a person, group, item or expense qualifying
 * for a project (加工品も対象？ ガソリン代も対象？) is a fact no row states (facts.ts ASKS_ELIGIBILITY) and
 * abstains before this is asked.
 */
const INCLUSION_PATTERN = /(?:協約|別表|取組|取り組み)(?:に|の中に|で)(?:は)?(?:入って|はいって|含まれ|書かれ|載って|入る|入り)|(?:協約|別表)の対象|^[^。、？?]{1,14}?も対象(?:に(?:なる|なり(?:ます)?|入る))?(?:ですか|です|なの|か)?[？?]?$|\b(?:included|covered)\b/u;

/**
 * Does the agreement say how often it is held? Does it fix how much each city pays? What does the
 * agreement require the mayors to do?: whether, or what, the text states of a matter, which the
 * passage nearest it answers, as 協約に書かれてる？ is. A fact it leaves open (Does the agreement say
 * who chairs it?) abstains before this is asked (facts.ts).
 */
const INCLUSION_PATTERN_EN =
  /\b(?:does|do|did) (?:the |this |each |either |both )?(?:agreements?|drafts?|text|it|they)\b(?: (?:at least|even|actually|also|already|really))? (?:say|state|mention|specify|fix|set|cover|include|provide|require|deal with|address)\b/u;

/** True when the question asks whether the agreements include a matter (see INCLUSION_PATTERN). */
export function asksIfIncluded(normalized: string): boolean {
  return INCLUSION_PATTERN.test(normalized) || (LATIN.test(normalized) && INCLUSION_PATTERN_EN.test(normalized));
}

/**
 * 懇談会のメンバーは？ 懇談会の構成は？ 構成員って？: what a body is made of, which a row that says so
 * answers (別表1ア: 各市町の経済団体等で構成する…懇談会), whichever name of the body is typed. Not who,
 * by name (メンバーは誰？ 委員の名前は？: facts.ts), nor how a body is run (懇談会の構成市町の役割).
 */
const COMPOSITION_PATTERN = /(?:メンバー|構成員|構成団体|構成|顔ぶれ|参加団体)(?:構成)?(?:は|って)?(?:どう(?:なって|なる)|どういう|どんな)?[^。？?、]{0,4}?(?:[？?]|$)/u;

/** True when the question asks what a body is made of (see COMPOSITION_PATTERN). */
export function asksComposition(normalized: string): boolean {
  return COMPOSITION_PATTERN.test(normalized) && !/誰|だれ|どなた|名前|名簿|氏名/u.test(normalized);
}

/** True when the question says the asker means to carry out a project (see CARRYING_OUT_PATTERN). */
export function asksToCarryOut(normalized: string): boolean {
  return CARRYING_OUT_PATTERN.test(normalized);
}

/**
 * いつから / いつ入った / 何年に / 発足した: since when the 圏域 has been, or a member in it (not 予定: what
 * is planned).
 */
const SINCE_WHEN =
  /いつ(?:から|頃|ごろ|の時点)|いつ(?=[^。？?]{0,10}?(?:入っ|はいっ|参加し|加わっ|加入し|加盟し)た)|何年(?:度)?(?:から|に|前|頃|ごろ|[？?]|$|です|だっ)|(?:形成|発足|設立)(?:した|された|日|年|は)/u;
/** 構成市町の負担金, 連携市町の会議: a thing of the members, whose date is not since when they belong. */
const MEMBERS_THING = /(?:構成|連携)(?:市町|団体|自治体)の(?!メンバー|一員|一覧|数)/u;

/**
 * True when a sentence asks since when a member has belonged, or the 圏域 has been (萩市はいつから圏域に
 * 入ってる？): no passage states it, but the region's sources do, beside the agreements.
 */
export function asksSinceWhenMember(normalized: string): boolean {
  return normalized.split(/(?<=[。?!])/u).some((sentence) => mentionsMembership(sentence) && SINCE_WHEN.test(sentence) && !MEMBERS_THING.test(sentence) && !/予定|見込み|理由|なぜ|どうして/u.test(sentence));
}

/**
 * とは / って何 / 誰のこと / どっち / 意味 / 甲は具体的に誰: what a word stands for (甲は何をする？ asks its role).
 * A party's name asked (乙の名前は？ 甲の名称って？) is what it stands for too: the 前文 names it (乙の
 * 担当者の名前 asks a person, no party). Who are 甲 and 乙? as Who is 甲? (not who are they responsible for).
 */
const DEFINITION_PATTERN =
  /とは|(?:どう|どこで|どのように)定義|定義(?:は|って|を|され|どこ|が)|って(?:具体的に(?:は)?|結局|要するに)?(?:何|なに|誰|だれ|どこ|どういう)|(?<=[甲乙]|両市)(?:て|＝|=)(?:だれ|誰|何|なに|どこ|[？?])|(?:甲|乙)になるん[？?]|(?<=[甲乙]|両市)は(?:具体的に(?:は)?)?(?:誰|だれ)|(?:誰|だれ|どこ|何|なに)のこと|どこの(?:市|町|市町)の?こと|どっち|どちら|それとも|意味|指(?:して|す|し)|どの市町|どこの市町|扱い|立場|甲\s*(?:か|or|？|\?)\s*(?:party\s*)?乙|乙\s*(?:か|or|？|\?)\s*(?:party\s*)?甲|(?:甲|乙|両市)」?(?:に|へ)(?:あたり|当たり|あたる|当たる|該当)|(?:甲|乙)(?:です|なの|でしょう)か[、,]?\s*(?:甲|乙)|(?:甲|乙|両市)(?:に|と)?なるの(?:は|って)|(?:甲|乙|両市)(?:は|って)(?:それぞれ|具体的に(?:は)?)?(?:どこ|誰|だれ)|それぞれ(?:どこ|誰|だれ)|のこと(?:[？?]|です|だ|か|$)|(?:は|が|って)(?:甲|乙|両市)(?:[？?]|です|なの|なん|か|で(?:いい|合って))|(?:は|が)(?:甲|乙|両市)に(?:なる|なり)|(?:何と|なんと|何て|なんて|どう)(?:呼ば|いう|言う|書か)|と呼ばれ|(?:甲|乙|両市)な(?:の|ん)(?:[？?]|です|か)|(?:は|が|だと|では)[^。、？?]{0,8}?(?:甲|乙|両市)(?:って(?:こと|いう)|として(?:入|参加|扱|結)|で(?:いい|良い|合って|よい)|(?:という|ってこと|ということ)で(?:いい|良い|よい|合って))|(?:甲|乙|両市)」?(?:に|には)[^。]{0,10}?(?:含まれ|入る)|のことで(?:合って|いい|よい|間違いな)|とあるのは|(?:甲|乙|両市)」?(?:と|って)(?:書いて|書かれて|記載して|呼んで|定めて)(?:いる|ある|る)?(?:箇所|ところ|部分|の)|(?:甲|乙|両市)の(?:名前|名称|正式名称|正式な名前|具体名|市町名)(?:は|って|を|が|[？?]|$)|\bwho is\b|\bwho are\b(?![^?]{0,40}\b(?:responsible|in charge|doing|do|does)\b)|\bwhat is\b|\bmeaning\b|\bmeans\b|\brefers?\b|\bstands? for\b/u;

/** True when the question asks what a word stands for (乙とは？ 甲乙どっち？), not a party's role (乙の役割ってどこ？). */
export function asksForDefinition(normalized: string): boolean {
  // どっちがお金を出す？ asks which party does something: a role (第4条), not which party is which.
  // 甲はどういう立場で取組を進める？ 乙は自分で事業をやるの？: a party's part in the undertakings, a role too.
  return DEFINITION_PATTERN.test(normalized) && !/役割|やること|すること|担当|(?:取組|取り組み|事業)(?:を|で|に)?[^。、？?]{0,6}?(?:進め|やる|する|推進|実施|協力|断|拒)|(?:どっち|どちら)(?:が|の方が)[^。、？?]{0,10}?(?:出す|払う|持つ|負担|開く|開催|やる|する)/u.test(normalized);
}

/**
 * The question without what it says it does not want: 一覧じゃなくて、地域医療で甲がやることだけ asks
 * for one row, not the table. Used to tell the special kinds of reply.
 */
export function dropNegatedAsk(normalized: string): string {
  const at = normalized.search(/(?:じゃなくて|じゃなく|ではなくて|ではなく)/u);
  if (at < 0) return normalized;
  return normalized.slice(at).replace(/^(?:じゃなくて|じゃなく|ではなくて|ではなく)、?/u, '');
}

/** True when the question asks who does what. */
export function asksForRole(normalized: string): boolean {
  return ROLE_PATTERN.test(normalized);
}

/** True when the question asks for the text itself. */
export function asksForQuote(normalized: string): boolean {
  return QUOTE_PATTERN.test(normalized);
}

/** Classifies a question; `referenceOnly` when it names a passage and asks nothing else. */
export function classifyIntent(normalized: string, referenceOnly: boolean): Intent {
  if (asksForQuote(normalized)) return 'quote';
  if (referenceOnly) return 'reference';
  if (asksForRole(normalized)) return 'role';
  return 'search';
}

/**
 * Words that say what kind of answer is wanted, not what it is about: they are not content, so a
 * question is not judged off-topic because the agreements never say 誰 or 見せて.
 */
export const INTENT_TERMS: ReadonlySet<string> = new Set([
  '誰', 'だれ', 'どこ', 'どちら', 'どっち', '何', 'なに', '担当', '見せる', '表示', '条文', '全文', '原文', '本文', '教える', '知る',
  '内容', '部分', '場合', '感じ', '話', 'ところ', '規定', '定め', '書く', '記載', '載る', '確認', 'ん', 'の', 'よう',
  'who', 'what', 'which', 'where', 'how', 'when', 'why', 'does', 'do', 'is', 'are', 'the', 'a', 'an', 'of', 'in', 'on', 'for', 'to',
  'and', 'or', 'show', 'me', 'quote', 'text', 'full', 'about', 'it', 'this', 'that', 'with', 'by', 'be', 'can', 'i', 'we', 'our',
  'tell', 'please', 'say', 'says', 'handle', 'handles', 'responsible', 'charge',
  // Words about the document itself: every passage is part of it, so they say nothing about which.
  '協約', '連携協約', '案', '条', '別表', '行', '欄', '列', '表', '決まり', 'ルール', '中身', '扱い', '扱う', '仕組み', '体制',
  '関係', '辺', 'あたり', '件', '点', '施策', '事業', 'ほか', '他', '何か', 'どれ', 'どう', 'いる', 'ある',
  // Generic words of a question that name no topic: how (手続き, 方法), who (人), measures (対策,
  // 対応), each other (同士), politeness and need (お願い, 必要).
  // Where a matter stands in the agreements (協約の対象？ 根拠は？ どの項目？): the asking, not the topic.
  '対象', '根拠', '位置づけ', '位置付け', '位置付ける', '位置づける', '項目', '区分', '該当', '当たる', '入る', '読める',
  '手続き', '手続', '手順', '流れ', 'プロセス', 'ステップ', '方法', 'やり方', '具体', '具体的', '人', '対策', '対応', '同士', 'お願い', '必要', 'いつ', 'people',
  // A party's standing (宇部市はどっちの立場？): what a definition answers, not a topic.
  '立場', '扱い', '側', 'サイド',
  // Municipalities in general (他の市町と, 市町で協力して): the parties, not a topic of one passage.
  '市町', '自治体', '市町村', '間',
  // The asker's own municipality (うちの町, 当市): a party, not a topic.
  'うち', '当市', '本市', '当町', '本町', '我が',
  // A slot, a name or a wording asked of what the text says (何を想定した枠？ 戦略の名前は？ 書き方は同じ？):
  // the asking, since the passage found is the answer. A person's name is a fact (facts.ts).
  '枠', '名前', '名称', '文面', '文言', '書き方', '書きぶり', '記述', '決め方', '違い',
  // The text's own pieces (その一文, 案文, 言葉): where it is said, the passage found is the answer.
  '一文', '文', '文章', '一節', 'くだり', '一言', 'ひとこと', '範囲', '言葉', '用語', '単語', '語句', 'ワード', 'キーワード', 'フレーズ', '表現', '箇所', '個所', '案文', '文案', '原案',
  // An outline of the text (概要, 大枠, 柱): the passages that outline it answer (document-answers.ts).
  '概要', 'あらまし', '全体像', '大枠', '骨子', '柱',
  // What the asker will do with the answer (起案の根拠欄に書く, 議会答弁で引用する): the asking, not the topic.
  '起案', '起案文', '決裁', '稟議', '答弁', '議会答弁', '下書き', '引用', '段取り',
  // Whether the text binds, and how it is built (義務なの？ 問題ない？ どういう建付け？ 連携自体が目的？):
  // the asking about the passage found, not a topic of another.
  '義務', '必須', '問題', '建付け', '建て付け', '自体',
  // How far the draft has got or whether two things are one (どういう段階？ 確定版？ 別物ですか？): the asking.
  '段階', '確定版', '最終版', '決定版', '別物', '同じもの',
  // What a party is called (甲乙どっちの呼び名？): a definition's asking.
  '呼び名', '呼称',
  // Counts of a thing (取組を一つ足したい): the thing is the topic, not the number.
  '一つ', 'ひとつ', '二つ', 'ふたつ', '三つ', 'いくつか',
  // どうすればいい？: the asking's adjective, not a quality of the topic.
  'いい', 'よい', '良い',
  'agreement', 'agreements', 'article', 'clause', 'say', 'said', 'any', 'there', 'have', 'has', 'do', 'did', 'will', 'would', 'should',
]);

/**
 * 宇部市が甲になる協約, 宇部市との協約…山口市との, 中枢都市が二つ: the 宇部市 version of 連携協約1 (which
 * 注記2 announces) set beside the printed one, not the two printed drafts.
 */
const UBE_VERSION = /宇部市?(?:が甲|と連携市町|と結ぶ(?:ほう|方)|版|バージョン|向け|を中心(?:都市|と))|宇部市?と(?:うち|当市|当町)の|山口市?専用|山口市?とも宇部市?とも|宇部市?とも山口市?とも|(?:連携)?中枢都市ごと|宇部市?との(?:協約|もの|やつ)[^。？?]{0,12}山口市?(?:との|のと|の(?:協約|もの|やつ)と)|宇部市?(?:(?!山口)[^。？?]){0,10}?の(?:協約|もの|やつ|版)[^。？?]{0,12}?山口市?(?:との|のと|版と|版に|の(?:協約|もの|やつ)と)|中枢都市(?:が|は)?(?:二つ|2つ|２つ|ふたつ|両方)/u;
/** Whether two things are the same or differ, or are made separately (別々に結ぶ). */
const SAME_OR_NOT = /同じ|違|異な|変わ|一緒|差|別々|それぞれ|両方と|どちらとも/u;

/** True when the question names the 宇部市 version of 連携協約1 beside the printed one. */
export function namesUbeVersion(normalized: string): boolean {
  return UBE_VERSION.test(normalized);
}

/** True when it asks whether the 宇部市 version reads the same as the printed one (注記2). */
export function asksForUbeVersion(normalized: string): boolean {
  return UBE_VERSION.test(normalized) && SAME_OR_NOT.test(normalized);
}

/**
 * Thanks, greetings and chat with no question in them (おつかれー, ありがとうございます, 何かおもしろい話して):
 * answered as such, never with a passage one of their words happens to match.
 */
const SMALL_TALK =
  /^(?:(?:お(?:つかれ|疲れ)(?:さま|様)?|ありがと(?:う)?|どうも|こんにち[はわ]|こんばん[はわ]|おはよ(?:う)?|よろしく|了解|りょうかい|hello|hi|hey|thanks?|thank you|thx)(?:です|でした|ございます|ございました|お願いします|おねがいします|お願いいたします)?|(?:何か|なにか)?(?:おもしろい|面白い)(?:話|はなし)(?:して|を?聞かせて)?|雑談(?:しよう|しませんか)|(?:(?:hello|hi|hey)[,!\s]*)?(?:is )?any(?:one|body) (?:there|here)|are you there|(?:誰|だれ)か(?:いる|います|いますか))[ー〜~!！。.、,?？\s]*$/iu;

/** True when the text is only thanks, a greeting or chat (see SMALL_TALK). */
export function isSmallTalk(normalized: string): boolean {
  return SMALL_TALK.test(normalized.trim());
}
