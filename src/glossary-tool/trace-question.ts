/**
 * `npm run glossary -- try "<question>"`: how the engine reads one question — its tokens, its
 * concepts with their weights and expansions, the best candidates with their coverage and the
 * concepts each holds — and why it answered, gave a related answer or abstained.
 */
import type { AskResult, QuestionAnswerer } from '../core/answer/types.ts';
import { DEFAULT_MIN_COVERAGE, createQuestionAnswererFrom, type EngineParts, type TracedPassage } from '../core/question-answerer.ts';
import { NO_ANSWER, type ExampleVote } from '../core/search/example-bank.ts';
import type { ContentGroup } from '../core/search/query.ts';
import type { Analyzer } from '../core/text/analyzer.ts';
import { normalizeText } from '../core/text/normalize.ts';

/** What the engine saw for one question. */
export interface QuestionTrace {
  readonly result: AskResult;
  /** Absent when the engine did not search (a reference, an empty question). */
  readonly groups?: readonly ContentGroup[];
  readonly ranked?: readonly TracedPassage[];
  /** How the nearest examples voted (absent without an example bank or a search). */
  readonly vote?: ExampleVote;
}

/** An engine whose every search is recorded: `trace(question)` answers and tells how. */
export function createTracingEngine(parts: EngineParts): { engine: QuestionAnswerer; trace: (question: string) => QuestionTrace } {
  let last: { groups: readonly ContentGroup[]; ranked: readonly TracedPassage[]; vote?: ExampleVote } | undefined;
  const engine = createQuestionAnswererFrom(parts, {
    trace: ({ groups, ranked, vote }) => {
      last = { groups, ranked, ...(vote ? { vote } : {}) };
    },
  });
  return {
    engine,
    trace: (question) => {
      last = undefined;
      const result = engine.ask(question);
      const seen = last as { groups: readonly ContentGroup[]; ranked: readonly TracedPassage[]; vote?: ExampleVote } | undefined;
      return { result, ...(seen ? { groups: seen.groups, ranked: seen.ranked, ...(seen.vote ? { vote: seen.vote } : {}) } : {}) };
    },
  };
}

/** Coverage below this abstains: the engine's default. */
const MIN_COVERAGE = DEFAULT_MIN_COVERAGE;

/** The trace as a curator reads it. */
export function formatTrace(trace: QuestionTrace, analyzer: Analyzer, candidates = 5): string {
  const { result } = trace;
  const out: string[] = [`質問: ${result.question}`];
  const normalized = normalizeText(result.question);
  out.push(`正規化: ${normalized}`);
  out.push(`トークン: ${analyzer.tokens(normalized).map((t) => `${t.surface}/${t.pos}${t.posDetail === '*' ? '' : `-${t.posDetail}`}`).join(' ')}`);
  out.push(`意図: ${result.intent}`);

  if (trace.groups) {
    out.push('', '概念（重み・検索語）:');
    for (const g of trace.groups) {
      const flags = [g.optional ? '当事者名' : '', g.topic ? '語彙（vocabulary.yml）' : ''].filter((f) => f !== '').join('・');
      out.push(`  ${g.label}  重み ${g.weight.toFixed(2)}${flags === '' ? '' : `  [${flags}]`}`);
      out.push(`      語: ${g.literal.join(', ') || '（なし）'}${g.expansions.length > 0 ? `  展開: ${g.expansions.join(', ')}` : ''}`);
    }
  }
  if (trace.ranked && trace.ranked.length > 0) {
    out.push('', `上位の候補（被覆率 = 質問の概念のうち、その箇所が持つ重みの割合。${MIN_COVERAGE} 未満は見送り）:`);
    for (const r of trace.ranked.slice(0, candidates)) {
      // The engine's own verdict per concept, from its index (trace's held).
      const held = trace.groups?.map((g, i) => `${r.held[i] === true ? '✓' : '✗'}${g.label}`) ?? [];
      out.push(`  ${r.passage.id} ${r.passage.title}`);
      out.push(`      被覆率 ${r.coverage.toFixed(2)}  証拠 ${r.strong ? '十分' : '弱い'}  ${r.confidence === 'related' ? '関連' : '回答'}  スコア ${r.score.toFixed(2)}  ${held.join(' ')}`);
    }
  } else if (trace.groups) out.push('', '候補: なし（どの箇所にも質問の語が出てこない）');

  if (trace.vote && trace.vote.neighbours.length > 0) {
    const shares = trace.vote.shares.slice(0, 4).map(([ref, share]) => `${ref === NO_ANSWER ? '答えなし' : ref} ${(share * 100).toFixed(0)}%`);
    out.push('', `似た質問の票（corpus/derived/examples.tsv）: ${shares.join('、')}`);
    for (const { example } of trace.vote.neighbours.slice(0, 3)) out.push(`  「${example.question}」→ ${example.refs.join('・') || '答えなし'}（${example.source}）`);
  }
  out.push('', `結果: ${describeOutcome(result)}`);
  out.push(`理由: ${explain(trace)}`);
  return `${out.join('\n')}\n`;
}

