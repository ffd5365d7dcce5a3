/**
 * Small pure predicates over the tokens of a question: where its question proper starts, what it
 * excludes, and which nouns only say how (一言で), for whom (答弁用に), by example (駅周辺みたいな),
 * or name another thing (会議室). query.ts weighs concepts with them; each is tested as a table.
 */
import type { PositionedToken } from '../text/analyzer.ts';
import { INTENT_TERMS } from './intent.ts';

/** A stretch of the normalised question: [start, end). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Words asking where a matter stands (どれ？ どこ？), which leave the matter to the clause before. */
const PLACING_WORDS: ReadonlySet<string> = new Set(['どれ', 'どこ', 'どの', 'どっち', 'どちら']);
/** Words referring back to something said before the question (それって何条？). */
const REFERRING_WORDS: ReadonlySet<string> = new Set(['それ', 'これ', 'その', 'この', 'あれ']);

/** Conjunctive particles that close a clause of circumstances: 確認したいんですが、 / 急ぎなので、. */
const CONTEXT_PARTICLES = new Set(['が', 'けど', 'けれど', 'けれども', 'ので']);

/**
 * Where the question proper starts. Japanese puts the question last; a clause ending in が、/けど、
 * /ので、 before it sets the scene (来週の議会答弁の準備で確認したいんですが、), and its words say
 * why one asks, not what: they count less.
 */
export function contextEnd(tokens: readonly PositionedToken[]): number {
  let end = 0;
  tokens.forEach((t, i) => {
    if (t.pos === '助詞' && t.posDetail === '接続助詞' && CONTEXT_PARTICLES.has(t.surface) && tokens[i + 1]?.surface === '、') end = t.end;
  });
  // …を増やしたいんだけど、どれ？: when the rest names nothing and only asks where or which, the
  // clause is the question (not …けど、それって何条？, which refers back, nor …けど、どう答えれば？).
  const rest = tokens.filter((t) => t.start >= end);
  const namesSomething = rest.some((t) => t.pos === '名詞' && t.posDetail !== '代名詞' && t.term !== undefined && !INTENT_TERMS.has(t.term));
  const asksWhich = rest.some((t) => PLACING_WORDS.has(t.base)) && !rest.some((t) => REFERRING_WORDS.has(t.surface));
  return namesSomething || !asksWhich ? end : 0;
}

/** Marks that end a sentence of a question as typed (normalised: ？ is ?). */
const SENTENCE_ENDS = new Set(['?', '。', '!']);

/**
 * The sentences that ask (a ？, a question word, a closing か), when a question holds several: 協約の目的、一言で言うと？企画会議
 * で説明しないといけなくて. The others say who asks or why (萩市の職員です。), so their words count
 * less, as in a context clause. Empty for a single sentence.
 */
export function askingSentences(tokens: readonly PositionedToken[]): Span[] {
  const sentences: { span: Span; asks: boolean }[] = [];
  let start = tokens[0]?.start ?? 0;
  let asks = false;
  tokens.forEach((t, i) => {
    // ？, a question word, or か closing the sentence (…なんでしょうか。) asks.
    if (t.surface === '?' || QUESTION_WORDS.has(t.base) || (t.surface === 'か' && t.posDetail.includes('終助詞') && SENTENCE_ENDS.has(tokens[i + 1]?.surface ?? '。'))) asks = true;
    // 観光の件で質問です。/ 医療について。: a sentence that sets the topic belongs to the question.
    if (t.surface === '件' || t.surface === 'について' || t.base === '関する') asks = true;
    // A run of marks (？！, 。。) closes one sentence.
    const ends = SENTENCE_ENDS.has(t.surface) && !SENTENCE_ENDS.has(tokens[i + 1]?.surface ?? '');
    if (!ends && i < tokens.length - 1) return;
    if (t.end > start) sentences.push({ span: { start, end: t.end }, asks });
    start = t.end;
    asks = false;
  });
  return sentences.length >= 2 ? sentences.filter((s) => s.asks).map((s) => s.span) : [];
}

