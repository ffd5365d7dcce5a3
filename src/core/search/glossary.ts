/**
 * The domain glossary (`corpus/glossary.yml`): staff wording and English mapped to the words the
 * agreements use, and compounds the dictionary splits. Data, so it is curated without code changes.
 */
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { CodedError, ErrorCode } from '../errors.ts';
import { normalizeText } from '../text/normalize.ts';

const word = z.string().trim().min(1, 'must not be empty');
const entrySchema = z.strictObject({
  /** What staff type. */
  words: z.array(word).min(1, 'needs at least one word'),
  /** The agreement's words they mean. */
  means: z.array(word).min(1, 'needs at least one word'),
});

export const glossarySchema = z.strictObject({
  compounds: z.array(word).default([]),
  synonyms: z.array(entrySchema).default([]),
  english: z.array(entrySchema).default([]),
});

export type Glossary = z.infer<typeof glossarySchema>;

/** An expansion found in a question: what matched and what it means. */
export interface GlossaryMatch {
  /** The word of the question that matched (normalised), as written in the glossary. */
  readonly word: string;
  /** The agreement's words it means. */
  readonly means: readonly string[];
  /** Where it matched in the normalised question ([start, end)); undefined for English words. */
  readonly start?: number;
  readonly end?: number;
}

/** A token of the question as the matcher needs it (see `Analyzer.tokens`). */
export interface MatchToken {
  readonly base: string;
  readonly start: number;
  readonly end: number;
}

/** One latin letter (questions are normalised to lower case). */
const LATIN_LETTER = /^[a-z]$/u;

/**
 * An English glossary word as a pattern: the word with its inflections and nearest derivations only
 * (sign, signs, signed, signing; policy, policies; change, changing; split, splitting; environment,
 * environmental; transport, transportation), not any word it begins (signage, signal, significant;
 * article for art; fundamental for fund; eventually for event; tournament for tour). A stem the
 * glossary marks with * (relocat*, cooperat*) still matches every word that starts with it.
 */
export function englishWordPattern(entry: string): RegExp {
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (entry.endsWith('*')) return new RegExp(`(?<![a-z])${escape(entry.slice(0, -1))}[a-z]*`, 'u');
  const word = escape(entry);
  // Endings any word takes: plural, possessive, verb forms, agent noun, -ment, -ship, -ist, -ism, -ation.
  const endings = ["s", "es", "'s", "’s", "ed", "ing", "ings", "er", "ers", "ly", "ment", "ments", "ship", "ships", "ist", "ists", "ism", "ation", "ations"];
  // -al only after -ment, -ion, -ure, -ic (environmental, educational, cultural, clinical): sign+al is signal.
  const adjective = /(?:ment|ion|ure|ic)$/u.test(entry) ? '|al|ally' : '';
  const forms = [`${word}(?:${endings.join('|')}${adjective})?`];
  // policy → policies, industry → industries (a consonant before y).
  if (/[^aeiou]y$/u.test(entry)) forms.push(`${word.slice(0, -1)}(?:ies|ied|ier|iers|ily)`);
  // share → shared, change → changing, culture → cultural, settle → settling (e dropped).
  if (entry.endsWith('e')) forms.push(`${word}(?:d|r|rs)`, `${word.slice(0, -1)}(?:ing|ings|ion|ions|ation|ations${adjective})`);
  // split → splitting, cancel → cancelled (the last consonant doubled after one vowel).
  if (/(?:^|[^aeiou])[aeiou][b-df-hj-np-tvz]$/u.test(entry)) forms.push(`${word}${word.slice(-1)}(?:ing|ed|er|ers|ation|ations)`);
  return new RegExp(`(?<![a-z])(?:${forms.join('|')})(?![a-z])`, 'u');
}

/**
 * The word of an English glossary entry, without the * that marks a stem (relocat* → relocat): what
 * a question holds where the entry matches, and what a warm-up or a check asks.
 * @example englishWordOf('relocat*') // → 'relocat'
 */
export function englishWordOf(entry: string): string {
  return entry.replace(/\*$/u, '');
}

/** Glossary phrases span at most this many tokens (外国人観光客 is 外国/人/観光/客). */
const MAX_SPAN = 6;
/**
 * Words that may match inside a token: three characters or more, or two kanji/katakana (議決 in
 * 議決って, which the dictionary cuts 議 / 決っ). Shorter ones and kana words must cover whole tokens:
 * 場 must not match inside 場所, nor がん inside がんばる.
 */
