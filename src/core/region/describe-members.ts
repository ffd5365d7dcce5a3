/**
 * Membership answers from the region data: the 圏域's members with their role, whether a named
 * municipality belongs and which agreements it holds. The agreements print only ○○市町, so these
 * facts come from the members' public pages (corpus/region.yml) and are said as such.
 */
import type { MemberEntry } from '../answer/types.ts';
import { normalizeText } from '../text/normalize.ts';
import type { Neighbour, Region } from './schema.ts';
import { indexOfPlaceName } from '../text/place-names.ts';

/** Each member with its role and the agreements it holds (party symbol, partner, reading). */
export function listMembers(region: Region): MemberEntry[] {
  return region.members.map((member) => ({
    name: member.name,
    role: member.role,
    prefecture: member.prefecture,
    agreements: region.pairings
      .filter((p) => member.name in p.members)
      .map((p) => {
        const partner = Object.keys(p.members).find((m) => m !== member.name) ?? '';
        const readAs = Object.entries(p.readAs ?? {}).map(([printed, as]) => `${printed}を${as}と読み替え${p.basis ? `（${p.basis}）` : ''}`)[0];
        return { agreement: p.agreement, symbol: p.members[member.name] ?? '', partner, ...(readAs ? { readAs } : {}) };
      }),
  }));
}

/** 萩市・防府市…（島根県の津和野町を含む）: names, with the prefecture where it is not the usual one. */
function joinNames(members: readonly MemberEntry[], home: string): string {
  return members.map((m) => (m.prefecture === home ? m.name : `${m.name}（${m.prefecture}）`)).join('・');
}

/** The prefecture most members are in, so only the exceptions are named (津和野町 is in 島根県). */
function homePrefecture(members: readonly MemberEntry[]): string {
  const counts = new Map<string, number>();
  for (const m of members) counts.set(m.prefecture, (counts.get(m.prefecture) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/** Where the membership facts come from, said beside every membership answer. */
export const MEMBERSHIP_SOURCE_NOTE = '※ 構成市町は各市町の公開ページによります（協約案の本文には「○○市町」としか書かれていません）。';

/**
 * The members of the 圏域, by role.
 * @example describeMembership(region, listMembers(region)) // → 山口県央連携都市圏域（山口ゆめ回廊）の構成市町は7市町です。…
 */
export function describeMembership(region: Region, members: readonly MemberEntry[]): string {
  const home = homePrefecture(members);
  const byRole = (role: string): MemberEntry[] => members.filter((m) => m.role === role);
  const roles = [...new Set(members.map((m) => m.role))];
  return [
    `${region.name}（${region.nickname}）の構成市町は${members.length}市町です。`,
    ...roles.map((role) => `${role}：${joinNames(byRole(role), home)}`),
    MEMBERSHIP_SOURCE_NOTE,
  ].join('\n');
}

/** Whether one member belongs, its role, and the agreements it holds. */
export function describeMember(region: Region, member: MemberEntry): string {
  const held = member.agreements.map((a) => `${a.partner}との${a.agreement}（${member.name}は${a.symbol}${a.readAs ? `、${a.readAs}` : ''}）`);
  return [
    `はい、${member.name}は${region.name}の${member.role}です。`,
    held.length > 0 ? `協約：${held.join('、')}。` : '',
    MEMBERSHIP_SOURCE_NOTE,
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * Since when (萩市はいつから圏域に入ってる？): the agreements do not say; the sources say when the 圏域 was
 * formed. `member`, when one is named, is said to belong first.
 */
export function describeSince(region: Region, member: MemberEntry | undefined): string {
  return [
    member ? `${member.name}は${region.name}の${member.role}です。` : '',
    `いつからかは、協約の条文・別表には書かれていません。構成市町の公開ページによると、${region.name}は${region.formed}に形成されました。`,
    MEMBERSHIP_SOURCE_NOTE,
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * Two members no agreement binds to each other (萩市と防府市の協約は？): there is none; each holds its
 * own with the hub cities, listed.
 */
export function describeUnboundPair(members: readonly MemberEntry[]): string {
  const held = members.map((m) => `${m.name}：${m.agreements.map((a) => `${a.partner}との${a.agreement}（${m.name}は${a.symbol}${a.readAs ? `、${a.readAs}` : ''}）`).join('、')}`);
  return [`${members.map((m) => m.name).join('と')}の間に連携協約はありません。それぞれが結ぶ協約は次のとおりです。`, ...held].join('\n');
}

/** A municipality the question names that is not a member (下関市は圏域に入ってる？). */
export function describeNonMember(region: Region, name: string, members: readonly MemberEntry[]): string {
  return [`${name}は${region.name}の構成市町ではありません。構成市町は ${joinNames(members, homePrefecture(members))} の${members.length}市町です。`, MEMBERSHIP_SOURCE_NOTE].join('\n');
}

/** Every member's name and alias, normalised: this 圏域's places (防府, hofu), for telling them from other regions'. */
export function listPlaceNames(region: Region | undefined): string[] {
  return (region?.members ?? []).flatMap((m) => [m.name, ...m.aliases].map(normalizeText));
}

/** The nearby municipalities that are no members, each with its aliases (a bare name has none). */
export function listNeighbours(region: Region | undefined): Neighbour[] {
  return (region?.neighbours ?? []).map((n) => (typeof n === 'string' ? { name: n, aliases: [] } : n));
}

/** Nearby municipalities that are not members, normalised, with their aliases (周南市, しゅうなんし): named as a party, another agreement is asked about. */
export function listNeighbourNames(region: Region | undefined): string[] {
  return listNeighbours(region).flatMap((n) => [n.name, ...n.aliases].map(normalizeText));
}

/**
 * A finder of the neighbour a normalised question names, by name or alias (下関市, しものせきし,
 * Shimonoseki), giving its official name; each name counts only as a word of its own (see
 * {@link indexOfPlaceName}).
 *
 * @example createNeighbourFinder(region)('is shimonoseki a member?') // → '下関市'
 */
export function createNeighbourFinder(region: Region | undefined): (normalized: string) => string | undefined {
  const matchers = listNeighbours(region).map((n) => ({
    name: n.name,
    tests: [n.name, ...n.aliases].map((alias): ((text: string) => boolean) => {
      const word = normalizeText(alias);
      return (text) => indexOfPlaceName(text, word) >= 0;
    }),
  }));
  return (normalized) => matchers.find((m) => m.tests.some((test) => test(normalized)))?.name;
}

/**
 * The place names the example vote ignores: the members' (萩市 asks as 防府市 does) and the
 * neighbours' (広島市でのPRイベント asks as 東京でのPRイベント does; whether a neighbour is named as a
 * party is facts.ts's to say, not the vote's).
 */
export function listVoteIgnoredPlaces(region: Region | undefined): string[] {
  return [...listPlaceNames(region), ...listNeighbourNames(region)];
}
