/**
 * A linear classifier over the example bank's features (multinomial logistic regression): from a
 * question's words and kanji pairs, how likely each passage answers it, or none does (NO_ANSWER).
 * The nearest examples vote by likeness of whole questions; this weighs every word by how reliably
 * it pointed to one answer across all examples. On the development part (leave one file out) it
 * names the right passage or "not answered" for 91.7 % of the examples against the vote's 89.4 %,
 * and 88.6 % against 79.5 % of the unanswerable ones; the two averaged, 92.5 %.
 *
 * Trained offline (scripts/derive-examples.ts writes `corpus/derived/example-weights.tsv`), so
 * start-up reads weights and trains nothing. Training is deterministic: the same examples give the
 * same weights, which is how the test knows the shipped table is up to date.
 */
import { createHash } from 'node:crypto';
import { CodedError, ErrorCode } from '../errors.ts';
import { copyString } from '../text/copy-string.ts';
import { NO_ANSWER, type Example } from './example-bank.ts';

/**
 * The trained weights: one row of signed bytes per feature, a byte per class, each weight `step`
 * times its byte. Bytes lose nothing measurable (development, leave a group of files out: the same
 * answers to 0.05 %) and take a quarter of the room of 32-bit weights.
 */
export interface ClassifierModel {
  /**
   * The examples it was trained on, as {@link describeTrainingSet} gives them: the loader checks
   * the example table beside it is still that one (a hand edit of examples.tsv, one file of the two
   * regenerated), so the two cannot silently disagree.
   */
  readonly trainedOn: string;
  /** The labels, NO_ANSWER among them. */
  readonly classes: readonly string[];
  readonly bias: Float32Array;
  /** What one unit of a stored byte weighs. */
  readonly step: number;
  /** Each feature's row: its weights are `weights[row × classes.length + class]`. */
  readonly rows: ReadonlyMap<string, number>;
  readonly weights: Int8Array;
}

/** Class ids are bytes. */
const MAX_CLASSES = 255;

/** Options of {@link trainExampleClassifier}. The defaults were measured on the development part. */
export interface TrainOptions {
  /** Passes over the examples. @defaultValue 15 */
  readonly epochs?: number;
  /** Step size of AdaGrad. @defaultValue 0.5 */
  readonly learningRate?: number;
  /** L2 penalty per step. @defaultValue 1e-4 */
  readonly l2?: number;
  /**
   * A feature held by fewer examples gets no weights: one or two examples teach a pair of words
   * nothing general, and a third of the features are so rare (development, leave a group of files
   * out: the same answers at a third less room).
   * @defaultValue 3
   */
  readonly minExamples?: number;
}

/** Each example's features, as the classifier is trained on them. */
type FeaturesOf = (example: Example) => readonly string[];

/** An example's features as the derived table carries them (spaces between; none when the column is absent). */
export function tableFeatures(example: Example): string[] {
  return (example.features ?? '').split(' ').filter((f) => f !== '');
}

/**
 * What a classifier learns from a table, in a few characters: how many examples, and a digest of
 * each one's refs and features in order (the order matters: it is the order training visits them).
 * Questions and source files are left out: training reads neither.
 *
 * @example describeTrainingSet(examples, tableFeatures) // → '6312 3f9a0c…' (16 hex digits)
 */
export function describeTrainingSet(examples: readonly Example[], featuresOf: FeaturesOf): string {
  const hash = createHash('sha256');
  for (const e of examples) hash.update(`${e.refs.join(';')}\t${featuresOf(e).join(' ')}\n`);
  return `${examples.length} ${hash.digest('hex').slice(0, 16)}`;
}

/**
 * Trains on the examples: each example's label is its refs (shared equally) or NO_ANSWER.
 *
 * @example
 * const model = trainExampleClassifier(examples, (e) => (e.features ?? '').split(' '));
 * scoreFeatures(model, ['費用', '負担'])[0]; // → ['第4条', 0.93]
 */
