/**
 * Questions typed without kanji: kana only (きょうやくのもくてきってなに, ｷｮｳﾔｸｦﾔﾒﾙﾄｷﾊ from a phone
 * keyboard set to half-width) or romaji (kyouyaku no haishi). kuromoji reads neither well, so such a
 * question is first rewritten with the corpus's own words, spelled from their readings
 * (きょうやく → 協約), and then read like any other. The rewrite is the engine's reading only: the
 * asker's text is what answers quote back.
 */
import { toHiragana as romajiToHiragana } from 'wanakana';
import type { ReadingLexicon, Term } from './analyzer.ts';
import { isKanaOnly } from './token-filters.ts';
import { normalizeText, toHiragana, toKatakana } from './normalize.ts';

/**
 * wanakana's romaji to hiragana, remembered: one romaji question spells its words several ways
 * (syllabic n, long vowels), each read whole, word by word and prefix by prefix, and wanakana parses
 * every call afresh. Romaji and English questions were the slowest 1 % of the set, a tenth of their
 * time in wanakana. The memo is emptied when full, so it stays small.
 */
const romajiMemo = new Map<string, string>();
const ROMAJI_MEMO_SIZE = 4096;

function readRomajiAsKana(text: string): string {
  const known = romajiMemo.get(text);
  if (known !== undefined) return known;
  const kana = romajiToHiragana(text, { passRomaji: false });
  if (romajiMemo.size >= ROMAJI_MEMO_SIZE) romajiMemo.clear();
  romajiMemo.set(text, kana);
  return kana;
}

/**
 * Question words of a figure or a time (ねんに なんかい, なんじ から): read as kana, which the fact
 * patterns read, even where a corpus or project word has the same reading (南海 of 南海トラフ).
 */
const ASKING_READINGS: readonly string[] = ['ナンカイ', 'ナンジ', 'ナンニン', 'ナンネン', 'ナンガツ', 'ナンニチ'];
const ASKING = new Set(ASKING_READINGS);

/**
 * Grammar between the words of a kana question (particles, auxiliaries, question words), in
 * katakana. They count as read when judging whether a kana text spells words, so that
 * きょうやくのもくてきってなに is read as 協約 の 目的 って なに, not as half unknown.
 */
const GRAMMAR_READINGS: readonly string[] = [
  'ハ', 'ワ', 'ガ', 'ヲ', 'オ', 'ニ', 'デ', 'ト', 'モ', 'ヤ', 'カ', 'ネ', 'ヨ', 'ナ', 'ノ', 'ヘ', 'エ', 'テ', 'ッテ', 'ダ', 'ッテナニ',
  'ナニ', 'ナン', 'ドウ', 'ドコ', 'ダレ', 'イツ', 'ドレ', 'ドノ', 'ドンナ', 'ナゼ',
  ...ASKING_READINGS,
  'スル', 'シテ', 'シタ', 'シマス', 'シタイ', 'ナル', 'ナッテ', 'アル', 'アリマス', 'イル', 'イマス', 'デス', 'マス', 'ヤル', 'ヤッテ', 'ナイ', 'タイ', 'ノ？',
  // 入る in its forms (圏域にはいってる), read as kana, not as 杯 + って.
  'ハイル', 'ハイッテ', 'ハイッテル', 'ハイッタ', 'ハイレル', 'ハイラナイ',
  // もう, まだ, すでに: whether a thing is done yet (もう うごいてる？), not 網 or 魔 + 打.
  'モウ', 'マダ', 'スデニ',
  // 〜かって after a verb (だすかって) is か + って, not 勝手.
  'カッテ',
  'トキ', 'コト', 'モノ', 'ンデスカ', 'ンダ', 'ケド', 'カラ', 'マデ', 'ヨウ', 'イクツ', 'イクラ', 'カイテ', 'カイテアル', 'カイテル',
  // Words of asking that the intent patterns read in kana too (ちがい, ぜんぶ, いちらん).
  'チガイ', 'チガウ', 'ゼンブ', 'スベテ', 'イチラン', 'ミセテ', 'オシエテ',
  // Greetings and thanks, read as words they were ありが等 (とう → 等), which 第6条's title holds.
  'アリガトウ', 'ゴザイマス', 'ゴザイマシタ', 'ヨロシク', 'オネガイ', 'オツカレ', 'サマ', 'コンニチハ', 'オハヨウ',
];
const GRAMMAR = new Set(GRAMMAR_READINGS);
const LONGEST_GRAMMAR = Math.max(...GRAMMAR_READINGS.map((r) => [...r].length));

/** A kana text must be at least this much words and grammar to be rewritten (the rest stays as typed). */
const MIN_READ_SHARE = 0.6;

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}ー]/u;
/** Katakana with a long vowel or a small vowel is a loanword (ツアー, フェア): kept as typed. */
const LOANWORD = /[ーァィゥェォヴ]/u;

