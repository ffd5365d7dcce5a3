/**
 * The example bank (`corpus/derived/examples.tsv`): questions staff-like writers asked, each with
 * the passages a careful reader accepts as its answer, or none (the agreements do not answer it).
 * A new question is compared with them word by word (BM25 over kuromoji's content words and kanji
 * pairs); its nearest examples vote for their passages. The vote is one more witness beside
 * the engine's own reading (see example-fusion.ts): it knows how people phrase a question, where
 * the engine knows what the text says.
 */
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import { CodedError, ErrorCode } from '../errors.ts';
import { copyString } from '../text/copy-string.ts';
import { normalizeQuestion } from '../text/normalize.ts';
import { scoreFeatures, type ClassifierModel } from './example-classifier.ts';

/** One example: a question, the refs that answer it (none: the agreements do not), where it came from. */
export interface Example {
  readonly question: string;
  /** 第4条, 別表3(1)エ …; empty when the agreements do not answer the question. */
  readonly refs: readonly string[];
  /** The question file it was taken from (development-12): evaluation leaves a file's own examples out. */
  readonly source: string;
  /**
   * The words and kanji pairs it is compared by, as {@link listExampleFeatures} reads them; the
   * derived table carries them so that start-up need not tokenize thousands of questions.
   * Absent: read when the bank is built. One string, spaces between, not an array: thousands of
   * small strings would cost the running bot megabytes for no use once the index is built.
   */
  readonly features?: string;
}

/** The vote's name for "the agreements do not answer this". No ref is spelt so. */
export const NO_ANSWER = '∅';

/** How the nearest examples voted: each ref's share of the vote (NO_ANSWER among them), best first. */
export interface ExampleVote {
  readonly shares: readonly (readonly [ref: string, share: number])[];
  /** The examples that voted, nearest first: what a curator reads to see why. */
  readonly neighbours: readonly { readonly example: Example; readonly score: number }[];
}

/** Options of {@link createExampleBank}. */
export interface ExampleBankOptions {
  /**
   * Words that say nothing of what is asked (the members' names: 萩市 asks as 防府市 does).
   * @example new Set(['萩市', '萩'])
   */
  readonly ignoredWords?: ReadonlySet<string>;
  /**
   * How many of the nearest examples vote (fewer than 1: none does, and every vote is empty).
   * @defaultValue 8
   */
  readonly neighbours?: number;
  /**
   * A feature held by more than this share of the examples is not compared, as a search engine
   * drops its stop words: 協約 is in a third of them, so it cost most of a vote's time (160 µs a
   * question with 11,000 examples; about 70 µs without the five features above a tenth) while it
   * decided almost nothing (development: core 94.3 → 94.2, the rest unchanged). Only a feature of
   * at least 100 examples is common. 1: every feature is compared.
   * @defaultValue 0.1
   */
  readonly commonShare?: number;
  /**
   * A classifier trained on the same examples (example-classifier.ts): its probabilities are
   * averaged into the vote, where they weigh each word by how reliably it pointed to one answer.
   * @example { classifier: parseClassifierWeights(file, text, refs) }
   */
  readonly classifier?: ClassifierModel;
  /**
   * The classifier's part of the vote, 0 to 1 (the nearest examples have the rest). 0.7 measured
   * best on the development part (0.3, 0.5, 0.7 and 0.85 tried, leave one file out).
   * @defaultValue 0.7
   */
  readonly classifierShare?: number;
}

export interface ExampleBank {
  /** How many examples the bank holds. */
  readonly size: number;
  /**
   * The vote of the examples nearest to a question normalised by `normalizeQuestion` (empty shares
   * when none shares a word).
   */
  vote(question: string): ExampleVote;
  /**
   * Up to `count` of the examples' questions, spread evenly over the bank (every file's shapes):
   * real staff questions for the engine's warm-up (see warm-up.ts).
   * @example bank.sampleQuestions(2); // → ['協約の目的は？', '萩市の役割は？']
   */
  sampleQuestions(count: number): string[];
}

/**
 * Parses the derived table: `#` comment lines, then `question<TAB>refs<TAB>source[<TAB>features]`,
 * refs joined by `;`, `-` for none, features by spaces.
 * @throws CodedError `kyoyaku_corpus_invalid` naming the file, the line and the field
 * @example parseExamples('e.tsv', '費用は誰が出す？\t第4条\tdevelopment\n', new Set(['第4条']))[0]?.refs // → ['第4条']
 */
