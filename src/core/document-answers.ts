/**
 * Answers about the agreements as documents rather than about a topic in them: the passages holding
 * a phrase the question quotes, the note a member's reading rests on (注記2: the 宇部市 version of
 * 連携協約1), who the parties are (the 前文), and the article an annex row, or the whole annex,
 * belongs to (別表（第３条関係） → 第3条). Passages in, passages out.
 */
import { composeAnnexNote } from './answer/compose.ts';
import type { Intent, PartyReading } from './answer/types.ts';
import { TOPIC_CONCEPT_WEIGHT } from './search/concept-weights.ts';
import type { Passage } from './search/passages.ts';
import { namesUbeVersion } from './search/intent.ts';
import type { ContentGroup } from './search/query.ts';
import { definedTerms } from './search/passage-index.ts';
import { FIGURE_TERM } from './search/facts/terms.ts';
import { findReferences } from './search/references.ts';
import { normalizeText } from './text/normalize.ts';

/** The text without the extraction's spaces, as quotes are compared. */
const squash = (text: string): string => text.replace(/\s+/gu, '');

/** The annex named as a whole (別表って何条の表？ 協約の柱はいくつ？: its three sections), not one of its rows. */
const ANNEX_WORD = /別表|(?:後ろ|うしろ|末尾|最後|巻末)[^。、？?]{0,8}表|(?<!大黒|電)柱|\bannex\b/u;

/** 協約を結ぶ？ 作る想定？: whether an agreement exists between the members named, not a topic. */
const EXISTENCE_WORDS: ReadonlySet<string> = new Set(['結ぶ', '締結', '作る', '作成', '交わす', '想定', '用意', '協約書', '資料', '文書', '文面']);
/**
 * 宇部市が結ぶ分の協約案って別にある？ 宇部市版は見当たらない: a version the handout does not print,
 * which 注記2 announces (連携協約2, with 山口市, is printed).
 */
const OTHER_VERSION = /別に|別の|別途|版|バージョン|ばーじょん|見当たら|載ってない|ないんだけど|\bversion\b/u;
/** The hub whose version with the 連携市町 is not printed, and the one that is. */
const UNPRINTED_HUB = /宇部|\bube\b/u;
const PRINTED_HUB = /山口(?!県)|\byamaguchi\b/u;
/** A member's role said in words (中心市になる側): a party, not a topic of the question. */
const ROLE_WORDS: ReadonlySet<string> = new Set(['中心市', '中心都市', '中枢都市', '連携中枢都市', '周辺市町', '構成市町']);

/**
 * 誰と誰の協約？ 当事者は？: who the parties are, which the 前文 states (山口市（以下「甲」という。）…).
 * So with which agreement a member is party to (萩市はどの協約の対象？ 萩市に関係する協約はどれ？).
 */
const PARTIES_ASKED = /誰と誰|だれとだれ|どことどこ|どこと(?:どこ|だれ|誰)|当事者|締結者|(?:誰|だれ|どこ)(?:と|が)(?:結ぶ|結ん|締結)|(?:どの|どっちの|どちらの)(?:連携)?協約(?!で|に(?:書|載|定))|(?:連携)?協約(?:は|って)(?:どれ|どっち|どちら)/u;

/**
 * The agreement as a whole asked about without a topic: what it is (この協約って何？ 概要は？) or what
 * it settles (この協約で何が決まるの？ お互いに何を約束してる？ 中身をざっくり).
 */
