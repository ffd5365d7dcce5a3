/**
 * Reads the member municipalities and agreement names in a question and works out which agreement
 * answers it and which party each named member is: 萩市 → 連携協約1, 乙; 宇部市と萩市 → 連携協約1
 * with 山口市 read as 宇部市; 山口市と宇部市 → 連携協約2. Pure, over the region data.
 */
import type { PartyReading } from '../answer/types.ts';
import type { Span } from '../search/query.ts';
import { normalizeText } from '../text/normalize.ts';
import type { Member, Pairing, Region } from './schema.ts';

/** A member named in the question. */
export interface MemberMention {
  readonly member: Member;
  readonly start: number;
  readonly end: number;
}

/** What the question says about members and agreements. */
export interface MemberResolution {
  readonly mentions: readonly MemberMention[];
  /** Spans of agreement names (連携協約2, 協約1): understood, not content. */
  readonly agreementSpans: readonly Span[];
  /** The agreements the answer must come from, when the question singles some out. */
  readonly agreements?: ReadonlySet<string>;
  /** The agreement named first, when the question names several (協約2の目的は協約1と同じ？ asks of 協約2). */
  readonly leading?: string;
  readonly reading?: PartyReading;
  /** Sentences the answer says beside the quote (two 連携市町 have no agreement with each other). */
  readonly notes: readonly string[];
  /** Two members named together whom no agreement binds to each other (萩市と防府市). */
  readonly unbound?: readonly string[];
}

interface Spelling {
  readonly text: string;
  readonly member: Member;
  /** Written without 市/町 in kanji (防府, 萩): a part of a longer word unless it stands alone. */
  readonly bare: boolean;
  readonly latin: boolean;
}

/** A place in a member written with its bare name (防府駅, 萩市内, 宇部方面): a mention of the member. */
const PLACE_SUFFIX = /^(?:駅|港|市内|町内|市外|地域|地区|エリア|周辺|方面|近辺)/u;

/** The hub cities named as a pair by their standing: 中枢都市同士, 連携中枢都市どうし, 二つの中枢市の間, 中心市同士. */
const HUB_PAIR_PATTERN = /(?:連携)?中枢(?:都)?市(?:同士|どうし|の間|間)|(?:二つ|2つ|ふたつ|両方)の中枢(?:都)?市|中心市(?:同士|どうし)/gu;

const EMPTY: MemberResolution = { mentions: [], agreementSpans: [], notes: [] };

/** Agreement names: 連携協約2, 協約２, 協約案1, agreement 2 (NFKC has made the digit half-width). */
const AGREEMENT_PATTERN = /(?:連携)?協約(?:案)?\s*([0-9])(?![0-9]*\s*条)|(?<![a-z])agreement\s*([0-9])/gu;

/**
 * Builds the resolver for one region and the agreement ids of the corpus.
 * @example createMemberResolver(region, ['連携協約1', '連携協約2']).resolve('萩市の災害対策').reading?.names // → { 甲: '山口市', 乙: '萩市' }
 */
