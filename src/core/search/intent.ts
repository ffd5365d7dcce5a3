/**
 * What a question asks for: a role (who does what), the full text, or the best passages.
 * Small pure predicates on the normalised question, tested as a table.
 */
import type { Intent } from '../answer/types.ts';

/** 誰 / どこ / 役割 / 担当 / 何をする / who: the asker wants each party's role. */
const ROLE_PATTERN = /誰|だれ|どこが|どこの|どちらが|どっちが|どの市|役割|担当|何をする|なにをする|何する|何やる|やること|すること|who|role|responsib|in charge/u;
/** 見せて / 条文 / 全文 / quote: the asker wants the text itself. */
const QUOTE_PATTERN = /見せて|みせて|見たい|表示|条文|全文|原文|本文|読みたい|貼って|quote|show me|full text|text of/u;

/** True when the question asks who does what. */
export function asksForRole(normalized: string): boolean {
  return ROLE_PATTERN.test(normalized);
}

/** True when the question asks for the text itself. */
export function asksForQuote(normalized: string): boolean {
  return QUOTE_PATTERN.test(normalized);
}

/** Classifies a question; `referenceOnly` when it names a passage and asks nothing else. */
export function classifyIntent(normalized: string, referenceOnly: boolean): Intent {
  if (asksForQuote(normalized)) return 'quote';
  if (referenceOnly) return 'reference';
  if (asksForRole(normalized)) return 'role';
  return 'search';
}

/**
 * Words that say what kind of answer is wanted, not what it is about: they are not content, so a
 * question is not judged off-topic because the agreements never say 誰 or 見せて.
 */
export const INTENT_TERMS: ReadonlySet<string> = new Set([
  '誰', 'だれ', 'どこ', 'どちら', 'どっち', '何', 'なに', '担当', '見せる', '表示', '条文', '全文', '原文', '本文', '教える', '知る',
  '内容', '部分', '場合', '感じ', '話', 'ところ', '規定', '定め', '書く', '記載', '載る', '確認', 'ん', 'の', 'よう',
  'who', 'what', 'which', 'where', 'how', 'when', 'why', 'does', 'do', 'is', 'are', 'the', 'a', 'an', 'of', 'in', 'on', 'for', 'to',
  'and', 'or', 'show', 'me', 'quote', 'text', 'full', 'about', 'it', 'this', 'that', 'with', 'by', 'be', 'can', 'i', 'we', 'our',
  'tell', 'please', 'say', 'says', 'handle', 'handles', 'responsible', 'charge',
  // Words about the document itself: every passage is part of it, so they say nothing about which.
  '協約', '連携協約', '協約案', '案', '取組', '取り組み', '条', '別表', '決まり', 'ルール', '中身', '扱い', '扱う', '仕組み', '体制',
  '予定', '関係', '辺', 'あたり', '件', '点', '分野', '施策', '事業', '話し合う', 'ほか', '他', '何か', 'どれ', 'どう', 'いる', 'ある',
  'agreement', 'agreements', 'article', 'clause', 'say', 'said', 'any', 'there', 'have', 'has', 'do', 'did', 'will', 'would', 'should',
]);
