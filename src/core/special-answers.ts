/**
 * Replies that are not "the best passages": a party's whole role table, the drafts compared, what
 * a party word stands for, and who belongs to the 圏域. Each is computed from the corpus and the
 * region data; quotes stay verbatim and what the bot adds is said beside them.
 */
import { buildRoleTable, describeRoleTables, type RoleTableTarget } from './answer/role-table.ts';
import { compareDrafts, describeComparison } from './answer/compare-drafts.ts';
import { toAnswer } from './answer/compose.ts';
import type { Answer, AskResult, MemberEntry } from './answer/types.ts';
import type { Agreement } from './corpus/schema.ts';
import { describeMember, describeMembership, describeNonMember, describeSince, describeUnboundPair, createNeighbourFinder, listMembers } from './region/describe-members.ts';
import type { MemberResolution } from './region/resolve-members.ts';
import type { Region } from './region/schema.ts';
import { asksForComparison, asksForDefinition, asksForMembership, asksSinceWhenMember, asksWhereItBelongs,
  mentionsMembership, asksForRoleTable, asksForUbeVersion, dropNegatedAsk, namesUbeVersion } from './search/intent.ts';
import { ELSEWHERE_TERM, PERSON_TERM, SOURCE_TERM, STATUS_TERM } from './search/facts.ts';
import { definedTerms } from './search/passage-index.ts';
import type { PartyWord } from './search/party-words.ts';
import type { Passage } from './search/passages.ts';
import { normalizeText } from './text/normalize.ts';

/** The agreement asked about as such: whether two members hold one, what it says (協約はある？ 直接結ぶ？). */
const AGREEMENT_ITSELF = /協約|協定|結[ぶびんべば]|締結|agreement/u;

/**
 * Words that say how two are bound, not what about (萩市と防府市の間で直接結ぶ協約の内容), or ask what
 * each holds and with whom (それぞれどの協約を結んでる？ お互いに結んでる？ 協約相手は？ 当事者同士？).
 */
const BETWEEN_WORDS = /^(?:間|あいだ|直接|同士|どうし|内容|中身|それぞれ|各々|別々|別別|お互い|お互いに|互い|相手|つながる|繋がる|当事者)$/u;

/** What the special replies read of a question (see question-answerer.ts). */
export interface QuestionReading {
  readonly question: string;
  readonly normalized: string;
  readonly resolution: MemberResolution;
  /** The agreements' own party words the question names (甲, 両市, 連携市町). */
  readonly parties: readonly PartyWord[];
  /** The agreements the question singles out. */
  readonly preferred: ReadonlySet<string> | undefined;
  /** True when the question has a topic of its own beyond parties, members and the asking. */
  readonly hasTopic: boolean;
  /**
   * True when that topic is a word of few passages (災害対策, 連絡会議), not a common one (市町,
   * 具体的): 乙の災害対策の役割とは？ asks about a row, 乙は具体的にどの市町？ about 乙.
   */
  readonly hasRareTopic: boolean;
  /** The words of the question's concepts, however common (災害, 結ぶ, 展示). */
  readonly topics: readonly string[];
  /** The facts the question asks for (see facts.ts), as the engine read them. */
  readonly facts: readonly string[];
}

/** A reply before the truncation note and common fields are added. */
export type SpecialReply = Pick<AskResult, 'intent' | 'summary' | 'answers' | 'kind'> & Partial<Pick<AskResult, 'roleTables' | 'comparison' | 'members' | 'reading' | 'abstained'>>;

/**
 * Two drafts named side by side (協約1と協約2, 両市版と甲乙版, 二つの協約): with a topic of its own, a
 * comparison must name them, or it compares something else (変更と廃止で手続きは違う？).
 */
