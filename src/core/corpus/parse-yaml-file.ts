/**
 * One-line errors for corpus YAML files: parse, validate against a zod schema, and on any mistake
 * stop with `<file>: <field path>: <problem> (line N)`, so a person editing the YAML can fix it
 * without reading a stack trace. Shared by the agreement files and the region file.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { CodedError, ErrorCode } from '../errors.ts';

export type PathSegment = string | number;

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

export function fail(file: string, path: readonly PathSegment[], problem: string, line: number | undefined): never {
  const where = line === undefined ? '' : ` (line ${line})`;
  throw new CodedError(ErrorCode.CorpusInvalid, `${file}: ${formatFieldPath(path)}: ${problem}${where}`);
}

/** A validated YAML file and a way to point at the line of any of its fields. */
export interface ParsedYamlFile<T> {
  readonly data: T;
  /** The line of the deepest existing node on `path` (for one-line errors about cross-references). */
  readonly lineOf: (path: readonly PathSegment[]) => number | undefined;
}

/**
 * Parses a corpus YAML file and validates it against a zod schema, or stops with one line
 * `<file>: <field path>: <problem> (line N)`. Shared by every corpus file (agreements, region).
 * @throws CodedError `kyoyaku_corpus_invalid`
 */
export function parseYamlFile<S extends z.ZodType>(file: string, source: string, schema: S): ParsedYamlFile<z.infer<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = lineCounter.linePos(yamlError.pos[0]).line;
    const what = yamlError.message.split('\n')[0] ?? yamlError.code;
    fail(file, [], `YAML syntax error: ${what.replace(/ at line \d+, column \d+:?$/, '')}`, line);
  }
  let raw: unknown;
  // maxAliasCount: aliases that expand to gigabytes (an alias bomb) fail instead of hanging.
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    fail(file, [], `YAML could not be read: ${(error as Error).message.split('\n')[0] ?? 'error'}`, undefined);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    // A misspelt key also makes the real key "missing": name the misspelling, the actual mistake.
    const issue = parsed.error.issues.find((i) => i.code === 'unrecognized_keys') ?? parsed.error.issues[0];
    if (!issue) fail(file, [], 'invalid', undefined);
    const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
    const fullPath = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...path, issue.keys[0]] : path;
    fail(file, path, describeIssue(issue), findLine(doc, lineCounter, fullPath));
  }
  return { data: parsed.data as z.infer<S>, lineOf: (path) => findLine(doc, lineCounter, path) };
}