/** Marks that close a clause inside a sentence: 研修、講師は誰？ */
const CLAUSE_BREAKS = new Set(['、', ',']);

/**
 * The clause that asks, when it stands apart from what the question describes: the last sentence
 * that asks, from its last comma on (研修を合同でやる場合、講師はどこの大学の先生？ → 講師はどこの大学の
 * 先生？), or the whole of that sentence when an earlier one set the matter (多言語案内板、何語？韓国語は
 * 入る？ → 韓国語は入る？). Undefined for a question of one clause, which asks and describes at once.
 */
export function askingClause(tokens: readonly PositionedToken[]): Span | undefined {
  const asking = askingSentences(tokens);
  const sentence = asking.at(-1) ?? (tokens.length > 0 ? { start: tokens[0]?.start ?? 0, end: tokens.at(-1)?.end ?? 0 } : undefined);
  if (!sentence) return undefined;
  const inside = tokens.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
  const cut = inside.findLastIndex((t, i) => CLAUSE_BREAKS.has(t.surface) && i < inside.length - 1);
  const start = cut >= 0 ? (inside[cut]?.end ?? sentence.start) : sentence.start;
  // Nothing set apart: one clause, the whole question (asking sentences exist only among several).
  if (cut < 0 && asking.length === 0) return undefined;
  // A clause that does not ask (…、周りの市町と一緒にやりたい) describes the matter further.
  // It must ask something of its own: a question word (not 誰でも, どこでも), or a yes/no question
  // (…は無料になる？ 予約制ですか). …という運動は？ only names the matter again.
  const clause = inside.filter((t) => t.start >= start);
  return asksWordIn(clause) || asksYesNo(clause) ? { start, end: sentence.end } : undefined;
}

/** A question word that asks (not 誰でも, どこでも). */
function asksWordIn(clause: readonly PositionedToken[]): boolean {
  return clause.some((t, i) => ASKING_WORDS.has(t.base) && !['でも', 'も'].includes(clause[i + 1]?.surface ?? ''));
}

/** The parts of speech that end a predicate: a clause ending in one says something of its own. */
const PREDICATE_POS: ReadonlySet<string> = new Set(['動詞', '助動詞', '形容詞']);

/**
 * True for a yes/no question: marked by ？ or a closing か, ending in a predicate (割引ある？ 予約制ですか)
 * or in a noun said of a topic marked は (服装は自由？ 雨天の場合は中止？).
 */
export function asksYesNo(clause: readonly PositionedToken[]): boolean {
  const last = clause.filter((t) => !SENTENCE_ENDS.has(t.surface) && t.pos !== '記号').at(-1);
  const marked = clause.some((t) => t.surface === '?') || last?.surface === 'か';
  const saysOfTopic = last?.pos === '名詞' && clause.some((t) => t.end <= last.start && t.pos === '助詞' && (t.surface === 'は' || t.surface === 'って'));
  // 自衛隊も来るの？ 予約いるの？: the の closing a predicate asks as its verb does (kuromoji tags it 連体化).
  const before = last ? clause[clause.indexOf(last) - 1] : undefined;
  const explains = last?.surface === 'の' && before !== undefined && PREDICATE_POS.has(before.pos);
  return marked && last !== undefined && (last.surface === 'か' || PREDICATE_POS.has(last.pos) || (last.pos === '助詞' && last.posDetail.includes('終助詞')) || saysOfTopic || explains);
}

/** True for a question of one clause that asks yes or no, with no question word: 乗合タクシーの割引ある？ */
export function asksOnlyYesNo(tokens: readonly PositionedToken[]): boolean {
  return !asksWordIn(tokens) && asksYesNo(tokens);
}

/**
 * Spans the question excludes: the nouns listed before 以外 / を除いて (医療とか防災以外で…). They
 * are what the asker does not want, so they are neither searched nor counted.
 */