export function parseExamples(file: string, source: string, knownRefs: ReadonlySet<string>): Example[] {
  const examples: Example[] = [];
  // A table saved with CRLF line ends: a \r left on the source column would keep a file's rows in
  // its own leave-one-out bank (development-12\r is not development-12).
  source.split(/\r?\n/u).forEach((line, index) => {
    if (line === '' || line.startsWith('#')) return;
    const where = `${file}: line ${index + 1}`;
    const [question, refs, from, features, extra] = line.split('\t');
    if (question === undefined || refs === undefined || from === undefined || extra !== undefined) {
      throw new CodedError(ErrorCode.CorpusInvalid, `${where}: expected "question<TAB>refs<TAB>source[<TAB>features]"`);
    }
    if (question.trim() === '') throw new CodedError(ErrorCode.CorpusInvalid, `${where}: question: must not be empty`);
    if (from.trim() === '') throw new CodedError(ErrorCode.CorpusInvalid, `${where}: source: must not be empty`);
    const list = refs === '-' ? [] : refs.split(';');
    const unknown = list.find((ref) => !knownRefs.has(ref));
    if (unknown !== undefined) throw new CodedError(ErrorCode.CorpusInvalid, `${where}: refs: unknown ref "${unknown}"`);
    examples.push({ question, refs: list, source: from, ...(features === undefined ? {} : { features }) });
  });
  return examples;
}

/**
 * The words that name a member, for {@link ExampleBankOptions.ignoredWords}: each name and alias,
 * and the words kuromoji cuts a kanji name into (山陽小野田市 → 山陽, 小野田, 市). Readings and
 * romaji stay whole: cut, they are ordinary words (つわのちょう → ちょう, "mine city" → city).
 *
 * @example
 * listMemberWords(['山陽小野田市', 'mine city'], tokenizer); // → Set { '山陽小野田市', '山陽', '小野田', '市', 'mine city' }
 */
export function listMemberWords(names: readonly string[], tokenizer: Tokenizer<IpadicFeatures>): Set<string> {
  const words = new Set<string>();
  for (const name of names) {
    words.add(name);
    if (!/^\p{Script=Han}+$/u.test(name)) continue;
    for (const token of tokenizer.tokenize(name)) {
      words.add(token.surface_form);
      if (token.basic_form !== '*') words.add(token.basic_form);
    }
  }
  return words;
}

/** Parts of speech that carry what a question is about. */
const CONTENT_POS = new Set(['名詞', '動詞', '形容詞', '副詞']);
/** Nouns that only point or count (それ, こと, 3, さん). */
const HOLLOW_NOUNS = new Set(['非自立', '数', '代名詞', '接尾']);
/** Verbs and nouns every question uses. */
const COMMON_WORDS = new Set(['する', 'ある', 'いる', 'なる', 'れる', 'できる', 'こと', 'もの']);
/** Runs of kanji or katakana: their pairs match a compound however kuromoji cut it (連絡会議, 連絡調整会議). */
const KANJI_RUN = /[\p{Script=Han}\p{Script=Katakana}ー]{2,}/gu;
const LETTER = /\p{L}/u;
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** A content word's dictionary form, or undefined for a word that says nothing of the topic. */
export function readContentWord(token: IpadicFeatures, ignored: ReadonlySet<string>): string | undefined {
  if (!CONTENT_POS.has(token.pos) || HOLLOW_NOUNS.has(token.pos_detail_1)) return undefined;
  const word = token.basic_form === '*' ? token.surface_form : token.basic_form;
  // normalizeText turns ？ into ?, which kuromoji reads as a noun: a word needs a letter.
  return COMMON_WORDS.has(word) || ignored.has(word) || !LETTER.test(word) ? undefined : word;
}

/** What marks a pair of neighbouring words (⟨会議|を), so that it is never read as a word. */
export const WORD_PAIR_MARK = '⟨';
/** A member's name in a pair of words: 萩市は asks as 防府市は does. */
const MEMBER_IN_PAIR = '◇';

/**
 * The words and kanji pairs a question (normalised) is compared by, then each pair of neighbouring
 * words, particles and endings included, in their dictionary forms (開かなかったら → ⟨開く|ない,
 * してもいい → ⟨も|いい): they carry how a question asks, which the content words drop. 連絡会議を開かなかったら？ asks what the text does not say,
 * 連絡会議は誰が開く？ what it does; the classifier learns such endings (development, classifier
 * alone, leave a group of files out: answerable 93.7 → 94.7 %, unanswerable 89.8 → 92.7 %).
 * @example listExampleFeatures('連絡会議の費用', tokenizer, new Set()) // → ['連絡', '会議', '費用', '§連絡', '§絡会', '§会議', '§費用', '⟨連絡|会議', '⟨会議|の', '⟨の|費用']
 */
