/**
 * The App Home tab: what the bot knows, how to ask, example questions, and a policy-area picker
 * over the annex rows that shows the chosen row with each party's role.
 */
import type { types } from '@slack/bolt';
import type { Answer } from '../../core/answer/types.ts';
import { ActionId, KYOYAKU_COMMAND } from '../surface.ts';
import { buildContext, buildDivider, buildHeader, buildSections, PLAIN_TEXT_LABEL_LIMIT, VIEW_BLOCK_LIMIT, type KnownBlock } from './block-kit.ts';
import { escapeSlackText, truncateText } from './escape-slack-text.ts';
import { groupAnswers, renderGroupBlocks } from './render-answer-blocks.ts';

/** One annex row as the picker lists it. */
export interface AnnexRowOption {
  readonly ref: string;
  readonly section: string;
  /** The section heading as printed, shown beside the number so the group reads as a policy area. */
  readonly sectionTitle?: string;
  readonly title: string;
}

/** What the Home tab shows. */
export interface HomeViewInput {
  readonly examples: readonly string[];
  readonly annexRows: readonly AnnexRowOption[];
  /** The row picked in the policy-area picker, with its passage in every draft that holds it. */
  readonly selected?: { readonly ref: string; readonly answers: readonly Answer[] };
}

// Slack allows at most 100 option groups and 100 options per select.
const OPTION_LIMIT = 100;

/** Builds the Home tab view for views.publish. */
export function renderHomeView(input: HomeViewInput): types.HomeView {
  const blocks: KnownBlock[] = [buildHeader('連携協約ボット')];
  blocks.push(
    ...buildSections(
      '山口県央連携都市圏域の *連携協約（案）* について、条文と別表から答え、根拠の条文・別表の行をそのまま引用します。' +
        `別表には${input.annexRows.length}の取組があり、それぞれ誰が何を担うかを答えられます。`,
    ),
  );
  blocks.push(
    ...buildSections(
      '*聞き方*\n' +
        '• このアプリにダイレクトメッセージで質問する\n' +
        '• チャンネルでボットをメンションして質問する（答えはスレッドに返ります）\n' +
        `• \`${KYOYAKU_COMMAND} 質問\` で自分だけに答えを表示する（「チャンネルに共有」で公開できます）`,
    ),
  );
  if (input.examples.length > 0) {
    blocks.push(...buildSections(`*質問の例*\n${input.examples.slice(0, 8).map((example) => `• ${escapeSlackText(example)}`).join('\n')}`));
  }
  blocks.push(buildDivider());
  blocks.push(...renderPicker(input.annexRows, input.selected?.ref));
  if (input.selected !== undefined) {
    blocks.push(...renderSelectedRow(input.selected.ref, input.selected.answers, VIEW_BLOCK_LIMIT - blocks.length - 1));
  }
  blocks.push(buildContext(['答えは協約の案文に基づきます。正式な解釈は担当課に確認してください。']) ?? buildDivider());
  return { type: 'home', blocks: blocks.slice(0, VIEW_BLOCK_LIMIT) };
}

function renderPicker(rows: readonly AnnexRowOption[], selectedRef: string | undefined): KnownBlock[] {
  if (rows.length === 0) return buildSections('別表の取組が読み込まれていません。');
  const groups: { label: string; options: types.PlainTextOption[] }[] = [];
  let count = 0;
  for (const row of rows) {
    if (count >= OPTION_LIMIT) break;
    const label = row.sectionTitle ? `${formatSectionLabel(row.section)} ${row.sectionTitle}` : formatSectionLabel(row.section);
    let group = groups.find((candidate) => candidate.label === label);
    if (group === undefined) {
      group = { label, options: [] };
      groups.push(group);
    }
    group.options.push(buildOption(row));
    count += 1;
  }
  const selected = rows.find((row) => row.ref === selectedRef);
  const select: types.StaticSelect = {
    type: 'static_select',
    action_id: ActionId.PickAnnexRow,
    placeholder: { type: 'plain_text', text: '分野を選ぶ' },
    option_groups: groups.map((group) => ({
      label: { type: 'plain_text', text: truncateText(group.label, PLAIN_TEXT_LABEL_LIMIT) },
      options: group.options,
    })),
    ...(selected === undefined ? {} : { initial_option: buildOption(selected) }),
  };
  return [
    {
      type: 'section',
      text: { type: 'mrkdwn', text: '*分野から探す*\n別表の取組を選ぶと、その内容と各団体の役割を表示します。' },
      accessory: select,
    },
  ];
}

function renderSelectedRow(ref: string, answers: readonly Answer[], budget: number): KnownBlock[] {
  if (answers.length === 0) return buildSections(`${escapeSlackText(ref)} は見つかりませんでした。`);
  const blocks: KnownBlock[] = [];
  for (const group of groupAnswers(answers)) {
    const groupBlocks = renderGroupBlocks(group, { quoteLimit: Number.POSITIVE_INFINITY, withFullTextButton: false });
    if (blocks.length + groupBlocks.length > budget) break;
    blocks.push(...groupBlocks);
  }
  return blocks;
}

function buildOption(row: AnnexRowOption): types.PlainTextOption {
  // Slack matches initial_option against the options by value and text, so both are built alike.
  const label = `${row.ref.replace(/^別表/, '')} ${row.title}`;
  return { text: { type: 'plain_text', text: truncateText(label, PLAIN_TEXT_LABEL_LIMIT) }, value: row.ref };
}

/** `3(1)` → `別表3(1)`: the engine gives the section number alone, which reads as nothing in a menu. */
export function formatSectionLabel(section: string): string {
  return section.startsWith('別表') ? section : `別表${section}`;
}