export function negatedSpans(tokens: readonly PositionedToken[]): Span[] {
  const spans: Span[] = [];
  tokens.forEach((t, i) => {
    const negates = t.base === '以外' || (t.base === '除く' && tokens[i - 1]?.surface === 'を');
    if (!negates) return;
    let first = t.base === '以外' ? i - 1 : i - 2;
    // Walk back over the listed nouns and the particles joining them (とか, や, と).
    while (first >= 0 && (tokens[first]?.pos === '名詞' || tokens[first]?.posDetail === '並立助詞')) first -= 1;
    const from = tokens[first + 1];
    if (from && from.start < t.start) spans.push({ start: from.start, end: t.start });
  });
  return spans;
}

/**
 * The index of the last noun of the compound token `i` stands in (駅 周辺 → 周辺). A pronoun
 * (どこ) ends it, and so does any noun of the kinds in `stopAt` (非自立: みたい).
 */
function compoundEnd(tokens: readonly PositionedToken[], i: number, stopAt: readonly string[] = []): number {
  let j = i;
  for (let next = tokens[j + 1]; next?.pos === '名詞' && next.posDetail !== '代名詞' && !stopAt.includes(next.posDetail); next = tokens[j + 1]) j += 1;
  return j;
}

/** The index of the first noun of the compound token `i` stands in. */
function compoundStart(tokens: readonly PositionedToken[], i: number): number {
  let j = i;
  while (tokens[j - 1]?.pos === '名詞' && tokens[j - 1]?.posDetail !== '代名詞') j -= 1;
  return j;
}

/** Particles that join the items of a list (観光とか移住とか, 医療や福祉). */
const LISTING = new Set(['とか', 'や', 'と', '、']);

/** True when two spans share a character. */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * True when the noun's compound is followed by the case particle で or に and then by more of the
 * sentence (一言で言うと, 答弁用に短く): an adverbial, not the topic. では and には mark a topic.
 */
export function isManner(tokens: readonly PositionedToken[], i: number): boolean {
  const j = compoundEnd(tokens, i);
  const particle = tokens[j + 1];
  const after = tokens[j + 2];
  if (particle?.pos !== '助詞' || particle.posDetail !== '格助詞' || (particle.surface !== 'で' && particle.surface !== 'に')) return false;
  return !endsQuestion(after) && after?.surface !== 'は' && after?.surface !== 'も' && !QUESTION_WORDS.has(after?.base ?? '');
}

/** Verbs and nouns of being asked (聞かれた, 問われた, 照会があった): who or where did the asking. */
const ASKING_VERBS: ReadonlySet<string> = new Set(['聞く', '訊く', '問う', '尋ねる', '言う', '頼む', '突っ込む', '指摘', '照会', '質問', '相談', '問い合わせ']);

/**
 * True when the noun names who or where the asker was asked (議員さんから…聞かれました, 課長に聞かれて,
 * 議会で目的を問われた場合に): the scene of the question, not its topic. から marks the one asking;
 * に and で need the asking verb in the passive (聞かれ, 問われ).
 */
export function isAsker(tokens: readonly PositionedToken[], i: number): boolean {
  const j = compoundEnd(tokens, i);
  const particle = tokens[j + 1];
  if (particle?.pos !== '助詞' || !['から', 'より', 'に', 'で'].includes(particle.surface)) return false;
  const passive = particle.surface === 'に' || particle.surface === 'で';
  for (let k = j + 2; k < tokens.length && k <= j + 12; k += 1) {
    const t = tokens[k];
    if (!t || t.surface === '。' || endsQuestion(t)) return false;
    if (!ASKING_VERBS.has(t.base)) continue;
    if (!passive) return true;
    const next = tokens[k + 1];
    return next !== undefined && (next.base === 'れる' || next.base === 'られる');
  }
  return false;
}

/** True when the noun's compound is followed by みたいな / のような / などの: an example, not the thing. */
export function isExample(tokens: readonly PositionedToken[], i: number): boolean {
  // みたい is itself a noun (非自立): the compound stops before it.
  const j = compoundEnd(tokens, i, ['非自立']);
  const next = tokens[j + 1];
  const after = tokens[j + 2];
  if (next?.surface === 'みたい' || next?.surface === 'など') return true;
  // 商工会議所とかの経済団体; but 観光とか移住とかの取組 lists two topics.
  if (next?.surface === 'とか' && after?.surface === 'の') return !LISTING.has(tokens[compoundStart(tokens, i) - 1]?.surface ?? '');
  return next?.surface === 'の' && (after?.surface === 'よう' || after?.base === 'ような');
}

