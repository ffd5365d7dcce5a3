/**
 * Derives corpus/derived/juman-domains.tsv, a compact word → category/domain table, from the JUMAN
 * dictionary as Debian ships it (package `juman-dic`, BSD licence), and copies its licence beside it.
 *
 *   apt-get install -y juman-dic
 *   npx tsx scripts/derive-juman-table.ts [DIC_DIR] [COPYRIGHT_FILE]
 *
 * DIC_DIR defaults to /usr/share/juman (every *.dic below it is read: dic/, autodic/, wikipediadic/);
 * COPYRIGHT_FILE defaults to /usr/share/doc/juman-dic/copyright.
 *
 * Output: one line per headword, `word<TAB>categories<TAB>domains`, several values joined with `;`,
 * `-` when none. Only common nouns (名詞 普通名詞 / サ変名詞) with a カテゴリ or a ドメイン are kept,
 * because only those tell the bot which policy area an unknown word belongs to.
 */
import { copyFileSync, createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const DEFAULT_DIC_DIR = '/usr/share/juman';
const DEFAULT_COPYRIGHT = '/usr/share/doc/juman-dic/copyright';
const PACKAGE = 'juman-dic';
/** dpkg's database: read directly so the script needs no child process to learn the version. */
const DPKG_STATUS = '/var/lib/dpkg/status';
/** Resolved from the script, not the cwd, so the output lands in the project wherever it is run from. */
const PROJECT_ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = join(PROJECT_ROOT, 'corpus', 'derived');
const OUT_TABLE = join(OUT_DIR, 'juman-categories.tsv');
/**
 * The categories the engine reads (src/core/search/query.ts, weighUnknownNoun): people and places
 * set the scene, quantities ask for figures. Only words in them are kept, so the table stays small.
 */
const KEPT_CATEGORIES = new Set(['人', '場所-その他', '場所-自然', '数量']);
const OUT_LICENSE = join(OUT_DIR, 'JUMAN-LICENSE.txt');
const KEPT_SUBPOS = new Set(['普通名詞', 'サ変名詞']);
const NONE = '-';

/** An S-expression as JUMAN writes it: atoms (bare or quoted) and lists. */
type SExpr = string | SExpr[];

/** Categories and domains gathered for one headword, in first-seen order. */
interface WordInfo {
  readonly categories: Set<string>;
  readonly domains: Set<string>;
}

/** What the run read, for the header and the console summary. */
interface SourceInfo {
  readonly files: string[];
  /** Kept entries per file, so the header names only the files the rows came from. */
  readonly keptByFile: Map<string, number>;
  /** Each file's dated first-line comment, e.g. ContentW.dic's "2011/11/29 domain:ver1.0 category:ver1.0". */
  readonly versionNotes: Map<string, string>;
  entries: number;
  kept: number;
}

/**
 * Tracks parenthesis depth across a line so entries that span lines are still read whole; quoted
 * strings are skipped because 意味情報 may hold `;` (several domains) that is not a comment.
 */
function depthChange(line: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === ';') break; // the rest of the line is a comment
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
  }
  return depth;
}

/** Parses the top-level forms of a chunk of dictionary text; comments (`;` to end of line) are dropped. */
function parseForms(text: string): SExpr[] {
  const stack: SExpr[][] = [[]];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === ';') {
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? text.length : eol + 1;
    } else if (ch === '(') {
      stack.push([]);
      i++;
    } else if (ch === ')') {
      const done = stack.pop();
      const parent = stack[stack.length - 1];
      if (done === undefined || parent === undefined) throw new Error('unbalanced ")" in dictionary');
      parent.push(done);
      i++;
    } else if (ch === '"') {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== '"') {
        if (text[j] === '\\') j++;
        value += text[j] ?? '';
        j++;
      }
      stack[stack.length - 1]?.push(value);
      i = j + 1;
    } else if (/\s/.test(ch)) {
      i++;
    } else {
      let j = i;
      while (j < text.length && !/[\s()";]/.test(text[j] as string)) j++;
      stack[stack.length - 1]?.push(text.slice(i, j));
      i = j;
    }
  }
  if (stack.length !== 1) throw new Error('unbalanced "(" in dictionary');
  return stack[0] ?? [];
}

