/**
 * Block Kit for the engine's answers: the direct answer sentence, the verbatim quote, each party's
 * role, the citations, and the buttons. Pure functions of the AskResult, so they are unit-tested
 * without Slack.
 */
import { groupAnswers } from '../../core/answer/compose.ts';
import type { Answer, AnswerGroup, AskResult } from '../../core/answer/types.ts';

/** Lookups (「全文を見る」, the Home picker) return single answers: grouped as the engine groups them. */
export { groupAnswers };
import { ActionId } from '../surface.ts';
import {
  buildButton,
  buildContext,
  buildSections,
  MESSAGE_BLOCK_LIMIT,
  markAsQuote,
  type Button,
  type KnownBlock,
} from './block-kit.ts';
import { encodeFeedbackValue, encodeFullTextValue, encodeMoreValue, encodeShareValue } from './button-values.ts';
import { escapeSlackText, neutralizeEchoedText, truncateText } from './escape-slack-text.ts';
import { splitSectionText } from './split-section-text.ts';
import { renderComparisonBlocks, renderRoleTableBlocks } from './render-answer-kinds.ts';

/** A message ready for chat.postMessage, respond() or chat.postEphemeral. */
export interface RenderedMessage {
  /** Plain fallback: notifications and screen readers read only this. */
  readonly text: string;
  readonly blocks: KnownBlock[];
}

/** How an answer is presented. */
export interface AnswerRenderOptions {
  /** Offer 「チャンネルに共有」 (for private /kyoyaku answers). */
  readonly shareable?: boolean;
  /** Show the question above the answer (where Slack does not show it: slash commands, shares). */
  readonly echoQuestion?: boolean;
  /** A Slack user ID to credit as the one who shared the answer publicly. */
  readonly sharedBy?: string;
}

/** How many refs 「他の候補」 shows at a time. */
export const MORE_PAGE_SIZE = 3;
/** The first reply quotes at most this much of a passage; 「全文を見る」 shows the rest. */
export const QUOTE_EXCERPT_LIMIT = 600;
/** The limit for Slack's `text` fallback; Slack truncates longer text anyway. */
export const FALLBACK_TEXT_LIMIT = 3000;

const FOOTER_BLOCKS = 2;

/**
 * The reply to a question: the summary sentence, then the best passage in every draft (drafts
 * with the same text grouped), its citation, and the buttons.
 */
export function renderAnswerBlocks(result: AskResult, options: AnswerRenderOptions = {}): RenderedMessage {
  const blocks: KnownBlock[] = [];
  const lead = renderLead(result, options);
  blocks.push(...lead);
  if (result.abstained || result.groups.length === 0) {
    blocks.push(...renderSuggestions(result.suggestions));
    blocks.push(renderFooter(result, [], undefined, options));
    return { text: renderFallbackText(result, []), blocks: capBlocks(blocks) };
  }
  // Tables and comparisons are laid out on their own; their passages are not the best few of a list.
  const kindBody = result.kind === 'role-table' ? renderRoleTableBlocks(result) : result.kind === 'comparison' ? renderComparisonBlocks(result) : undefined;
  if (kindBody !== undefined) {
    blocks.push(...kindBody.slice(0, MESSAGE_BLOCK_LIMIT - blocks.length - 1));
    blocks.push(renderFooter(result, result.answers, undefined, options));
    // The fallback cites where the table or the comparison starts, so a notification names its source.
    return { text: renderFallbackText(result, result.groups.slice(0, 1)), blocks: capBlocks(blocks) };
  }
  const refs = listRefs(result.groups);
  const shownRefs = refs.slice(0, 1);
  const groups = result.groups.filter((group) => shownRefs.includes(group.ref));
  const body = renderGroups(groups, MESSAGE_BLOCK_LIMIT - blocks.length - FOOTER_BLOCKS, QUOTE_EXCERPT_LIMIT);
  blocks.push(...body);
  const more = refs.length > shownRefs.length ? shownRefs.length : undefined;
  blocks.push(renderFooter(result, groups.flatMap((group) => group.answers), more, options));
  return { text: renderFallbackText(result, groups), blocks: capBlocks(blocks) };
}

/**
 * 「他の候補」: the refs after the first `skip`, up to MORE_PAGE_SIZE of them, with a button for
 * the next page while any remain.
 */
