/**
 * The schema of the region file (`corpus/region.yml`): the 圏域, its members and which agreement
 * governs each pair of members. Facts from the members' public pages, not document text: they
 * are said beside a quote, never inside it.
 */
import { z } from 'zod';

const text = z.string().trim().min(1, 'must not be empty');

/** 連携中枢都市 (the hub cities) or 連携市町 (the partner municipalities). */
export const memberRoleSchema = z.enum(['連携中枢都市', '連携市町']);

export const memberSchema = z.strictObject({
  /** Official name: 山口市, 津和野町. */
  name: text,
  role: memberRoleSchema,
  prefecture: text,
  /**
   * Other ways staff write the name: without 市/町 (防府), in kana (ほうふし), in latin letters
   * (hofu). A bare name (no 市/町) matches only where no kanji or katakana follows it, so 山口 is
   * not read in 山口県 and 萩 not in 萩焼.
   */
  aliases: z.array(text).default([]),
});

/** A nearby municipality that is no member, with the ways staff write its name (kana, latin letters). */
export const neighbourSchema = z.strictObject({
  name: text,
  /** In kana (しものせきし) or latin letters (shimonoseki); latin ones match whole words only. */
  aliases: z.array(text).default([]),
});

export const pairingSchema = z.strictObject({
  /** The agreement that governs this pair: 連携協約1. */
  agreement: text,
  /** Each member of the pair with its party symbol in that agreement: { 山口市: 甲, 萩市: 乙 }. */
  members: z.record(z.string(), text),
  /**
   * The printed names this pair reads differently: { 山口市: 宇部市 } for the 宇部市 version of
   * 連携協約1 (its note 注記2 says such a version is intended).
   */
  readAs: z.record(z.string(), text).optional(),
  /** Where the agreement says this reading is intended: a ref such as 注記2. */
  basis: text.optional(),
});

export const regionSchema = z.strictObject({
  /** 山口県央連携都市圏域. */
  name: text,
  /** 山口ゆめ回廊. */
  nickname: text,
  /** Other names staff use for the region (県央, 圏域), matched so that 山口 inside them is no member. */
  aliases: z.array(text).default([]),
  /** When the region was formed, as the sources say. */
  formed: text,
  /** Public pages the facts come from. */
  sources: z.array(text).min(1, 'needs at least one source'),
  members: z.array(memberSchema).min(1, 'needs at least one member'),
  pairings: z.array(pairingSchema).default([]),
  /**
   * Municipalities near the 圏域 that are not members (下関市, 周南市): a question naming one as a
   * party (周南市と山口市の協約の中身) asks about an agreement these documents are not. A name alone, or
   * with the ways staff write it (`{ name: 下関市, aliases: [しものせきし, shimonoseki] }`).
   */
  neighbours: z.array(z.union([text, neighbourSchema])).default([]),
});

export type MemberRole = z.infer<typeof memberRoleSchema>;
export type Member = z.infer<typeof memberSchema>;
export type Pairing = z.infer<typeof pairingSchema>;
export type Neighbour = z.infer<typeof neighbourSchema>;
export type Region = z.infer<typeof regionSchema>;
