/**
 * A malformed corpus file stops loading with one line: file, field path, what is wrong, and the line.
 * Each case breaks the real agreement file in one way, as a person editing it might.
 */
import { chmod, mkdtemp, mkdir, readFile, symlink, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus, parseAgreement } from '../src/core/corpus/load-corpus.ts';
import { ErrorCode, isCodedError } from '../src/core/errors.ts';
import { readCorpusError } from './support/corpus-error.ts';
import { parseGlossary } from '../src/core/search/glossary.ts';

const AGREEMENT_1 = fileURLToPath(new URL('../corpus/agreements/agreement-1.yml', import.meta.url));
const AGREEMENT_2 = fileURLToPath(new URL('../corpus/agreements/agreement-2.yml', import.meta.url));
const FILE = 'corpus/agreements/agreement-1.yml';
const original = await readFile(AGREEMENT_1, 'utf8');
/** Nine levels of nine aliases each: 9^9 strings if expanded. */
const ALIAS_BOMB = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefghi'.split('').map((name, i) => {
  const previous = 'abcdefghi'[i] ?? 'a';
  return `${name}: &${name} [*${previous},*${previous},*${previous},*${previous},*${previous},*${previous},*${previous},*${previous},*${previous}]`;
})].join('\n');

function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`fixture: ${needle} not found`);
  return text.slice(0, index).split('\n').length;
}

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture: ${from} not found`);
  return text.replace(from, to);
}

function messageOf(source: string): string {
  return readCorpusError(() => parseAgreement(FILE, source));
}

describe('parseAgreement', () => {
  it('accepts the real file', () => {
    expect(parseAgreement(FILE, original).id).toBe('連携協約1');
  });

  const cases: { name: string; edit: (text: string) => string; expected: (text: string) => string }[] = [
    {
      // A deleted line: the field is named and the line points at its parent.
      name: 'a missing field',
      edit: (t) => replaceOnce(t, 'closing: この協約の締結を証するため、本協約書２通を作成し、甲及び乙が記名押印の上、それぞれ各１通を保有する。\n', ''),
      expected: () => `${FILE}: closing: is missing (line ${lineOf(original, 'id: 連携協約1')})`,
    },
    {
      // A number where text belongs, deep in the annex.
      name: 'a wrong type',
      edit: (t) => replaceOnce(t, 'title: 災害対策', 'title: 42'),
      expected: (t) => `${FILE}: annex.sections[2].subsections[0].rows[3].title: expected string, received number (line ${lineOf(t, 'title: 42')})`,
    },
    {
      // A misspelt key would silently drop text; strict objects reject it.
      name: 'an unknown key',
      edit: (t) => replaceOnce(t, '    caption: （費用分担）', '    captoin: （費用分担）'),
      expected: (t) => `${FILE}: articles[3]: unknown key "captoin" (line ${lineOf(t, 'captoin')})`,
    },
    {
      // Two 第４条: references must be unique.
      name: 'a duplicate article number',
      edit: (t) => replaceOnce(t, '  - number: 5\n    label: 第５条', '  - number: 4\n    label: 第５条'),
      expected: (t) => `${FILE}: articles[4].number: duplicate reference "4" (line ${lineOf(t, '  - number: 4\n    label: 第５条') + 0})`,
    },
    {
      // Two rows labelled エ in 3(1).
      name: 'a duplicate annex row label',
      edit: (t) => replaceOnce(t, '        - label: オ\n              title: 環境', '        - label: エ\n              title: 環境'),
      expected: (t) => `${FILE}: annex.sections[2].subsections[0].rows[4].label: duplicate reference "エ" (line ${lineOf(t, '- label: エ\n              title: 環境')})`,
    },
    {
      // A role for a party the agreement does not have.
      name: 'a role for an unknown party',
      edit: (t) => replaceOnce(t, '                乙: 甲と連携・協力して実施する事業について、甲と取組を推進する。\n            - label: エ', '                丙: 甲と連携・協力して実施する事業について、甲と取組を推進する。\n            - label: エ'),
      expected: (t) => `${FILE}: annex.sections[2].subsections[0].rows[2].roles.丙: unknown party "丙" (parties: 甲, 乙) (line ${lineOf(t, '丙:')})`,
    },
    {
      // Broken indentation: the YAML parser's own message and line.
      name: 'a YAML syntax error',
      edit: (t) => replaceOnce(t, 'status: 案', 'status: [案'),
      expected: () => `${FILE}: (top level): YAML syntax error: `,
    },
  ];

  it.each(cases)('rejects $name with one line naming the file, field and line', ({ edit, expected }) => {
    const edited = edit(original);
    const message = messageOf(edited);
    const want = expected(edited);
    if (want.endsWith('YAML syntax error: ')) {
      expect(message.startsWith(want)).toBe(true);
      expect(message).toMatch(/\(line \d+\)$/);
    } else {
      expect(message).toBe(want);
    }
  });
});

describe('loadCorpus', () => {
  async function makeCorpus(files: Record<string, string>): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'kyoyaku-corpus-'));
    await mkdir(join(dir, 'agreements'));
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, 'agreements', name), text);
    return dir;
  }

  it('rejects the same agreement id in two files', async () => {
    const dir = await makeCorpus({ 'a.yml': original, 'b.yml': original });
    await expect(loadCorpus(dir, { displayBase: dir })).rejects.toThrow(/^agreements\/b\.yml: id: duplicate reference "連携協約1" \(also in a\.yml\)$/);
  });

  it('names a missing corpus folder', async () => {
    await expect(loadCorpus('/nonexistent/corpus')).rejects.toMatchObject({
      code: ErrorCode.CorpusUnreadable,
      message: '/nonexistent/corpus/agreements: cannot read the corpus folder (ENOENT)',
    });
  });

  it('loads a third agreement from one more file, with no code change', async () => {
    const dir = await makeCorpus({});
    await copyFile(AGREEMENT_1, join(dir, 'agreements', 'agreement-1.yml'));
    await copyFile(AGREEMENT_2, join(dir, 'agreements', 'agreement-2.yml'));
    await copyFile(fileURLToPath(new URL('fixtures/agreement-3-hagi.yml', import.meta.url)), join(dir, 'agreements', 'agreement-3.yml'));
    const corpus = await loadCorpus(dir);
    expect(corpus.agreements.map((a) => a.id)).toEqual(['連携協約1', '連携協約2', '連携協約3']);
    expect(corpus.agreements[2]?.parties.map((p) => p.name)).toEqual(['山口市及び萩市']);
  });
});

describe('corpus faults on disk: one line naming the file, never a stack trace', () => {
  async function makeCorpus(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'kyoyaku-corpus-'));
    await mkdir(join(dir, 'agreements'));
    await copyFile(AGREEMENT_1, join(dir, 'agreements', 'agreement-1.yml'));
    return dir;
  }

  async function expectOneLine(dir: string, message: string, code: string = ErrorCode.CorpusUnreadable): Promise<void> {
    const error = await loadCorpus(dir, { displayBase: dir }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(isCodedError(error)).toBe(true);
    expect(error).toMatchObject({ code, message });
  }

  it('a directory named *.yml (EISDIR)', async () => {
    const dir = await makeCorpus();
    await mkdir(join(dir, 'agreements', 'old.yml'));
    await expectOneLine(dir, 'agreements/old.yml: cannot read the agreement file (EISDIR: a folder, not a file)');
  });

  it('a symbolic link to a missing file', async () => {
    const dir = await makeCorpus();
    await symlink(join(dir, 'moved-away.yml'), join(dir, 'agreements', 'agreement-2.yml'));
    await expectOneLine(dir, 'agreements/agreement-2.yml: cannot read the agreement file (ENOENT: a symbolic link to a missing file)');
  });

  // Root reads any file: the permission case runs only as another user (it takes the same path
  // as EISDIR above: readdir listed the name, the read failed).
  it.skipIf(process.getuid?.() === 0)('a file the bot may not read (EACCES)', async () => {
    const dir = await makeCorpus();
    await chmod(join(dir, 'agreements', 'agreement-1.yml'), 0o000);
    await expectOneLine(dir, 'agreements/agreement-1.yml: cannot read the agreement file (EACCES)');
  });

  it('a YAML alias bomb in an agreement', async () => {
    const dir = await makeCorpus();
    await writeFile(join(dir, 'agreements', 'agreement-1.yml'), ALIAS_BOMB);
    const error = await loadCorpus(dir, { displayBase: dir }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: ErrorCode.CorpusInvalid });
    expect((error as Error).message).toMatch(/^agreements\/agreement-1\.yml: \(top level\): YAML could not be read: .*alias/i);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('parseGlossary faults', () => {
  const GLOSSARY = 'corpus/glossary.yml';

  function glossaryMessage(source: string): string {
    return readCorpusError(() => parseGlossary(GLOSSARY, source), ErrorCode.GlossaryInvalid);
  }

  it('a syntax error names its line, not "(line ?)"', () => {
    const message = glossaryMessage('compounds:\n  - 連携協約\nsynonyms:\n  - words: [議決\n    means: [決定]\n');
    expect(message).toMatch(/^corpus\/glossary\.yml: YAML syntax error: .* \(line \d+\)$/);
    expect(message).not.toContain('(line ?)');
  });

  it('a misspelt key is named as an unknown key, not as a missing `means`', () => {
    expect(glossaryMessage('synonyms:\n  - words: [議決]\n    meens: [決定]\n')).toBe('corpus/glossary.yml: synonyms[0]: unknown key "meens"');
  });

  it('an alias bomb stops with one line', () => {
    expect(glossaryMessage(ALIAS_BOMB)).toMatch(/^corpus\/glossary\.yml: YAML could not be read: .*alias/i);
  });
});
