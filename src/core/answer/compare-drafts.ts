/**
 * Comparisons of the drafts, computed from the corpus: which passages differ and how (a
 * character-level diff of the texts with the extraction's whitespace removed), which are the same.
 * Nothing here is written by hand, so an edit of the corpus shows in the next comparison.
 */
import { diffChars } from 'diff';
import type { Passage } from '../search/passages.ts';
import type { Comparison, Difference, TextSpan } from './types.ts';

/**
 * The text a passage is compared by: its quote and, for an annex row, each role under its printed
 * column heading (甲の役割：…), with all whitespace removed (line breaks are the extraction's).
 */
export function comparableText(passage: Passage): string {
  const roles = passage.partyRoles.map((r) => {
    const heading = passage.agreement.parties.find((p) => p.symbol === r.symbol)?.roleHeading ?? r.symbol;
    return `${heading}：${r.role}`;
  });
  return [passage.quote, ...roles].join('\n').replace(/\s+/gu, '');
}

/**
 * Compares two agreements passage by passage, in the first one's document order.
 *
 * @example compareDrafts(passages, '連携協約1', '連携協約2').differences.map((d) => d.ref) // → ['前文', '第2条', '第3条', …]
 */
export function compareDrafts(passages: readonly Passage[], first: string, second: string): Comparison {
  const of = (agreement: string): Map<string, Passage> => new Map(passages.filter((p) => p.agreement.id === agreement).map((p) => [p.ref, p]));
  const a = of(first);
  const b = of(second);
  const differences: Difference[] = [];
  const same: string[] = [];
  const onlyIn: { ref: string; agreement: string }[] = [];
  for (const [ref, pa] of a) {
    const pb = b.get(ref);
    if (!pb) {
      onlyIn.push({ ref, agreement: first });
      continue;
    }
    const ta = comparableText(pa);
    const tb = comparableText(pb);
    if (ta === tb) {
      same.push(ref);
      continue;
    }
    const { removed, added } = changedSpans(ta, tb);
    differences.push({ ref, title: pa.title, drafts: [{ agreement: first, text: ta, changed: removed }, { agreement: second, text: tb, changed: added }] });
  }
  for (const ref of b.keys()) if (!a.has(ref)) onlyIn.push({ ref, agreement: second });
  return { agreements: [first, second], differences, same, onlyIn };
}

/**
 * An unchanged stretch this short between two changes is part of them: 並びに → 及び shares only び,
 * and a reader sees one changed word, not 並 and に changed around an unchanged び.
 */
const MAX_SHARED_INSIDE_CHANGE = 1;

/** Where two texts differ: the stretches of the first that the second lacks, and the reverse. */
export function changedSpans(before: string, after: string): { removed: TextSpan[]; added: TextSpan[] } {
  const parts = diffChars(before, after);
  const changed = (i: number): boolean => parts[i]?.added === true || parts[i]?.removed === true;
  const removed: TextSpan[] = [];
  const added: TextSpan[] = [];
  const extend = (spans: TextSpan[], start: number, end: number): void => {
    const last = spans.at(-1);
    if (last && last.end === start) spans[spans.length - 1] = { start: last.start, end };
    else spans.push({ start, end });
  };
  let at = 0;
  let bt = 0;
  parts.forEach((part, i) => {
    const length = part.value.length;
    if (part.removed) {
      extend(removed, at, at + length);
      at += length;
    } else if (part.added) {
      extend(added, bt, bt + length);
      bt += length;
    } else {
      // A character or so kept between changes on both sides reads as part of the change.
      if (length <= MAX_SHARED_INSIDE_CHANGE && i > 0 && changed(i - 1) && changed(i + 1)) {
        extend(removed, at, at + length);
        extend(added, bt, bt + length);
      }
      at += length;
      bt += length;
    }
  });
  return { removed, added };
}

/**
 * The changes of a difference as pairs of what one draft says and the other says instead, for
 * grouping passages that changed alike (19 annex rows whose role columns differ the same way).
 */
