/**
 * `npm run glossary -- check`: what in corpus/glossary.yml and corpus/vocabulary.yml can never
 * help a question, or hides another entry. Each finding names the file, the field and its line.
 */
import { LineCounter, parseDocument } from 'yaml';
import { formatFieldPath, type PathSegment } from '../core/corpus/parse-yaml-file.ts';
import type { Corpus } from '../core/corpus/load-corpus.ts';
import { GlossaryMatcher, englishWordOf, glossarySchema, parseGlossary, type Glossary } from '../core/search/glossary.ts';
import { parseVocabulary, vocabularyAsGlossary, vocabularySchema, type Vocabulary } from '../core/search/vocabulary.ts';
import { isCodedError } from '../core/errors.ts';
import type { Analyzer } from '../core/text/analyzer.ts';
import { normalizeText } from '../core/text/normalize.ts';
import { holdsPhrase, meaningPhrases, type PassageTerms } from './passage-terms.ts';

/** What kind of problem a finding is. */
export type FindingKind = 'invalid' | 'unknown-key' | 'meaning-not-in-corpus' | 'meaning-not-a-word' | 'duplicate' | 'shadowed' | 'compound-not-in-corpus';

/** One problem of one field. */
export interface Finding {
  readonly kind: FindingKind;
  readonly file: string;
  /** The field: synonyms[3].means[1]. */
  readonly path: string;
  readonly line?: number;
  /** What is wrong and what to do, in Japanese. */
  readonly message: string;
}

/** The files to check, as text, and the corpus they are checked against. */
export interface CheckInput {
  readonly glossary: { readonly file: string; readonly source: string };
  readonly vocabulary?: { readonly file: string; readonly source: string };
  readonly corpus: Corpus;
  /** Annex refs (別表1ア …), to validate the vocabulary's rows. */
  readonly rows: ReadonlySet<string>;
  readonly passages: readonly PassageTerms[];
  /** The engine's analyzer (with the glossary's compounds). */
  readonly analyzer: Analyzer;
}

interface KeyShape {
  readonly keys: readonly string[];
  readonly items?: Readonly<Record<string, KeyShape>>;
}

const GLOSSARY_SHAPE: KeyShape = { keys: ['compounds', 'synonyms', 'english'], items: { synonyms: { keys: ['words', 'means'] }, english: { keys: ['words', 'means'] } } };
const VOCABULARY_SHAPE: KeyShape = { keys: ['areas', 'outside', 'outside_source'], items: { areas: { keys: ['row', 'source', 'terms'] } } };