const WHAT_IT_IS = /(?:って|とは)(?:(?:何|なに)(?=$|[?？。]|です|でしょう|なの|だっけ|か)|どんな(?:もの|協約))|概要|あらまし|全体像|大枠|どういう(?:もの|協約)|\bwhat is (?:the|this) agreement\b/u;
const WHAT_IT_SETTLES = /(?:何|なに|どんな(?:内容|こと))が(?:決ま|定ま|定め|書い|載っ)|(?:何|なに)を(?:決め|定め|約束|取り決め)|内容|中身|\bwhat does (?:the|this) agreement (?:say|decide|cover)\b/u;
/** 協約の内容は公開されてる？ 中身は公表済み？: something said of the content (published, reported), not the content asked. */
const CONTENT_SAID_OF = /(?:内容|中身)(?:は|が|も|って)[^。?!]{0,8}?(?:公開|公表|周知|報告|掲載|閲覧|確定|承認|オープン)/u;
/** 別表には何が載ってる？ 柱はいくつ？ (1)(2)(3)は何の区分？: the annex as a whole, which 第3条 brings in. */
const ANNEX_OVERVIEW = /何が(?:載|書|あ)|内容|中身|概要|構成|区分|分かれ|分け|柱|いくつ|何本|何個|何項目|並び|何のため|(?:って|とは)(?:何|なに)(?=$|[?？。]|です|でしょう|なの|だっけ|か)|とは[?？。]?$/u;
/** 別表の構成, 別表全体の構成: what the annex is made of. */
const ANNEX_MAKE_UP = /(?:別表|\bannex\b)(?:の|全体の)?構成/u;
/** 山口市とのと同じ中身？: two versions compared, which 注記2 or the comparison answers, not an outline. */
const COMPARED = /同じ|違|異な|変わ|一緒(?:です|なの|か|[?？])|差/u;
/** 萩市は何をすればいい？ 何をやるの？: a party's part asked in words the role intent does not read. */
const PART_ASKED = /(?:何|なに)を?(?:すれば|やれば|やる|やら|したら|やったら|しなければ|しないと|すべき)|\bwhat (?:does|do|will|should)\b[^?]{0,30}\bdo\b/u;
/** お互いに, 対等に: each party's commitment to the other, which 第2条 (基本方針) states. */
const MUTUAL_WORDS: ReadonlySet<string> = new Set(['お互いに', 'お互い', '相互', '双方', '対等', '対等に']);
/** Where it is written, or what is promised: the article is asked for. */
const COMMITMENT_ASKED = /条文|条は|何条|どの条|どこ|どれ|約束|決めて/u;
/** A party's head (市長, 町長, 首長): a person, whom 第5条 and the 末文 name, not the party's part. */
const HEAD_WORDS = /市長|町長|首長|の長/u;
/**
 * 協約の法的根拠は？ 何法の何条に基づいて結ぶ？: the statute the agreement is made under, which the 前文
 * cites (第２５２条の２第１項). 第6条 cites the same statute for the 議決 on a change (第４項).
 */
const BASIS_ASKED =
  /法的(?:な)?根拠|根拠(?:法|法令|条文|規定|の(?:法律|条文|規定))|根拠(?:と|に)なる(?:法|規定)|法律上の根拠|(?:法律|法令|自治法|法)(?:に基づ|の(?:どの|何)|のどこ)|何法|何の法律|どの法律|(?:何条|どの規定)に基づ|\blegal basis\b/u;
/** A change, an abolition or the 議決: 第6条's own use of the statute. */
const CHANGE_ASKED = /変更|廃止|議決|やめ|見直|第?[4４]項|第[6６]条|\bamend|\babolish/u;
/** Words of such a question that name no topic of another passage. */
const BASIS_WORDS: ReadonlySet<string> = new Set(['法律', '法的', '法令', '法的根拠', '根拠法', '根拠法令', '地方自治法', '自治法', '法', '議会', '議員', '市長', '町長', '首長', '結ぶ', '締結', '第252条の2', '項', '正式', '規定', '番号', '条文番号']);
/**
 * 協約の有効性は？ 協約の効力は？ この協約の法的な位置づけは？: the agreement's standing, which the 前文 gives
 * (concluded under 地方自治法第２５２条の２第１項) and 第6条 keeps (changed or abolished only by 協議 and
 * 議決). Said of the agreement itself: not when it takes effect (効力はいつから？ a date), nor for how long
 * (有効期間: a term no passage states), nor a decision of the 連絡会議's force (拘束力はある？).
 */