function describeOutcome(result: AskResult): string {
  if (result.abstained) return '見送り（答えられない）';
  const refs = [...new Set(result.answers.map((a) => `${a.agreement}:${a.ref}`))].slice(0, 4).join(' ');
  return `${result.answers[0]?.confidence === 'related' ? '関連回答' : '回答'} ${refs}`;
}

/** Why the engine decided as it did, in the terms a curator can act on. */
function explain(trace: QuestionTrace): string {
  const { result, groups, ranked } = trace;
  if (!groups) {
    return result.abstained ? `検索していない: ${result.summary.split('\n')[0] ?? ''}` : '条番号・別表の参照（第4条 など）をそのまま引いた。';
  }
  const top = ranked?.[0];
  const voted = explainVote(trace);
  if (voted) return voted;
  if (result.abstained) {
    if (groups.length === 0) return '内容を表す語がない。';
    if (!top) return 'どの箇所にも質問の語（展開した語を含む）が出てこない。glossary.yml で、質問の語を協約の語に結ぶ項目を足すと当たるようになる。';
    if (top.coverage < MIN_COVERAGE) {
      const missing = groups.filter((g) => !g.optional && g.weight >= 1).map((g) => g.label);
      return `最上位の候補 ${top.passage.id} の被覆率 ${top.coverage.toFixed(2)} が ${MIN_COVERAGE} に届かない。${missing.length > 0 ? `重い概念（${missing.join('、')}）を持つ箇所がない: 協約の語に結ぶ項目を glossary.yml に足すか、協約の対象外なら vocabulary.yml の outside に置く。` : ''}`;
    }
    if (top.missingFacts.length > 0) return `最上位の候補 ${top.passage.id} は、質問が求める事実（${top.missingFacts.join('、')}）を書いていない（src/core/search/facts.ts）。`;
    if (!top.strong) return `最上位の候補 ${top.passage.id} は概念を一つしか持たず、それも見出し・定義語・希少語でないため、証拠が弱い。`;
    return '候補はあったが見送った。';
  }
  if (result.answers[0]?.confidence === 'related') return `質問の語は vocabulary.yml の語彙を通してだけ ${top?.passage.ref ?? '行'} に当たる（協約はその語を名指ししていない）ので、関連回答。`;
  return top ? `最上位の候補 ${top.passage.id} が被覆率 ${top.coverage.toFixed(2)}（${MIN_COVERAGE} 以上）で、証拠も十分。` : '回答した。';
}

/** The example bank's part in the outcome, when it changed what the engine's own reading gave. */
function explainVote(trace: QuestionTrace): string | undefined {
  const { result, ranked, vote } = trace;
  if (!vote || vote.neighbours.length === 0) return undefined;
  const first = result.answers[0];
  const top = ranked?.find((r) => r.coverage >= MIN_COVERAGE && r.strong);
  if (result.abstained && top) return `最上位の候補 ${top.passage.id} は届いていたが、似た質問の多くが協約では答えられない質問だったので見送った。`;
  if (!first) return undefined;
  if (!top) return `質問の語ではどの箇所にも届かないが、似た質問の多くが ${first.ref} で答えられていたので、関連回答として示した。`;
  if (first.ref !== top.passage.ref) return `最上位の候補は ${top.passage.id} だが、似た質問の多くが ${first.ref} で答えられていたので、それを先頭にした。`;
  return undefined;
}