/**
 * The question in the corpus's words when it has no kanji and its kana spell known words, else
 * undefined. Romaji is read as kana first, when every letter is romaji (English stays English).
 *
 * @example rewriteKanaQuestion('きょうやくのもくてきってなに', lexicon) // → '協約のもくてきってなに' → '協約の目的ってなに'
 */
export function rewriteKanaQuestion(normalized: string, lexicon: ReadingLexicon): string | undefined {
  if (/\p{Script=Han}/u.test(normalized)) return undefined;
  const romaji = readRomaji(normalized);
  const typed = rewriteKana(spellReferences(romaji ?? normalized), lexicon);
  if (romaji === undefined) return typed?.text;
  // keniki is ken'iki (圏域) typed without its apostrophe: the n may end a syllable. Whichever way
  // reads more of the question as words wins; the usual reading on a tie.
  const syllabic = readRomaji(normalized.replace(/[a-z]+/gu, (word) => splitSyllabicN(word, lexicon)));
  const other = syllabic === undefined || syllabic === romaji ? undefined : rewriteKana(spellReferences(syllabic), lexicon);
  // bosai kunren, beppyo: long vowels typed short (ぼうさい, べっぴょう), as plain Hepburn writes them.
  const long = readRomaji(normalized.replace(/[a-z]+/gu, (word) => lengthenVowels(splitSyllabicN(word, lexicon), lexicon)));
  const longer = long === undefined || long === romaji || long === syllabic ? undefined : rewriteKana(spellReferences(long), lexicon);
  return [other, longer].reduce((best, next) => (next && (!best || next.share > best.share) ? next : best), typed)?.text;
}

/**
 * A romaji word with each o or u that a word of the lexicon reads long made long (bosai → bousai,
 * kotsu → koutsu, jumin → juumin), from the right so earlier positions stay put. A vowel is made long
 * only where the longer spelling lets a longer word cover it; grammar words stay short (kono, SHORT_WORDS).
 */