export function renderMoreAnswersBlocks(result: AskResult, skip: number): RenderedMessage {
  const refs = listRefs(result.groups);
  const pageRefs = refs.slice(skip, skip + MORE_PAGE_SIZE);
  if (result.abstained || pageRefs.length === 0) {
    const text = 'ほかの候補は見つかりませんでした。';
    return { text, blocks: buildSections(text) };
  }
  const groups = result.groups.filter((group) => pageRefs.includes(group.ref));
  const heading = `*他の候補*（「${neutralizeEchoedText(truncateText(result.question, 200))}」）`;
  const blocks: KnownBlock[] = [...buildSections(heading)];
  blocks.push(...renderGroups(groups, MESSAGE_BLOCK_LIMIT - blocks.length - FOOTER_BLOCKS, QUOTE_EXCERPT_LIMIT));
  const next = skip + pageRefs.length < refs.length ? skip + pageRefs.length : undefined;
  blocks.push(renderFooter(result, groups.flatMap((group) => group.answers), next, {}));
  const text = `他の候補: ${groups.map((group) => group.answers[0]?.citation ?? group.ref).join(' / ')}`;
  return { text: truncateText(escapeSlackText(text), FALLBACK_TEXT_LIMIT), blocks: capBlocks(blocks) };
}

/**
 * 「全文を見る」: whole passages (every article sentence, or the annex row with each party's role),
 * one per draft, drafts with the same text shown once with every citation.
 */
export function renderFullTextBlocks(answers: readonly Answer[]): RenderedMessage {
  if (answers.length === 0) {
    const text = 'その条文・別表の行は見つかりませんでした。';
    return { text, blocks: buildSections(text) };
  }
  const groups = groupAnswers(answers);
  const blocks = renderGroups(groups, MESSAGE_BLOCK_LIMIT, Number.POSITIVE_INFINITY, { withFullTextButton: false });
  const first = answers[0];
  const text = first === undefined ? '' : `全文: ${first.citation}`;
  return { text: truncateText(escapeSlackText(text), FALLBACK_TEXT_LIMIT), blocks: capBlocks(blocks) };
}

/** The roles of a group's answers, one line per distinct role text, naming every party holding it. */
export function renderRoleLines(answers: readonly Answer[]): string[] {
  const byRole = new Map<string, string[]>();
  for (const answer of answers) {
    for (const [party, role] of Object.entries(answer.roles)) {
      const parties = byRole.get(role) ?? [];
      if (!parties.includes(party)) parties.push(party);
      byRole.set(role, parties);
    }
  }
  return [...byRole].map(([role, parties]) => `• *${escapeSlackText(parties.join('／'))}*：${escapeSlackText(role)}`);
}

/** The mark of a related answer's heading. */
export const RELATED_LABEL = '【関連】';

/** Renders one group: heading and quote (with 「全文を見る」), roles, citations. */
export function renderGroupBlocks(
  group: AnswerGroup,
  options: { readonly quoteLimit?: number; readonly withFullTextButton?: boolean } = {},
): KnownBlock[] {
  const quoteLimit = options.quoteLimit ?? QUOTE_EXCERPT_LIMIT;
  const title = group.title === group.ref || group.title === '' ? group.ref : `${group.ref} ${group.title}`;
  // A related answer is marked as such: the passage covers the area, it does not name the thing asked.
  const heading = group.answers[0]?.confidence === 'related' ? `${RELATED_LABEL} ${title}` : title;
  const quote = cutExcerpt(group.quote, quoteLimit);
  const button =
    options.withFullTextButton === false
      ? undefined
      : buildButton({
          actionId: ActionId.ShowFullText,
          label: '全文を見る',
          value: encodeFullTextValue({ ref: group.ref, agreements: group.answers.map((answer) => answer.agreement) }),
        });
  const blocks: KnownBlock[] = [];
  // Split the quote on its own so each chunk can be re-marked as a quotation.
  const quoteChunks = splitSectionText(escapeSlackText(quote), 2900).map((chunk) => markAsQuote(chunk));
  const [firstChunk, ...restChunks] = quoteChunks;
  blocks.push(...buildSections(`*${escapeSlackText(heading)}*\n${firstChunk ?? ''}`, button));
  for (const chunk of restChunks) blocks.push(...buildSections(chunk));
  const roleLines = renderRoleLines(group.answers);
  if (roleLines.length > 0) blocks.push(...buildSections(roleLines.join('\n')));
  const context = buildContext(group.answers.map((answer) => `出典：${escapeSlackText(answer.citation)}`));
  if (context !== undefined) blocks.push(context);
  return blocks;
}