/** Checks the glossary and the vocabulary; an empty list when nothing is wrong. */
export function checkGlossary(input: CheckInput): Finding[] {
  const findings: Finding[] = [];
  const glossaryFile = input.glossary.file;
  const glossaryLines = readLines(input.glossary.source);
  const at = (file: string, lines: LineFinder, path: readonly PathSegment[], kind: FindingKind, message: string): Finding => {
    const line = lines(path);
    return { kind, file, path: formatFieldPath(path), ...(line === undefined ? {} : { line }), message };
  };

  findings.push(...findUnknownKeys(glossaryLines.data, GLOSSARY_SHAPE, []).map((path) => at(glossaryFile, glossaryLines.lineOf, path, 'unknown-key', `知らないキー「${String(path.at(-1))}」（使えるのは ${keysAt(GLOSSARY_SHAPE, path).join(', ')}）`)));
  let glossary: Glossary;
  try {
    glossary = parseGlossary(glossaryFile, input.glossary.source);
  } catch (error) {
    if (!isCodedError(error)) throw error;
    // Unknown keys are reported above, each on its own line; without them, the rest is still checked.
    const rest = findings.length > 0 ? glossarySchema.safeParse(withoutKeys(glossaryLines.data, findUnknownKeys(glossaryLines.data, GLOSSARY_SHAPE, []))) : undefined;
    if (!rest?.success) {
      if (findings.length === 0) findings.push({ kind: 'invalid', file: glossaryFile, path: '', message: error.message });
      return findings;
    }
    glossary = rest.data;
  }

  let vocabulary: Vocabulary | undefined;
  const vocabularyFile = input.vocabulary?.file ?? '';
  const vocabularyLines = readLines(input.vocabulary?.source ?? '');
  if (input.vocabulary) {
    const unknown = findUnknownKeys(vocabularyLines.data, VOCABULARY_SHAPE, []);
    findings.push(...unknown.map((path) => at(vocabularyFile, vocabularyLines.lineOf, path, 'unknown-key', `知らないキー「${String(path.at(-1))}」（使えるのは ${keysAt(VOCABULARY_SHAPE, path).join(', ')}）`)));
    try {
      vocabulary = parseVocabulary(vocabularyFile, input.vocabulary.source, input.rows);
    } catch (error) {
      if (!isCodedError(error)) throw error;
      const rest = unknown.length > 0 ? vocabularySchema.safeParse(withoutKeys(vocabularyLines.data, unknown)) : undefined;
      if (rest?.success) vocabulary = rest.data;
      else if (unknown.length === 0) findings.push({ kind: 'invalid', file: vocabularyFile, path: '', message: error.message });
    }
  }

  const g = (path: readonly PathSegment[], kind: FindingKind, message: string): void => {
    findings.push(at(glossaryFile, glossaryLines.lineOf, path, kind, message));
  };
  const corpusText = input.passages.map((p) => p.text).join('\n');

  // Compounds the corpus never prints cannot make any passage's term.
  const seenCompounds = new Map<string, number>();
  glossary.compounds.forEach((compound, i) => {
    const key = normalizeText(compound);
    const first = seenCompounds.get(key);
    if (first !== undefined) g(['compounds', i], 'duplicate', `「${compound}」は compounds[${first}] と同じ`);
    else seenCompounds.set(key, i);
    if (!corpusText.includes(key)) g(['compounds', i], 'compound-not-in-corpus', `複合語「${compound}」は協約のどこにも出てこない（索引の語にならないので削除してよい）`);
  });

  // Meanings: each must be a word some passage holds, or the entry adds nothing to a search.
  const checked = new Map<string, FindingKind | undefined>();
  for (const section of ['synonyms', 'english'] as const) {
    glossary[section].forEach((entry, e) => {
      entry.means.forEach((meaning, m) => {
        const key = normalizeText(meaning);
        if (!checked.has(key)) {
          const held = input.passages.some((p) => holdsPhrase(p.terms, meaningPhrases(meaning, input.analyzer)));
          checked.set(key, held ? undefined : corpusText.includes(key) ? 'meaning-not-a-word' : 'meaning-not-in-corpus');
        }
        const kind = checked.get(key);
        if (kind === 'meaning-not-in-corpus') g([section, e, 'means', m], kind, `「${meaning}」はどの条文・別表の行にも出てこない（この意味では何にも当たらない）`);
        if (kind === 'meaning-not-a-word') g([section, e, 'means', m], kind, `「${meaning}」は本文に文字としてはあるが語としては切り出されない（compounds に加えるか、本文の語に直す）`);
      });
    });
  }

  findDuplicates(glossary, g);
  findShadowed(glossary, vocabulary, input.analyzer, g);
  if (vocabulary) findings.push(...checkVocabulary(vocabulary, input.analyzer, (path, kind, message) => at(vocabularyFile, vocabularyLines.lineOf, path, kind, message)));
  return findings;
}

type Report = (path: readonly PathSegment[], kind: FindingKind, message: string) => void;

/** The same word twice: in one entry, or in two entries (whose meanings then merge). */
function findDuplicates(glossary: Glossary, report: Report): void {
  for (const section of ['synonyms', 'english'] as const) {
    const firstAt = new Map<string, number>();
    const entryKeys = new Map<string, number>();
    glossary[section].forEach((entry, e) => {
      const key = `${[...new Set(entry.words.map(normalizeText))].sort().join('|')}→${[...new Set(entry.means.map(normalizeText))].sort().join('|')}`;
      const same = entryKeys.get(key);
      if (same !== undefined) report([section, e], 'duplicate', `${section}[${same}] と同じ項目`);
      else entryKeys.set(key, e);
      for (const field of ['words', 'means'] as const) {
        const inEntry = new Set<string>();
        entry[field].forEach((w, i) => {
          const word = normalizeText(w);
          if (inEntry.has(word)) report([section, e, field, i], 'duplicate', `「${w}」がこの項目の ${field} に二度ある`);
          inEntry.add(word);
        });
      }
      entry.words.forEach((w, i) => {
        const word = normalizeText(w);
        const first = firstAt.get(word);
        if (first !== undefined && first !== e && same === undefined) {
          report([section, e, 'words', i], 'duplicate', `「${w}」は ${section}[${first}] にもある（意味が合わさるので、一つの項目にまとめる）`);
        } else if (first === undefined) firstAt.set(word, e);
      });
    });
  }
}

/**
 * Words a question can never reach through their entry: asked alone, the vocabulary (read first)
 * or a longer glossary word takes them, or the matcher cannot find them at all.
 */
