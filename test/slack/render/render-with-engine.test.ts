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
