/**
 * The byte-level work of loading kuromoji's IPADIC: gunzip into one buffer, cut the builder's zero
 * padding, view bytes as typed arrays without copying, shrink the trie, and keep the word-id table
 * as two flat arrays. Pure functions over bytes, split out of load-kuromoji.ts, which assembles the
 * tokenizer from what they return.
 */
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip, constants as zlibConstants } from 'node:zlib';
import type { CompactTargetMap } from './lattice-builder.ts';

const gunzipAsync = promisify(gunzip);

/** zlib refuses smaller chunks; the cap only guards against a corrupt trailer asking for gigabytes. */
const MIN_CHUNK = zlibConstants.Z_MIN_CHUNK;
const MAX_CHUNK = 256 * 1024 * 1024;

/** Reads and gunzips one dictionary file into a single buffer. */
export async function inflateFile(file: string): Promise<Uint8Array> {
  const gz = await readFile(file);
  // The gzip trailer's last 4 bytes are the uncompressed size (mod 2^32). As chunkSize it makes zlib
  // produce the output in one piece, skipping the concatenation copy; if it is wrong, zlib still
  // decompresses correctly, only in several chunks.
  const size = gz.length >= 18 ? gz.readUInt32LE(gz.length - 4) : 0;
  const out = await gunzipAsync(gz, { chunkSize: Math.min(Math.max(size, MIN_CHUNK), MAX_CHUNK) });
  // A plain Uint8Array over the same memory: Buffer#slice would make views where we want copies.
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/** Length without the trailing zero bytes. Scans whole words where it can: ~3x faster on 45 MB of padding. */
export function contentLength(bytes: Uint8Array): number {
  let end = bytes.length;
  const head = (4 - (bytes.byteOffset % 4)) % 4;
  const wordCount = Math.max(0, (bytes.length - head) >> 2);
  const wordsEnd = head + wordCount * 4;
  while (end > wordsEnd && bytes[end - 1] === 0) end -= 1;
  if (end === wordsEnd && wordCount > 0) {
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset + head, wordCount);
    let w = wordCount;
    while (w > 0 && words[w - 1] === 0) w -= 1;
    end = head + w * 4;
  }
  while (end > 0 && bytes[end - 1] === 0) end -= 1;
  return end;
}

/**
 * Drops trailing zero bytes, keeping `margin` of them. kuromoji's ByteBuffer reads 0 (or "")
 * past its end, exactly what it would read from the padding, so keeping 4 zero bytes (the widest
 * read) after the last non-zero byte changes no value it can read.
 */
export function trimZeroPadding(bytes: Uint8Array, margin = 4): Uint8Array {
  const keep = Math.min(bytes.length, contentLength(bytes) + margin);
  // Copy only when it frees a lot: a copy briefly holds both, which counts towards peak RSS.
  return keep < bytes.length * 0.75 ? bytes.slice(0, keep) : bytes.subarray(0, keep);
}

/** A typed view over the same memory when aligned (zlib's single-chunk output is), else a copy. */
function typedView<T>(bytes: Uint8Array, width: number, make: (buffer: ArrayBufferLike, offset: number, length: number) => T): T {
  const aligned = bytes.byteOffset % width === 0 ? bytes : bytes.slice();
  return make(aligned.buffer, aligned.byteOffset, Math.floor(aligned.length / width));
}

const int32View = (bytes: Uint8Array) => typedView(bytes, 4, (b, o, n) => new Int32Array(b, o, n));
export const uint32View = (bytes: Uint8Array) => typedView(bytes, 4, (b, o, n) => new Uint32Array(b, o, n));
export const int16View = (bytes: Uint8Array) => typedView(bytes, 2, (b, o, n) => new Int16Array(b, o, n));

/**
 * The double-array trie's BASE and CHECK, cut where doublearray's own `shrink()` would cut them
 * (one past the last used node). `shrink()` only takes a `subarray`, which would keep the whole
 * 8 MiB buffers alive; copying here lets the unused third go.
 */