export function listExampleFeatures(text: string, tokenizer: Tokenizer<IpadicFeatures>, ignored: ReadonlySet<string>): string[] {
  const features: string[] = [];
  const forms: string[] = [];
  for (const token of tokenizer.tokenize(text)) {
    const word = readContentWord(token, ignored);
    if (word !== undefined) features.push(word);
    if (token.pos === '記号' || !JAPANESE.test(token.surface_form)) continue;
    const form = token.basic_form === '*' ? token.surface_form : token.basic_form;
    forms.push(ignored.has(form) || ignored.has(token.surface_form) ? MEMBER_IN_PAIR : form);
  }
  // `§` keeps a pair apart from a one-word feature spelt the same (会議 the word, 会議 the pair).
  // Pairs keep the ignored words (§宇部, §萩市): blanking them measured no better (review, session 20).
  for (const run of text.match(KANJI_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i += 1) features.push(`§${run.slice(i, i + 2)}`);
  }
  for (let i = 0; i + 1 < forms.length; i += 1) features.push(`${WORD_PAIR_MARK}${forms[i]}|${forms[i + 1]}`);
  return features;
}

/**
 * Indexes the examples.
 *
 * @example
 * const bank = createExampleBank(examples, tokenizer, { ignoredWords: new Set(['萩市']) });
 * bank.vote('費用の分担はどう決める？').shares[0]; // → ['第4条', 0.9]
 */
export function createExampleBank(examples: readonly Example[], tokenizer: Tokenizer<IpadicFeatures>, options: ExampleBankOptions = {}): ExampleBank {
  const ignored = options.ignoredWords ?? new Set<string>();
  const neighbours = options.neighbours ?? 8;
  const classifier = options.classifier;
  const classifierShare = classifier ? (options.classifierShare ?? 0.7) : 0;
  const { index, shown } = indexExamples(examples, tokenizer, ignored, options.commonShare ?? 0.1);
  // The engine may read one question twice (a kana reading, then as typed): the vote is the same.
  let last: { question: string; vote: ExampleVote } | undefined;
  return {
    size: shown.length,
    vote(question) {
      if (last?.question === question) return last.vote;
      const vote = countVotes(question);
      last = { question, vote };
      return vote;
    },
    sampleQuestions(count) {
      const step = shown.length / Math.max(1, Math.min(count, shown.length));
      const questions: string[] = [];
      for (let at = 0; Math.floor(at) < shown.length && questions.length < count; at += step) questions.push(shown[Math.floor(at)]?.question ?? '');
      return questions;
    },
  };

  function countVotes(question: string): ExampleVote {
    const votes = new Map<string, number>();
    const voters: { example: Example; score: number }[] = [];
    let total = 0;
    const features = listExampleFeatures(question, tokenizer, ignored);
    for (const { id, score } of index.nearest(features.filter((f) => !f.startsWith(WORD_PAIR_MARK)), neighbours)) {
      const example = shown[id];
      if (!example) continue;
      voters.push({ example, score });
      const refs = example.refs.length === 0 ? [NO_ANSWER] : example.refs;
      // An example answered by two passages gives each half its weight.
      for (const ref of refs) votes.set(ref, (votes.get(ref) ?? 0) + score / refs.length);
      total += score;
    }
    const scored = classifier ? scoreFeatures(classifier, features) : [];
    if (total === 0 && scored.length === 0) return { shares: [], neighbours: [] };
    // Either witness alone when the other has nothing to say.
    const own = total === 0 ? 0 : scored.length === 0 ? 1 : 1 - classifierShare;
    // The classifier's list holds every class, so the merged list grows from it (forEach: no entry
    // arrays for the neighbours' Map).
    const shares: [string, number][] = [];
    for (const entry of scored) shares.push([entry[0], (1 - own) * entry[1]]);
    votes.forEach((score, ref) => {
      const share = (own * score) / total;
      const at = shares.findIndex((s) => s[0] === ref);
      if (at < 0) shares.push([ref, share]);
      else (shares[at] as [string, number])[1] += share;
    });
    return { shares: shares.sort((a, b) => b[1] - a[1]), neighbours: voters };
  }
}

/**
 * The bank's index, and the examples as shown beside a vote. A function of its own, so that no
 * closure of the bank keeps the table's examples: the index holds their features, and the examples
 * shown need not (the feature column is half the table's text, megabytes of heap for nothing).
 */