export function trainExampleClassifier(examples: readonly Example[], featuresOf: FeaturesOf, options: TrainOptions = {}): ClassifierModel {
  const epochs = options.epochs ?? 15;
  const rate = options.learningRate ?? 0.5;
  const l2 = options.l2 ?? 1e-4;
  const minExamples = options.minExamples ?? 3;
  const classes = [...new Set([NO_ANSWER, ...examples.flatMap((e) => e.refs)])];
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const held = new Map<string, number>();
  const listed = examples.map((e) => [...new Set(featuresOf(e).filter((f) => f !== ''))]);
  for (const features of listed) for (const f of features) held.set(f, (held.get(f) ?? 0) + 1);
  const featureIndex = new Map<string, number>();
  const inputs = listed.map((features) =>
    Int32Array.from(features.filter((f) => (held.get(f) as number) >= minExamples), (f) => {
      let i = featureIndex.get(f);
      if (i === undefined) {
        i = featureIndex.size;
        featureIndex.set(f, i);
      }
      return i;
    }),
  );
  const targets = examples.map((e) => (e.refs.length === 0 ? [NO_ANSWER] : e.refs).map((r) => classIndex.get(r) as number));
  // Class ids are stored in a Uint8Array: a 256th class would wrap silently.
  if (classes.length > MAX_CLASSES) throw new RangeError(`the classifier holds at most ${MAX_CLASSES} classes, not ${classes.length}`);
  const C = classes.length;
  const weights = new Float32Array(featureIndex.size * C);
  const squared = new Float32Array(weights.length).fill(1e-8);
  const bias = new Float32Array(C);
  const biasSquared = new Float32Array(C).fill(1e-8);
  const order = inputs.map((_, i) => i);
  const p = new Float64Array(C);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    shuffle(order, epoch);
    for (const n of order) {
      const x = inputs[n] as Int32Array;
      const y = targets[n] as number[];
      if (x.length === 0) continue;
      const scale = 1 / Math.sqrt(x.length);
      forward(weights, bias, x, scale, p);
      for (let c = 0; c < C; c += 1) {
        const g = (p[c] as number) - (y.includes(c) ? 1 / y.length : 0);
        biasSquared[c] = (biasSquared[c] as number) + g * g;
        bias[c] = (bias[c] as number) - (rate * g) / Math.sqrt(biasSquared[c] as number);
        for (const f of x) {
          const k = f * C + c;
          const gk = g * scale + l2 * (weights[k] as number);
          squared[k] = (squared[k] as number) + gk * gk;
          weights[k] = (weights[k] as number) - (rate * gk) / Math.sqrt(squared[k] as number);
        }
      }
    }
  }
  // One step for all: the largest weight is 127 of them.
  const largest = weights.reduce((m, w) => Math.max(m, Math.abs(w)), 0);
  const step = largest === 0 ? 1 : roundWeight(largest / 127 + 0.0005);
  const rows = new Map<string, number>();
  for (const [feature, f] of featureIndex) rows.set(feature, f);
  return {
    trainedOn: describeTrainingSet(examples, featuresOf),
    classes,
    bias: Float32Array.from(bias, roundWeight),
    step,
    rows,
    weights: Int8Array.from(weights, (w) => Math.max(-127, Math.min(127, Math.round(w / step)))),
  };
}

/**
 * Each label's probability for a question's features, best first; empty when the model knows none
 * of them (its bias alone would say only how often each label was asked).
 */
export function scoreFeatures(model: ClassifierModel, features: readonly string[]): [label: string, share: number][] {
  // A feature said twice counts once. A list, not a Set: a question has a few dozen features.
  // Scratch arrays of the module's, grown as needed: this runs for every question.
  if (knownRows.length < features.length) knownRows = new Int32Array(features.length * 2);
  let known = 0;
  for (const f of features) {
    const row = model.rows.get(f);
    if (row !== undefined && !holdsRow(knownRows, known, row)) knownRows[known++] = row;
  }
  if (known === 0) return [];
  const C = model.classes.length;
  const scale = model.step / Math.sqrt(known);
  if (logits.length < C) logits = new Float64Array(C);
  logits.set(model.bias);
  for (let k = 0; k < known; k += 1) {
    const row = knownRows[k] as number;
    for (let c = 0, i = row * C; c < C; c += 1, i += 1) logits[c] = (logits[c] as number) + scale * (model.weights[i] as number);
  }
  let max = -Infinity;
  for (let c = 0; c < C; c += 1) if ((logits[c] as number) > max) max = logits[c] as number;
  let sum = 0;
  for (let c = 0; c < C; c += 1) {
    logits[c] = Math.exp((logits[c] as number) - max);
    sum += logits[c] as number;
  }
  const shares: [string, number][] = [];
  for (let c = 0; c < C; c += 1) shares.push([model.classes[c] as string, (logits[c] as number) / sum]);
  return shares.sort((a, b) => b[1] - a[1]);
}

let knownRows = new Int32Array(64);

/** True when the first `count` rows include `row` (a loop: a subarray per feature would be garbage). */
function holdsRow(rows: Int32Array, count: number, row: number): boolean {
  for (let k = 0; k < count; k += 1) if (rows[k] === row) return true;
  return false;
}
let logits = new Float64Array(32);

/**
 * The weights' table: `#` comments, a `classes` line, a `bias` line, an `examples` line (what it
 * was trained on: {@link describeTrainingSet}), a `step` line (what a byte weighs), then one line
 * per feature, `feature<TAB>` and its row of bytes (one per class, in the order of `classes`) in
 * base64.
 */
