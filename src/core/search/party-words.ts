/**
 * Party words in a question: the agreements' own (甲, 乙, 両市, 山口市) and the members the region
 * data resolves (萩市 → 乙 of 連携協約1), and which agreements they single out.
 */
import type { Corpus } from '../corpus/load-corpus.ts';
import type { MemberResolution } from '../region/resolve-members.ts';
import { normalizeText } from '../text/normalize.ts';
import type { Span } from './query.ts';

/** A party word of some agreement: 宇部市 is only in 連携協約2, 山口市 in both. */
export interface PartyWord {
  readonly word: string;
  readonly agreements: ReadonlySet<string>;
}

/** Party symbols, names and aliases, each with the agreements that have such a party, longest first. */
export function collectPartyWords(corpus: Corpus): PartyWord[] {
  const map = new Map<string, Set<string>>();
  for (const agreement of corpus.agreements) {
    for (const party of agreement.parties) {
      for (const word of [party.symbol, party.name, party.displayName, ...party.aliases]) {
        const key = normalizeText(word);
        if (key === '') continue;
        map.set(key, (map.get(key) ?? new Set()).add(agreement.id));
      }
    }
  }
  // Longest first: 山口市と宇部市 is removed before 山口市.
  return [...map.entries()].map(([word, agreements]) => ({ word, agreements })).sort((a, b) => b.word.length - a.word.length);
}

/**
 * Party names the analyzer must keep whole (宇部市 is one term, though the tokenizer reads 宇部 / 市),
 * so a question naming one finds the passages that print it (前文, 末文, 注記2).
 */
export function listPartyCompounds(partyWords: readonly PartyWord[]): string[] {
  return partyWords.map((p) => p.word).filter((w) => /\p{Script=Han}/u.test(w) && [...w].length >= 2);
}

/**
 * The party words of a question with where they occur, longest first and without overlaps
 * (山口市と宇部市 is one party word, not also 山口市). English aliases match whole words only.
 */
export function findMentionedParties(normalized: string, partyWords: readonly PartyWord[]): { party: PartyWord; spans: Span[] }[] {
  const out: { party: PartyWord; spans: Span[] }[] = [];
  const taken: Span[] = [];
  for (const party of partyWords) {
    // Most words are not in a question: nothing is made for them (this ran for every word of every question).
    const first = normalized.indexOf(party.word);
    if (first < 0) continue;
    const english = /^[a-z ]+$/u.test(party.word);
    // A bare place name (山口) inside a longer word names something else: 山口東京理科大学, 新山口駅.
    const bare = [...party.word].length >= 2 && /^\p{Script=Han}+$/u.test(party.word) && !/[市町村]$/u.test(party.word);
    const spans: Span[] = [];
    for (let at = first; at >= 0; at = normalized.indexOf(party.word, at + 1)) {
      const span = { start: at, end: at + party.word.length };
      if (english && (/[a-z]/u.test(normalized[at - 1] ?? '') || /[a-z]/u.test(normalized[span.end] ?? ''))) continue;
      // 山口側, 山口案, 山口宇部間 still name the party: a side, a draft, a pair of parties.
      const joinedAt = (end: number): boolean => {
        const next = normalized[end] ?? '';
        return /[\p{Script=Han}\p{Script=Katakana}]/u.test(next) && !/[側案版及間向用等]/u.test(next);
      };
      // A pair stands alone (山口宇部の協約), not inside a longer name (山口宇部空港).
      const pairs = (w: PartyWord): boolean =>
        w !== party && ((normalized.startsWith(w.word, span.end) && !joinedAt(span.end + w.word.length)) || (normalized.slice(0, at).endsWith(w.word) && !joinedAt(span.end)));
      const joined = joinedAt(span.end);
      if (bare && (/[\p{Script=Han}\p{Script=Katakana}]/u.test(normalized[at - 1] ?? '') || joined) && !partyWords.some(pairs)) continue;
      if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
      spans.push(span);
    }
    if (spans.length === 0) continue;
    taken.push(...spans);
    out.push({ party, spans });
  }
  return out;
}

/** The agreements a question's party words point to, when they single some out (宇部市 → 連携協約2). */
export function findPreferredAgreements(mentioned: readonly PartyWord[], all: readonly string[]): ReadonlySet<string> | undefined {
  let preferred: Set<string> | undefined;
  for (const p of mentioned) {
    if (p.agreements.size >= all.length) continue;
    preferred = preferred ? new Set([...preferred].filter((a) => p.agreements.has(a))) : new Set(p.agreements);
  }
  return preferred && preferred.size > 0 ? preferred : undefined;
}

/** Both preferences when they agree on some agreement; the members' reading when they do not. */
export function combinePreferences(fromMembers: ReadonlySet<string> | undefined, fromParties: ReadonlySet<string> | undefined): ReadonlySet<string> | undefined {
  if (!fromMembers) return fromParties;
  if (!fromParties) return fromMembers;
  const both = new Set([...fromMembers].filter((a) => fromParties.has(a)));
  return both.size > 0 ? both : fromMembers;
}

/** Member names the agreements print (in 前文 and 末文); the 連携市町 appear only as ○○市町. */
const PRINTED_MEMBERS: ReadonlySet<string> = new Set(['山口市', '宇部市']);

/**
 * The printed words that stand for the named members in their agreement: the party symbol
 * (乙 for 萩市) and a name the agreement prints (山口市, 宇部市; 山口市 where 宇部市 reads as it).
 */
export function listMemberPartyWords(resolution: MemberResolution): string[] {
  const reading = resolution.reading;
  if (!reading) return resolution.mentions.map((m) => normalizeText(m.member.name)).filter((name) => PRINTED_MEMBERS.has(name));
  return reading.named.flatMap((name) => {
    const symbol = Object.entries(reading.names).find(([, member]) => member.split('と').includes(name))?.[0];
    const printed = reading.readAs?.as === name ? reading.readAs.printed : name;
    return [symbol, PRINTED_MEMBERS.has(printed) ? printed : undefined].filter((w): w is string => w !== undefined).map(normalizeText);
  });
}