function indexExamples(examples: readonly Example[], tokenizer: Tokenizer<IpadicFeatures>, ignored: ReadonlySet<string>, commonShare: number): { index: FeatureIndex; shown: readonly Example[] } {
  // Read as the engine reads a question (normalizeQuestion): a space typed between two kanji parts
  // two words (確保 別表 → 確保、別表), so an example gets no kanji pair across it (§保別) that
  // no question, normalised so, could share. Pairs of words are the classifier's alone.
  const featuresOf = (id: number): string[] => {
    const e = examples[id] as Example;
    const all = e.features !== undefined ? e.features.split(' ').filter((f) => f !== '') : listExampleFeatures(normalizeQuestion(e.question), tokenizer, ignored);
    return all.filter((f) => !f.startsWith(WORD_PAIR_MARK));
  };
  const interned = new Map<string, unknown>();
  const intern = <T>(key: string, make: () => T): T => {
    if (!interned.has(key)) interned.set(copyString(key), make());
    return interned.get(key) as T;
  };
  return {
    index: buildFeatureIndex(examples.length, featuresOf, commonShare),
    // Copied: a question cut from the table's text would keep all of that text alive. Refs and
    // sources are shared: a few hundred distinct lists and some fifty files among 17,000 examples.
    shown: examples.map(({ question, refs, source }) => ({ question: copyString(question), refs: intern(refs.join(';'), () => refs), source: intern(source, () => copyString(source)) })),
  };
}

/** Higher score first; between equal scores the earlier example (a stable order). */
function outranks(score: number, id: number, other: { id: number; score: number }): boolean {
  return score > other.score || (score === other.score && id < other.id);
}

/** A feature is common (see {@link ExampleBankOptions.commonShare}) only if this many examples hold it. */
const MIN_COMMON = 100;

/** BM25's parameters, as MiniSearch's defaults. */
const K1 = 1.2;
const B = 0.7;
const D = 0.5;

interface FeatureIndex {
  /** The `count` best-scored examples sharing a feature with the question, best first. */
  nearest(features: readonly string[], count: number): { id: number; score: number }[];
}

/**
 * The examples' features in an inverted index scored as MiniSearch scores (BM25+, times the
 * number of distinct query features matched), keeping only the few best. MiniSearch itself builds
 * a result object for every example sharing any feature (thousands share 協約): 490 µs a question
 * against about 30 here.
 */