export function createMemberResolver(region: Region | undefined, agreementIds: readonly string[]): { resolve(normalized: string): MemberResolution } {
  const spellings: Spelling[] = (region?.members ?? []).flatMap((member) =>
    [member.name, ...member.aliases].map((alias) => {
      const text = normalizeText(alias);
      const latin = /^[a-z][a-z .-]*$/u.test(text);
      return { text, member, latin, bare: !latin && /\p{Script=Han}/u.test(text) && !/[市町村]$/u.test(text) };
    }),
  );
  // Longest first: 山陽小野田市 before 小野田, 山口市 before 山口.
  spellings.sort((a, b) => b.text.length - a.text.length);
  const blockers = region ? [region.name, region.nickname, ...region.aliases].map(normalizeText).sort((a, b) => b.length - a.length) : [];
  const pairings = region?.pairings ?? [];

  function findMentions(normalized: string): MemberMention[] {
    const taken: Span[] = [];
    const free = (s: Span): boolean => !taken.some((t) => t.start < s.end && s.start < t.end);
    // The region's own names hold 山口 (山口県央, 山口ゆめ回廊): they name no member.
    for (const blocker of blockers) {
      for (let at = normalized.indexOf(blocker); at >= 0; at = normalized.indexOf(blocker, at + 1)) taken.push({ start: at, end: at + blocker.length });
    }
    const mentions: MemberMention[] = [];
    for (const spelling of spellings) {
      for (let at = normalized.indexOf(spelling.text); at >= 0; at = normalized.indexOf(spelling.text, at + 1)) {
        const span = { start: at, end: at + spelling.text.length };
        const before = normalized[at - 1] ?? '';
        const after = normalized[span.end] ?? '';
        if (spelling.latin && (/[a-z]/u.test(before) || /[a-z]/u.test(after))) continue;
        const placeAfter = PLACE_SUFFIX.test(normalized.slice(span.end));
        if (spelling.bare && ((/[\p{Script=Han}\p{Script=Katakana}ー]/u.test(after) && !placeAfter) || /[\p{Script=Han}\p{Script=Katakana}]/u.test(before))) continue;
        if (!free(span)) continue;
        taken.push(span);
        mentions.push({ member: spelling.member, ...span });
      }
    }
    return mentions.sort((a, b) => a.start - b.start);
  }

  // The agreement between the hub cities, named by what its parties are (中枢都市同士の協約).
  const hubPairing = pairings.find((p) => p.readAs === undefined && Object.keys(p.members).length >= 2 && Object.keys(p.members).every((m) => hubNames(region).includes(m)));

  function findAgreements(normalized: string): { ids: string[]; spans: Span[] } {
    const found: { id: string; span: Span }[] = [];
    for (const match of normalized.matchAll(AGREEMENT_PATTERN)) {
      const id = `連携協約${match[1] ?? match[2] ?? ''}`;
      if (agreementIds.includes(id)) found.push({ id, span: { start: match.index, end: match.index + match[0].length } });
    }
    if (hubPairing && agreementIds.includes(hubPairing.agreement)) {
      for (const match of normalized.matchAll(HUB_PAIR_PATTERN)) found.push({ id: hubPairing.agreement, span: { start: match.index, end: match.index + match[0].length } });
    }
    // In the order the question names them: the first named leads.
    found.sort((a, b) => a.span.start - b.span.start);
    return { ids: found.map((f) => f.id), spans: found.map((f) => f.span) };
  }

  function readPairing(pairing: Pairing, named: readonly string[], alsoWith: readonly string[]): PartyReading {
    const names = Object.fromEntries(Object.entries(pairing.members).map(([member, symbol]) => [symbol, member]));
    // 両市 stands for both members: name them together.
    for (const symbol of new Set(Object.values(pairing.members))) {
      const holders = Object.entries(pairing.members).filter(([, s]) => s === symbol).map(([m]) => m);
      names[symbol] = holders.join('と');
    }
    const [printed, as] = Object.entries(pairing.readAs ?? {})[0] ?? [];
    return {
      agreement: pairing.agreement,
      names,
      named,
      alsoWith,
      ...(printed !== undefined && as !== undefined ? { readAs: { printed, as, ...(pairing.basis ? { basis: pairing.basis } : {}) } } : {}),
    };
  }

  function resolve(normalized: string): MemberResolution {
    if (!region && !/協約|agreement/u.test(normalized)) return EMPTY;
    const mentions = findMentions(normalized);
    const explicit = findAgreements(normalized);
    const named = [...new Set(mentions.map((m) => m.member.name))];
    const [leading, ...alsoNamed] = new Set(explicit.ids);
    const base = { mentions, agreementSpans: explicit.spans, notes: [] as string[], ...(leading !== undefined && alsoNamed.length > 0 ? { leading } : {}) };
    const restrict = (ids: Iterable<string>): ReadonlySet<string> | undefined => {
      const set = new Set(ids);
      if (explicit.ids.length > 0) return new Set(explicit.ids);
      return set.size > 0 && set.size < agreementIds.length ? set : undefined;
    };
    const holding = pairings.filter((p) => named.every((n) => n in p.members));
    if (named.length > 2) return { ...base, ...readMany(named, restrict) };
    if (named.length === 0) return { ...base, ...optional(restrict([])) };
    if (named.length === 2) {
      const [pairing] = holding;
      if (pairing) return { ...base, reading: readPairing(pairing, named, []), ...optional(restrict([pairing.agreement])) };
      // Two 連携市町: no agreement binds them to each other; each has its own with the hub cities.
      const own = new Set(pairings.filter((p) => named.some((n) => n in p.members)).map((p) => p.agreement));
      return { ...base, unbound: named, notes: [`${named.join('と')}の間に連携協約はありません。それぞれが連携中枢都市（${hubNames(region).join('・')}）と結ぶ協約で答えます。`], ...optional(restrict(own)) };
    }
    // One member: the pairings that print its name as it is (no reading) decide the agreement.
    const [only] = named;
    const asRead = readHubWithSpokes(only, holding, normalized);
    if (asRead) return { ...base, reading: asRead.reading, ...optional(restrict([asRead.reading.agreement])) };
    const plain = holding.filter((p) => p.readAs === undefined);
    const agreements = new Set(plain.map((p) => p.agreement));
    const [first] = plain;
    if (agreements.size !== 1 || !first || only === undefined) return { ...base, ...optional(restrict([])) };
    const others = holding.filter((p) => p !== first && p.agreement === first.agreement).flatMap((p) => Object.keys(p.members)).filter((m) => m !== only && !(m in first.members));
    // A hub alone (宇部市) is read as itself; its counterpart is not named.
    const reading = readPairing(first, named, others);
    return { ...base, reading, ...optional(restrict(agreements)) };
  }

  /**
   * 宇部市と連携市町の協約 / 宇部市が甲になる協約: a hub named with the 連携市町's role, or with the symbol
   * it holds only in a pairing read for its name, means that reading (連携協約1 read by 注記2).
   */
  function readHubWithSpokes(only: string | undefined, holding: readonly Pairing[], normalized: string): { reading: PartyReading } | undefined {
    const read = holding.find((p) => p.readAs !== undefined);
    if (only === undefined || !read || !hubNames(region).includes(only)) return undefined;
    const symbol = read.members[only];
    const spokeRole = region?.members.find((m) => m.name !== only && !hubNames(region).includes(m.name))?.role;
    const printedAlone = holding.some((p) => p.readAs === undefined && Object.values(p.members).includes(symbol ?? ''));
    const namesRole = spokeRole !== undefined && normalized.includes(spokeRole);
    // 宇部市が甲になる / 甲にした協約: the member made that party; 宇部市は甲？乙？ only asks which it is.
    // 中心市になる側 says the same in words: the hub is the centre of that pairing.
    const madeParty = symbol !== undefined && madePartyPattern(symbol).test(normalized);
    if (symbol === undefined || (!namesRole && (printedAlone || !madeParty))) return undefined;
    const one = readPairing(read, [only], []);
    const spokeSymbol = Object.entries(read.members).find(([m]) => m !== only)?.[1];
    return { reading: spokeSymbol && spokeRole ? { ...one, names: { ...one.names, [spokeSymbol]: spokeRole } } : one };
  }

  /**
   * One hub and several 連携市町 named together (津和野と萩を回る周遊コース、山口市との協約で): each
   * 連携市町 holds the same agreement with the hub, so that agreement answers, the 連携市町 are named
   * together under their symbol, and a note says that each holds its own. A pairing read for another
   * name (宇部市) is the reading, for its note.
   */
  function readMany(named: readonly string[], restrict: (ids: Iterable<string>) => ReadonlySet<string> | undefined): Pick<MemberResolution, 'notes' | 'agreements' | 'reading'> {
    const none = { notes: [], ...optional(restrict([])) };
    const hubs = hubNames(region).filter((h) => named.includes(h));
    const spokes = named.filter((n) => !hubs.includes(n));
    const held = hubs.flatMap((hub) => spokes.map((spoke) => pairings.find((p) => hub in p.members && spoke in p.members)));
    const [first] = held;
    const hubSymbol = first && hubs[0] !== undefined ? first.members[hubs[0]] : undefined;
    const spokeSymbol = first && spokes[0] !== undefined ? first.members[spokes[0]] : undefined;
    const same = held.every((p) => p !== undefined && p.agreement === first?.agreement && hubs.every((h) => p.members[h] === undefined || p.members[h] === hubSymbol) && spokes.every((s) => p.members[s] === undefined || p.members[s] === spokeSymbol));
    // With both hubs, 連携協約2 (山口市 × 宇部市) is in play too: no one agreement answers.
    if (hubs.length !== 1 || spokes.length === 0 || !first || hubSymbol === undefined || spokeSymbol === undefined || !same) return none;
    const read = held.find((p) => p?.readAs !== undefined) ?? first;
    const one = readPairing(read, named, []);
    const reading = { ...one, names: { ...one.names, [hubSymbol]: hubs.join('と'), [spokeSymbol]: spokes.join('と') } };
    const each = `${spokes.join('・')}は${spokes.length > 1 ? 'それぞれ' : ''}、${hubs.join('・')}と${first.agreement}を結びます`;
    return { reading, notes: [`${each}（${hubs.join('・')}が${hubSymbol}、${spokes.join('・')}が${spokeSymbol}にあたります）。`], ...optional(restrict([first.agreement])) };
  }

  return { resolve };
}

const madePartyPatterns = new Map<string, RegExp>();

/** 甲になる / 甲にした / 中心市になる: a member made the party `symbol` (one pattern per symbol, kept). */
function madePartyPattern(symbol: string): RegExp {
  let pattern = madePartyPatterns.get(symbol);
  if (pattern === undefined) {
    pattern = new RegExp(`(?:${symbol}|中心市|中心都市|中枢都市)(?:に|と)(?:なる|なっ|した|して|する)`, 'u');
    madePartyPatterns.set(symbol, pattern);
  }
  return pattern;
}

function optional(agreements: ReadonlySet<string> | undefined): { agreements?: ReadonlySet<string> } {
  return agreements ? { agreements } : {};
}

function hubNames(region: Region | undefined): string[] {
  return (region?.members ?? []).filter((m) => m.role === '連携中枢都市').map((m) => m.name);
}
