/**
 * Reads and validates the corpus: one YAML file per agreement under `corpus/agreements/`.
 *
 * Any mistake in a file stops loading with a {@link CodedError} whose message is one line:
 * `<file>: <field path>: <what is wrong> (line N)`, so a person editing the YAML can fix it
 * without reading a stack trace.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { CodedError, ErrorCode } from '../errors.ts';
import { agreementSchema, type Agreement, type AnnexRow } from './schema.ts';

/** A validated corpus: the agreements in file-name order. */
export interface Corpus {
  readonly agreements: readonly Agreement[];
}

type PathSegment = string | number;

/** Formats a field path as staff read it: `annex.sections[2].rows[0].roles.乙`. */
export function formatFieldPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  }
  return out === '' ? '(top level)' : out;
}

/** Finds the line of the deepest existing node on `path`, so even a missing field points somewhere. */
function findLine(doc: Document, lineCounter: LineCounter, path: readonly PathSegment[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node: unknown = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) return 'is missing';
  if (issue.code === 'invalid_type') return issue.message.replace(/^Invalid input: /, '');
  if (issue.code === 'unrecognized_keys') return `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return issue.message.replace(/^Invalid input: /, '');
}

function fail(file: string, path: readonly PathSegment[], problem: string, line: number | undefined): never {
  const where = line === undefined ? '' : ` (line ${line})`;
  throw new CodedError(ErrorCode.CorpusInvalid, `${file}: ${formatFieldPath(path)}: ${problem}${where}`);
}

/** Every annex row with the path to it, in document order. */
export function listAnnexRowsWithPaths(agreement: Agreement): { row: AnnexRow; path: PathSegment[] }[] {
  const out: { row: AnnexRow; path: PathSegment[] }[] = [];
  agreement.annex.sections.forEach((section, s) => {
    section.rows?.forEach((row, r) => out.push({ row, path: ['annex', 'sections', s, 'rows', r] }));
    section.subsections?.forEach((sub, u) =>
      sub.rows.forEach((row, r) => out.push({ row, path: ['annex', 'sections', s, 'subsections', u, 'rows', r] })),
    );
  });
  return out;
}

/** Reports the first value seen twice in `items` (by `keyOf`), with the path of the second one. */
function findDuplicate<T>(items: readonly T[], keyOf: (item: T) => string): { index: number; key: string } | undefined {
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    const key = keyOf(item);
    if (seen.has(key)) return { index, key };
    seen.add(key);
  }
  return undefined;
}

/** Checks what a schema cannot: references that must be unique or must point at a party. */
function checkReferences(agreement: Agreement): { path: PathSegment[]; problem: string } | undefined {
  const symbols = agreement.parties.map((p) => p.symbol);
  const checks: { items: readonly unknown[]; keyOf: (item: never) => string; path: PathSegment[]; field: string }[] = [
    { items: agreement.parties, keyOf: (p: Agreement['parties'][number]) => p.symbol, path: ['parties'], field: 'symbol' },
    { items: agreement.articles, keyOf: (a: Agreement['articles'][number]) => String(a.number), path: ['articles'], field: 'number' },
    { items: agreement.notes, keyOf: (n: Agreement['notes'][number]) => String(n.number), path: ['notes'], field: 'number' },
    { items: agreement.annex.sections, keyOf: (s: Agreement['annex']['sections'][number]) => String(s.number), path: ['annex', 'sections'], field: 'number' },
  ];
  agreement.annex.sections.forEach((section, s) => {
    if (section.rows) checks.push({ items: section.rows, keyOf: (r: AnnexRow) => r.label, path: ['annex', 'sections', s, 'rows'], field: 'label' });
    if (section.subsections) {
      checks.push({ items: section.subsections, keyOf: (u: { number: number }) => String(u.number), path: ['annex', 'sections', s, 'subsections'], field: 'number' });
      section.subsections.forEach((sub, u) =>
        checks.push({ items: sub.rows, keyOf: (r: AnnexRow) => r.label, path: ['annex', 'sections', s, 'subsections', u, 'rows'], field: 'label' }),
      );
    }
  });
  for (const check of checks) {
    const dup = findDuplicate(check.items as never[], check.keyOf);
    if (dup) return { path: [...check.path, dup.index, check.field], problem: `duplicate reference "${dup.key}"` };
  }
  for (const [i, signatory] of agreement.signatories.entries()) {
    if (!symbols.includes(signatory.party)) {
      return { path: ['signatories', i, 'party'], problem: `unknown party "${signatory.party}" (parties: ${symbols.join(', ')})` };
    }
  }
  for (const { row, path } of listAnnexRowsWithPaths(agreement)) {
    for (const key of Object.keys(row.roles)) {
      if (!symbols.includes(key)) return { path: [...path, 'roles', key], problem: `unknown party "${key}" (parties: ${symbols.join(', ')})` };
    }
    for (const symbol of symbols) {
      if (!(symbol in row.roles)) return { path: [...path, 'roles', symbol], problem: 'is missing' };
    }
  }
  return undefined;
}

/**
 * Parses and validates one agreement file's text.
 *
 * @param file - the name shown in error messages (a path relative to the working directory reads best)
 * @param source - the file's YAML text
 * @throws CodedError `kyoyaku_corpus_invalid` with a one-line message naming file, field, problem and line
 *
 * @example
 * const agreement = parseAgreement('corpus/agreements/agreement-1.yml', yamlText);
 */
export function parseAgreement(file: string, source: string): Agreement {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = lineCounter.linePos(yamlError.pos[0]).line;
    const what = yamlError.message.split('\n')[0] ?? yamlError.code;
    fail(file, [], `YAML syntax error: ${what.replace(/ at line \d+, column \d+:?$/, '')}`, line);
  }
  const parsed = agreementSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    // A misspelt key also makes the real key "missing": name the misspelling, the actual mistake.
    const issue = parsed.error.issues.find((i) => i.code === 'unrecognized_keys') ?? parsed.error.issues[0];
    if (!issue) fail(file, [], 'invalid', undefined);
    const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
    const fullPath = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...path, issue.keys[0]] : path;
    fail(file, path, describeIssue(issue), findLine(doc, lineCounter, fullPath));
  }
  const problem = checkReferences(parsed.data);
  if (problem) fail(file, problem.path, problem.problem, findLine(doc, lineCounter, problem.path));
  return parsed.data;
}

/**
 * Loads every `*.yml` / `*.yaml` file of `<corpusDir>/agreements`, in file-name order.
 * A new agreement is one more file: no code change.
 *
 * @param corpusDir - the corpus folder (holding `agreements/`)
 * @param options.displayBase - folder that file names in messages are relative to (default: none, absolute)
 */
export async function loadCorpus(corpusDir: string, options: { displayBase?: string } = {}): Promise<Corpus> {
  const dir = join(corpusDir, 'agreements');
  const show = (path: string): string => (options.displayBase === undefined ? path : relative(options.displayBase, path));
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  } catch (error) {
    throw new CodedError(ErrorCode.CorpusUnreadable, `${show(dir)}: cannot read the corpus folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
  }
  if (names.length === 0) throw new CodedError(ErrorCode.CorpusInvalid, `${show(dir)}: no agreement files (*.yml)`);
  const agreements: Agreement[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const path = join(dir, name);
    const agreement = parseAgreement(show(path), await readFile(path, 'utf8'));
    const first = seen.get(agreement.id);
    if (first !== undefined) fail(show(path), ['id'], `duplicate reference "${agreement.id}" (also in ${basename(first)})`, undefined);
    seen.set(agreement.id, path);
    agreements.push(agreement);
  }
  return { agreements };
}
