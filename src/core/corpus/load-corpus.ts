/**
 * Reads and validates the corpus: one YAML file per agreement under `corpus/agreements/`.
 *
 * Any mistake in a file stops loading with a {@link CodedError} whose message is one line:
 * `<file>: <field path>: <what is wrong> (line N)`, so a person editing the YAML can fix it
 * without reading a stack trace.
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { CodedError, ErrorCode } from '../errors.ts';
import { fail, parseYamlFile, type PathSegment } from './parse-yaml-file.ts';
import { agreementSchema, type Agreement, type AnnexRow } from './schema.ts';
import { parseRegion } from '../region/load-region.ts';
import type { Region } from '../region/schema.ts';

/** A validated corpus: the agreements in file-name order. */
export interface Corpus {
  readonly agreements: readonly Agreement[];
  /** The 圏域 (`region.yml`): members and which agreement governs each pair. Absent in a corpus without one. */
  readonly region?: Region;
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
  const { data, lineOf } = parseYamlFile(file, source, agreementSchema);
  const problem = checkReferences(data);
  if (problem) fail(file, problem.path, problem.problem, lineOf(problem.path));
  return data;
}

/** The region file beside `agreements/`; optional, so a corpus of agreements alone still loads. */
export const REGION_FILE = 'region.yml';

/**
 * An agreement file's text, or one line saying why it cannot be read: permissions (EACCES), a
 * directory named *.yml (EISDIR), a symbolic link to nothing (ENOENT after readdir listed it).
 */
async function readAgreementFile(path: string, shown: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    const link = code === 'ENOENT' ? await lstat(path).then((stats) => stats.isSymbolicLink(), () => false) : false;
    const why = code === 'EISDIR' ? 'EISDIR: a folder, not a file' : link ? 'ENOENT: a symbolic link to a missing file' : code;
    throw new CodedError(ErrorCode.CorpusUnreadable, `${shown}: cannot read the agreement file (${why})`, { cause: error });
  }
}

/**
 * Loads every `*.yml` / `*.yaml` file of `<corpusDir>/agreements`, in file-name order.
 * A new agreement is one more file: no code change. `region.yml` beside the folder, when present,
 * is read and checked against the agreements.
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
    const agreement = parseAgreement(show(path), await readAgreementFile(path, show(path)));
    const first = seen.get(agreement.id);
    if (first !== undefined) fail(show(path), ['id'], `duplicate reference "${agreement.id}" (also in ${basename(first)})`, undefined);
    seen.set(agreement.id, path);
    agreements.push(agreement);
  }
  const regionPath = join(corpusDir, REGION_FILE);
  const regionSource = await readFile(regionPath, 'utf8').catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CodedError(ErrorCode.CorpusUnreadable, `${show(regionPath)}: cannot read the region file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
  });
  if (regionSource === undefined) return { agreements };
  return { agreements, region: parseRegion(show(regionPath), regionSource, agreements) };
}
