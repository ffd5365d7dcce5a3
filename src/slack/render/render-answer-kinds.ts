/**
 * Block Kit for the replies that are not "the best passages": a party's whole role table (one
 * section per annex section and a picker to open any row's full text) and the drafts compared
 * (each differing passage with its changed spans in bold). Within Slack's limits: at most 50
 * blocks, 3,000 characters a section; readable on a phone (short lines, no tables).
 */
import { describeDifferenceGroup, groupAlikeDifferences, segmentChanges, type TextSegment } from '../../core/answer/compare-drafts.ts';
import type { AskResult, RoleTable } from '../../core/answer/types.ts';
import { ActionId } from '../surface.ts';
import { buildSections, type KnownBlock } from './block-kit.ts';
import { encodeFullTextValue } from './button-values.ts';
import { escapeSlackText, truncateText } from './escape-slack-text.ts';

/** Slack's limits on a static_select: options, option text, option value. */
const SELECT_OPTION_LIMIT = 100;
const OPTION_TEXT_LIMIT = 75;
/** A full-width space: Japanese text's own spacing. */
const IDEOGRAPHIC_SPACE = '\u3000';

/** The body of a role-table reply: per agreement, the rows by section, and a 全文 picker. */
export function renderRoleTableBlocks(result: AskResult): KnownBlock[] {
  return (result.roleTables ?? []).flatMap((table) => renderRoleTable(table));
}

function renderRoleTable(table: RoleTable): KnownBlock[] {
  const whose = table.parties.map((p) => `${p.name}（${p.symbol}）`).join('・');
  const blocks: KnownBlock[] = [...buildSections(`*${escapeSlackText(`${table.agreement}${IDEOGRAPHIC_SPACE}${whose}の役割`)}*`)];
  for (const section of table.sections) {
    const lines = section.rows.map((row) => {
      // A role said once in the lead (the same in every row) is not repeated on each line.
      const roles = table.parties.filter((p) => p.sameRole === undefined).map((p) => `${IDEOGRAPHIC_SPACE}${p.name}：${row.roles[p.symbol] ?? ''}`);
      return [`• ${row.ref.replace(/^別表/u, '')} ${row.title}`, ...roles].map(escapeSlackText).join('\n');
    });
    blocks.push(...buildSections(`*${escapeSlackText(section.heading)}*\n${lines.join('\n')}`));
  }
  const rows = table.sections.flatMap((s) => s.rows).slice(0, SELECT_OPTION_LIMIT);
  blocks.push({
    type: 'actions',
    elements: [
      {
        type: 'static_select',
        action_id: ActionId.ShowFullText,
        placeholder: { type: 'plain_text', text: '行の全文を見る', emoji: false },
        options: rows.map((row) => ({
          text: { type: 'plain_text', text: truncateText(`${row.ref} ${row.title}`, OPTION_TEXT_LIMIT), emoji: false },
          value: encodeFullTextValue({ ref: row.ref, agreements: [table.agreement] }),
        })),
      },
    ],
  });
  return blocks;
}

/**
 * The body of a comparison: each differing passage with both drafts' text cut to its changes, the
 * changes in bold. Annex rows that changed alike are shown once, with the rows they stand for.
 */
export function renderComparisonBlocks(result: AskResult): KnownBlock[] {
  const comparison = result.comparison;
  if (!comparison) return [];
  const blocks: KnownBlock[] = [];
  for (const group of groupAlikeDifferences(comparison.differences)) {
    const [first] = group;
    if (!first) continue;
    const lines = first.drafts.map((draft) => `${escapeSlackText(draft.agreement)}：${markChanges(segmentChanges(draft.text, draft.changed))}`);
    blocks.push(...buildSections(`*${escapeSlackText(describeDifferenceGroup(group))}*\n${lines.join('\n')}`));
  }
  return blocks;
}

/**
 * Changed segments in bold. Slack reads * as bold only at a word boundary, which Japanese text
 * has none of: a zero-width space on each side makes one without showing anything.
 */
function markChanges(segments: readonly TextSegment[]): string {
  const bold = (text: string): string => (text === '' ? '' : `\u200b*${escapeSlackText(text)}*\u200b`);
  // Bold never spans a line break in mrkdwn: each line of a change is marked on its own.
  return segments.map((s) => (s.changed ? s.text.split('\n').map(bold).join('\n') : escapeSlackText(s.text))).join('');
}