/** Finds the `(key ...)` sub-list of a JUMAN entry body, e.g. 見出し語 or 意味情報. */
function field(body: SExpr[], key: string): SExpr[] | undefined {
  for (const item of body) {
    if (Array.isArray(item) && item[0] === key) return item.slice(1);
  }
  return undefined;
}

/**
 * Spellings of a 見出し語 field: bare atoms, and `(spelling weight)` pairs whose weight marks a
 * dispreferred spelling — still a spelling the bot may meet, so it is kept.
 */
function headwords(values: SExpr[]): string[] {
  const words: string[] = [];
  for (const v of values) {
    if (typeof v === 'string') words.push(v);
    else if (typeof v[0] === 'string') words.push(v[0]);
  }
  return words;
}

/** Values of `key:` in a 意味情報 string, e.g. カテゴリ:場所-機能;時間 → [場所-機能, 時間]. */
function features(info: string, key: string): string[] {
  const out: string[] = [];
  for (const token of info.split(/\s+/)) {
    if (token.startsWith(`${key}:`)) {
      out.push(...token.slice(key.length + 1).split(';').filter((s) => s.length > 0));
    }
  }
  return out;
}

/** A lone hiragana character (は, を, …) is almost always a particle or noise, never a topic word. */
function isSingleHiragana(word: string): boolean {
  return [...word].length === 1 && /^[\u3041-\u309F]$/u.test(word);
}

/**
 * Adds one top-level form to the table if it is `(名詞 (普通名詞|サ変名詞 (body)))` with a category
 * or domain; compounds in Rengo.dic and proper nouns are other shapes and so are skipped.
 */
function addEntry(form: SExpr, file: string, table: Map<string, WordInfo>, source: SourceInfo): void {
  if (!Array.isArray(form) || form[0] !== '名詞') return;
  const sub = form[1];
  if (!Array.isArray(sub) || typeof sub[0] !== 'string' || !KEPT_SUBPOS.has(sub[0])) return;
  const body = sub[1];
  if (!Array.isArray(body)) return;
  source.entries++;
  const info = field(body, '意味情報')?.[0];
  if (typeof info !== 'string') return;
  const categories = features(info, 'カテゴリ');
  const domains = features(info, 'ドメイン');
  if (categories.length === 0 && domains.length === 0) return;
  const words = headwords(field(body, '見出し語') ?? []).filter((w) => !isSingleHiragana(w));
  if (words.length > 0) {
    source.kept++;
    source.keptByFile.set(file, (source.keptByFile.get(file) ?? 0) + 1);
  }
  for (const word of words) {
    let entry = table.get(word);
    if (entry === undefined) {
      entry = { categories: new Set(), domains: new Set() };
      table.set(word, entry);
    }
    for (const c of categories) entry.categories.add(c);
    for (const d of domains) entry.domains.add(d);
  }
}

/** Streams one .dic file, handing each complete top-level form to addEntry; keeps its version comment. */
async function readDic(path: string, table: Map<string, WordInfo>, source: SourceInfo): Promise<void> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let pending = '';
  let depth = 0;
  let first = true;
  for await (const line of lines) {
    // The first line of the big dictionaries dates them (e.g. "; 2011/11/29 domain:ver1.0 category:ver1.0").
    if (first && /^;.*\d{4}\/\d{2}\/\d{2}/.test(line)) source.versionNotes.set(path, line.replace(/^;+\s*/, ''));
    first = false;
    if (depth === 0 && !line.includes('(')) continue; // blank or comment line between entries
    pending += `${line}\n`;
    depth += depthChange(line);
    if (depth <= 0) {
      for (const form of parseForms(pending)) addEntry(form, path, table, source);
      pending = '';
      depth = 0;
    }
  }
  if (pending.trim().length > 0) throw new Error(`${path}: entry not closed at end of file`);
}