const STANDING_ASKED = /(?:協約|協約書)(?:の|が|は|って)(?:有効性|効力|法的(?:な)?(?:効力|拘束力|位置づけ|位置付け|性格|性質)|拘束力)(?:は|って|について|を(?:教|知)|[?？]|$)/u;
/** Words of such a question that name no topic of another passage. */
const STANDING_WORDS: ReadonlySet<string> = new Set(['有効', '有効性', '性', '効力', '法的', '拘束力', '拘束', '位置づけ', '位置付け', '性格', '性質']);
/** The document named: the agreement, its text or this handout. */
const AGREEMENT_WORD = /協約|本文|この資料|約束|\bagreement\b/u;
/** Words every passage is about (お互いに, 連携, 一緒に): they name no topic of one passage. */
const GENERAL_WORDS: ReadonlySet<string> = new Set(['お互いに', 'お互い', '相互', '双方', '連携', '一緒に', '協力', '約束', '決める', '決まる']);

/**
 * 取組の数は？ 取組はいくつある？ 協約は全部で何条？ 条文はいくつ？: a count of the text's own parts, which
 * the text states by its shape: the annex's rows (取組, 第3条 brings them in) or the articles (第1条 to
 * the last). Not a count of anything else (連携事業は全部でいくつ？ 構成市町はいくつ？), nor of one
 * topic's undertakings (観光の取組はいくつ？: a topic of its own), nor which article (何条に書いてある？).
 */
const ROWS_COUNTED = /(?:取組|取り組み)(?:の(?:数|総数)|(?:は|って|が)?(?:全部で|合計で?|全体で)?(?:いくつ(?!か)|何個|何項目|何本|何件|何種類))/u;
const ARTICLES_COUNTED = /(?:全部で|全体で|合計で?|本文は|協約は|条文は)何条|何条(?:まで|ある|あり|構成|から(?:なる|成))|条(?:文)?の(?:数|総数)|条(?:文)?(?:は|って|が)(?:全部で)?(?:いくつ(?!か)|何個|何本)/u;
/** The words of such a count, besides what is counted: no topic of their own. */
const COUNT_WORDS: ReadonlySet<string> = new Set(['取組', '取り組み', '数', '総数', '全部', '合計', '全体', '条', '条文', '本文', '構成', '何条', '種類']);