function findShadowed(glossary: Glossary, vocabulary: Vocabulary | undefined, analyzer: Analyzer, report: Report): void {
  const matcher = new GlossaryMatcher(glossary);
  const vocabularyMatcher = vocabulary ? new GlossaryMatcher(vocabularyAsGlossary(vocabulary)) : undefined;
  for (const section of ['synonyms', 'english'] as const) {
    glossary[section].forEach((entry, e) => {
      entry.words.forEach((w, i) => {
        // An English stem marked * (relocat*) is asked as the stem itself, which its pattern reads.
        const word = section === 'english' ? englishWordOf(normalizeText(w)) : normalizeText(w);
        const tokens = analyzer.tokens(word);
        if (section === 'synonyms') {
          const projects = vocabularyMatcher?.match(word, tokens) ?? [];
          const taking = projects.find((m) => m.start !== undefined && m.end !== undefined && m.start <= 0 && m.end >= word.length);
          if (taking) {
            report([section, e, 'words', i], 'shadowed', `「${w}」は vocabulary.yml の「${taking.word}」が先に読むので、この項目では当たらない`);
            return;
          }
        }
        const matches = matcher.match(word, tokens);
        if (matches.some((m) => m.word === word)) return;
        const other = matches.find((m) => m.word !== word);
        report(
          [section, e, 'words', i],
          'shadowed',
          other ? `「${w}」は長い語「${other.word}」に先に読まれて、この項目では当たらない` : `「${w}」は質問の中で見つけられない（語の切れ目に合わない。もっと長い語か別の表記にする）`,
        );
      });
    });
  }
}

/** The vocabulary's own rules (see its header): one word in at most two rows, never both in a row and outside. */
function checkVocabulary(vocabulary: Vocabulary, analyzer: Analyzer, at: (path: readonly PathSegment[], kind: FindingKind, message: string) => Finding): Finding[] {
  const findings: Finding[] = [];
  const rowsOf = new Map<string, { row: string; path: PathSegment[] }[]>();
  vocabulary.areas.forEach((area, a) => {
    const inArea = new Set<string>();
    area.terms.forEach((t, i) => {
      const term = normalizeText(t);
      if (inArea.has(term)) findings.push(at(['areas', a, 'terms', i], 'duplicate', `「${t}」がこの行の terms に二度ある`));
      inArea.add(term);
      rowsOf.set(term, [...(rowsOf.get(term) ?? []), { row: area.row, path: ['areas', a, 'terms', i] }]);
    });
  });
  for (const [term, places] of rowsOf) {
    const rows = [...new Set(places.map((p) => p.row))];
    if (rows.length > 2) findings.push(at(places[2]?.path ?? [], 'duplicate', `「${term}」が ${rows.length} 行（${rows.join('・')}）にある（二行まで）`));
  }
  vocabulary.outside.forEach((t, i) => {
    const places = rowsOf.get(normalizeText(t));
    if (places) findings.push(at(['outside', i], 'duplicate', `「${t}」は outside と areas（${places.map((p) => p.row).join('・')}）の両方にある`));
  });
  const matcher = new GlossaryMatcher(vocabularyAsGlossary(vocabulary));
  vocabulary.areas.forEach((area, a) => {
    area.terms.forEach((t, i) => {
      const term = normalizeText(t);
      const matches = matcher.match(term, analyzer.tokens(term));
      if (matches.some((m) => m.word === term)) return;
      const other = matches.find((m) => m.word !== term);
      findings.push(at(['areas', a, 'terms', i], 'shadowed', other ? `「${t}」は長い語「${other.word}」に先に読まれる` : `「${t}」は質問の中で見つけられない（語の切れ目に合わない）`));
    });
  });
  return findings;
}

type LineFinder = (path: readonly PathSegment[]) => number | undefined;

/** The YAML as plain data, and the line of any field (a lenient read: findings, not a stop). */
function readLines(source: string): { data: unknown; lineOf: LineFinder } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  let data: unknown;
  try {
    data = doc.errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: 100 });
  } catch {
    data = undefined;
  }
  return {
    data,
    lineOf: (path) => {
      for (let depth = path.length; depth >= 0; depth -= 1) {
        const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
        const range = (node as { range?: [number, number, number] } | undefined)?.range;
        if (range) return lineCounter.linePos(range[0]).line;
      }
      return undefined;
    },
  };
}

/** Paths of keys the shape does not know, depth first. */
function findUnknownKeys(value: unknown, shape: KeyShape, path: PathSegment[]): PathSegment[][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const out: PathSegment[][] = [];
  for (const [key, child] of Object.entries(value)) {
    if (!shape.keys.includes(key)) {
      out.push([...path, key]);
      continue;
    }
    const itemShape = shape.items?.[key];
    if (itemShape && Array.isArray(child)) child.forEach((item, i) => out.push(...findUnknownKeys(item, itemShape, [...path, key, i])));
  }
  return out;
}

/** The keys allowed where an unknown key stands. */
function keysAt(shape: KeyShape, path: readonly PathSegment[]): readonly string[] {
  const parent = path.length >= 3 ? shape.items?.[String(path[path.length - 3])] : undefined;
  return parent?.keys ?? shape.keys;
}

/** A copy of the data without the keys at the given paths. */
function withoutKeys(data: unknown, paths: readonly (readonly PathSegment[])[]): unknown {
  const copy: unknown = structuredClone(data);
  for (const path of paths) {
    let parent: unknown = copy;
    for (const segment of path.slice(0, -1)) parent = (parent as Record<string | number, unknown> | undefined)?.[segment];
    if (parent !== null && typeof parent === 'object') Reflect.deleteProperty(parent, String(path.at(-1)));
  }
  return copy;
}