export function formatClassifierWeights(model: ClassifierModel, header: readonly string[]): string {
  const C = model.classes.length;
  const lines = [
    ...header.map((h) => `# ${h}`),
    `classes\t${model.classes.join(' ')}`,
    `bias\t${[...model.bias].map(formatWeight).join(' ')}`,
    `examples\t${model.trainedOn}`,
    `step\t${formatWeight(model.step)}`,
  ];
  for (const [feature, row] of model.rows) {
    const bytes = model.weights.subarray(row * C, (row + 1) * C);
    lines.push(`${feature}\t${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Parses the weights' table.
 * @throws CodedError `kyoyaku_corpus_invalid` naming the file, the line and the field
 * @example parseClassifierWeights('w.tsv', 'classes\t∅ 第4条\nbias\t0 0\nexamples\t2 00112233445566ff\nstep\t0.05\n費用\tAB4=\n', new Set(['第4条'])).classes // → ['∅', '第4条']
 */
export function parseClassifierWeights(file: string, source: string, knownRefs: ReadonlySet<string>): ClassifierModel {
  let classes: string[] | undefined;
  let bias: Float32Array | undefined;
  let trainedOn: string | undefined;
  let step: number | undefined;
  const lines = source.split(/\r?\n/u);
  const rows = new Map<string, number>();
  let weights = new Int8Array(0);
  lines.forEach((line, index) => {
    if (line === '' || line.startsWith('#')) return;
    const fail = (field: string, why: string): never => {
      throw new CodedError(ErrorCode.CorpusInvalid, `${file}: line ${index + 1}: ${field}: ${why}`);
    };
    const [key, cells, extra] = line.split('\t');
    if (key === undefined || cells === undefined || extra !== undefined) fail('line', 'expected "feature<TAB>weights"');
    const list = (cells as string).split(' ').filter((c) => c !== '');
    if (classes === undefined) {
      if (key !== 'classes') fail('classes', 'the first line must list the classes');
      const unknown = list.find((c) => c !== NO_ANSWER && !knownRefs.has(c));
      if (unknown !== undefined) fail('classes', `unknown ref "${unknown}"`);
      if (list.length === 0 || list.length > MAX_CLASSES) fail('classes', `expected 1 to ${MAX_CLASSES} classes`);
      const twice = list.find((c, i) => list.indexOf(c) !== i);
      if (twice !== undefined) fail('classes', `"${twice}" is listed twice`);
      classes = list;
      // Room for a row per line; cut to the rows read at the end.
      weights = new Int8Array(lines.length * list.length);
      return;
    }
    if (bias === undefined) {
      if (key !== 'bias') fail('bias', 'the second line must give the bias of each class');
      if (list.length !== classes.length) fail('bias', `expected ${classes.length} weights, found ${list.length}`);
      bias = Float32Array.from(list, (w) => readWeight(w, () => fail('bias', `not a number: "${w}"`)));
      return;
    }
    if (trainedOn === undefined) {
      if (key !== 'examples' || !/^\d+ [0-9a-f]{16}$/u.test(list.join(' '))) fail('examples', 'the third line must describe the examples trained on ("examples<TAB>count digest")');
      trainedOn = list.join(' ');
      return;
    }
    if (step === undefined) {
      const value = key === 'step' && list.length === 1 ? Number(list[0]) : Number.NaN;
      if (!(value > 0 && Number.isFinite(value))) fail('step', 'the fourth line must give what a byte weighs ("step<TAB>0.05")');
      step = value;
      return;
    }
    if (rows.has(key as string)) fail('feature', `"${key}" appears twice`);
    const text = cells as string;
    const bytes = Buffer.from(text, 'base64');
    // Buffer skips what is not base64: a row must give back exactly its text.
    if (bytes.length !== classes.length || bytes.toString('base64') !== text) fail('weights', `expected ${classes.length} bytes in base64, found "${text.slice(0, 40)}"`);
    const row = rows.size;
    weights.set(new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length), row * classes.length);
    rows.set(copyString(key as string), row);
  });
  if (classes === undefined || bias === undefined || trainedOn === undefined || step === undefined) {
    const missing = classes === undefined ? 'classes' : bias === undefined ? 'bias' : trainedOn === undefined ? 'examples' : 'step';
    throw new CodedError(ErrorCode.CorpusInvalid, `${file}: ${missing}: missing`);
  }
  return { trainedOn, classes, bias, step, rows, weights: weights.slice(0, rows.size * classes.length) };
}

function forward(weights: Float32Array, bias: Float32Array, x: Int32Array, scale: number, out: Float64Array): void {
  const C = bias.length;
  let max = -Infinity;
  for (let c = 0; c < C; c += 1) {
    let s = bias[c] as number;
    for (const f of x) s += scale * (weights[f * C + c] as number);
    out[c] = s;
    if (s > max) max = s;
  }
  let sum = 0;
  for (let c = 0; c < C; c += 1) {
    out[c] = Math.exp((out[c] as number) - max);
    sum += out[c] as number;
  }
  for (let c = 0; c < C; c += 1) out[c] = (out[c] as number) / sum;
}

/** A fixed shuffle per epoch (no Math.random): training must give the same weights every time. */
function shuffle(order: number[], epoch: number): void {
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = (i * 7919 + epoch * 104729) % (i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
}

/** Three decimals: what the table stores, so a trained model and its parsed table score alike. */
function roundWeight(w: number): number {
  return Math.round(w * 1000) / 1000;
}

function formatWeight(w: number): string {
  return String(roundWeight(w));
}

function readWeight(text: string, fail: () => never): number {
  const w = Number(text);
  return text.trim() !== '' && Number.isFinite(w) ? w : fail();
}