export function shrinkTrie(baseBytes: Uint8Array, checkBytes: Uint8Array): [Int32Array, Int32Array] {
  const base = int32View(baseBytes);
  const check = int32View(checkBytes);
  let last = Math.max(base.length, check.length) - 1;
  while (last > 0 && !((check[last] ?? -1) >= 0)) last -= 1;
  return [base.slice(0, last + 2), check.slice(0, last + 2)];
}

// --- the word-id table -----------------------------------------------------------------------

/** Keys above this are not a trie id of a real dictionary; such data goes to the stock parser. */
const MAX_TRIE_ID = 1 << 26;

/**
 * Parses a `*_map.dat` file with the semantics of TokenInfoDictionary.loadTargetMap (little-endian
 * int32 records `key, count, value × count` after a leading size; values of a repeated key are
 * appended in file order), or returns undefined when the records look malformed so the caller
 * can fall back to the stock parser.
 */
export function parseTargetMap(bytes: Uint8Array): CompactTargetMap | undefined {
  const length = bytes.length;
  const view = new DataView(bytes.buffer, bytes.byteOffset, length);
  const readInt = (at: number): number => (at + 4 > length ? 0 : view.getInt32(at, true));

  // Pass 1: validate and size. Reads past the end give 0, as in ByteBuffer, so a record cut short
  // by the end (or by trimZeroPadding) reads exactly as it would from the padding.
  let maxKey = -1;
  let total = 0;
  for (let at = 4; at < length; ) {
    const key = readInt(at);
    const count = readInt(at + 4);
    if (key < 0 || key > MAX_TRIE_ID || count < 0 || count > length) return undefined;
    if (count > 0 && key > maxKey) maxKey = key;
    total += count;
    at += 8 + 4 * count;
  }

  // Pass 2: counting sort by key, which keeps each key's values in file order.
  const offsets = new Int32Array(maxKey + 2);
  for (let at = 4; at < length; ) {
    const key = readInt(at);
    const count = readInt(at + 4);
    if (count > 0) offsets[key + 1] = (offsets[key + 1] ?? 0) + count;
    at += 8 + 4 * count;
  }
  let running = 0;
  for (let k = 0; k < offsets.length; k += 1) {
    running += offsets[k] ?? 0;
    offsets[k] = running;
  }
  const cursor = offsets.slice(0, -1);
  const values = new Int32Array(total);
  for (let at = 4; at < length; ) {
    const key = readInt(at);
    const count = readInt(at + 4);
    at += 8;
    for (let i = 0; i < count; i += 1, at += 4) {
      const slot = cursor[key] ?? 0;
      cursor[key] = slot + 1;
      values[slot] = readInt(at);
    }
  }
  return { offsets, values };
}

/** The number a canonical array-index property name stands for ("0", "17"), else -1. */
function indexOf(property: string): number {
  const n = property.length;
  if (n === 0 || n > 9 || (n > 1 && property.charCodeAt(0) === 48)) return -1;
  let value = 0;
  for (let i = 0; i < n; i += 1) {
    const digit = property.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * A stand-in for the plain object the stock loader builds: `map[trieId]` returns a fresh array
 * of that key's token-info ids, or undefined for a key without any, as the object would. The
 * tokenizer (ViterbiBuilder.build) only ever reads it by index.
 */
export function targetMapView({ offsets, values }: CompactTargetMap): Record<number, number[] | undefined> {
  return new Proxy<Record<number, number[] | undefined>>(
    {},
    {
      get(target, property, receiver) {
        const key = typeof property === 'string' ? indexOf(property) : -1;
        if (key < 0) return Reflect.get(target, property, receiver) as unknown;
        const start = offsets[key];
        const end = offsets[key + 1];
        if (start === undefined || end === undefined || start === end) return undefined;
        const ids: number[] = [];
        for (let i = start; i < end; i += 1) ids.push(values[i] ?? 0);
        return ids;
      },
    },
  );
}