const TWO_DRAFTS = /[1１一][^。、？?]{0,12}[2２二]|協約と[^。？?]{0,16}協約|両市|甲乙(?!で|の(?:役割|役目|担当|分担))|版|ひな形|雛形|二つ|2つ|２つ|二本|2本|２本|[2２二]種類|二通り|両方|どちらの協約|宇部市との|宇部市と結ぶ|中枢都市(?:どうし|同士|間)|\bboth\b|\btwo\b/u;
/** The matters of one article (第1条 目的, 第2条 基本方針, 第4条 費用分担, 第5条 連絡会議, 第6条 変更): that article answers. */
const ARTICLE_MATTERS = /目的|基本方針|費用|負担|分担|経費|連絡会議|変更|廃止|見直し|手続/u;
/** Matters that run through a whole draft (the roles, the annex, its structure), which a comparison answers. */
const WHOLE_DRAFT_TOPICS = /役割|役目|別表|構成|全体|相違|差分|共通|比較|比べ/u;
/** Drafts, 版, 案: a comparison must be about the agreements, not 観光と防災の違い. */
const DRAFT_WORDS = /協約|版|案|ドラフト|甲乙|両市|draft|agreement/u;
/** Words asking which party a member is: its symbol, standing or side. */
const STANDING_WORDS = /甲|乙|両市|立場|扱い|どっち|どちら|それとも|呼ば|呼び|呼称/u;
/** 下関市 in 下関市は圏域に入ってる？: a municipality's name (not 構成市町, 連携市町) asked to belong. */
const MUNICIPALITY = /(\p{Script=Han}{0,5}[^\P{Script=Han}市町村][市町村])(?:は|って|も|が|を)(?=.*(?:入っ|はいっ|入る|入ら|入れ|参加|含まれ|加わ|メンバー|構成))/u;

/**
 * True when the term itself is what is asked: quoted (「圏域」って？) or followed by the asking (圏域とは？
 * 圏域って何のこと？ 圏域の範囲は？), not when it only begins another matter (圏域全体の経済成長とは？).
 */
function asksTermItself(normalized: string, term: string): boolean {
  if (normalized.includes(`「${term}」`)) return true;
  const at = normalized.indexOf(term);
  // What is the 圏域? What's the 圏域?: asked in English before the term.
  if (at >= 0 && ENGLISH_ASKING_BEFORE.test(normalized.slice(Math.max(0, at - 16), at))) return true;
  return at >= 0 && /^(?:とは|って(?:何|なに|どこ|どういう|具体的|結局)|は(?:何|なに|どこ)(?:の|を|が)|の(?:意味|定義|範囲)|が(?:指す|意味))/u.test(normalized.slice(at + term.length));
}

