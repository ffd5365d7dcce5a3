/**
 * The renderers over the real engine's answers: every example question and every annex row must
 * produce blocks Slack accepts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QuestionAnswerer } from '../../../src/core/answer/types.ts';
import { createQuestionAnswerer } from '../../../src/core/create-question-answerer.ts';
import { renderAnswerBlocks, renderFullTextBlocks, renderMoreAnswersBlocks } from '../../../src/slack/render/render-answer-blocks.ts';
import { renderHomeView } from '../../../src/slack/render/render-home-view.ts';
import { findBlockKitProblems } from '../../support/block-kit-limits.ts';
import { collectText } from '../../support/fake-slack.ts';

let engine: QuestionAnswerer;
beforeAll(async () => {
  engine = await createQuestionAnswerer();
});

describe('rendering the real engine’s answers', () => {
  it('renders every example question within Block Kit limits, with its citation', () => {
    for (const question of engine.examples) {
      const result = engine.ask(question, { limit: 10 });
      const message = renderAnswerBlocks(result, { shareable: true, echoQuestion: true });
      expect(findBlockKitProblems(message), question).toEqual([]);
      if (!result.abstained) expect(message.text, question).toContain(result.answers[0]?.citation ?? '∅');
      expect(findBlockKitProblems(renderMoreAnswersBlocks(result, 1)), question).toEqual([]);
    }
  });

  it.each([
    { q: '役割を全部見せて', why: 'the largest role table: both drafts, every party' },
    { q: '萩市の役割を一覧にして', why: 'one member’s table' },
    { q: '連携協約1と2で違うところは？', why: 'the comparison of the drafts' },
    { q: '甲とは？', why: 'a definition with its 注記2 note' },
    { q: '圏域の構成市町は？', why: 'membership: no passage, only the summary' },
  ])('renders $q within Block Kit limits ($why)', ({ q }) => {
    const result = engine.ask(q);
    const message = renderAnswerBlocks(result, { shareable: true, echoQuestion: true });
    expect(findBlockKitProblems(message), q).toEqual([]);
    // Short lines for a phone: no section line longer than a screenful.
    for (const line of collectText(message.blocks).split('\n')) expect(line.length, line).toBeLessThan(700);
  });

  it('shows a role table by section with a picker for every row’s full text', () => {
    const message = renderAnswerBlocks(engine.ask('萩市の役割を一覧にして'));
    const text = collectText(message.blocks);
    expect(text).toContain('圏域全体の経済成長のけん引');
    expect(text).toContain('3(1)エ 災害対策');
    const select = message.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : [])).find((e) => e.type === 'static_select');
    expect(select && 'options' in select ? select.options?.length : 0).toBe(19);
  });

  it('marks the changed words of a comparison in bold, at a boundary Slack reads', () => {
    const text = collectText(renderAnswerBlocks(engine.ask('連携協約1と2で違うところは？')).blocks);
    expect(text).toContain('\u200b*並びに*\u200b');
    expect(text).toContain('\u200b*及び*\u200b');
    expect(text).toContain('別表1ア〜3(3)ア（19行、どの行も同じ違い）');
  });

  it('renders every annex row in every draft, and the Home tab with each row picked', () => {
    const rows = engine.listAnnexRows();
    expect(rows).toHaveLength(19);
    for (const row of rows) {
      const answers = ['連携協約1', '連携協約2'].map((agreement) => engine.lookup(agreement, row.ref)).filter((answer) => answer !== undefined);
      expect(answers.length, row.ref).toBeGreaterThan(0);
      const full = renderFullTextBlocks(answers);
      expect(findBlockKitProblems(full), row.ref).toEqual([]);
      expect(collectText(full.blocks)).toContain(row.title);
      const view = renderHomeView({ examples: engine.examples, annexRows: rows, selected: { ref: row.ref, answers } });
      expect(findBlockKitProblems(view, { maxBlocks: 100 }), row.ref).toEqual([]);
    }
  });
});
