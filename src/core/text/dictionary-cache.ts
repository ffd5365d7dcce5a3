/**
 * A precomputed, uncompressed copy of the arrays the lean loader makes from kuromoji's
 * `dict/*.dat.gz` (padding trimmed, trie shrunk, word-id table compact), written once by
 * `npm run build` (so by `npm ci`). Start-up then reads one file into one buffer and hands views
 * of it to kuromoji's classes: no gunzip, and no padded intermediate buffers, which raised the
 * peak RSS by about 70 MB and stayed with the process as freed but unreturned malloc memory.
 *
 * The feature strings (品詞,…,基本形,読み,発音: 36 MB, two thirds of the dictionary) stay on disk:
 * the tokenizer asks for them only for the words it outputs, a few thousand distinct ones in a
 * day's questions, so each is read from the open cache file when first needed and remembered
 * (load-kuromoji.ts keeps a few thousand). Memory and start-up then hold only what every
 * sentence walks through: the trie, the word entries, the word-id table and the connection costs.
 *
 * Layout: a little-endian uint32 header length, the header as JSON (format, the source it was
 * built from, the sections), then each section at an 8-byte-aligned offset. A cache that is
 * missing, unreadable, built by another format or from another dictionary is ignored: the loader
 * reads the `.dat.gz` files instead and the tokenizer is the same either way.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CompactTargetMap } from './lattice-builder.ts';

/** Everything the tokenizer is assembled from, as the lean loader prepares it (see load-kuromoji.ts). */
export interface DictionaryArrays {
  readonly base: Int32Array;
  readonly check: Int32Array;
  readonly tid: Uint8Array;
  /** The feature strings, in memory, or left in the cache file. */
  readonly tidPos: Uint8Array | DiskBytes;
  /** The word-id table compact, or undefined when only the stock parser can read it (then `tidMap`). */
  readonly wordIds: CompactTargetMap | undefined;
  readonly tidMap: Uint8Array | undefined;
  readonly costs: Int16Array;
  readonly unk: Uint8Array;
  readonly unkPos: Uint8Array;
  readonly unkMap: Uint8Array;
  readonly unkChar: Uint8Array;
  readonly unkCompat: Uint32Array;
  readonly unkInvoke: Uint8Array;
}

/** Bytes left in a file: `read` copies those from `position` on into `into` and says how many it copied. */
export interface DiskBytes {
  readonly length: number;
  read(position: number, into: Uint8Array): number;
}

/** What a cache was built from: kuromoji's version, the dictionary folder and each file's size. */
export interface DictionarySource {
  readonly kuromoji: string;
  readonly dicPath: string;
  readonly files: Readonly<Record<string, number>>;
}

/** Bumped whenever the layout or what the loader stores changes. */
const FORMAT = 1;
const ALIGN = 8;

type SectionType = 'Int32Array' | 'Int16Array' | 'Uint32Array' | 'Uint8Array';
interface Section {
  readonly name: string;
  readonly type: SectionType;
  readonly offset: number;
  readonly length: number;
}
interface Header {
  readonly format: number;
  readonly source: DictionarySource;
  readonly sections: readonly Section[];
}

type TypedArray = Int32Array | Int16Array | Uint32Array | Uint8Array;

/** The arrays as read from kuromoji's files, all in memory: what the cache is written from. */
export type InMemoryDictionaryArrays = DictionaryArrays & { readonly tidPos: Uint8Array };

/** Sections read lazily, from the open file, rather than into memory at start-up. */
const LEFT_ON_DISK = new Set(['tidPos']);

function sectionsOf(arrays: InMemoryDictionaryArrays): [string, TypedArray][] {
  const { wordIds, tidMap } = arrays;
  return [
    ['base', arrays.base],
    ['check', arrays.check],
    ['tid', arrays.tid],
    ['tidPos', arrays.tidPos],
    ...(wordIds ? ([['wordIds.offsets', wordIds.offsets], ['wordIds.values', wordIds.values]] as [string, TypedArray][]) : []),
    ...(tidMap ? ([['tidMap', tidMap]] as [string, TypedArray][]) : []),
    ['costs', arrays.costs],
    ['unk', arrays.unk],
    ['unkPos', arrays.unkPos],
    ['unkMap', arrays.unkMap],
    ['unkChar', arrays.unkChar],
    ['unkCompat', arrays.unkCompat],
    ['unkInvoke', arrays.unkInvoke],
  ];
}

const WIDTHS: Readonly<Record<string, number | undefined>> = { Int32Array: 4, Int16Array: 2, Uint32Array: 4, Uint8Array: 1 };

function makeView(type: SectionType, buffer: ArrayBufferLike, offset: number, length: number): TypedArray {
  switch (type) {
    case 'Int32Array':
      return new Int32Array(buffer, offset, length);
    case 'Int16Array':
      return new Int16Array(buffer, offset, length);
    case 'Uint32Array':
      return new Uint32Array(buffer, offset, length);
    case 'Uint8Array':
      return new Uint8Array(buffer, offset, length);
  }
}

const alignUp = (n: number): number => Math.ceil(n / ALIGN) * ALIGN;