function lengthenVowels(word: string, lexicon: ReadingLexicon): string {
  if (word.length < 3 || ROMAJI_PARTICLES.has(word) || SHORT_WORDS.has(word)) return word;
  const vowels = [...word.matchAll(/(?<=[a-z])[ou](?![ou'])/gu)].map((m) => m.index);
  let out = word;
  for (let k = vowels.length - 1; k >= 0; k -= 1) {
    const at = vowels[k] ?? 0;
    const next = vowels[k + 1];
    // This vowel long, or this and the next one (kotsu → koutsuu: こうつう, not こうつ).
    const single = lengthenAt(out, [at]);
    const candidates = next === undefined || out[next + 1] === 'u' ? [single] : [single, lengthenAt(out, [at, next])];
    const before = coveringLength(out, at, lexicon);
    // A word of three kana or more (ぼうさい, ひよう), not a one-kanji reading (つう → 通 in gatsuu).
    const better = candidates.find((c) => {
      const longer = coveringLength(c, at, lexicon);
      return longer >= 3 && longer > before + 1;
    });
    if (better !== undefined) out = better;
  }
  return out;
}

/** The word with a u after the vowel at each of `positions` (positions in the word as it is). */
function lengthenAt(word: string, positions: readonly number[]): string {
  return [...positions].sort((a, b) => b - a).reduce((text, at) => `${text.slice(0, at + 1)}u${text.slice(at + 1)}`, word);
}

/** The longest lexicon word (in kana) that covers the vowel at letter `at` of a romaji word. */
function coveringLength(word: string, at: number, lexicon: ReadingLexicon): number {
  const kana = [...toKatakana(readRomajiAsKana(word))];
  if (kana.some((c) => /[a-z]/u.test(c))) return 0;
  const n = [...readRomajiAsKana(word.slice(0, at + 1))].length - 1;
  let longest = 0;
  for (let start = 0; start <= n; start += 1) {
    const length = lexicon.wordAt(kana, start)?.length ?? 0;
    if (start + length > n) longest = Math.max(longest, length);
  }
  return longest;
}

/**
 * A romaji word with each n between vowels that ends a syllable marked so (keniki → ken'iki): where
 * a word of the lexicon reads across the split (けん|いき → 圏域). Each n is judged in its own word,
 * so one question may hold both (tsuwano wa keniki: つわの, 圏域); a split that only makes two words
 * (kono → こん + お → 婚 + お, anata → 案 + あた) is no syllable's end.
 */
function splitSyllabicN(word: string, lexicon: ReadingLexicon): string {
  const ends = [...word.matchAll(/(?<=[aiueo])n(?=[aiueo])/gu)].map((m) => m.index).filter((at) => {
    const n = [...readRomajiAsKana(word.slice(0, at + 1))].length - 1;
    const kana = [...toKatakana(readRomajiAsKana(`${word.slice(0, at + 1)}'${word.slice(at + 1)}`))];
    if (kana[n] !== 'ン') return false;
    for (let start = 0; start <= n; start += 1) if ((lexicon.wordAt(kana, start)?.length ?? 0) > n + 1 - start) return true;
    return false;
  });
  return ends.reduceRight((text, at) => `${text.slice(0, at + 1)}'${text.slice(at + 1)}`, word);
}

/** A kana text in the corpus's words, with the share of its kana read as words or grammar. */
function rewriteKana(kana: string, lexicon: ReadingLexicon): { readonly text: string; readonly share: number } | undefined {
  const chars = [...kana];
  if (chars.filter((c) => KANA.test(c) || /\p{Script=Han}/u.test(c)).length < 4) return undefined;
  const upper = [...toKatakana(kana)];
  // A question all in katakana (half-width input) is shouted, not loanwords: its grammar is hiragana.
  const shouted = !/\p{Script=Hiragana}/u.test(kana);
  const out: string[] = [];
  let kanaCount = 0;
  let read = 0;
  let words = 0;
  let i = 0;
  while (i < chars.length) {
    if (!KANA.test(chars[i] ?? '')) {
      // Kanji here come from a spelled reference (第3条) and count as read.
      if (/\p{Script=Han}/u.test(chars[i] ?? '')) words += 1;
      out.push(chars[i] ?? '');
      i += 1;
      continue;
    }
    const grammarHere = grammarAt(upper, i);
    // の + ちがい is read as a particle and a word, not as のち + がい: a one-character particle goes
    // first when the word after it reaches further than the word that would swallow it.
    const particle = grammarHere === 1 ? 1 : 0;
    const after = particle > 0 ? Math.max(lexicon.wordAt(upper, i + 1)?.length ?? 0, grammarAt(upper, i + 1)) : 0;
    const here = lexicon.wordAt(upper, i);
    // したい, どうする: grammar as long as a one-kanji word (体, 道) is grammar.
    const oneKanji = here !== undefined && [...here.word].length === 1 && grammarHere >= here.length;
    // いくら is asked, not 行く + ら: grammar that reaches further than the word is grammar.
    // なんかい is asked, not 南海: a question word as long as the word is grammar too (every one is grammar,
    // so the word is looked up only where grammar reaches as far).
    const shorter = here !== undefined && (grammarHere > here.length || (grammarHere === here.length && ASKING.has(upper.slice(i, i + here.length).join(''))));
    const word = here && !oneKanji && !shorter && !(particle > 0 && 1 + after > here.length) ? here : undefined;
    if (word) {
      out.push(word.word);
      kanaCount += word.length;
      read += word.length;
      words += 1;
      i += word.length;
      continue;
    }
    if (grammarHere > 0) {
      out.push(toHiragana(chars.slice(i, i + grammarHere).join('')));
      kanaCount += grammarHere;
      read += grammarHere;
      i += grammarHere;
      continue;
    }
    // An unread stretch: to hiragana when the question is shouted and it is no loanword (ヤメル → やめる).
    let end = i + 1;
    while (end < chars.length && KANA.test(chars[end] ?? '') && !lexicon.wordAt(upper, end) && grammarAt(upper, end) === 0) end += 1;
    const stretch = chars.slice(i, end).join('');
    out.push(shouted && !LOANWORD.test(stretch) ? toHiragana(stretch) : stretch);
    kanaCount += end - i;
    i = end;
  }
  const share = read / Math.max(kanaCount, 1);
  if (words === 0 || share < MIN_READ_SHARE) return undefined;
  return { text: normalizeText(out.join('')), share };
}

/** Length of the longest grammar reading at `at`, or 0. */
function grammarAt(upper: readonly string[], at: number): number {
  for (let len = Math.min(LONGEST_GRAMMAR, upper.length - at); len >= 1; len -= 1) {
    if (GRAMMAR.has(upper.slice(at, at + len).join(''))) return len;
  }
  return 0;
}

/** Grammar words typed in romaji whose o and u are short: kono is この, not こうのう. */
const SHORT_WORDS: ReadonlySet<string> = new Set(['kono', 'sono', 'dono', 'doko', 'soko', 'koko', 'koto', 'mono', 'tokoro', 'toki', 'nado', 'toka', 'kore', 'sore', 'dore', 'desu', 'masu', 'kudasai', 'yoroshiku', 'onegai', 'shitai', 'itsu', 'dou', 'kuru', 'suru']);
/** Hepburn's long vowels, marked: ō and ô are ou, ū and û uu, ā aa, ē ei, ī ii. */
const LONG_VOWELS: Readonly<Record<string, string>> = { ā: 'aa', â: 'aa', ē: 'ei', ê: 'ei', ī: 'ii', î: 'ii', ō: 'ou', ô: 'ou', ū: 'uu', û: 'uu' };
function spellLongVowels(text: string): string {
  return text.replace(/[āâēêīîōôūû]/gu, (vowel) => LONG_VOWELS[vowel] ?? vowel);
}

/** Romaji particles: a sentence with one of them is Japanese typed in latin letters, not English. */
const ROMAJI_PARTICLES: ReadonlySet<string> = new Set(['wo', 'ni', 'no', 'wa', 'ga', 'de', 'tte', 'mo', 'he', 'made', 'kara']);

/**
 * Romaji as hiragana when every letter of the text converts (who, healthcare do not), else undefined.
 * A romaji sentence with an acronym or an English word in it (kankou PR wo issho ni yaritai) has its
 * other words read, when most of them convert and one is a particle: the rest stays as typed.
 */
export function readRomaji(normalized: string): string | undefined {
  if (!/[a-zāēīōûūôâê]/u.test(normalized) || KANA.test(normalized)) return undefined;
  // The topic particle is typed wa and read は (basho wa doko → 場所はどこ, not 場所わどこ); long
  // vowels with a macron or circumflex (kyōyaku, kôtsû) are the long kana (きょうやく, こうつう).
  const text = spellLongVowels(normalized).replace(/[-'’]/gu, ' ').replace(/(?<![a-z])wa(?![a-z])/gu, 'ha');
  const kana = readRomajiAsKana(text);
  if (!/[a-z]/u.test(kana)) return normalizeText(kana);
  // Words and what lies between them; a word reads as kana only when all its letters convert.
  const pieces = text.split(/([^a-z]+)/u);
  const read = pieces.map((w) => (/^[a-z]+$/u.test(w) ? readRomajiAsKana(w) : w));
  const isWord = (k: number): boolean => /^[a-z]+$/u.test(pieces[k] ?? '');
  const isKana = (k: number): boolean => isWord(k) && !/[a-z]/u.test(read[k] ?? '');
  const words = pieces.filter((_, k) => isWord(k));
  const converted = pieces.filter((_, k) => isKana(k)).length;
  if (!words.some((w) => ROMAJI_PARTICLES.has(w)) || converted * 3 < words.length * 2) return undefined;
  const out = pieces.map((w, k) => {
    if (isWord(k)) return isKana(k) ? (read[k] ?? '') : w;
    // Spaces between two words read as kana go, as in a sentence typed in kana; beside a latin word they stay.
    return /^\s+$/u.test(w) && isKana(k - 1) && isKana(k + 1) ? '' : w;
  });
  return normalizeText(out.join(''));
}

/** Numbers as read in kana, for references (だいさんじょう → 第3条). */
const KANA_DIGITS: Readonly<Record<string, number>> = {
  いち: 1, に: 2, さん: 3, よん: 4, し: 4, ご: 5, ろく: 6, なな: 7, しち: 7, はち: 8, きゅう: 9, く: 9,
};
const KANA_ARTICLE = new RegExp(`だい(${Object.keys(KANA_DIGITS).sort((a, b) => b.length - a.length).join('|')})じょう`, 'gu');

/** References read aloud (だいさんじょう, べっぴょう) in the agreements' spelling. */
function spellReferences(text: string): string {
  const hiragana = toHiragana(text);
  if (!/だい.+じょう|べっぴょう/u.test(hiragana)) return text;
  return hiragana.replace(KANA_ARTICLE, (_, digit: string) => `第${KANA_DIGITS[digit] ?? ''}条`).replace(/べっぴょう/gu, '別表');
}

/**
 * What a kana question may spell besides the corpus's words: members by their kana aliases
 * (はぎし → 萩市), projects by their readings (だつたんそ → 脱炭素), and the parties by their
 * readings before any other word read so (こう is 甲, not 項).
 */
export function teachKanaReadings(
  lexicon: ReadingLexicon,
  words: {
    readonly members: readonly { readonly name: string; readonly aliases: readonly string[] }[];
    readonly projectTerms: readonly (readonly Term[])[];
    readonly partyReadings: readonly { readonly reading: string; readonly symbol: string }[];
  },
): void {
  for (const member of words.members) for (const alias of member.aliases) if (isKanaOnly(alias)) lexicon.add(alias, member.name);
  for (const terms of words.projectTerms) lexicon.addTerms(terms);
  for (const party of words.partyReadings) lexicon.prefer(party.reading, party.symbol);
  // どのぎょう, dono gyou: a row of the annex, which asking where a project belongs names, not 業.
  for (const [reading, word] of DOCUMENT_READINGS) lexicon.prefer(reading, word);
}

/** Words for the documents' own parts, read so before any corpus word with the same reading. */
const DOCUMENT_READINGS: readonly (readonly [string, string])[] = [['ぎょう', '行']];