/** All *.dic files under dir, sorted so the output does not depend on directory order. */
function listDics(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listDics(path));
    else if (name.endsWith('.dic')) out.push(path);
  }
  return out;
}

/** The installed version of juman-dic from dpkg's status file, or undefined off Debian. */
function debianVersion(): string | undefined {
  if (!existsSync(DPKG_STATUS)) return undefined;
  for (const stanza of readFileSync(DPKG_STATUS, 'utf8').split(/\n\n+/)) {
    if (!new RegExp(`^Package: ${PACKAGE}$`, 'm').test(stanza)) continue;
    if (!/^Status: .* installed$/m.test(stanza)) continue;
    return /^Version: (.+)$/m.exec(stanza)?.[1];
  }
  return undefined;
}

/** The copyright lines of the licence file, so the header names the holders the file names. */
function copyrightHolders(licence: string): string {
  const lines = licence.split('\n').map((l) => l.trim()).filter((l) => /^Copyright \(c\)/i.test(l));
  return lines.length > 0 ? lines.join('; ') : 'see JUMAN-LICENSE.txt';
}

/** Code-point order, not locale order, so the file is byte-identical on every machine. */
function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Joins a value set for one TSV column. */
function column(values: Set<string>): string {
  return values.size > 0 ? [...values].join(';') : NONE;
}

async function main(): Promise<void> {
  const dicDir = resolve(process.argv[2] ?? DEFAULT_DIC_DIR);
  const copyrightPath = resolve(process.argv[3] ?? DEFAULT_COPYRIGHT);
  if (!existsSync(dicDir)) throw new Error(`${dicDir} not found: run "apt-get install -y juman-dic" or pass DIC_DIR`);
  // The derived table may only ship with its licence, so a missing licence is an error, not a warning.
  if (!existsSync(copyrightPath)) throw new Error(`${copyrightPath} not found: pass the JUMAN licence file as COPYRIGHT_FILE`);

  const source: SourceInfo = { files: listDics(dicDir), keptByFile: new Map(), versionNotes: new Map(), entries: 0, kept: 0 };
  if (source.files.length === 0) throw new Error(`no *.dic files under ${dicDir}`);
  const table = new Map<string, WordInfo>();
  for (const file of source.files) await readDic(file, table, source);

  const licence = readFileSync(copyrightPath, 'utf8');
  const version = debianVersion();
  const used = source.files
    .filter((f) => (source.keptByFile.get(f) ?? 0) > 0)
    .map((f) => {
      const note = source.versionNotes.get(f);
      return `${relative(dicDir, f)}${note === undefined ? '' : ` [${note}]`}`;
    });
  const header = [
    `# Derived from the JUMAN dictionary, Debian package ${PACKAGE} ${version ?? '(version unknown)'}, files ${used.join(', ')} under ${dicDir}.`,
    `# Licence: BSD (3-clause), ${copyrightHolders(licence)}; full text in JUMAN-LICENSE.txt beside this file.`,
    '# Regenerate: apt-get install -y juman-dic && npx tsx scripts/derive-juman-table.ts [DIC_DIR]',
    `# Columns: word<TAB>categories (名詞 普通名詞/サ変名詞 whose カテゴリ is one of ${[...KEPT_CATEGORIES].join(', ')}; ";" joins values).`,
  ];
  const rows = [...table.keys()].sort(compareCodePoints).flatMap((word) => {
    const info = table.get(word) as WordInfo;
    const kept = new Set([...info.categories].filter((c) => KEPT_CATEGORIES.has(c)));
    return kept.size === 0 ? [] : [`${word}\t${column(kept)}`];
  });

  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(OUT_TABLE, `${[...header, ...rows].join('\n')}\n`);
  copyFileSync(copyrightPath, OUT_LICENSE);
  const bytes = statSync(OUT_TABLE).size;
  console.log(
    `${relative(PROJECT_ROOT, OUT_TABLE)}: ${rows.length} words from ${source.kept} of ${source.entries} common-noun entries, ${bytes} bytes`,
  );
  console.log(`${relative(PROJECT_ROOT, OUT_LICENSE)}: copied from ${copyrightPath}`);
}

await main();
