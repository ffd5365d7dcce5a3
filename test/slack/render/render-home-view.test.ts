import { describe, expect, it } from 'vitest';
import { formatSectionLabel, renderHomeView } from '../../../src/slack/render/render-home-view.ts';
import { ActionId } from '../../../src/slack/surface.ts';
import { makeAnnexAnswer } from '../../support/answer-fixtures.ts';
import { findBlockKitProblems } from '../../support/block-kit-limits.ts';
import { collectText, findElement } from '../../support/fake-slack.ts';

const rows = [
  { ref: '別表1ア', section: '1', title: '経済戦略の策定及び推進' },
  { ref: '別表3(1)エ', section: '3(1)', title: '災害対策' },
  { ref: '別表3(1)オ', section: '3(1)', title: '環境' },
];

describe('renderHomeView', () => {
  it('explains the bot, lists examples and offers the rows grouped by section', () => {
    const view = renderHomeView({ examples: ['災害対応は誰が担当？'], annexRows: rows });
    expect(view.type).toBe('home');
    expect(findBlockKitProblems(view, { maxBlocks: 100 })).toEqual([]);
    const text = collectText(view.blocks);
    expect(text).toContain('連携協約');
    expect(text).toContain('災害対応は誰が担当？');
    const picker = findElement(view.blocks, ActionId.PickAnnexRow) as { option_groups: { label: { text: string }; options: { value: string }[] }[] };
    // Rows are grouped by their section, in document order.
    expect(picker.option_groups.map((group) => group.label.text)).toEqual(['別表1', '別表3(1)']);
    expect(picker.option_groups.map((group) => group.options.map((option) => option.value))).toEqual([['別表1ア'], ['別表3(1)エ', '別表3(1)オ']]);
  });

  it('shows the picked row with each party’s role in every draft and keeps it selected', () => {
    const view = renderHomeView({
      examples: [],
      annexRows: rows,
      selected: { ref: '別表3(1)エ', answers: [makeAnnexAnswer('連携協約1'), makeAnnexAnswer('連携協約2')] },
    });
    expect(findBlockKitProblems(view, { maxBlocks: 100 })).toEqual([]);
    const text = collectText(view.blocks);
    expect(text).toContain('甲（山口市）');
    expect(text).toContain('両市（山口市及び宇部市）');
    expect(text).toContain('連携協約2（山口市と宇部市）別表（第３条関係）3(1)エ 災害対策');
    const picker = findElement(view.blocks, ActionId.PickAnnexRow) as { initial_option?: { value: string } };
    expect(picker.initial_option?.value).toBe('別表3(1)エ');
  });

  it('copes with an unknown pick', () => {
    // The picked value comes back from Slack; a stale one must not break the tab.
    const view = renderHomeView({ examples: [], annexRows: rows, selected: { ref: '別表9ア', answers: [] } });
    expect(collectText(view.blocks)).toContain('見つかりませんでした');
  });

  it.each([
    // The engine gives the bare section number; a menu needs more than "3(1)".
    { section: '3(1)', expected: '別表3(1)' },
    // Should the engine start sending labelled sections, they are not prefixed twice.
    { section: '別表2 都市機能', expected: '別表2 都市機能' },
  ])('labels section $section as $expected', ({ section, expected }) => {
    expect(formatSectionLabel(section)).toBe(expected);
  });
});