/** A phrase quoted from the text: 「協議して別に定める」って何の話？ (4 characters or more, so not 「乙」). */
const QUOTED = /[「『"“]([^」』"”]{4,80})[」』"”]/gu;
/** A short quoted word (「圏域」, 「乙」): looked up among the terms the text defines. */
const QUOTED_TERM = /[「『"“]([^」』"”]{1,10})[」』"”]/gu;
/** A quoted phrase found in more passages than this is a formula (甲と連携・協力して…), not a pointer. */
const MAX_QUOTED_PASSAGES = 4;

/** What a question says of itself that these answers look at. */
export interface DocumentQuestion {
  readonly normalized: string;
  readonly groups: readonly ContentGroup[];
  readonly intent: Intent;
  /** It asks for an article (本文では, 何条？: see intent.ts). */
  readonly articleWanted: boolean;
  readonly preferred: ReadonlySet<string> | undefined;
  readonly reading: PartyReading | undefined;
}

/** Passages that answer a question about the documents, and what is said beside them. */
export interface DocumentAnswer {
  readonly passages: readonly Passage[];
  readonly notes: readonly string[];
}

export interface DocumentAnswers {
  /**
   * The first answer about the documents the question asks for, in this order: a phrase it quotes
   * (「協議して別に定める」って何の話？, ordered by `rankIds` when several passages hold it), the note a
   * member's reading rests on (山陽小野田市は宇部市とも協約を結ぶ？ → 注記2, 前文), who the parties are
   * (協約2って誰と誰の協約？ → 前文), the article the annex belongs to (別表って何条の表？ → 第3条);
   * undefined for an ordinary question.
   */
  answer(question: DocumentQuestion, rankIds: () => readonly string[]): DocumentAnswer | undefined;
  /** The article an annex row belongs to: the one its annex title names. */
  governingArticle(row: Passage): Passage | undefined;
}

/**
 * @example createDocumentAnswers(passages).governingArticle(row)?.ref // → '第3条' for a row of 別表（第３条関係）
 */
export function createDocumentAnswers(passages: readonly Passage[]): DocumentAnswers {
  const byId = new Map(passages.map((p) => [p.id, p]));
  const agreementIds = [...new Set(passages.map((p) => p.agreement.id))];
  const isTopic = (g: ContentGroup): boolean => !g.optional && !g.framing && !g.required && g.weight >= TOPIC_CONCEPT_WEIGHT;

  function governingArticle(row: Passage): Passage | undefined {
    const article = findReferences(normalizeText(row.agreement.annex.title)).find((r) => r.ref.startsWith('第'));
    return article === undefined ? undefined : byId.get(`${row.agreement.id}:${article.ref}`);
  }

  /** The article each agreement's annex belongs to (別表（第３条関係） → 第3条). */
  function annexArticlesOf(ids: readonly string[]): Passage[] {
    return ids.flatMap((id) => {
      const row = passages.find((p) => p.agreement.id === id && p.kind === 'annex-row');
      const article = row && governingArticle(row);
      return article ? [article] : [];
    });
  }

  function findAnnexArticles(q: DocumentQuestion): Passage[] | undefined {
    if (!q.articleWanted || !ANNEX_WORD.test(q.normalized) || q.groups.some(isTopic)) return undefined;
    return annexArticlesOf(agreementIds.filter((id) => q.preferred === undefined || q.preferred.has(id)));
  }

  function findReadingBasis(q: DocumentQuestion): Passage[] | undefined {
    const pair = q.reading;
    const basis = pair?.readAs?.basis;
    // The 宇部市 version named (宇部市向けの協約, 山口市とも宇部市とも結ぶ？): the note that announces it, when nothing else is asked.
    if (namesUbeVersion(q.normalized)) return findVersionNote(q);
    if (!pair?.readAs && UNPRINTED_HUB.test(q.normalized) && !PRINTED_HUB.test(q.normalized) && OTHER_VERSION.test(q.normalized)) return findVersionNote(q);
    if (!pair || basis === undefined || q.intent === 'role') return undefined;
    // A topic of its own (費用の分け方は？) is answered by its passage, not by the note.
    if (q.groups.some((g) => g.required || (isTopic(g) && !EXISTENCE_WORDS.has(g.label) && !ROLE_WORDS.has(g.label)))) return undefined;
    return [basis, '前文'].flatMap((ref) => byId.get(`${pair.agreement}:${ref}`) ?? []);
  }

  /** Each agreement asked about: the one a member's reading names, else those preferred, else all. */
  function agreementsAsked(q: DocumentQuestion): string[] {
    return q.reading ? [q.reading.agreement] : agreementIds.filter((id) => q.preferred === undefined || q.preferred.has(id));
  }

  /** The passages of these refs, agreement by agreement. */
  function passagesOf(ids: readonly string[], refs: readonly string[]): Passage[] {
    return refs.flatMap((ref) => ids.flatMap((id) => byId.get(`${id}:${ref}`) ?? []));
  }

  /** The whole agreement or the whole annex asked about: its outline passages, or undefined. */
  function findOverview(q: DocumentQuestion): { passages: Passage[]; annex: boolean } | undefined {
    // 別表の構成は？: the annex's make-up, not 構成 of a row (経済団体等で構成する).
    const general = (g: ContentGroup): boolean => GENERAL_WORDS.has(g.label) || (g.label === '構成' && ANNEX_MAKE_UP.test(q.normalized));
    if (COMPARED.test(q.normalized) || q.groups.some((g) => g.required || (isTopic(g) && !general(g)))) return undefined;
    const ids = agreementsAsked(q);
    // 萩市は何をするの？ 乙として何をする？: a party's part as a whole, which 第3条 puts in the annex.
    // Not its head (山口市長がやること: 第5条's 長, the 末文's signatures).
    const partyOnly = (q.intent === 'role' || PART_ASKED.test(q.normalized)) && q.groups.length > 0 && q.groups.every((g) => g.optional) && !HEAD_WORDS.test(q.normalized);
    if (partyOnly || (ANNEX_WORD.test(q.normalized) && ANNEX_OVERVIEW.test(q.normalized))) {
      const articles = annexArticlesOf(ids);
      return articles.length > 0 ? { passages: articles, annex: true } : undefined;
    }
    if (!AGREEMENT_WORD.test(q.normalized) || CONTENT_SAID_OF.test(q.normalized)) return undefined;
    if (WHAT_IT_SETTLES.test(q.normalized)) return { passages: passagesOf(ids, ['第3条', '第2条', '第1条']), annex: false };
    if (WHAT_IT_IS.test(q.normalized)) return { passages: passagesOf(ids, ['前文', '第1条', '第3条']), annex: false };
    return undefined;
  }

  /** The note announcing the 宇部市 version (注記2), then the 前文 it reads, when nothing else is asked. */
  function findVersionNote(q: DocumentQuestion): Passage[] | undefined {
    // 別途 is the version asked after (宇部の協約は別途作る？), though the glossary reads it as 協議.
    if (q.groups.some((g) => g.required || (isTopic(g) && !EXISTENCE_WORDS.has(g.label) && !ROLE_WORDS.has(g.label) && !OTHER_VERSION.test(g.label)))) return undefined;
    const note = passages.find((p) => p.kind === 'note' && UNPRINTED_HUB.test(p.quote) && /置き?かえ|置き?換え|読み?替え/u.test(p.quote));
    return note ? [note, ...passagesOf([note.agreement.id], ['前文'])] : undefined;
  }

  /** お互いに連携するって決めてる条文は？ 何を約束してる？: 第2条, then 第3条 (what they work on together). */
  function findCommitment(q: DocumentQuestion): Passage[] | undefined {
    const content = q.groups.filter((g) => !g.optional && !g.framing);
    if (content.length === 0 || !content.every((g) => GENERAL_WORDS.has(g.label) || MUTUAL_WORDS.has(g.label) || g.weight < TOPIC_CONCEPT_WEIGHT)) return undefined;
    if (!content.some((g) => MUTUAL_WORDS.has(g.label)) || !COMMITMENT_ASKED.test(q.normalized) || COMPARED.test(q.normalized)) return undefined;
    return passagesOf(agreementsAsked(q), ['第2条', '第3条']);
  }

  /** A count of the annex's rows or the articles (see ROWS_COUNTED): the passages that show it, and the count said. */
  function findCount(q: DocumentQuestion): DocumentAnswer | undefined {
    const rows = ROWS_COUNTED.test(q.normalized);
    if (!rows && !ARTICLES_COUNTED.test(q.normalized)) return undefined;
    if (q.groups.some((g) => (g.required && g.label !== FIGURE_TERM) || (isTopic(g) && !COUNT_WORDS.has(g.label) && !GENERAL_WORDS.has(g.label)))) return undefined;
    const ids = agreementsAsked(q);
    if (rows) {
      const articles = annexArticlesOf(ids);
      if (articles.length === 0) return undefined;
      const counts = ids.map((id) => `${id}は${passages.filter((p) => p.agreement.id === id && p.kind === 'annex-row').length}行`);
      return { passages: articles, notes: [`別表の取組（行）の数は、${counts.join('、')}です。`, ...(articles[0] ? [composeAnnexNote(articles[0])] : [])] };
    }
    const articlesOf = (id: string): Passage[] => passages.filter((p) => p.agreement.id === id && p.kind === 'article');
    const shown = ids.flatMap((id) => {
      const list = articlesOf(id);
      return list.length === 0 ? [] : [list[0], list[list.length - 1]].filter((p, i, all): p is Passage => p !== undefined && all.indexOf(p) === i);
    });
    if (shown.length === 0) return undefined;
    const counts = ids.map((id) => {
      const list = articlesOf(id);
      return `${id}は${list[0]?.ref ?? ''}から${list.at(-1)?.ref ?? ''}までの${list.length}か条`;
    });
    return { passages: [...shown].sort((a, b) => a.order - b.order), notes: [`本文の条は、${counts.join('、')}です。`] };
  }

  /** The agreement's standing asked (see STANDING_ASKED): the 前文 and 第6条. */
  function findStanding(q: DocumentQuestion): Passage[] | undefined {
    if (!STANDING_ASKED.test(q.normalized) || q.groups.some((g) => g.required || (isTopic(g) && !STANDING_WORDS.has(g.label)))) return undefined;
    return passagesOf(agreementsAsked(q), ['前文', '第6条']);
  }

  function findLegalBasis(q: DocumentQuestion): Passage[] | undefined {
    if (!BASIS_ASKED.test(q.normalized) || CHANGE_ASKED.test(q.normalized)) return undefined;
    if (q.groups.some((g) => g.required || (isTopic(g) && !BASIS_WORDS.has(g.label)))) return undefined;
    return passagesOf(agreementsAsked(q), ['前文']);
  }

  function findParties(q: DocumentQuestion): Passage[] | undefined {
    if (!PARTIES_ASKED.test(q.normalized) || q.groups.some((g) => g.required || (isTopic(g) && !EXISTENCE_WORDS.has(g.label)))) return undefined;
    return passagesOf(agreementsAsked(q), ['前文']);
  }

  const texts = new Map(passages.map((p) => [p.id, squash(normalizeText(p.quote))]));
  // The terms each passage defines, read once: a quoted word is looked up in them.
  const defines = new Map(passages.map((p) => [p.id, definedTerms(p.quote)]));

  function findQuoted(q: DocumentQuestion): Passage[] | undefined {
    // 高速バスは「地域公共交通」？: a project placed against a quoted title is placed as any project;
    // 「連絡会議」の会場は？ asks a fact the passage lacks, which the ordinary reading says.
    if (q.groups.some((g) => g.topic || g.required)) return undefined;
    // 「圏域」って何を指す？: a term the text defines (以下「圏域」という。) is looked up where it is defined.
    for (const [, term = ''] of q.normalized.matchAll(QUOTED_TERM)) {
      const defining = passages.filter((p) => (q.preferred === undefined || q.preferred.has(p.agreement.id)) && defines.get(p.id)?.includes(term));
      if (defining.length > 0) return defining;
    }
    for (const [, phrase = ''] of q.normalized.matchAll(QUOTED)) {
      const piece = squash(phrase);
      const holding = passages.filter((p) => (q.preferred === undefined || q.preferred.has(p.agreement.id)) && texts.get(p.id)?.includes(piece));
      if (holding.length > 0 && holding.length <= MAX_QUOTED_PASSAGES) return holding;
    }
    return undefined;
  }

  function answer(q: DocumentQuestion, rankIds: () => readonly string[]): DocumentAnswer | undefined {
    const quoted = findQuoted(q);
    if (quoted) {
      // Several passages hold it (連携を図る: 第1条, 第2条): the rest of the question orders them.
      const order = quoted.length > 1 ? rankIds() : [];
      const at = (p: Passage): number => (order.includes(p.id) ? order.indexOf(p.id) : order.length);
      return { passages: [...quoted].sort((a, b) => at(a) - at(b)), notes: [] };
    }
    const count = findCount(q);
    if (count) return count;
    const basis = findReadingBasis(q) ?? findParties(q) ?? findLegalBasis(q) ?? findStanding(q) ?? findCommitment(q);
    if (basis) return { passages: basis, notes: [] };
    const articles = findAnnexArticles(q);
    if (articles) return { passages: articles, notes: articles[0] ? [composeAnnexNote(articles[0])] : [] };
    const overview = findOverview(q);
    if (overview) return { passages: overview.passages, notes: overview.annex && overview.passages[0] ? [composeAnnexNote(overview.passages[0])] : [] };
    return undefined;
  }

  return { answer, governingArticle };
}