export function describeChanges(difference: Difference): string {
  return difference.drafts.map((d) => d.changed.map((s) => d.text.slice(s.start, s.end)).join('…')).join(' → ');
}

/**
 * The differences in order, annex rows that changed alike (the same words replaced, as the role
 * columns of all 19 rows are) together, so a reader sees the change once with the rows it covers.
 */
export function groupAlikeDifferences(differences: readonly Difference[]): Difference[][] {
  const groups = new Map<string, Difference[]>();
  for (const difference of differences) {
    const key = difference.ref.startsWith('別表') ? `rows:${describeChanges(difference)}` : difference.ref;
    groups.set(key, [...(groups.get(key) ?? []), difference]);
  }
  return [...groups.values()];
}

/** 「別表1ア〜3(3)ア（19行、どの行も同じ違い）」, 「第3条 連携する取組及び役割」: a group's heading. */
export function describeDifferenceGroup(group: readonly Difference[]): string {
  const [first] = group;
  const last = group.at(-1);
  if (!first || !last) return '';
  if (group.length > 1) return `${first.ref}〜${last.ref.replace(/^別表/u, '')}（${group.length}行、どの行も同じ違い）`;
  return first.title === first.ref ? first.ref : `${first.ref} ${first.title}`;
}

/**
 * The direct answer: how many passages differ and which, how many are the same. Annex rows that
 * changed alike are counted as one group.
 */
export function describeComparison(comparison: Comparison): string {
  const [first, second] = comparison.agreements;
  const total = comparison.differences.length + comparison.same.length;
  const rows = comparison.differences.filter((d) => d.ref.startsWith('別表'));
  const others = comparison.differences.filter((d) => !d.ref.startsWith('別表'));
  const alike = new Set(rows.map(describeChanges)).size === 1 && rows.length > 1;
  const listed = [...others.map((d) => d.ref), ...(rows.length === 0 ? [] : alike ? [`別表の${rows.length}行（役割欄がどの行も同じように異なります）`] : rows.map((d) => d.ref))];
  const lines = [
    `${first}と${second}を比べると、対応する${total}箇所のうち${comparison.differences.length}箇所で文言が異なり、${comparison.same.length}箇所は同じです（空白を除いて1文字ずつ比べています）。`,
    `異なるのは ${listed.join('・')} です。`,
  ];
  if (comparison.same.length > 0) lines.push(`同じなのは ${comparison.same.join('・')} です。`);
  for (const only of comparison.onlyIn) lines.push(`${only.ref}は${only.agreement}にだけあります。`);
  return lines.join('\n');
}

/** A stretch of a draft's text as shown: changed or not, or an elision of unchanged text (…). */
export interface TextSegment {
  readonly text: string;
  readonly changed: boolean;
}

/**
 * A draft's text cut to its changes with `context` characters around each; longer unchanged
 * stretches become an elision. Adapters mark the changed segments their own way (Slack bold, 【】).
 *
 * @example segmentChanges('甲及び乙は連携する', [{ start: 0, end: 4 }], 2) // → [{text:'甲及び乙',changed:true},{text:'は連',changed:false},{text:'…',changed:false}]
 */
export function segmentChanges(text: string, spans: readonly TextSpan[], context = 24): TextSegment[] {
  const out: TextSegment[] = [];
  let at = 0;
  const pushPlain = (from: number, to: number, first: boolean, last: boolean): void => {
    if (to <= from) return;
    const length = to - from;
    if (length <= context * 2 + 1) {
      out.push({ text: text.slice(from, to), changed: false });
      return;
    }
    // Keep the context next to each change; the start and end of the text need none on their far side.
    if (!first) out.push({ text: text.slice(from, from + context), changed: false });
    out.push({ text: '…', changed: false });
    if (!last) out.push({ text: text.slice(to - context, to), changed: false });
  };
  spans.forEach((span) => {
    pushPlain(at, span.start, at === 0, false);
    out.push({ text: text.slice(span.start, span.end), changed: true });
    at = span.end;
  });
  pushPlain(at, text.length, at === 0 && spans.length === 0, true);
  return out;
}