function buildFeatureIndex(count: number, featuresOf: (id: number) => readonly string[], commonShare: number): FeatureIndex {
  // Two passes over the examples, so that no list per feature is ever built: a pair of arrays per
  // feature (some 15,000) cost the running bot several megabytes. First how many examples hold
  // each feature, then all postings into two flat arrays, each feature a slice of them.
  const slices = new Map<string, number>();
  const holders: number[] = [];
  const lengths = new Float64Array(count);
  for (let id = 0; id < count; id += 1) {
    const features = featuresOf(id);
    lengths[id] = Math.max(1, features.length);
    for (const f of new Set(features)) {
      const slice = slices.get(f);
      if (slice === undefined) {
        // Copied: a feature cut from the table's text would keep all of that text alive.
        slices.set(copyString(f), holders.length);
        holders.push(1);
      } else holders[slice] = (holders[slice] as number) + 1;
    }
  }
  const averageLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, count);
  // A common feature keeps its place (and its part in each example's length) but no postings.
  // A small bank has no such words: in a few examples every word is a large share of them.
  const common = Uint8Array.from(holders, (n) => (n > count * commonShare && n >= MIN_COMMON ? 1 : 0));
  const starts = new Int32Array(holders.length + 1);
  holders.forEach((n, slice) => {
    starts[slice + 1] = (starts[slice] as number) + (common[slice] === 1 ? 0 : n);
  });
  const idfs = Float64Array.from(holders, (n) => Math.log(1 + (count - n + 0.5) / (n + 0.5)));
  const ids = new Int32Array(starts[holders.length] as number);
  // Each posting's BM25 weight is fixed once the bank is built: computed here, not per question.
  // Single precision: a posting's 8 bytes were a third of the bank's memory (some 400,000 postings),
  // and no development answer moved with half of them.
  const weights = new Float32Array(ids.length);
  const next = starts.slice(0, holders.length);
  for (let id = 0; id < count; id += 1) {
    const tfs = new Map<string, number>();
    for (const f of featuresOf(id)) tfs.set(f, (tfs.get(f) ?? 0) + 1);
    for (const [f, tf] of tfs) {
      const slice = slices.get(f) as number;
      if (common[slice] === 1) continue;
      const at = next[slice] as number;
      next[slice] = at + 1;
      ids[at] = id;
      weights[at] = D + (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * (lengths[id] as number)) / averageLength));
    }
  }
  const twins = findTwinSlices(starts, ids, weights);
  // Per question: each twin group's summed factor and how many of its features were asked.
  const groupFactor = new Float64Array(holders.length);
  const groupAsked = new Uint16Array(holders.length);
  const groups: number[] = [];
  const scores = new Float64Array(count);
  const matched = new Uint16Array(count);
  // The examples a question touched, in a buffer kept between questions: a list grown per question
  // was the engine's largest allocation (a fifth of its garbage, thousands of ids for 協約 alone).
  const touched = new Int32Array(count);
  return {
    nearest(features, count) {
      // The loop below compares with best[count - 1]: there is none to compare with.
      if (!(count >= 1)) return [];
      const asked = new Map<string, number>();
      for (const f of features) asked.set(f, (asked.get(f) ?? 0) + 1);
      groups.length = 0;
      for (const [feature, times] of asked) {
        const slice = slices.get(feature);
        if (slice === undefined) continue;
        const group = twins[slice] as number;
        if (groupAsked[group] === 0) groups.push(group);
        // A feature the question says twice counts twice, as MiniSearch's OR query counts it.
        groupFactor[group] = (groupFactor[group] as number) + times * (idfs[slice] as number);
        groupAsked[group] = (groupAsked[group] as number) + 1;
      }
      let touchedCount = 0;
      for (const group of groups) {
        const factor = groupFactor[group] as number;
        const features = groupAsked[group] as number;
        groupFactor[group] = 0;
        groupAsked[group] = 0;
        const end = starts[group + 1] as number;
        for (let i = starts[group] as number; i < end; i += 1) {
          const id = ids[i] as number;
          if (matched[id] === 0) {
            touched[touchedCount] = id;
            touchedCount += 1;
          }
          matched[id] = (matched[id] as number) + features;
          scores[id] = (scores[id] as number) + factor * (weights[i] as number);
        }
      }
      // The few best kept in order as they come: sorting every touched example cost more than scoring.
      const best: { id: number; score: number }[] = [];
      for (let k = 0; k < touchedCount; k += 1) {
        const id = touched[k] as number;
        const score = (scores[id] as number) * (matched[id] as number);
        scores[id] = 0;
        matched[id] = 0;
        if (best.length === count && !outranks(score, id, best[count - 1] as { id: number; score: number })) continue;
        let at = best.length;
        while (at > 0 && outranks(score, id, best[at - 1] as { id: number; score: number })) at -= 1;
        best.splice(at, 0, { id, score });
        if (best.length > count) best.pop();
      }
      return best;
    },
  };
}

/**
 * For each feature's slice of the postings, the first slice holding the same postings (itself when
 * none does). A two-kanji word and its kanji pair (取組, §取組) are held by the same examples with
 * the same weights: a quarter of a vote's postings were such twins, walked twice. Twins are walked
 * once, with both features' factors summed and both counted as matched.
 */
function findTwinSlices(starts: Int32Array, ids: Int32Array, weights: Float32Array): Int32Array {
  const slices = starts.length - 1;
  const twins = new Int32Array(slices);
  const byHash = new Map<number, number[]>();
  const same = (a: number, b: number): boolean => {
    const length = (starts[a + 1] as number) - (starts[a] as number);
    if (length !== (starts[b + 1] as number) - (starts[b] as number)) return false;
    for (let k = 0; k < length; k += 1) {
      const i = (starts[a] as number) + k;
      const j = (starts[b] as number) + k;
      if (ids[i] !== ids[j] || weights[i] !== weights[j]) return false;
    }
    return true;
  };
  for (let slice = 0; slice < slices; slice += 1) {
    twins[slice] = slice;
    const start = starts[slice] as number;
    const end = starts[slice + 1] as number;
    // A common feature has no postings: nothing to walk, nothing to share.
    if (end === start) continue;
    let hash = end - start;
    for (let i = start; i < end; i += 1) hash = (Math.imul(hash, 31) + (ids[i] as number)) | 0;
    const seen = byHash.get(hash);
    const twin = seen?.find((other) => same(other, slice));
    if (twin !== undefined) twins[slice] = twin;
    else if (seen) seen.push(slice);
    else byHash.set(hash, [slice]);
  }
  return twins;
}

