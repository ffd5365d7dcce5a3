/**
 * The classifier beside the example bank (src/core/search/example-classifier.ts): the shipped
 * weights are what training on the shipped table gives; it learns which words point to which
 * passage; its table survives a round trip and malformed tables stop loading in one line; the
 * bank averages it into the vote.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import { EXAMPLES_FILE, WEIGHTS_FILE, deriveExampleWeights, tableFeatures } from '../scripts/derive-examples.ts';
import { loadEngineFiles } from '../src/core/create-question-answerer.ts';
import { readCorpusError } from './support/corpus-error.ts';
import { NO_ANSWER, createExampleBank, listExampleFeatures, parseExamples, type Example } from '../src/core/search/example-bank.ts';
import { formatClassifierWeights, parseClassifierWeights, scoreFeatures, trainExampleClassifier } from '../src/core/search/example-classifier.ts';
import { buildPassages } from '../src/core/search/passages.ts';
import { loadKuromojiTokenizer } from '../src/core/text/load-kuromoji.ts';

const REFS = new Set(['第4条', '第5条', '別表3(1)エ']);

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
    expect(exampleWeights?.slices.size).toBeGreaterThan(1000);
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
    const model = trainExampleClassifier(withFeatures(rows), tableFeatures);
    expect(scoreFeatures(model, listExampleFeatures(question, tokenizer, new Set()))[0]?.[0]).toBe(label);
  });

  it('says nothing of a question with no word it was trained on (its bias is no answer)', () => {
    const model = trainExampleClassifier(withFeatures(rows), tableFeatures);
    expect(scoreFeatures(model, ['宇宙', '§宇宙'])).toEqual([]);
  });

  it('gives probabilities that add up to one', () => {
    const model = trainExampleClassifier(withFeatures(rows), tableFeatures);
    const scored = scoreFeatures(model, ['費用', '会議']);
    expect(scored.reduce((sum, [, p]) => sum + p, 0)).toBeCloseTo(1);
    expect(scored.map(([label]) => label).sort()).toEqual([...model.classes].sort());
  });

  it('scores alike before and after a round trip through its table', () => {
    const model = trainExampleClassifier(withFeatures(rows), tableFeatures);
    const parsed = parseClassifierWeights('w.tsv', formatClassifierWeights(model, ['a note']), REFS);
    for (const question of ['費用の負担', '連絡会議', '天気', '災害']) {
      const features = listExampleFeatures(question, tokenizer, new Set());
      expect(scoreFeatures(parsed, features)).toEqual(scoreFeatures(model, features));
    }
  });
});

describe('parseClassifierWeights', () => {
  const messageOf = (source: string): string => readCorpusError(() => parseClassifierWeights('corpus/derived/example-weights.tsv', source, REFS));

  it.each([
    // The classes line lost (an edit cut the top of the file).
    ['bias\t0 0\n', 'line 1: classes: the first line must list the classes'],
    // A class no agreement has.
    ['classes\t∅ 第7条\nbias\t0 0\n', 'line 1: classes: unknown ref "第7条"'],
    // A bias per class, no fewer.
    ['classes\t∅ 第4条\nbias\t0\n', 'line 2: bias: expected 2 weights, found 1'],
    ['classes\t∅ 第4条\nbias\t0 x\n', 'line 2: bias: not a number: "x"'],
    // A weight for a class that is not listed.
    ['classes\t∅ 第4条\nbias\t0 0\n費用\t2:1.5\n', 'line 3: weight: expected "class:weight" with a class below 2, found "2:1.5"'],
    ['classes\t∅ 第4条\nbias\t0 0\n費用\t1:abc\n', 'line 3: weight: not a number: "1:abc"'],
    // A feature twice: which weights hold?
    ['classes\t∅ 第4条\nbias\t0 0\n費用\t1:1\n費用\t1:2\n', 'line 4: feature: "費用" appears twice'],
    // A row without its tab.
    ['classes\t∅ 第4条\nbias\t0 0\n費用 1:1\n', 'line 3: line: expected "feature<TAB>class:weight …"'],
    // Nothing but comments.
    ['# only a note\n', 'classes: missing'],
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
    const classifier = trainExampleClassifier(examples, tableFeatures);
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