function matchesFreely(word: string): boolean {
  const length = [...word].length;
  return length >= 3 || (length === 2 && /^[\p{Script=Han}\p{Script=Katakana}ー]+$/u.test(word));
}

/**
 * Parses the glossary file's text.
 * @throws CodedError `kyoyaku_glossary_invalid` with one line naming file, field and problem
 */
export function parseGlossary(file: string, source: string): Glossary {
  // The line counter gives a syntax error its line (without it, linePos is unset: "(line ?)").
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    throw new CodedError(ErrorCode.GlossaryInvalid, `${file}: YAML syntax error: ${(yamlError.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')} (line ${lineCounter.linePos(yamlError.pos[0]).line})`);
  }
  let raw: unknown;
  try {
    // An alias bomb (aliases expanding to gigabytes) fails here instead of hanging.
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new CodedError(ErrorCode.GlossaryInvalid, `${file}: YAML could not be read: ${(error as Error).message.split('\n')[0] ?? 'error'}`, { cause: error });
  }
  const parsed = glossarySchema.safeParse(raw ?? {});
  if (!parsed.success) {
    // A misspelt key also makes the real key "missing": name the misspelling, the actual mistake.
    const issue = parsed.error.issues.find((i) => i.code === 'unrecognized_keys') ?? parsed.error.issues[0];
    const path = issue?.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') ?? '';
    const problem = issue?.code === 'unrecognized_keys' ? `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}` : (issue?.message.replace(/^Invalid input: /, '') ?? 'invalid');
    throw new CodedError(ErrorCode.GlossaryInvalid, `${file}: ${path || '(top level)'}: ${problem}`);
  }
  return parsed.data;
}

/** A node of the glossary's trie: the word ending here, if any, and its rank among the words that match freely. */
interface TrieNode {
  readonly next: Map<number, TrieNode>;
  word?: string;
  rank?: number;
}

function newTrieNode(): TrieNode {
  return { next: new Map() };
}

/** The node of `word`, created with the nodes leading to it. */
function addToTrie(root: TrieNode, word: string): TrieNode {
  let node = root;
  for (let i = 0; i < word.length; i += 1) {
    const code = word.charCodeAt(i);
    let child = node.next.get(code);
    if (child === undefined) {
      child = newTrieNode();
      node.next.set(code, child);
    }
    node = child;
  }
  return node;
}

/** The node reached from `node` by the units of `text`, or undefined. */
function walkTrie(node: TrieNode | undefined, text: string): TrieNode | undefined {
  for (let i = 0; node !== undefined && i < text.length; i += 1) node = node.next.get(text.charCodeAt(i));
  return node;
}

/**
 * Matches a glossary against questions. Japanese words match on token boundaries, as written or
 * in their dictionary form (やめたく → やめる, 抜けたい → 抜ける); English words as whole words with their
 * inflections (see englishWordPattern).
 */
export class GlossaryMatcher {
  readonly #japanese = new Map<string, string[]>();
  /**
   * Every Japanese word in a trie of UTF-16 units: one walk from a position finds every word that
   * starts there, where looking each span up would slice a string per span. A word that may match
   * inside a token carries its rank (see `match`).
   */
  readonly #trie: TrieNode = newTrieNode();
  /** First UTF-16 units of all Japanese words: a token span starting with any other cannot match. */
  readonly #firsts = new Set<number>();
  readonly #english: { pattern: RegExp; word: string; probe: string; means: readonly string[] }[] = [];
  /** True when every English word has a latin letter, so a question without one cannot match any. */
  readonly #englishNeedsLatin: boolean;
  /** Scratch list of `match` (which runs to completion), kept so that no token allocates its own. */
  readonly #reached: (TrieNode | undefined)[] = [];

