/**
 * The classifier beside the example bank (src/core/search/example-classifier.ts): the shipped
 * weights are what training on the shipped table gives; it learns which words point to which
 * passage; its table survives a round trip and malformed tables stop loading in one line; the
 * bank averages it into the vote.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import { EXAMPLES_FILE, WEIGHTS_FILE, deriveExampleWeights } from '../scripts/derive-examples.ts';
import { DEFAULT_CORPUS_DIR, EXAMPLES_FILE as ENGINE_EXAMPLES_FILE, EXAMPLE_WEIGHTS_FILE as ENGINE_WEIGHTS_FILE, loadEngineFiles } from '../src/core/create-question-answerer.ts';
import { ErrorCode, isCodedError } from '../src/core/errors.ts';
import { readCorpusError } from './support/corpus-error.ts';
import { NO_ANSWER, createExampleBank, listExampleFeatures, parseExamples, type Example } from '../src/core/search/example-bank.ts';
import { formatClassifierWeights, parseClassifierWeights, scoreFeatures, tableFeatures, trainExampleClassifier } from '../src/core/search/example-classifier.ts';
import { buildPassages } from '../src/core/search/passages.ts';
import { loadKuromojiTokenizer } from '../src/core/text/load-kuromoji.ts';

const REFS = new Set(['第4条', '第5条', '別表3(1)エ']);
/** A handful of examples: every feature counts (by default one needs three examples). */
const EVERY_FEATURE = { minExamples: 1 };

let tokenizer: Tokenizer<IpadicFeatures>;
beforeAll(async () => {
  tokenizer = await loadKuromojiTokenizer();
}, 30_000);

/** Examples with their features read as the table reads them. */
const withFeatures = (rows: [string, string[]][]): Example[] =>
  rows.map(([question, refs]) => ({ question, refs, source: 't', features: listExampleFeatures(question, tokenizer, new Set()).join(' ') }));

describe('the shipped weights', () => {
  it('are what training on the shipped table gives (training is deterministic)', async () => {
    const { corpus } = await loadEngineFiles();
    const refs = new Set(buildPassages(corpus).map((p) => p.ref));
    const examples = parseExamples(EXAMPLES_FILE, await readFile(EXAMPLES_FILE, 'utf8'), refs);
    expect(await readFile(WEIGHTS_FILE, 'utf8')).toBe(deriveExampleWeights(examples));
  }, 60_000);

  it('load with the engine files', async () => {
    const { exampleWeights } = await loadEngineFiles();
    expect(exampleWeights?.classes).toContain(NO_ANSWER);
    expect(exampleWeights?.rows.size).toBeGreaterThan(1000);
  });
});