/** True when the noun's compound ends in 用 or 向け (答弁用, 子ども向け) followed by に or の. */
export function isForUse(tokens: readonly PositionedToken[], i: number): boolean {
  const j = compoundEnd(tokens, i);
  const last = tokens[j];
  const next = tokens[j + 1];
  return i >= 0 && (last?.surface === '用' || last?.surface === '向け') && next?.pos === '助詞' && (next.surface === 'に' || next.surface === 'の');
}

/** One kanji standing as a token of its own (廃 and 址 of a mistyped 廃止). */
export function isLoneKanji(token: PositionedToken | undefined): boolean {
  // Not a numeral or a counter's number (何通, 何年): those are asked, not mistyped.
  return token !== undefined && /^\p{Script=Han}$/u.test(token.surface) && token.posDetail !== '数';
}

/** Words that ask a clause's own question (講師はどこの大学？ 何語？ どうやって選ぶ？). */
const ASKING_WORDS = new Set(['誰', 'だれ', '何', 'なに', 'なん', 'どこ', 'どれ', 'いつ', 'どなた', 'どう', 'どんな', 'どの', 'いくら', 'どちら', 'どっち']);

/** Question words that, right after a noun, make it the thing asked. */
const QUESTION_WORDS = new Set(['誰', 'だれ', '何', 'なに', 'どこ', 'どれ', 'いつ', 'どなた']);

/** True when the noun is what the question asks for: followed by って/は and a question word, or by nothing. */
export function isFocus(tokens: readonly PositionedToken[], i: number): boolean {
  let j = i + 1;
  while (tokens[j]?.pos === '助詞') j += 1;
  const next = tokens[j];
  // The question mark (a noun to kuromoji) is not counted here: メンバーは？ after a topic asks who
  // takes part in it, which the passage about the topic answers.
  return next === undefined || QUESTION_WORDS.has(next.base) || next.pos === '記号';
}

/** True at the end of the question: no token, a symbol, or ? and ! (which kuromoji calls nouns). */
function endsQuestion(token: PositionedToken | undefined): boolean {
  return token === undefined || token.pos === '記号' || /^[?!。]+$/u.test(token.surface);
}

/**
 * True for a suffix that turns the noun before it into another thing the agreements never name:
 * 住民票 is not 住民, 会議室 not 会議, 避難所 not 避難. Such a suffix is the thing asked about, so it
 * weighs as an unknown word. Grammatical suffixes (化, 的, 市) and compounds the agreements print
 * (協約書, 交通網) are not.
 */
export function namesOtherThing(tokens: readonly PositionedToken[], i: number, ctx: { readonly inText: (surface: string) => boolean; readonly glossary: { has(word: string): boolean } }): boolean {
  const suffix = tokens[i];
  const noun = tokens[i - 1];
  if (!suffix || !noun || suffix.posDetail !== '接尾' || suffix.posDetail2 !== '一般') return false;
  // The noun must be a word of its own (not 市 of 宇部市版, itself a suffix) that says something.
  if (noun.pos !== '名詞' || noun.posDetail === '接尾' || noun.term === undefined || INTENT_TERMS.has(noun.term)) return false;
  // Followed by another noun, the compound only qualifies it (デマンド型 乗合タクシー, 市町間 連携).
  const next = tokens[i + 1];
  if (next?.pos === '名詞' && next.posDetail !== '接尾') return false;
  const compound = `${noun.surface}${suffix.surface}`;
  return !ctx.inText(compound) && !ctx.glossary.has(compound);
}

/** The text with the spans replaced by spaces (offsets kept). */
export function blankSpans(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const s of spans) out = `${out.slice(0, s.start)}${' '.repeat(s.end - s.start)}${out.slice(s.end)}`;
  return out;
}