  constructor(glossary: Glossary) {
    for (const entry of glossary.synonyms) {
      for (const w of entry.words) {
        const word = normalizeText(w);
        // A word listed in several entries means all of them.
        this.#japanese.set(word, [...new Set([...(this.#japanese.get(word) ?? []), ...entry.means])]);
      }
    }
    // Longest first, so 外国人観光客 wins over 観光客 when both would match the same text.
    const long = [...this.#japanese.keys()].filter(matchesFreely).sort((a, b) => b.length - a.length);
    for (const word of this.#japanese.keys()) addToTrie(this.#trie, word).word = word;
    long.forEach((word, rank) => {
      addToTrie(this.#trie, word).rank = rank;
    });
    // An empty word would start every span; charCodeAt reads the empty string as NaN.
    for (const word of this.#japanese.keys()) this.#firsts.add(word.charCodeAt(0));
    for (const entry of glossary.english) {
      for (const w of entry.words) {
        const word = englishWordOf(normalizeText(w));
        // What every form holds (polic of policies, chang of changing): a text without it cannot match.
        const probe = /[a-z][ey]$/u.test(word) ? word.slice(0, -1) : word;
        this.#english.push({ pattern: englishWordPattern(normalizeText(w)), word, probe, means: entry.means });
      }
    }
    // Longest first, so training is read as training, not as train.
    this.#english.sort((a, b) => b.word.length - a.word.length);
    this.#englishNeedsLatin = this.#english.every((entry) => /[a-z]/u.test(entry.word));
  }

  /** True when the word is a glossary word (in its normalised spelling). */
  has(word: string): boolean {
    return this.#japanese.has(word);
  }

  /**
   * Every glossary entry found in the normalised question, without overlaps, in order of appearance.
   * `tokens` are the question's tokens (offsets into `normalized`).
   */
  match(normalized: string, tokens: readonly MatchToken[]): GlossaryMatch[] {
    const out: GlossaryMatch[] = [];
    const taken = (start: number, end: number): boolean => out.some((m) => m.start !== undefined && m.end !== undefined && start < m.end && m.start < end);
    // Long words first, anywhere (the dictionary may cut 乗合タクシー or 障がい者 oddly): longest
    // word first, then left to right. Candidates come from one pass over the question's characters.
    const found: { word: string; rank: number; at: number }[] = [];
    for (let at = 0; at < normalized.length; at += 1) {
      for (let node = this.#trie.next.get(normalized.charCodeAt(at)), end = at + 1; node !== undefined; node = node.next.get(normalized.charCodeAt(end)), end += 1) {
        if (node.rank !== undefined && node.word !== undefined) found.push({ word: node.word, rank: node.rank, at });
      }
    }
    found.sort((a, b) => a.rank - b.rank || a.at - b.at);
    for (const { word, at } of found) {
      // A word in latin letters (alt, line, brt) is a word of its own, not letters inside an English
      // one: healthcare holds no ALT, online no LINE, guideline neither.
      if (LATIN_LETTER.test(word.charAt(0)) && LATIN_LETTER.test(normalized.charAt(at - 1))) continue;
      if (LATIN_LETTER.test(word.charAt(word.length - 1)) && LATIN_LETTER.test(normalized.charAt(at + word.length))) continue;
      if (!taken(at, at + word.length)) out.push({ word, means: this.#japanese.get(word) ?? [], start: at, end: at + word.length });
    }
    // Then token spans, longest first at each token, as written or ending in a dictionary form.
    for (let i = 0; i < tokens.length; i += 1) {
      const first = tokens[i];
      // A span starts with the token's first character, or (one token alone) its dictionary form's.
      if (!first || (!this.#firsts.has(normalized.charCodeAt(first.start)) && !this.#firsts.has(first.base.charCodeAt(0)))) continue;
      // The trie nodes the text reaches from the span's start, by offset (undefined where no word goes on).
      const reached = this.#reached;
      reached.length = 0;
      reached.push(this.#trie);
      const furthest = tokens[Math.min(tokens.length, i + MAX_SPAN) - 1]?.end ?? 0;
      for (let at = first.start, node: TrieNode | undefined = this.#trie; node !== undefined && at < furthest; at += 1) {
        node = node.next.get(normalized.charCodeAt(at));
        reached.push(node);
      }
      for (let j = Math.min(tokens.length, i + MAX_SPAN); j > i; j -= 1) {
        const last = tokens[j - 1];
        if (!last || taken(first.start, last.end)) continue;
        // As written, or with the last token in its dictionary form (やめたく → やめる).
        const word = reached[last.end - first.start]?.word ?? walkTrie(reached[last.start - first.start], last.base)?.word;
        if (word === undefined) continue;
        out.push({ word, means: this.#japanese.get(word) ?? [], start: first.start, end: last.end });
        i = j - 1;
        break;
      }
    }
    // English words only where the question has latin letters (when every English word has one).
    if (this.#englishNeedsLatin && !/[a-z]/u.test(normalized)) return out.sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity));
    let english = normalized;
    for (const entry of this.#english) {
      // Every form holds the probe: a text without it cannot match (and is cheaper to ask).
      if (!english.includes(entry.probe) || !entry.pattern.test(english)) continue;
      out.push({ word: entry.word, means: entry.means });
      // The whole word is consumed (disasters, not just disaster), so no shorter entry reads it again.
      english = english.replace(entry.pattern, ' ');
    }
    return out.sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity));
  }
}