/** What is the, what's a, what does the… (mean): English asking what the term just after stands for. */
const ENGLISH_ASKING_BEFORE = /\bwhat(?:'s| is| does)(?: the| a| this)?\s*「?$/u;

/** Said of a neighbour, whether it belongs: 下関も入ってる？ 岩国市は参加してる？ */
const NEIGHBOUR_BELONGS = /(?:も|は|って)[^。？?、]{0,6}?(?:入って|はいって|入っと|入る|参加して|含まれ|加わって|メンバー)|\b(?:a member|part of|in the region)\b/u;

/** Builds the special replies over one corpus. */
export function createSpecialAnswers(passages: readonly Passage[], agreements: readonly Agreement[], region: Region | undefined) {
  const agreementIds = agreements.map((a) => a.id);
  const members = region ? listMembers(region) : [];
  const findNeighbour = createNeighbourFinder(region);
  // Words the text defines besides the parties (連携中枢都市圏である山口県央連携都市圏域（以下「圏域」という。）),
  // each with the phrase it stands for, as printed once the extraction's whitespace is removed.
  const definitions = passages.flatMap((passage) =>
    definedTerms(passage.quote)
      .filter((term) => !passage.agreement.parties.some((party) => party.symbol === term))
      .flatMap((term) => {
        const definiens = new RegExp(`([^、。（）「」]+)（以下「${term.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}」という。）`, 'u').exec(passage.quote.replace(/\s+/gu, ''))?.[1];
        return definiens === undefined ? [] : [{ passage, term, key: normalizeText(term), definiens }];
      }),
  );

  /** The reply for a question of one of the special kinds, or undefined for an ordinary one. */
  function answer(reading: QuestionReading): SpecialReply | undefined {
    // What the asker says they do not want (一覧じゃなくて…) does not choose the kind of reply.
    const normalized = dropNegatedAsk(reading.normalized);
    // 北九州の都市圏の協約とはどこが違う？ compares with another region's, which is not here.
    const { facts } = reading;
    const elsewhere = facts.includes(ELSEWHERE_TERM);
    // A pair read via 注記2 (美祢市と宇部市の協約の文面って、この資料のどれ？) is no comparison of the printed
    // drafts, unless two are named side by side (宇部市と結ぶ版と、連携市町と結ぶ版).
    const readIn = reading.resolution.reading?.readAs !== undefined;
    const twoNamed = TWO_DRAFTS.test(normalized);
    // With a topic of one article (協約1と協約2で変更の手続きに違いは？), that article of both drafts
    // answers; the roles are written differently all through the annex, which a comparison shows.
    const oneArticle = ARTICLE_MATTERS.test(normalized) && !WHOLE_DRAFT_TOPICS.test(normalized);
    const drafts = DRAFT_WORDS.test(normalized) && (!reading.hasTopic || twoNamed) && !oneArticle && !namesUbeVersion(normalized) && (!readIn || twoNamed);
    if (asksForComparison(normalized) && drafts && !elsewhere && agreementIds.length >= 2) return compare(reading);
    // 山口市のどの課が担当か一覧になってる？ asks for offices, which no table of roles names.
    if (asksForRoleTable(normalized) && !facts.includes(SOURCE_TERM) && !facts.includes(PERSON_TERM)) return roleTables(reading);
    // 「乙」には津和野町も含まれる？ asks what 乙 stands for, not who is in the 圏域.
    // 幹事会のメンバーは誰？ asks people; 福岡都市圏には何市町？ another region: neither is this 圏域's membership.
    // 萩市と防府市の間の協約は？: there is none, which is the answer, not a passage of another pair's.
    // Not where a matter of theirs belongs (萩と津和野の合同展示、協約でいうとどこ？): a row answers that.
    const unbound = reading.resolution.unbound;
    if (unbound && AGREEMENT_ITSELF.test(normalized) && !asksWhereItBelongs(normalized) && reading.topics.every((t) => AGREEMENT_ITSELF.test(t) || BETWEEN_WORDS.test(t))) {
      const named = members.filter((m) => unbound.includes(m.name));
      if (named.length === unbound.length) return { kind: 'membership', intent: 'search', summary: describeUnboundPair(named), answers: [], members: named, abstained: true };
    }
    if (region && !/[甲乙]|両市/u.test(normalized) && !facts.includes(PERSON_TERM) && !elsewhere) {
      if (asksSinceWhenMember(normalized)) return since(reading, region);
      if (asksForMembership(normalized)) return membership(reading, region);
      // 長門市が入っていない理由は？ 周南市が加わる予定は？: the agreements are silent, and why is that it is no member.
      const outsider = mentionsMembership(normalized) ? outsiderNamed(reading) : undefined;
      if (outsider !== undefined) return nonMember(region, outsider);
      // 下関も入ってる？: a neighbour by a short name, asked to belong without naming the 圏域.
      const neighbour = reading.resolution.mentions.length === 0 ? findNeighbour(normalized) : undefined;
      if (neighbour !== undefined && NEIGHBOUR_BELONGS.test(normalized)) return nonMember(region, neighbour);
      // 萩も入ってる？ 防府も参加してる？: a member by a short name, asked the same with no topic of its own.
      if (reading.resolution.mentions.length > 0 && !reading.hasTopic && NEIGHBOUR_BELONGS.test(normalized)) return membership(reading, region);
    }
    // A member is defined by its party symbol: 萩市は甲乙どっち？, not 山口市を宇部市に置き換えたってどういうこと？
    const asksStanding = reading.resolution.reading !== undefined && STANDING_WORDS.test(normalized);
    // 山口市と宇部市、どっちが代表？ asks a rank (a fact no passage states), not what a word stands for.
    // 「圏域」って何のこと？: a word the text defines, not a party, asked what it stands for.
    const termsAsked = reading.parties.length === 0 && !asksStanding ? definitions.filter((d) => asksTermItself(normalized, d.key) && (reading.preferred === undefined || reading.preferred.has(d.passage.agreement.id))) : [];
    // 委託契約は甲と乙どっちの名義？ asks a name for a contract (a fact no passage states), not who 甲 and 乙 are.
    if (asksForDefinition(normalized) && !asksForUbeVersion(normalized) && !reading.hasRareTopic && !facts.includes(STATUS_TERM) && !facts.includes(PERSON_TERM) && (reading.parties.length > 0 || asksStanding || termsAsked.length > 0)) return define(reading, termsAsked);
    return undefined;
  }

  // The character diff of two drafts depends on the corpus alone and costs milliseconds (jsdiff
  // over every passage): made once per pair of drafts, then reused.
  const comparisons = new Map<string, ReturnType<typeof compareDrafts>>();

  function compare(reading: QuestionReading): SpecialReply {
    const named = reading.preferred && reading.preferred.size === 2 ? [...reading.preferred] : agreementIds.slice(0, 2);
    const [first = '', second = ''] = agreementIds.filter((id) => named.includes(id));
    const key = `${first}\u0000${second}`;
    const comparison = comparisons.get(key) ?? compareDrafts(passages, first, second);
    comparisons.set(key, comparison);
    const byRef = (agreement: string, ref: string): Answer[] => passages.filter((p) => p.agreement.id === agreement && p.ref === ref).map((p) => toAnswer(p, 1));
    // Both drafts of each differing passage side by side; those holding what the question compares
    // (役割の書き方は違う？ → 第3条's 取組及び役割) first, the others in the documents' order.
    const differing = comparison.differences.flatMap((d) => [...byRef(first, d.ref), ...byRef(second, d.ref)]);
    const holdsTopic = (a: Answer): boolean => reading.topics.some((t) => [...t].length >= 2 && (a.title.includes(t) || a.quote.includes(t)));
    const answers = [...differing.filter(holdsTopic), ...differing.filter((a) => !holdsTopic(a))];
    return { kind: 'comparison', intent: 'search', summary: describeComparison(comparison), answers, comparison };
  }

  function roleTables(reading: QuestionReading): SpecialReply {
    const targets = roleTableTargets(reading);
    const tables = targets.map((t) => buildRoleTable(passages, t));
    const answers = targets.flatMap((t) => passages.filter((p) => p.kind === 'annex-row' && p.agreement.id === t.agreement).map((p) => toAnswer(p, 1)));
    const annexTitle = agreements[0]?.annex.title ?? '別表';
    return { kind: 'role-table', intent: 'role', summary: describeRoleTables(tables, annexTitle), answers, roleTables: tables, ...readingOf(reading) };
  }

  /** Whose table: the member named, else the party words, else every party of every agreement asked about. */
  function roleTableTargets(reading: QuestionReading): RoleTableTarget[] {
    const memberReading = reading.resolution.reading;
    if (memberReading) {
      const symbols = Object.entries(memberReading.names).filter(([, name]) => memberReading.named.some((n) => name.split('と').includes(n))).map(([symbol]) => symbol);
      return [{ agreement: memberReading.agreement, symbols, names: memberReading.names }];
    }
    const scope = agreements.filter((a) => reading.preferred === undefined || reading.preferred.has(a.id));
    const targets = scope.map((agreement) => {
      const asked = agreement.parties.filter((p) => reading.parties.some((w) => partyHasWord(p, w.word)));
      const parties = asked.length > 0 ? asked : reading.parties.length > 0 ? [] : agreement.parties;
      return { agreement: agreement.id, symbols: parties.map((p) => p.symbol), names: Object.fromEntries(agreement.parties.map((p) => [p.symbol, p.displayName])) };
    });
    return targets.filter((t) => t.symbols.length > 0);
  }

  function membership(reading: QuestionReading, regionData: Region): SpecialReply {
    const named = reading.resolution.mentions.map((m) => m.member.name);
    const entries = members.filter((m) => named.includes(m.name));
    if (entries.length > 0) {
      return { kind: 'membership', intent: 'search', summary: entries.map((m) => describeMember(regionData, m)).join('\n'), answers: [], members: entries, ...readingOf(reading) };
    }
    const other = outsiderNamed(reading);
    if (other !== undefined) return nonMember(regionData, other);
    return { kind: 'membership', intent: 'search', summary: describeMembership(regionData, members), answers: [], members };
  }

  /** Since when a member belongs: no passage says, so an abstention, with what the sources say. */
  function since(reading: QuestionReading, regionData: Region): SpecialReply {
    const other = outsiderNamed(reading);
    if (other !== undefined) return nonMember(regionData, other);
    const named = members.find((m) => reading.resolution.mentions.some((mention) => mention.member.name === m.name));
    return { kind: 'membership', intent: 'search', summary: describeSince(regionData, named), answers: [], members: named ? [named] : members, abstained: true };
  }

  /** A municipality named as one that may belong (下関市は入ってる？ Is Shimonoseki a member?), when it is no member. */
  function outsiderNamed(reading: QuestionReading): string | undefined {
    if (reading.resolution.mentions.length > 0) return undefined;
    const other = MUNICIPALITY.exec(reading.normalized)?.[1];
    if (other !== undefined && !/圏域|県央/u.test(other)) return other;
    return findNeighbour(reading.normalized);
  }

  /** The agreements say nothing of 下関市: an abstention, with the region's members as its reason. */
  function nonMember(regionData: Region, name: string): SpecialReply {
    return { kind: 'membership', intent: 'search', summary: describeNonMember(regionData, name, members), answers: [], members, abstained: true };
  }

  function define(reading: QuestionReading, termsAsked: readonly (typeof definitions)[number][] = []): SpecialReply | undefined {
    const memberReading = reading.resolution.reading;
    const lines: string[] = [];
    const answers: Answer[] = [];
    const meant: MemberEntry[] = [];
    const addPassage = (passage: Passage | undefined): void => {
      if (passage && !answers.some((a) => a.agreement === passage.agreement.id && a.ref === passage.ref)) answers.push(toAnswer(passage, 1));
    };
    if (memberReading) {
      // 萩市は甲乙どっち？: the named member's symbol in the agreement that governs it.
      const agreement = agreements.find((a) => a.id === memberReading.agreement);
      for (const name of memberReading.named) {
        const symbol = Object.entries(memberReading.names).find(([, n]) => n.split('と').includes(name))?.[0];
        if (!agreement || !symbol) continue;
        const defining = definingPassage(agreement.id, symbol);
        lines.push(`${memberReading.agreement}（${Object.entries(memberReading.names).map(([s, n]) => `${s} ${n}`).join('・')}）では、${name}は${symbol}です（${defining?.ref ?? '前文'}）。`);
        addPassage(defining);
      }
      if (memberReading.readAs) {
        lines.push(`※ この協約は${memberReading.agreement}の「${memberReading.readAs.printed}」を「${memberReading.readAs.as}」と読み替えたものです（${memberReading.readAs.basis ?? '注記'}）。引用は協約案の原文のままです。`);
        addPassage(passages.find((p) => p.agreement.id === memberReading.agreement && p.ref === memberReading.readAs?.basis));
      }
    } else {
      for (const word of reading.parties) {
        for (const agreement of agreements) {
          if (reading.preferred && !reading.preferred.has(agreement.id)) continue;
          const party = agreement.parties.find((p) => partyHasWord(p, word.word));
          if (!party) continue;
          const defining = definingPassage(agreement.id, party.symbol);
          const holders = members.filter((m) => m.role === party.displayName);
          const who = holders.length > 0 ? `${party.displayName}（${holders.map((m) => m.name).join('・')}のいずれか）` : party.name;
          lines.push(`${agreement.id}では、${party.symbol}は${who}です（${defining?.ref ?? '前文'}）。`);
          if (holders.length > 0) meant.push(...holders.filter((h) => !meant.includes(h)));
          addPassage(defining);
          for (const pairing of region?.pairings ?? []) {
            const [printed, as] = Object.entries(pairing.readAs ?? {})[0] ?? [];
            if (pairing.agreement !== agreement.id || printed !== party.name || lines.some((l) => l.includes(`「${printed}」を「${as ?? ''}」`))) continue;
            lines.push(`※ ${as ?? ''}と連携市町の協約では、${party.symbol}の「${printed}」を「${as ?? ''}」と読み替えます（${pairing.basis ?? '注記'}）。`);
            addPassage(passages.find((p) => p.agreement.id === agreement.id && p.ref === pairing.basis));
          }
        }
      }
    }
    for (const { passage, term, definiens } of termsAsked) {
      lines.push(`${passage.agreement.id}では、「${term}」は「${definiens}」のことです（${passage.ref}）。`);
      addPassage(passage);
    }
    if (lines.length === 0) return undefined;
    // 宇部市が甲になる協約って？ 宇部市と萩市の協約では甲はどっち？: a symbol held only by the reading
    // (注記2) or the reading itself is asked, so the note that makes it leads.
    if (namesUbeVersion(reading.normalized) || memberReading?.readAs !== undefined) answers.sort((a, b) => Number(isReadingBasis(b)) - Number(isReadingBasis(a)));
    return { kind: 'definition', intent: 'search', summary: lines.join('\n'), answers, ...(meant.length > 0 ? { members: meant } : {}), ...readingOf(reading) };
  }

  /** True for the passage a reading rests on (注記2 for 宇部市 read as 山口市). */
  function isReadingBasis(answer: Answer): boolean {
    return (region?.pairings ?? []).some((p) => p.basis === answer.ref && p.agreement === answer.agreement);
  }

  /** The passage that defines a party symbol (山口市（以下「甲」という。）): the 前文 in both drafts. */
  function definingPassage(agreement: string, symbol: string): Passage | undefined {
    return passages.find((p) => p.agreement.id === agreement && definedTerms(p.quote).includes(symbol));
  }

  return { answer };
}

/** True when the party goes by the word (its symbol, printed name, bot name or an alias). */
function partyHasWord(party: Agreement['parties'][number], word: string): boolean {
  return [party.symbol, party.name, party.displayName, ...party.aliases].some((w) => normalizeText(w) === word);
}

function readingOf(reading: QuestionReading): Pick<AskResult, 'reading'> {
  return reading.resolution.reading ? { reading: reading.resolution.reading } : {};
}
