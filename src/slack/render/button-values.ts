/**
 * What buttons carry in their `value` (≤ 2,000 characters). Values come back from Slack in
 * interaction payloads, so they are parsed as untrusted input.
 */
import { z } from 'zod';
import { BUTTON_VALUE_LIMIT } from './block-kit.ts';

/** The longest question a button carries; the engine re-answers from it. */
export const BUTTON_QUESTION_LIMIT = 1000;
const MAX_REFS = 20;

const fullTextValueSchema = z.object({ r: z.string().min(1).max(100), a: z.array(z.string().max(100)).max(MAX_REFS) });
const moreValueSchema = z.object({ q: z.string().max(BUTTON_QUESTION_LIMIT), s: z.number().int().min(0).max(1000) });
const feedbackValueSchema = z.object({ q: z.string().max(BUTTON_QUESTION_LIMIT), r: z.array(z.string().max(200)).max(MAX_REFS) });
const shareValueSchema = z.object({ q: z.string().min(1).max(BUTTON_QUESTION_LIMIT) });

/** 「全文を見る」: a ref and the agreements whose passage to show. */
export interface FullTextValue {
  readonly ref: string;
  readonly agreements: readonly string[];
}

/** 「他の候補」: the question and how many refs were already shown. */
export interface MoreValue {
  readonly question: string;
  readonly skip: number;
}

/** 👍 / 👎: the question and the refs of the answer being rated. */
export interface FeedbackValue {
  readonly question: string;
  readonly refs: readonly string[];
}

/** 「チャンネルに共有」: the question to answer publicly. */
export interface ShareValue {
  readonly question: string;
}

/** Encodes a 「全文を見る」 value. */
export function encodeFullTextValue(value: FullTextValue): string {
  return fitValue({ r: value.ref, a: value.agreements.slice(0, MAX_REFS) });
}

/** Encodes a 「他の候補」 value. */
export function encodeMoreValue(value: MoreValue): string {
  return fitValue({ q: cutQuestion(value.question), s: value.skip });
}

/** Encodes a 👍 / 👎 value. */
export function encodeFeedbackValue(value: FeedbackValue): string {
  return fitValue({ q: cutQuestion(value.question), r: value.refs.slice(0, MAX_REFS) });
}

/** Encodes a 「チャンネルに共有」 value. */
export function encodeShareValue(value: ShareValue): string {
  return fitValue({ q: cutQuestion(value.question) });
}

/** Parses a 「全文を見る」 value; undefined when it is not one. */
export function decodeFullTextValue(raw: string | undefined): FullTextValue | undefined {
  const parsed = fullTextValueSchema.safeParse(parseJson(raw));
  return parsed.success ? { ref: parsed.data.r, agreements: parsed.data.a } : undefined;
}

/** Parses a 「他の候補」 value; undefined when it is not one. */
export function decodeMoreValue(raw: string | undefined): MoreValue | undefined {
  const parsed = moreValueSchema.safeParse(parseJson(raw));
  return parsed.success ? { question: parsed.data.q, skip: parsed.data.s } : undefined;
}

/** Parses a 👍 / 👎 value; undefined when it is not one. */
export function decodeFeedbackValue(raw: string | undefined): FeedbackValue | undefined {
  const parsed = feedbackValueSchema.safeParse(parseJson(raw));
  return parsed.success ? { question: parsed.data.q, refs: parsed.data.r } : undefined;
}

/** Parses a 「チャンネルに共有」 value; undefined when it is not one. */
export function decodeShareValue(raw: string | undefined): ShareValue | undefined {
  const parsed = shareValueSchema.safeParse(parseJson(raw));
  return parsed.success ? { question: parsed.data.q } : undefined;
}

function cutQuestion(question: string): string {
  return question.length <= BUTTON_QUESTION_LIMIT ? question : question.slice(0, BUTTON_QUESTION_LIMIT);
}

function fitValue(value: Record<string, unknown>): string {
  const json = JSON.stringify(value);
  // JSON escapes can lengthen text (a question full of quotes or control characters): cut the
  // question further until the whole value fits.
  if (json.length <= BUTTON_VALUE_LIMIT) return json;
  if (typeof value['q'] === 'string') {
    const q = value['q'];
    return fitValue({ ...value, q: q.slice(0, Math.floor(q.length / 2)) });
  }
  if (Array.isArray(value['r'])) return fitValue({ ...value, r: (value['r'] as unknown[]).slice(0, 1) });
  return JSON.stringify({});
}

function parseJson(raw: string | undefined): unknown {
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
