/**
 * `npm run glossary`: `check` on the shipped glossary and vocabulary (part of npm test: a curator's
 * edit that can never help fails the suite), each kind of finding on a broken copy, `try` on real
 * questions, and `--diff` with an edited glossary. Real kuromoji, real corpus, real engine.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR, EXAMPLES_FILE, EXAMPLE_WEIGHTS_FILE } from '../src/core/create-question-answerer.ts';
import { loadKuromojiTokenizer } from '../src/core/text/load-kuromoji.ts';
import type { DiffQuestion } from '../src/glossary-tool/diff-glossary.ts';
import { runGlossaryTool } from '../src/glossary-tool/run-glossary-tool.ts';

let tokenizer: Tokenizer<IpadicFeatures>;
let corpusDir: string;

beforeAll(async () => {
  tokenizer = await loadKuromojiTokenizer();
  corpusDir = mkdtempSync(join(tmpdir(), 'kyoyaku-glossary-'));
  cpSync(DEFAULT_CORPUS_DIR, corpusDir, { recursive: true });
  // The tool's reading of a glossary edit is under test, so the copy runs on the reading rules: the
  // example bank's vote may outvote an edit (ゆるキャラの共同PR is 観光 PR to the examples).
  for (const file of [EXAMPLES_FILE, EXAMPLE_WEIGHTS_FILE]) rmSync(join(corpusDir, file));
});

afterAll(() => {
  if (corpusDir) rmSync(corpusDir, { recursive: true, force: true });
});

async function run(argv: string[], questions: readonly DiffQuestion[] = []): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runGlossaryTool(argv, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    loadTokenizer: () => Promise.resolve(tokenizer),
    readFile: (path) => readFile(path, 'utf8'),
    loadQuestions: () => questions,
    displayBase: corpusDir,
  });
  return { code, out, err };
}

describe('glossary check', () => {
  it('finds nothing wrong in the shipped corpus/glossary.yml and corpus/vocabulary.yml', async () => {
    const { code, out } = await run(['check']);
    expect(out).toContain('問題は見つかりませんでした');
    expect(code).toBe(0);
  });

  it('names each kind of problem with its file, field and line', async () => {
    const path = join(corpusDir, 'glossary.yml');
    const good = readFileSync(path, 'utf8');
    const broken = good
      .replace(/^compounds:\n/mu, 'compounds:\n  - 存在しない複合語\n')
      .replace(
        /^synonyms:\n/mu,
        [
          'synonyms:',
          '  - words: [ぴよぴよ]',
          '    means: [宇宙開発]',
          '  - words: [ぴよぴよ, 乗合タクシー]',
          '    means: [交通]',
          '  - words: [防災訓練]',
          '    means: [災害]',
          '    note: 説明',
          '',
        ].join('\n'),
      );
    writeFileSync(path, broken);
    try {
      const { code, out } = await run(['check', '--corpus', corpusDir]);
      expect(code).toBe(1);
      const lines = out.trim().split('\n');
      expect(lines).toContainEqual(expect.stringMatching(/^glossary\.yml:\d+: compounds\[\d+\]: 複合語「存在しない複合語」は協約のどこにも出てこない/u));
      expect(lines).toContainEqual(expect.stringMatching(/^glossary\.yml:\d+: synonyms\[2\]\.note: 知らないキー「note」/u));
      // Unknown keys are findings, not a stop: the rest is still checked.
      expect(lines).toContainEqual(expect.stringMatching(/^glossary\.yml:\d+: synonyms\[0\]\.means\[0\]: 「宇宙開発」はどの条文・別表の行にも出てこない/u));
      expect(lines).toContainEqual(expect.stringMatching(/^glossary\.yml:\d+: synonyms\[1\]\.words\[0\]: 「ぴよぴよ」は synonyms\[0\] にもある/u));
      expect(lines).toContainEqual(expect.stringMatching(/^glossary\.yml:\d+: synonyms\[1\]\.words\[1\]: 「乗合タクシー」は vocabulary\.yml の「乗合タクシー」が先に読む/u));
      // The line points at the field.
      const line = Number(/^glossary\.yml:(\d+): synonyms\[0\]\.means\[0\]/mu.exec(out)?.[1]);
      expect(broken.split('\n')[line - 1]).toContain('宇宙開発');
    } finally {
      writeFileSync(path, good);
    }
  });

  it('names an unknown key of the vocabulary, and the vocabulary’s own duplicates', async () => {
    const path = join(corpusDir, 'vocabulary.yml');
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, `${good}\nsources: []\n`.replace(/^outside: \[/mu, 'outside: [乗合タクシー, '));
    try {
      const { code, out } = await run(['check', '--corpus', corpusDir]);
      expect(code).toBe(1);
      expect(out).toMatch(/vocabulary\.yml:\d+: sources: 知らないキー「sources」/u);
      expect(out).toMatch(/vocabulary\.yml:\d+: outside\[0\]: 「乗合タクシー」は outside と areas（別表3\(2\)ア）の両方にある/u);
    } finally {
      writeFileSync(path, good);
    }
  });
});

describe('glossary try', () => {
  it('shows tokens, concepts with weights and expansions, candidates with coverage, and why it abstained', async () => {
    const { code, out } = await run(['try', 'ゆるキャラの共同PRは？', '--corpus', corpusDir]);
    expect(code).toBe(0);
    expect(out).toContain('トークン: ゆる/動詞');
    expect(out).toMatch(/pr {2}重み 1\.00\n {6}語: pr {2}展開: 情報発信/u);
    expect(out).toMatch(/連携協約1:別表3\(2\)イ .*\n {6}被覆率 0\.\d\d .*✓pr .*✗キャラ/u);
    expect(out).toContain('結果: 見送り');
    expect(out).toMatch(/理由: 最上位の候補 連携協約1:別表3\(2\)イ の被覆率 0\.\d\d が 0\.5 に届かない。重い概念（[^）]*キャラ/u);
  });

  it('says why it gave a related answer, and when it quoted a reference without searching', async () => {
    // Where a project belongs (not its subsidy, a detail the examples may withdraw).
    const { out } = await run(['try', '乗合タクシーはどの取組？', '第4条']);
    expect(out).toContain('[語彙（vocabulary.yml）]');
    expect(out).toContain('結果: 関連回答 連携協約1:別表3(2)ア');
    expect(out).toContain('理由: 質問の語は vocabulary.yml の語彙を通してだけ 別表3(2)ア に当たる');
    expect(out).toContain('理由: 条番号・別表の参照');
  });
});

describe('glossary try --diff', () => {
  it('lists every question whose answer the edited glossary changes, held-out ones only counted', async () => {
    const edited = join(corpusDir, 'edited-glossary.yml');
    writeFileSync(edited, readFileSync(join(DEFAULT_CORPUS_DIR, 'glossary.yml'), 'utf8').replace(/^synonyms:\n/mu, 'synonyms:\n  - words: [ゆるキャラ]\n    means: [情報発信]\n'));
    const questions: DiffQuestion[] = [
      { q: 'ゆるキャラの共同PRは？', expect: ['別表3(2)イ'], part: 'development' },
      { q: '災害対応は誰が担当？', expect: ['別表3(1)エ'], part: 'development' },
      { q: 'ゆるキャラの協力は？', expect: [], part: 'held-out' },
    ];
    const { code, out } = await run(['try', '--diff', edited, '--corpus', corpusDir], questions);
    expect(code).toBe(0);
    expect(out).toMatch(/^質問集 3 問のうち、答えが変わったもの 2 問/u);
    expect(out).toContain('[development] ゆるキャラの共同PRは？');
    expect(out).toMatch(/前 × 見送り {2}→ {2}後 ○ 別表3\(2\)イ/u);
    expect(out).not.toContain('災害対応');
    expect(out).not.toContain('協力は');
    expect(out).toContain('held-out の 1 問は質問文を伏せています');
    const shown = await run(['try', '--diff', edited, '--show-held-out', '--corpus', corpusDir], questions);
    expect(shown.out).toContain('[held-out] ゆるキャラの協力は？');
  });

  it('stops with one line naming the field of a malformed edited glossary', async () => {
    const edited = join(corpusDir, 'bad-glossary.yml');
    writeFileSync(edited, 'synonyms:\n  - words: [a]\n    means: []\n');
    const { code, err } = await run(['try', '--diff', edited]);
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain('synonyms[0].means');
  });
});
