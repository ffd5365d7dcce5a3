/**
 * The seed document as the fidelity tests see it: its characters with all whitespace removed, plus
 * where the extraction had put whitespace, because interleaved table cells break only there.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEED_PATH = fileURLToPath(new URL('../../../shared/seeds/000_21e4c18fccd78b0c.txt', import.meta.url));
export const SEED_COPY_PATH = fileURLToPath(new URL('../../corpus/source/000_21e4c18fccd78b0c.txt', import.meta.url));

export interface SeedText {
  /** The seed's non-whitespace characters, in order. */
  readonly chars: string;
  /** breaks[i] is true when the original had whitespace right before chars[i] (or i is 0 or the end). */
  readonly breaks: readonly boolean[];
}

export function readSeedText(path: string = SEED_PATH): SeedText {
  const raw = readFileSync(path, 'utf8');
  let chars = '';
  const breaks: boolean[] = [true];
  let pendingBreak = true;
  for (const ch of raw) {
    if (/\s/u.test(ch)) {
      pendingBreak = true;
      continue;
    }
    breaks[chars.length] = pendingBreak || (breaks[chars.length] ?? false);
    chars += ch;
    pendingBreak = false;
  }
  breaks[chars.length] = true;
  return { chars, breaks };
}

export function stripWhitespace(text: string): string {
  return text.replace(/\s/gu, '');
}

/** A located field: the start of each fragment in `chars` and its length. */
export type Fragments = { start: number; length: number }[];

/**
 * Locates `text` (whitespace removed) in the seed as ordered fragments, each but the first starting
 * and each but the last ending where the extraction put whitespace, the first at or after `from`, all within
 * `maxSpan` characters. One fragment means the text was contiguous. Returns undefined when absent.
 */
export function locateFragments(
  seed: SeedText,
  text: string,
  { from = 0, to = seed.chars.length, maxFragments = 8, maxSpan = 600 }: { from?: number; to?: number; maxFragments?: number; maxSpan?: number } = {},
): Fragments | undefined {
  const target = stripWhitespace(text);
  if (target === '') return undefined;
  const { chars, breaks } = seed;

  const search = (t: number, pos: number, limit: number, left: number): Fragments | undefined => {
    if (left === 0) return undefined;
    for (let p = chars.indexOf(target[t] ?? '', pos); p !== -1 && p < limit; p = chars.indexOf(target[t] ?? '', p + 1)) {
      if (t > 0 && !breaks[p]) continue;
      let common = 0;
      while (t + common < target.length && p + common < to && chars[p + common] === target[t + common]) common += 1;
      if (t + common === target.length) return [{ start: p, length: common }];
      for (let length = common; length >= 1; length -= 1) {
        if (!breaks[p + length]) continue;
        const spanLimit = t === 0 ? Math.min(to, p + maxSpan) : limit;
        const rest = search(t + length, p + length, spanLimit, left - 1);
        if (rest) return [{ start: p, length }, ...rest];
      }
    }
    return undefined;
  };
  return search(0, from, to, maxFragments);
}