describe('the weights beside the example table', () => {
  let corpusDir: string;
  let examplesPath: string;
  let original: string;
  beforeAll(() => {
    corpusDir = mkdtempSync(join(tmpdir(), 'kyoyaku-weights-'));
    cpSync(DEFAULT_CORPUS_DIR, corpusDir, { recursive: true });
    examplesPath = join(corpusDir, ENGINE_EXAMPLES_FILE);
    original = readFileSync(examplesPath, 'utf8');
  });
  afterAll(() => {
    rmSync(corpusDir, { recursive: true, force: true });
  });

  /** The table with its first example's answer turned round: what a hand edit of examples.tsv does. */
  const editFirstExample = (text: string): string => {
    const lines = text.split('\n');
    const i = lines.findIndex((line) => line !== '' && !line.startsWith('#'));
    const cells = (lines[i] as string).split('\t');
    cells[1] = cells[1] === '-' ? '第4条' : '-';
    lines[i] = cells.join('\t');
    return lines.join('\n');
  };

  it.each([
    // An answer changed by hand: the weights learnt the old one.
    ['an example edited', editFirstExample],
    // A row dropped (a file of questions removed, the weights not regenerated).
    ['an example removed', (text: string) => text.replace(/\n[^#\n][^\n]*\n/u, '\n')],
  ])('stop loading in one line, naming both files, when the table is not the one trained on (%s)', async (_why, edit) => {
    writeFileSync(examplesPath, edit(original));
    try {
      await expect(loadEngineFiles({ corpusDir })).rejects.toSatisfy(
        (error: unknown) =>
          isCodedError(error) &&
          error.code === ErrorCode.CorpusInvalid &&
          error.message.includes(join(corpusDir, ENGINE_WEIGHTS_FILE)) &&
          error.message.includes(examplesPath) &&
          error.message.includes('scripts/derive-examples.ts') &&
          !error.message.includes('\n'),
      );
    } finally {
      writeFileSync(examplesPath, original);
    }
  });

  it('load beside the same table saved with CRLF line ends (both files)', async () => {
    const weightsPath = join(corpusDir, ENGINE_WEIGHTS_FILE);
    const weights = readFileSync(weightsPath, 'utf8');
    writeFileSync(examplesPath, original.replace(/\n/gu, '\r\n'));
    writeFileSync(weightsPath, weights.replace(/\n/gu, '\r\n'));
    try {
      const files = await loadEngineFiles({ corpusDir });
      expect(files.exampleWeights?.trainedOn).toBe((await loadEngineFiles()).exampleWeights?.trainedOn);
    } finally {
      writeFileSync(examplesPath, original);
      writeFileSync(weightsPath, weights);
    }
  });
});

describe('trainExampleClassifier', () => {
  const rows: [string, string[]][] = [
    ['費用の分担はどう決める', ['第4条']],
    ['経費は誰が負担する', ['第4条']],
    ['負担金の割合は', ['第4条']],
    ['連絡会議はいつ開く', ['第5条']],
    ['連絡会議の開催', ['第5条']],
    ['会議で連絡調整する', ['第5条']],
    ['市長の名前は', []],
    ['今日の天気は', []],
    ['災害のときの応援', ['別表3(1)エ']],
    ['防災訓練を一緒に', ['別表3(1)エ']],
  ];

  it.each([
    // 負担 pointed to 第4条 in every example that had it.
    ['費用の負担', '第4条'],
    // 会議 only ever to 第5条.
    ['会議はどこで', '第5条'],
    // 天気 and 名前 only to unanswerable questions.
    ['明日の天気', NO_ANSWER],
    ['災害の訓練', '別表3(1)エ'],
  ])('reads %s as %s', (question, label) => {
    const model = trainExampleClassifier(withFeatures(rows), tableFeatures, EVERY_FEATURE);
    expect(scoreFeatures(model, listExampleFeatures(question, tokenizer, new Set()))[0]?.[0]).toBe(label);
  });

  it('gives no weights to a feature fewer examples than minExamples hold', () => {
    const model = trainExampleClassifier(withFeatures(rows), tableFeatures, { minExamples: 2 });
    // 連絡 is in three examples, 負担 in two, 天気 in one.
    expect(model.rows.has('連絡')).toBe(true);
    expect(model.rows.has('負担')).toBe(true);
    expect(model.rows.has('天気')).toBe(false);
    expect(trainExampleClassifier(withFeatures(rows), tableFeatures, { minExamples: 3 }).rows.has('負担')).toBe(false);
  });

  it('learns from pairs of words what content words cannot tell apart', () => {
    // The same content words; only the ending says whether the text answers.
    const asked: [string, string[]][] = [
      ['連絡会議は誰が開く', ['第5条']],
      ['連絡会議は甲が開くの', ['第5条']],
      ['会議は乙が開くの', ['第5条']],
      ['連絡会議を開かなかったら', []],
      ['会議を開かなかったら', []],
      ['連絡会議を開かなかった場合', []],
    ];
    const model = trainExampleClassifier(withFeatures(asked), tableFeatures, EVERY_FEATURE);
    const top = (question: string): string | undefined => scoreFeatures(model, listExampleFeatures(question, tokenizer, new Set()))[0]?.[0];
    expect(top('会議を開かなかったらどうなる')).toBe(NO_ANSWER);
    expect(top('会議は誰が開く')).toBe('第5条');
  });

  it('says nothing of a question with no word it was trained on (its bias is no answer)', () => {
    const model = trainExampleClassifier(withFeatures(rows), tableFeatures, EVERY_FEATURE);
    expect(scoreFeatures(model, ['宇宙', '§宇宙'])).toEqual([]);
  });

  it('gives probabilities that add up to one', () => {
    const model = trainExampleClassifier(withFeatures(rows), tableFeatures, EVERY_FEATURE);
    const scored = scoreFeatures(model, ['費用', '会議']);
    expect(scored.reduce((sum, [, p]) => sum + p, 0)).toBeCloseTo(1);
    expect(scored.map(([label]) => label).sort()).toEqual([...model.classes].sort());
  });

  it('scores alike before and after a round trip through its table', () => {
    const model = trainExampleClassifier(withFeatures(rows), tableFeatures, EVERY_FEATURE);
    const parsed = parseClassifierWeights('w.tsv', formatClassifierWeights(model, ['a note']), REFS);
    for (const question of ['費用の負担', '連絡会議', '天気', '災害']) {
      const features = listExampleFeatures(question, tokenizer, new Set());
      expect(scoreFeatures(parsed, features)).toEqual(scoreFeatures(model, features));
    }
    expect(parsed.trainedOn).toBe(model.trainedOn);
  });
});

describe('parseClassifierWeights', () => {
  /** The four lines before the features. */
  const HEAD = 'classes\t∅ 第4条\nbias\t0 0\nexamples\t3 0123456789abcdef\nstep\t0.05\n';
  const messageOf = (source: string): string => readCorpusError(() => parseClassifierWeights('corpus/derived/example-weights.tsv', source, REFS));

  it.each([
    // The classes line lost (an edit cut the top of the file).
    ['bias\t0 0\n', 'line 1: classes: the first line must list the classes'],
    // A class no agreement has.
    ['classes\t∅ 第7条\nbias\t0 0\n', 'line 1: classes: unknown ref "第7条"'],
    // A class twice (review, session 21): which weights are its?
    ['classes\t∅ 第4条 第4条\nbias\t0 0 0\n', 'line 1: classes: "第4条" is listed twice'],
    // A bias per class, no fewer.
    ['classes\t∅ 第4条\nbias\t0\n', 'line 2: bias: expected 2 weights, found 1'],
    ['classes\t∅ 第4条\nbias\t0 x\n', 'line 2: bias: not a number: "x"'],
    // What it was trained on, lost or garbled: nothing to check the example table against.
    ['classes\t∅ 第4条\nbias\t0 0\n費用\t1:1\n', 'line 3: examples: the third line must describe the examples trained on'],
    ['classes\t∅ 第4条\nbias\t0 0\nexamples\t3\n', 'line 3: examples: the third line must describe the examples trained on'],
    // What a byte weighs, lost or not a positive number.
    ['classes\t∅ 第4条\nbias\t0 0\nexamples\t3 0123456789abcdef\n費用\tAAE=\n', 'line 4: step: the fourth line must give what a byte weighs'],
    ['classes\t∅ 第4条\nbias\t0 0\nexamples\t3 0123456789abcdef\nstep\t-1\n', 'line 4: step: the fourth line must give what a byte weighs'],
    // A row of the wrong length: a class more or less than listed.
    [`${HEAD}費用\tAAEC\n`, 'line 5: weights: expected 2 bytes in base64, found "AAEC"'],
    // Not base64 (Buffer would skip the stray characters silently).
    [`${HEAD}費用\tA!E=\n`, 'line 5: weights: expected 2 bytes in base64, found "A!E="'],
    // A feature twice: which weights hold?
    [`${HEAD}費用\tAAE=\n費用\tAAI=\n`, 'line 6: feature: "費用" appears twice'],
    // A row without its tab.
    [`${HEAD}費用 AAE=\n`, 'line 5: line: expected "feature<TAB>weights"'],
    // Nothing but comments.
    ['# only a note\n', 'classes: missing'],
    ['classes\t∅ 第4条\nbias\t0 0\n', 'examples: missing'],
    ['classes\t∅ 第4条\nbias\t0 0\nexamples\t3 0123456789abcdef\n', 'step: missing'],
  ])('rejects %j in one line naming the file, line and field', (source, message) => {
    const text = messageOf(source);
    expect(text).toContain('corpus/derived/example-weights.tsv: ');
    expect(text).toContain(message);
  });
});

describe('the vote with a classifier', () => {
  const rows: [string, string[]][] = [
    ['費用の分担はどう決める', ['第4条']],
    ['経費は誰が負担する', ['第4条']],
    ['連絡会議はいつ開く', ['第5条']],
    ['市長の名前は', []],
  ];

  it('averages the classifier into the nearest examples’ shares', () => {
    const examples = withFeatures(rows);
    const classifier = trainExampleClassifier(examples, tableFeatures, EVERY_FEATURE);
    const question = '費用の負担は';
    const alone = createExampleBank(examples, tokenizer).vote(question);
    const scored = scoreFeatures(classifier, listExampleFeatures(question, tokenizer, new Set()));
    const both = createExampleBank(examples, tokenizer, { classifier, classifierShare: 0.5 }).vote(question);
    const share = (shares: readonly (readonly [string, number])[], ref: string): number => shares.find(([r]) => r === ref)?.[1] ?? 0;
    for (const ref of ['第4条', '第5条', NO_ANSWER]) expect(share(both.shares, ref)).toBeCloseTo(0.5 * share(alone.shares, ref) + 0.5 * share(scored, ref));
    // The neighbours shown to a curator are the nearest examples still.
    expect(both.neighbours).toEqual(alone.neighbours);
    // All of the vote to the classifier: its probabilities.
    expect(createExampleBank(examples, tokenizer, { classifier, classifierShare: 1 }).vote(question).shares).toEqual(scored);
  });
});