/** Writes the cache (atomically: a temporary file renamed into place). */
export function writeDictionaryCache(path: string, arrays: InMemoryDictionaryArrays, source: DictionarySource): void {
  const parts = sectionsOf(arrays);
  // Offsets depend on the header's length, which depends on the offsets: lay out relative to the
  // data start, then pad the header to a fixed alignment.
  let at = 0;
  const relative = parts.map(([name, array]) => {
    const section = { name, type: array.constructor.name as SectionType, offset: at, length: array.length };
    at = alignUp(at + array.byteLength);
    return section;
  });
  const draft = JSON.stringify({ format: FORMAT, source, sections: relative });
  const dataStart = alignUp(4 + Buffer.byteLength(draft) + 16 * parts.length + 64);
  const header: Header = { format: FORMAT, source, sections: relative.map((s) => ({ ...s, offset: s.offset + dataStart })) };
  const json = Buffer.from(JSON.stringify(header));
  if (4 + json.length > dataStart) throw new Error('dictionary cache header does not fit');
  const out = Buffer.alloc(dataStart + at);
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  parts.forEach(([, array], i) => {
    const offset = header.sections[i]?.offset ?? 0;
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
  });
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${randomUUID()}.tmp`;
  writeFileSync(temporary, out);
  renameSync(temporary, path);
}

function sameSource(a: DictionarySource, b: DictionarySource): boolean {
  const keys = Object.keys(a.files);
  return a.kuromoji === b.kuromoji && a.dicPath === b.dicPath && keys.length === Object.keys(b.files).length && keys.every((k) => a.files[k] === b.files[k]);
}

function isHeader(value: unknown): value is Header {
  const h = value as Partial<Header> | null;
  return typeof h === 'object' && h !== null && h.format === FORMAT && typeof h.source === 'object' && Array.isArray(h.sections);
}

/**
 * Reads the cache's in-memory sections into one buffer and returns views of it, with the feature
 * strings read from the file on demand (the file stays open for the process's life); or
 * undefined when there is no usable cache for `source` (missing, unreadable, another format or
 * dictionary, cut short).
 */
export function readDictionaryCache(path: string, source: DictionarySource): DictionaryArrays | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const arrays = readSections(fd, source);
    if (arrays === undefined) closeSync(fd);
    return arrays;
  } catch {
    closeSync(fd);
    return undefined;
  }
}

function readExactly(fd: number, into: Uint8Array, position: number): boolean {
  for (let done = 0; done < into.length; ) {
    const n = readSync(fd, into, done, into.length - done, position + done);
    if (n === 0) return false;
    done += n;
  }
  return true;
}

function readSections(fd: number, source: DictionarySource): DictionaryArrays | undefined {
  const size = fstatSync(fd).size;
  const lengthBytes = new Uint8Array(4);
  if (!readExactly(fd, lengthBytes, 0)) return undefined;
  const headerBytes = Buffer.alloc(new DataView(lengthBytes.buffer).getUint32(0, true));
  if (4 + headerBytes.length > size || !readExactly(fd, headerBytes, 4)) return undefined;
  let header: unknown;
  try {
    header = JSON.parse(headerBytes.toString('utf8'));
  } catch {
    return undefined;
  }
  if (!isHeader(header) || !sameSource(header.source, source)) return undefined;
  const sections = header.sections.filter((s) => WIDTHS[s.type] !== undefined && s.offset % ALIGN === 0 && s.offset + s.length * (WIDTHS[s.type] ?? 1) <= size);
  if (sections.length !== header.sections.length) return undefined;

  // The in-memory sections, packed (still aligned) into one buffer of exactly their size.
  const inMemory = sections.filter((s) => !LEFT_ON_DISK.has(s.name));
  const total = inMemory.reduce((sum, s) => alignUp(sum + s.length * (WIDTHS[s.type] ?? 1)), 0);
  const memory = new ArrayBuffer(total);
  const views = new Map<string, TypedArray | DiskBytes>();
  let at = 0;
  for (const s of inMemory) {
    const bytes = new Uint8Array(memory, at, s.length * (WIDTHS[s.type] ?? 1));
    if (!readExactly(fd, bytes, s.offset)) return undefined;
    views.set(s.name, makeView(s.type, memory, at, s.length));
    at = alignUp(at + bytes.length);
  }
  for (const s of sections.filter((x) => LEFT_ON_DISK.has(x.name))) {
    const { offset, length } = s;
    views.set(s.name, {
      length,
      read: (position, into) => (position < 0 || position >= length ? 0 : readSync(fd, into, 0, Math.min(into.length, length - position), offset + position)),
    });
  }
  const get = <T extends TypedArray>(name: string, type: new (...args: never[]) => T): T | undefined => {
    const view = views.get(name);
    return view instanceof type ? view : undefined;
  };
  const offsets = get('wordIds.offsets', Int32Array);
  const values = get('wordIds.values', Int32Array);
  const tidPos = views.get('tidPos');
  const arrays = {
    base: get('base', Int32Array),
    check: get('check', Int32Array),
    tid: get('tid', Uint8Array),
    tidPos: tidPos instanceof Uint8Array || (tidPos !== undefined && 'read' in tidPos) ? tidPos : undefined,
    costs: get('costs', Int16Array),
    unk: get('unk', Uint8Array),
    unkPos: get('unkPos', Uint8Array),
    unkMap: get('unkMap', Uint8Array),
    unkChar: get('unkChar', Uint8Array),
    unkCompat: get('unkCompat', Uint32Array),
    unkInvoke: get('unkInvoke', Uint8Array),
  };
  const tidMap = get('tidMap', Uint8Array);
  if (Object.values(arrays).some((v) => v === undefined) || ((offsets === undefined || values === undefined) && tidMap === undefined)) return undefined;
  return { ...(arrays as { [K in keyof typeof arrays]: NonNullable<(typeof arrays)[K]> }), wordIds: offsets && values ? { offsets, values } : undefined, tidMap };
}
