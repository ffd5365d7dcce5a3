/**
 * Splitting long mrkdwn for section blocks, which Slack rejects above 3,000 characters.
 */
import { isHighSurrogate } from './escape-slack-text.ts';

/** Slack's limit for a section block's text. */
export const SECTION_TEXT_LIMIT = 3000;

// Closing brackets stay with the sentence they close: 「…とする。」 is cut after 」.
const CLOSERS = new Set(['」', '』', '）', ')', '】']);

/**
 * Splits text into chunks of at most `max` characters, each cut after a 。 or at a newline
 * (Japanese has no spaces between words, so a space is no place to cut). A stretch with neither
 * is cut hard at `max`, never inside a surrogate pair or an `&amp;`-style entity.
 * Returns no chunks for blank text, since Slack rejects an empty section.
 */
export function splitSectionText(text: string, max: number = SECTION_TEXT_LIMIT): string[] {
  if (max < 2) throw new RangeError('max must be at least 2');
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = findCut(rest, max);
    pushChunk(chunks, rest.slice(0, cut));
    rest = rest.slice(cut);
    // The newline we cut at belongs to neither chunk.
    if (rest.startsWith('\n')) rest = rest.slice(1);
  }
  pushChunk(chunks, rest);
  return chunks;
}

function pushChunk(chunks: string[], chunk: string): void {
  const trimmed = chunk.replace(/\n+$/, '');
  if (trimmed.trim() !== '') chunks.push(trimmed);
}

function findCut(text: string, max: number): number {
  const window = text.slice(0, max);
  let sentenceEnd = window.lastIndexOf('。');
  if (sentenceEnd >= 0) {
    sentenceEnd += 1;
    while (sentenceEnd < max && CLOSERS.has(text.charAt(sentenceEnd))) sentenceEnd += 1;
  }
  const newline = window.lastIndexOf('\n');
  const best = Math.max(sentenceEnd, newline);
  if (best > 0) return best;
  return findHardCut(text, max);
}

function findHardCut(text: string, max: number): number {
  let cut = max;
  if (isHighSurrogate(text.charCodeAt(cut - 1))) cut -= 1;
  // An entity such as &amp; cut in two would show as garbage: cut before its &.
  const amp = text.lastIndexOf('&', cut - 1);
  if (amp >= 0 && cut - amp < 8 && !text.slice(amp, cut).includes(';')) {
    const close = text.indexOf(';', amp);
    if (close >= cut && close - amp < 8 && amp > 0) cut = amp;
  }
  return cut;
}