/** The refs of the groups, each once, in rank order. */
export function listRefs(groups: readonly AnswerGroup[]): string[] {
  const refs: string[] = [];
  for (const group of groups) if (!refs.includes(group.ref)) refs.push(group.ref);
  return refs;
}

/** Every answer's `agreement:ref`, for feedback and logs. */
export function listAnswerRefs(answers: readonly Answer[]): string[] {
  const refs: string[] = [];
  for (const answer of answers) {
    const ref = `${answer.agreement}:${answer.ref}`;
    if (!refs.includes(ref)) refs.push(ref);
  }
  return refs;
}

function renderLead(result: AskResult, options: AnswerRenderOptions): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  const context: string[] = [];
  if (options.sharedBy !== undefined && /^[UW][A-Z0-9]+$/.test(options.sharedBy)) {
    context.push(`<@${options.sharedBy}> さんが共有しました`);
  }
  if (options.echoQuestion === true) {
    context.push(`質問：「${neutralizeEchoedText(truncateText(result.question, 500))}」`);
  }
  // A cut question is not noted here: the engine's summary already says so.
  const contextBlock = buildContext(context);
  if (contextBlock !== undefined) blocks.push(contextBlock);
  const summary = result.summary.trim() === '' ? '答えが見つかりませんでした。' : result.summary;
  blocks.push(...buildSections(escapeSlackText(summary)));
  return blocks;
}

function renderSuggestions(suggestions: readonly string[]): KnownBlock[] {
  if (suggestions.length === 0) return [];
  const lines = suggestions.slice(0, 5).map((suggestion) => `• ${escapeSlackText(suggestion)}`);
  return buildSections(`たとえば次のように聞いてください。\n${lines.join('\n')}`);
}

function renderGroups(
  groups: readonly AnswerGroup[],
  budget: number,
  quoteLimit: number,
  options: { readonly withFullTextButton?: boolean } = {},
): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  for (const group of groups) {
    const groupBlocks = renderGroupBlocks(group, { quoteLimit, withFullTextButton: options.withFullTextButton ?? true });
    // Leave a block for the note below rather than exceeding Slack's 50-block limit.
    if (blocks.length + groupBlocks.length > budget - 1) {
      blocks.push(...buildSections('（表示しきれない部分は省略しました。）'));
      break;
    }
    blocks.push(...groupBlocks);
  }
  return blocks;
}

function renderFooter(
  result: AskResult,
  answers: readonly Answer[],
  moreSkip: number | undefined,
  options: AnswerRenderOptions,
): KnownBlock {
  const buttons: Button[] = [];
  if (moreSkip !== undefined) {
    buttons.push(
      buildButton({ actionId: ActionId.ShowMore, label: '他の候補', value: encodeMoreValue({ question: result.question, skip: moreSkip }) }),
    );
  }
  const feedback = encodeFeedbackValue({ question: result.question, refs: listAnswerRefs(answers) });
  buttons.push(buildButton({ actionId: ActionId.FeedbackUp, label: '👍', value: feedback }));
  buttons.push(buildButton({ actionId: ActionId.FeedbackDown, label: '👎', value: feedback }));
  if (options.shareable === true && result.question.trim() !== '') {
    buttons.push(
      buildButton({
        actionId: ActionId.ShareToChannel,
        label: 'チャンネルに共有',
        value: encodeShareValue({ question: result.question }),
        style: 'primary',
      }),
    );
  }
  return { type: 'actions', elements: buttons };
}

function renderFallbackText(result: AskResult, groups: readonly AnswerGroup[]): string {
  const citations = groups.flatMap((group) => group.answers.map((answer) => answer.citation));
  const lines = [result.summary.trim() === '' ? '答えが見つかりませんでした。' : result.summary];
  if (citations.length > 0) lines.push(`出典：${citations.join(' / ')}`);
  if (result.abstained && result.suggestions.length > 0) lines.push(`例：${result.suggestions.slice(0, 3).join(' / ')}`);
  return truncateText(escapeSlackText(lines.join('\n')), FALLBACK_TEXT_LIMIT);
}

function cutExcerpt(quote: string, limit: number): string {
  if (quote.length <= limit) return quote;
  const [first] = splitSectionText(quote, limit - 1);
  return `${first ?? quote.slice(0, limit - 1)}…`;
}

function capBlocks(blocks: KnownBlock[]): KnownBlock[] {
  return blocks.length <= MESSAGE_BLOCK_LIMIT ? blocks : blocks.slice(0, MESSAGE_BLOCK_LIMIT);
}
