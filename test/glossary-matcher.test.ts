/**
 * The glossary matcher walks a trie (glossary.ts). Here it must find exactly what looking every
 * span up in the word map finds (the matcher's former way, kept below as the reference), on every
 * question of the question set and on the glossary's and vocabulary's own words, with the real
 * corpus files and dictionary.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngineFiles } from '../src/core/create-question-answerer.ts';
import { GlossaryMatcher, type Glossary, type GlossaryMatch, type MatchToken } from '../src/core/search/glossary.ts';
import { vocabularyAsGlossary } from '../src/core/search/vocabulary.ts';
import { createAnalyzer, type Analyzer } from '../src/core/text/analyzer.ts';
import { loadKuromojiTokenizer } from '../src/core/text/load-kuromoji.ts';
import { normalizeText } from '../src/core/text/normalize.ts';
import { loadQuestionSet } from '../scripts/lib/question-set.ts';

const MAX_SPAN = 6;

/** The Japanese part of the former matcher: a map lookup of every span, as written and as a lemma. */
function referenceMatcher(glossary: Glossary): (normalized: string, tokens: readonly MatchToken[]) => GlossaryMatch[] {
  const japanese = new Map<string, string[]>();
  for (const entry of glossary.synonyms) {
    for (const w of entry.words) japanese.set(normalizeText(w), [...new Set([...(japanese.get(normalizeText(w)) ?? []), ...entry.means])]);
  }
  const freely = (word: string): boolean => [...word].length >= 3 || ([...word].length === 2 && /^[\p{Script=Han}\p{Script=Katakana}ー]+$/u.test(word));
  const long = [...japanese.keys()].filter(freely).sort((a, b) => b.length - a.length);
  return (normalized, tokens) => {
    const out: GlossaryMatch[] = [];
    const taken = (start: number, end: number): boolean => out.some((m) => m.start !== undefined && m.end !== undefined && start < m.end && m.start < end);
    const found: { word: string; rank: number; at: number }[] = [];
    long.forEach((word, rank) => {
      for (let at = normalized.indexOf(word); at >= 0; at = normalized.indexOf(word, at + 1)) found.push({ word, rank, at });
    });
    found.sort((a, b) => a.rank - b.rank || a.at - b.at);
    // A word in latin letters stands on its own: healthcare holds no alt.
    const latin = (c: string): boolean => /^[a-z]$/u.test(c);
    const glued = (word: string, at: number): boolean => (latin(word.charAt(0)) && latin(normalized.charAt(at - 1))) || (latin(word.charAt(word.length - 1)) && latin(normalized.charAt(at + word.length)));
    for (const { word, at } of found) if (!glued(word, at) && !taken(at, at + word.length)) out.push({ word, means: japanese.get(word) ?? [], start: at, end: at + word.length });
    for (let i = 0; i < tokens.length; i += 1) {
      const first = tokens[i];
      if (!first) continue;
      for (let j = Math.min(tokens.length, i + MAX_SPAN); j > i; j -= 1) {
        const last = tokens[j - 1];
        if (!last || taken(first.start, last.end)) continue;
        const written = normalized.slice(first.start, last.end);
        const lemma = normalized.slice(first.start, last.start) + last.base;
        const word = japanese.has(written) ? written : japanese.has(lemma) ? lemma : undefined;
        if (word === undefined) continue;
        out.push({ word, means: japanese.get(word) ?? [], start: first.start, end: last.end });
        i = j - 1;
        break;
      }
    }
    return out.sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity));
  };
}

let analyzer: Analyzer;
let glossaries: Glossary[];
let texts: string[];

/** The glossary's English words alone (corpus/glossary.yml). */
let englishOnly: Glossary | undefined;

