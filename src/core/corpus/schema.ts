/**
 * The schema of one agreement file (`corpus/agreements/*.yml`).
 *
 * Every text field except `id`, `displayName` and `aliases` is document text, verbatim as printed
 * (the fidelity test proves it against the seed). Objects are strict: an unknown key is an error,
 * so a typo in a field name cannot silently drop text.
 */
import { z } from 'zod';

const text = z.string().trim().min(1, 'must not be empty');
const positiveInt = z.number().int().positive();

export const partySchema = z.strictObject({
  /** Symbol the agreement uses for the party: 甲, 乙, 両市. */
  symbol: text,
  /**
   * How the symbol is read aloud, in kana (こう, おつ, りょうし): a question typed in kana or romaji
   * names the party so. Not document text; the dictionary's own reading of 甲 is かぶと.
   */
  reading: z.string().trim().regex(/^[\p{Script=Hiragana}ー]+$/u, 'must be hiragana').optional(),
  /** Name as printed in the preamble: 山口市, ○○市町, 山口市及び宇部市. */
  name: text,
  /** How the bot names the party in a sentence: 山口市, 連携市町, 山口市と宇部市 (not document text). */
  displayName: text,
  /** Words staff use for this party, matched in questions (not document text). */
  aliases: z.array(text).default([]),
  /** The annex column heading for this party's role: 甲の役割. */
  roleHeading: text,
});

export const signatorySchema = z.strictObject({
  /** Symbol of the party signing. */
  party: text,
  /** The party mark printed before the address (甲), when the document prints one. */
  mark: text.optional(),
  address: text,
  name: text,
  title: text,
});

export const articleSchema = z.strictObject({
  number: positiveInt,
  /** As printed: 第１条. */
  label: text,
  /** As printed, with brackets: （目的）. */
  caption: text,
  sentences: z.array(text).min(1, 'needs at least one sentence'),
});

export const noteSchema = z.strictObject({
  number: positiveInt,
  /** A heading printed with the note (資料１), if any. */
  heading: text.optional(),
  sentences: z.array(text).min(1, 'needs at least one sentence'),
});

export const annexRowSchema = z.strictObject({
  /** As printed: ア, イ, … */
  label: text,
  /** The 取組 cell's title. */
  title: text,
  /** The 取組 cell's description. */
  description: text,
  /** Role per party symbol; the keys must be exactly the agreement's party symbols. */
  roles: z.record(z.string(), text),
});

export const annexSubsectionSchema = z.strictObject({
  number: positiveInt,
  /** As printed: (1). */
  label: text,
  heading: text,
  rows: z.array(annexRowSchema).min(1, 'needs at least one row'),
});

export const annexSectionSchema = z
  .strictObject({
    number: positiveInt,
    /** As printed: １. */
    label: text,
    heading: text,
    rows: z.array(annexRowSchema).min(1, 'needs at least one row').optional(),
    subsections: z.array(annexSubsectionSchema).min(1, 'needs at least one subsection').optional(),
  })
  .refine((section) => (section.rows === undefined) !== (section.subsections === undefined), {
    message: 'needs either rows or subsections, not both',
  });

export const annexSchema = z.strictObject({
  /** As printed: 別表（第３条関係）. */
  title: text,
  /** Heading of the first column: 取組. */
  rowHeading: text,
  sections: z.array(annexSectionSchema).min(1, 'needs at least one section'),
});

export const agreementSchema = z.strictObject({
  /** The document's label with a half-width digit: 連携協約1. */
  id: z.string().regex(/^連携協約[0-9]+$/, 'must look like 連携協約1'),
  /** As printed: 【連携協約１】. */
  label: text,
  title: text,
  /** 案 for a draft. */
  status: text,
  /** The date line as printed, blanks included: 平成２９年 月 日. */
  date: text,
  /** The legal basis as printed in the preamble. */
  legalBasis: text,
  parties: z.array(partySchema).min(1, 'needs at least one party'),
  signatories: z.array(signatorySchema).min(1, 'needs at least one signatory'),
  preamble: text,
  articles: z.array(articleSchema).min(1, 'needs at least one article'),
  closing: text,
  notes: z.array(noteSchema).default([]),
  annex: annexSchema,
});

export type Party = z.infer<typeof partySchema>;
export type Signatory = z.infer<typeof signatorySchema>;
export type Article = z.infer<typeof articleSchema>;
export type Note = z.infer<typeof noteSchema>;
export type AnnexRow = z.infer<typeof annexRowSchema>;
export type AnnexSubsection = z.infer<typeof annexSubsectionSchema>;
export type AnnexSection = z.infer<typeof annexSectionSchema>;
export type Annex = z.infer<typeof annexSchema>;
export type Agreement = z.infer<typeof agreementSchema>;
