/**
 * Matters that belong elsewhere: other regions and schemes, statutes' own texts, what the state or
 * the prefecture pays, plans or approves, and municipalities outside the 圏域 named as parties.
 */
import { indexOfPlaceName } from '../../text/place-names.ts';

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
 * Nor do they hold taxes the state shares out (森林環境譲与税), borrowing (地方債, 起債) or the rules on
 * personal data (個人情報の取扱い, 個人情報を共有していい？: development, 15 such questions, none on a topic; a
 * project that shares it, 要支援者の個人情報を共有して相互支援したい, is a row's), sister cities (姉妹都市ってどこ？; not a
 * project with them, 海外の姉妹都市から観光客を呼び込みたい), the state's 財政措置, a neighbouring prefecture's own schemes (島根県側の協約にも入ってる？; a member named there, 島根県の津和野町との
 * 連携, is this 圏域's: withoutMembersPrefecture), agreements besides these
 * (協約とは別に結んでいる防災協定, 連携協約以外の枠組み; 協約とは別に協議して決める is 第4条's, and 山口市との協約以外に
 * 宇部市との協約も？ or 宇部市版は…協約以外にもう一つ作る？ asks the other version, 注記2's) or notices to a transport bureau or the police;
 * nor how members work with such a body today (ハローワークとはどう連携してますか, ハローワークとの共催？; wanting
 * to co-host one is a project). In English, a body's role (What role does JNTO play? Does the DMO handle
 * it?), a prefecture signing off, and a sister city as a party.
 */
const ASKS_ELSEWHERE =
  /(?:他|ほか|別|よそ)の(?:連携中枢)?(?:圏域|都市圏|自治体の協約|地域の協約)|(?:他|ほか|よそ)の自治体(?:は|では|で)[^。？?]{0,10}?(?:どう|どんな|どの)|他圏域|全国(?:の|で)[^。、]{0,10}?(?:圏域|都市圏)|(?<!連携中枢|県央連携|県央|中枢|連携|種類の|という|いう|どんな|どの)都市圏(?!域|ビジョン|構想)|定住自立圏|交付税|財政措置|姉妹都市(?![^。？?]{0,24}?(?:たい|呼び込|誘客|どの(?:取組|取り組み|項目|分野)|(?:取組|取り組み|項目|分野)(?:は|って)?どれ))|(?:協約|協定)(?<!(?:版|同じ内容)[^。？?]*(?:協約|協定))(?:とは別に(?!協議|決め|定め|用意|作)|以外(?:に|の|で))(?![^。？?]{0,14}?(?:(?:宇部市|山口市|両市|もう(?:一|ひと|1)つ|もう一方)(?:と|との|の)?(?:協約|案|版|作|つく)|同じ内容|版))|譲与税|地方債|起債|個人情報[^。？?]{0,14}?(?:取扱|取り扱|扱い|規定|ルール|決まり|同意|法|条例|規程|ガイドライン|どう(?:なる|する|扱)|(?:いい|良い|大丈夫|構わ)(?:の|です|でしょう|[？?]|$)|でき(?:る|ます)(?:の|か|[？?]|$))|一部事務組合|広域連合|事務の委託|機関等の共同設置|税金|税制|課税|控除|国の[^。、？?]{0,15}?(?:戦略|制度|計画|方針|要綱|交付金|補助金)|まち・?ひと・?しごと|(?:県|国)と(?:結んで|結ぶ|締結|交わ)|(?:島根|広島|福岡)県?側?の[^。、？?]{0,6}(?:広域連携|圏域|連携|協定|協約)|(?<![方手用作技文])法[0-9第条の項号]*(?:って|の)、?(?:条文(?!番号|(?:は|って)?(?:どこ|どれ))|中身|本文)|知事の(?:同意|承認|許可|認可)|(?:総務大臣|大臣|総務省|知事|県知事|県|運輸局|国土交通省|国交省|警察)(?:に|へ)(?:の)?(?:届け?出|届出|報告|提出|申請)|(?:覚書|契約書|規約|要綱|要領|申し合わせ|申合せ)(?:の|は|って)?(?:中身|内容|本文|条文)|(?:商工会議所|商工会|観光協会|DMO|社会福祉協議会|社協|民間(?:企業|事業者)?|企業|事業者|医師会|農協|漁協|金融機関|住民|ハローワーク)(?:側)?(?:は|も|が)[^。？?]{0,14}?(?:負担(?:する|して|す|金|の)|(?:費用|経費|お金|負担金|分担金)を?(?:出す|出して|払う|持つ))|(?:商工会議所|商工会|観光協会|dmo|社会福祉協議会|社協|民間(?:企業|事業者)|npo|医師会|ハローワーク)(?:と|との)(?:[^。？?、]{0,5}?の)?(?:役割分担|分担|責任分担|役割の分担)|(?:商工会議所|商工会|観光協会|dmo|社会福祉協議会|社協|npo|医師会|ハローワーク|大学|警察|jr)(?:と|との|とは)(?:共催(?:なの|です|でしょう|か)?[？?]?$|どう(?:連携|協力)して(?:る|い|ます))|協約を?(?:結んで|締結して|交わして|して)(?:い)?ない(?:近隣|近く|隣|周辺|周り)?の?(?:市|町|自治体|市町)|総合計画|総合戦略|行財政改革|例規集|施政方針|人口ビジョン|条例|\b(?<!\b(?:local|agreements?|articles?|drafts?|texts?|it|they) )(?:national|state|government|central) (?:grants?|subsid\w*|funding|funds?)\b|\b(?:governor|ministers?|ministry|national government|tax(?:es)?|other (?:regions?|regional|areas?)|(?<!the )other agreements)\b|\bprefectur(?:e|al)\b[^?.]{0,30}?\b(?:pay|fund|approv|consent|subsid|permi|authori|sign off)|\b(?:jnto|dmo|association|division|bureau|agency)\b[^?]{0,50}\b(?:role|play|plays|handle|handles|responsib\w*|do)\b|\bsister[- ]cit(?:y|ies)\b[^?]{0,40}\b(?:sign|part(?:y|ies)|join|member)|\b(?:pay|fund|approv|consent|subsid|permission|authori[sz]ation)\w*\b[^?.]{0,30}?\bprefectur|(?:県|県庁)(?:）)?(?:は|も|が)[^。？?]{0,14}?(?:負担|お金|費用|出す|出して|承認|同意|補助|許可|認可)|(?:(?<!\p{Script=Han})国|総務省)(?:）)?(?:は|も|が)[^。？?]{0,14}?(?:負担|お金|費用|出す|出して|承認|同意|補助|許可|認可|関与|関わ)|(?:県|(?<!\p{Script=Han})国|総務省)の(?:補助|負担|承認|同意|許可|認可|財政支援|交付金)|(?:県|jr|(?<!\p{Script=Han})国|企業|事業者)(?:の[^。？?、]{0,10}?)?(?:と|とは|との)(?:(?!取組|取り組み|連携|協力|事業)[^。？?、]){0,12}?(?:役割分担|で(?:どう)?(?:割|分け|分担|負担))/u;

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
/** 県の医療計画とどう整合させる？: how a plan is aligned with the prefecture's asks the plan, beside 医療 too. Development: 5 questions of 整合, all negatives. */
const ASKS_ALIGNMENT = /整合/u;
const ASKS_PREFECTURE_PLAN = /(?:^|[^\p{Script=Han}]|山口|島根)県の[^。、？?]{0,8}?(?:構想|(?<!圏域)ビジョン|計画|方針|戦略|要綱|制度)/u;

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
 * 用法, no statute at all (分担方法の規定は？ asks 第4条). A 基本法 (災害対策基本法の何条？) is another statute, not 本法.
 */
const NO_OTHER_STATUTE = /^地方|^地自|自治$|(?:根拠|準拠|関係|関連|上位|当該|同|(?<!基)本|[方手用作技文寸])$/u;

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
export function namesOutsider(normalized: string, outsiders: readonly string[]): boolean {
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
 * 島根県の津和野町の役割は？ 山口県の萩市との連携は？: a prefecture named before a member is where the member is,
 * not the prefecture asked about, so the patterns read the question without it.
 */
function withoutMembersPrefecture(normalized: string, ownPlaces: readonly string[]): string {
  if (!PREFECTURE_NAME.test(normalized)) return normalized;
  const pattern = prefectureBeforeMember(ownPlaces);
  return pattern === undefined ? normalized : normalized.replace(pattern, '');
}

const PREFECTURE_NAME = /(?:山口|島根)県/u;
/** The pattern for one list of members, made once: a question is read per call, the members per corpus. */
const prefectureBeforeMemberFor = new WeakMap<readonly string[], RegExp | undefined>();

function prefectureBeforeMember(ownPlaces: readonly string[]): RegExp | undefined {
  if (prefectureBeforeMemberFor.has(ownPlaces)) return prefectureBeforeMemberFor.get(ownPlaces);
  const names = ownPlaces.filter((p) => p.length > 0).map((p) => p.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const pattern = names.length === 0 ? undefined : new RegExp(`(?:山口|島根)県(?:の|、)?(?=${names.join('|')})`, 'gu');
  prefectureBeforeMemberFor.set(ownPlaces, pattern);
  return pattern;
}

/** Another region, another scheme, a statute's own text, the state or the prefecture as a payer or planner. */
export function asksElsewhere(question: string, ownPlaces: readonly string[]): boolean {
  const normalized = withoutMembersPrefecture(question, ownPlaces);
  return (
    ASKS_ELSEWHERE.test(normalized) ||
    ((ASKS_PREFECTURE_PART.test(normalized) || ASKS_PREFECTURE_PLAN.test(normalized)) && (!OF_MEDICINE.test(normalized) || ASKS_ALIGNMENT.test(normalized))) ||
    namesOtherRegion(normalized, ownPlaces) ||
    namesOtherStatute(normalized)
  );
}