beforeAll(async () => {
  const files = await loadEngineFiles();
  analyzer = createAnalyzer(await loadKuromojiTokenizer(), { compounds: files.glossary.compounds });
  // English words are left out: the trie is for the Japanese ones.
  englishOnly = { ...files.glossary, synonyms: [] };
  glossaries = [{ ...files.glossary, english: [] }, ...(files.vocabulary ? [{ ...vocabularyAsGlossary(files.vocabulary), english: [] }] : [])];
  const words = glossaries.flatMap((g) => g.synonyms.flatMap((s) => [...s.words, ...s.means]));
  // Words alone, inflected, inside other words and next to each other.
  texts = [...loadQuestionSet().map((c) => c.q), ...words, ...words.map((w, i) => `${w}したくて${words[(i * 7) % words.length] ?? ''}の${w.slice(1)}`)].map(normalizeText);
}, 60_000);

describe('GlossaryMatcher', () => {
  it('finds what a lookup of every span finds, on every question and glossary word', () => {
    let matched = 0;
    for (const glossary of glossaries) {
      const matcher = new GlossaryMatcher(glossary);
      const reference = referenceMatcher(glossary);
      for (const text of texts) {
        const tokens = analyzer.tokens(text);
        const ours = matcher.match(text, tokens);
        expect(ours, text).toStrictEqual(reference(text, tokens));
        matched += ours.length;
      }
    }
    expect(matched).toBeGreaterThan(texts.length);
  });

  it.each([
    { q: 'What does Tsuwano do under the community healthcare row?', words: [], why: 'healthcare holds the letters of ALT, not the word' },
    { q: 'Is online signing allowed?', words: [], why: 'online holds the letters of LINE' },
    { q: 'ALTの配置は？', words: ['alt'], why: 'ALT beside Japanese is the word' },
    { q: 'Who runs the Instagram account?', words: ['instagram'], why: 'Instagram between spaces is the word' },
  ])('reads a latin vocabulary word only as a word of its own: $q ($why)', ({ q, words }) => {
    const vocabulary = glossaries[1];
    if (!vocabulary) return;
    const text = normalizeText(q);
    const found = new GlossaryMatcher(vocabulary).match(text, analyzer.tokens(text)).map((m) => m.word).filter((w) => /^[a-z]/u.test(w));
    expect(found).toEqual(words);
  });

  it.each([
    { q: 'Where would multilingual signage for tourists fit?', words: ['tourist'], why: 'signage is no sign (記名押印)' },
    { q: 'Which row covers traffic signal improvements?', words: [], why: 'signal is no sign' },
    { q: 'What is the significance of Article 3?', words: [], why: 'significance is no sign, article no art' },
    { q: 'Who signed the copies?', words: ['sign', 'copies'], why: 'sign inflected' },
    { q: 'Which article covers the eventual dissolution?', words: [], why: 'eventual is no event' },
    { q: 'A sports tournament for youths', words: ['sport'], why: 'tournament is no tour; sports is sport' },
    { q: 'The fundamental purpose', words: ['purpose'], why: 'fundamental is no fund' },
    { q: 'Funding for environmental policies', words: ['fund', 'environment', 'policy'], why: 'funding, environmental, policies are their words' },
    { q: 'Changing and splitting the costs', words: ['change', 'split', 'cost'], why: 'e dropped, consonant doubled' },
    { q: 'Relocation and cooperation', words: ['relocat', 'cooperat'], why: 'a stem marked * matches any word it begins' },
    { q: 'Cultural exchange with trainees', words: ['culture', 'exchange'], why: 'cultural is culture’s; trainee is no train' },
    { q: 'Is the bus busy? Transportation?', words: ['bus', 'transport'], why: 'busy is no bus; transportation is transport’s' },
  ])('reads an English glossary word with its inflections only: $q ($why)', ({ q, words }) => {
    if (!englishOnly) return;
    const text = normalizeText(q);
    const found = new GlossaryMatcher(englishOnly).match(text, analyzer.tokens(text)).map((m) => m.word);
    expect([...found].sort()).toEqual([...words].sort());
  });
});
