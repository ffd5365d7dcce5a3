/**
 * Verbatim: every document text field of every agreement equals the seed once the extraction's
 * whitespace is removed — contiguously for running text, as ordered fragments (broken only where
 * the extraction put whitespace) for annex cells whose columns it interleaved. Checked against
 * the seed file itself, never against a copy of the corpus.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { listAnnexRowsWithPaths, loadCorpus, type Corpus } from '../src/core/corpus/load-corpus.ts';
import { formatFieldPath } from '../src/core/corpus/parse-yaml-file.ts';
import type { Agreement } from '../src/core/corpus/schema.ts';
import { SEED_COPY_PATH, SEED_PATH, locateFragments, readSeedText, stripWhitespace } from './support/seed-text.ts';

const CORPUS_DIR = fileURLToPath(new URL('../corpus', import.meta.url));
/** Fields that are the bot's own vocabulary, not document text (documented in the schema). */
const NON_DOCUMENT_KEYS = new Set(['id', 'displayName', 'aliases', 'reading']);

interface TextField {
  readonly path: (string | number)[];
  readonly value: string;
}

/** Every string leaf of an agreement except the bot's own vocabulary. */
function collectTextFields(value: unknown, path: (string | number)[] = []): TextField[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => collectTextFields(item, [...path, i]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => (NON_DOCUMENT_KEYS.has(key) ? [] : collectTextFields(item, [...path, key])));
  }
  return [];
}

const seed = readSeedText(SEED_PATH);
/** The second draft starts at the second printing of the title. */
const TITLE = '山口県央連携都市圏域形成に係る連携協約（案）';
const secondTitle = seed.chars.indexOf(TITLE, seed.chars.indexOf(TITLE) + 1);
function regionOf(agreement: Agreement): { from: number; to: number } {
  return agreement.id === '連携協約1' ? { from: 0, to: secondTitle } : { from: secondTitle, to: seed.chars.length };
}

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus(CORPUS_DIR);
});

describe('the corpus source copy', () => {
  it('is byte-identical to the seed', () => {
    expect(readFileSync(SEED_COPY_PATH)).toEqual(readFileSync(SEED_PATH));
  });
});

describe('corpus completeness', () => {
  it('holds both drafts with 前文, 6 articles, 末文, notes, 3 sections and 19 rows with every role', () => {
    expect(corpus.agreements.map((a) => a.id)).toEqual(['連携協約1', '連携協約2']);
    for (const agreement of corpus.agreements) {
      expect(agreement.articles.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(agreement.articles.find((a) => a.number === 6)?.sentences).toHaveLength(2);
      expect(agreement.annex.sections.map((s) => s.number)).toEqual([1, 2, 3]);
      expect(agreement.annex.sections[2]?.subsections?.map((s) => s.label)).toEqual(['(1)', '(2)', '(3)']);
      const rows = listAnnexRowsWithPaths(agreement);
      expect(rows).toHaveLength(19);
      for (const { row } of rows) expect(Object.keys(row.roles).sort()).toEqual(agreement.parties.map((p) => p.symbol).sort());
      expect(agreement.notes.length).toBeGreaterThan(0);
    }
    expect(corpus.agreements[0]?.parties.map((p) => p.symbol)).toEqual(['甲', '乙']);
    expect(corpus.agreements[1]?.parties.map((p) => p.symbol)).toEqual(['両市']);
    expect(corpus.agreements[1]?.signatories.map((s) => s.address)).toEqual(['山口市亀山町２番１号', '宇部市常盤町一丁目７番１号']);
  });
});

describe('verbatim fidelity against the seed', () => {
  it('finds every running-text field contiguously in its draft', () => {
    let checked = 0;
    for (const agreement of corpus.agreements) {
      const region = regionOf(agreement);
      for (const field of collectTextFields(agreement)) {
        if (field.path[0] === 'annex' && field.path.includes('rows')) continue; // cells: next test
        // The 資料１ header and the notes are printed once, in the first draft's pages.
        const bounds = field.path[0] === 'notes' ? {} : region;
        const found = locateFragments(seed, field.value, { ...bounds, maxFragments: 1 });
        expect(found, `${agreement.id} ${formatFieldPath(field.path)}: ${field.value}`).toBeDefined();
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it('finds every annex cell in row order, contiguous or as fragments split only at the extraction’s whitespace', () => {
    let checked = 0;
    let fragmented = 0;
    for (const agreement of corpus.agreements) {
      let { from } = regionOf(agreement);
      const { to } = regionOf(agreement);
      from = seed.chars.indexOf(stripWhitespace(agreement.annex.title), from);
      expect(from).toBeGreaterThan(-1);
      for (const { row, path } of listAnnexRowsWithPaths(agreement)) {
        const title = locateFragments(seed, `${row.label}${row.title}`, { from, to });
        expect(title, `${agreement.id} ${formatFieldPath(path)}.title: ${row.title}`).toBeDefined();
        for (const field of collectTextFields(row, path)) {
          const found = locateFragments(seed, field.value, { from, to });
          expect(found, `${agreement.id} ${formatFieldPath(field.path)}: ${field.value}`).toBeDefined();
          checked += 1;
          if ((found?.length ?? 0) > 1) fragmented += 1;
        }
        from = (title?.[0]?.start ?? from) + 1;
      }
    }
    // 2 drafts × 19 rows × (label, title, description, roles): 甲+乙 in the first, 両市 in the second.
    expect(checked).toBe(19 * 5 + 19 * 4);
    expect(fragmented).toBeGreaterThan(0);
  });

  it('rejects text that is not in the seed, so the checks above can fail', () => {
    expect(locateFragments(seed, '甲及び乙が協議して別に定めない。', { maxFragments: 1 })).toBeUndefined();
    expect(locateFragments(seed, '災害対策に取り組む。防災')).toBeUndefined();
    // A full-width digit changed to half-width is a different character.
    expect(locateFragments(seed, '本協約書2通を作成し', { maxFragments: 1 })).toBeUndefined();
  });
});
