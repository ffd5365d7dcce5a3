import { describe, expect, it } from 'vitest';
import type { AskResult } from '../../../src/core/answer/types.ts';
import { decodeFeedbackValue, decodeFullTextValue, decodeMoreValue, decodeShareValue } from '../../../src/slack/render/button-values.ts';
import {
  QUOTE_EXCERPT_LIMIT,
  renderAnswerBlocks,
  renderFullTextBlocks,
  renderMoreAnswersBlocks,
  type AnswerRenderOptions,
} from '../../../src/slack/render/render-answer-blocks.ts';
import { ActionId } from '../../../src/slack/surface.ts';
import { makeAnnexAnswer, makeArticleAnswer, makeResult } from '../../support/answer-fixtures.ts';
import { findBlockKitProblems } from '../../support/block-kit-limits.ts';
import { collectText, findElements } from '../../support/fake-slack.ts';

const bothDraftsSameRow = makeResult([makeAnnexAnswer('連携協約1'), makeAnnexAnswer('連携協約2')]);
const articleDraftsDiffer = makeResult(
  [makeArticleAnswer('連携協約1'), makeArticleAnswer('連携協約2', { quote: '前条に規定する取組を実施するために要する費用の分担については、両市が協議して別に定める。' })],
  { intent: 'reference', question: '第4条', summary: '連携協約1・連携協約2の第4条（費用分担）の全文です。' },
);
const abstained = makeResult([], { question: '今日の天気は？', intent: 'search' });
const twoRefs = makeResult([makeAnnexAnswer('連携協約1'), makeArticleAnswer('連携協約1')]);

function listActionIds(blocks: unknown): string[] {
  return findElements(blocks).map((element) => String(element['action_id']));
}

describe('renderAnswerBlocks', () => {
  const cases: {
    why: string;
    result: AskResult;
    options?: AnswerRenderOptions;
    actions: string[];
    contains: string[];
    absent?: string[];
  }[] = [
    {
      // Both drafts quote the same row text: shown once, with both citations and every party's role.
      why: 'same text in both drafts is one group with both citations',
      result: bothDraftsSameRow,
      actions: [ActionId.ShowFullText, ActionId.FeedbackUp, ActionId.FeedbackDown],
      contains: ['連携協約1（山口市・連携市町）別表（第３条関係）3(1)エ 災害対策', '連携協約2（山口市と宇部市）別表（第３条関係）3(1)エ 災害対策', '>災害時等の相互支援', '甲（山口市）', '両市（山口市及び宇部市）'],
    },
    {
      // The drafts word 第4条 differently: the first reply must still show both, each with its citation.
      why: 'differing drafts of the top ref are all in the first reply',
      result: articleDraftsDiffer,
      actions: [ActionId.ShowFullText, ActionId.ShowFullText, ActionId.FeedbackUp, ActionId.FeedbackDown],
      contains: ['甲及び乙が協議して', '両市が協議して', '連携協約1（山口市・連携市町）第４条（費用分担）', '連携協約2（山口市と宇部市）第４条（費用分担）'],
    },
    {
      // Nothing to quote: no 全文 / 他の候補, but the examples help the user ask again, and feedback stays.
      why: 'abstention shows suggestions and only feedback buttons',
      result: abstained,
      actions: [ActionId.FeedbackUp, ActionId.FeedbackDown],
      contains: ['見つかりませんでした', '第4条を見せて'],
      absent: ['出典'],
    },
    {
      // A second ref exists: the first reply shows only the best, and 「他の候補」 leads to the rest.
      why: 'further refs are behind 他の候補',
      result: twoRefs,
      actions: [ActionId.ShowFullText, ActionId.ShowMore, ActionId.FeedbackUp, ActionId.FeedbackDown],
      contains: ['災害対策'],
      absent: ['費用分担'],
    },
    {
      // /kyoyaku answers are private: only they get the share button, and they show the question.
      why: 'a shareable answer has the share button and echoes the question',
      result: bothDraftsSameRow,
      options: { shareable: true, echoQuestion: true },
      actions: [ActionId.ShowFullText, ActionId.FeedbackUp, ActionId.FeedbackDown, ActionId.ShareToChannel],
      contains: ['質問：「災害対応は誰が担当？」'],
    },
    {
      // A shared answer credits the person with a real mention (an ID from the payload, not user text).
      why: 'a shared answer credits the sharer',
      result: bothDraftsSameRow,
      options: { sharedBy: 'U0USER0001', echoQuestion: true },
      actions: [ActionId.ShowFullText, ActionId.FeedbackUp, ActionId.FeedbackDown],
      contains: ['<@U0USER0001> さんが共有しました'],
    },
    {
      // An echoed question must never carry a live broadcast, in blocks or in the text fallback.
      why: 'a broadcast in the question is not echoed live',
      result: makeResult([makeAnnexAnswer('連携協約1')], { question: '<!channel> <!subteam^S1|@all> <@U999> 災害', summary: '<!here> 要約' }),
      options: { echoQuestion: true, shareable: true },
      actions: [ActionId.ShowFullText, ActionId.FeedbackUp, ActionId.FeedbackDown, ActionId.ShareToChannel],
      // The echoed question gets full-width ＠; the summary (not the asker's text) the zero-width space.
      contains: ['＠channel', '＠all', '＠U999', '@\u200Bhere'],
      absent: ['<!channel>', '<!here>', '<!subteam', '<@U999>', '@all'],
    },
  ];

  it.each(cases)('$why', ({ result, options, actions, contains, absent }) => {
    const message = renderAnswerBlocks(result, options);
    expect(findBlockKitProblems(message)).toEqual([]);
    expect(listActionIds(message.blocks)).toEqual(actions);
    const all = `${message.text}\n${collectText(message.blocks)}`;
    for (const expected of contains) expect(all).toContain(expected);
    for (const unexpected of absent ?? []) expect(all).not.toContain(unexpected);
  });

  it('always sets a plain text fallback with the summary and citation', () => {
    // Mobile notifications and screen readers read only `text`.
    const message = renderAnswerBlocks(bothDraftsSameRow);
    expect(message.text).toContain('災害対策');
    expect(message.text).toContain('出典：連携協約1');
    expect(renderAnswerBlocks(abstained).text).toContain('見つかりませんでした');
  });

  it('quotes an excerpt of a very long passage and keeps every section within 3,000 characters', () => {
    // A long quote must not break Slack's section limit; 「全文を見る」 carries the rest.
    const long = '甲及び乙は、相互に連携を図るものとする。'.repeat(300);
    const message = renderAnswerBlocks(makeResult([makeArticleAnswer('連携協約1', { quote: long })]));
    expect(findBlockKitProblems(message)).toEqual([]);
    const quoted = collectText(message.blocks).split('\n').filter((line) => line.startsWith('>')).join('');
    expect(quoted.length).toBeLessThanOrEqual(QUOTE_EXCERPT_LIMIT + 2);
    expect(quoted.endsWith('…')).toBe(true);
  });

  it('stays within 50 blocks however many drafts match, keeping the buttons', () => {
    // 30 drafts with different texts for one ref: the groups are cut, the footer stays.
    const answers = Array.from({ length: 30 }, (_, i) => makeArticleAnswer('連携協約1', { agreement: `連携協約${i + 1}`, quote: `第${i}版の本文。` }));
    const message = renderAnswerBlocks(makeResult(answers));
    expect(findBlockKitProblems(message)).toEqual([]);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(message.blocks.at(-1)?.type).toBe('actions');
    expect(collectText(message.blocks)).toContain('省略しました');
  });

  it('keeps button values within 2,000 characters for a huge question', () => {
    // The question rides in button values; a 40,000-character one must be cut, not rejected by Slack.
    const question = '"'.repeat(40_000);
    const message = renderAnswerBlocks(makeResult([makeAnnexAnswer('連携協約1'), makeArticleAnswer('連携協約1')], { question }), { shareable: true });
    expect(findBlockKitProblems(message)).toEqual([]);
    const values = findElements(message.blocks).map((element) => String(element['value']));
    for (const value of values) expect(value.length).toBeLessThanOrEqual(2000);
  });

  it('encodes button values that the action handlers can decode', () => {
    // The values are the only state a click brings back.
    const message = renderAnswerBlocks(twoRefs, { shareable: true });
    const byId = new Map(findElements(message.blocks).map((element) => [element['action_id'], String(element['value'])]));
    expect(decodeFullTextValue(byId.get(ActionId.ShowFullText))).toEqual({ ref: '別表3(1)エ', agreements: ['連携協約1'] });
    expect(decodeMoreValue(byId.get(ActionId.ShowMore))).toEqual({ question: twoRefs.question, skip: 1 });
    expect(decodeFeedbackValue(byId.get(ActionId.FeedbackUp))).toEqual({ question: twoRefs.question, refs: ['連携協約1:別表3(1)エ'] });
    expect(decodeShareValue(byId.get(ActionId.ShareToChannel))).toEqual({ question: twoRefs.question });
  });
});

describe('renderMoreAnswersBlocks', () => {
  it('shows the refs after those already shown', () => {
    // skip 1: the first ref (災害対策) was in the first reply; 費用分担 comes next.
    const message = renderMoreAnswersBlocks(twoRefs, 1);
    expect(findBlockKitProblems(message)).toEqual([]);
    const text = collectText(message.blocks);
    expect(text).toContain('費用分担');
    expect(text).not.toContain('災害対策');
    expect(listActionIds(message.blocks)).not.toContain(ActionId.ShowMore);
  });

  it('says so when there is nothing more', () => {
    // A stale button (or an engine that now ranks fewer refs) must still get an answer.
    expect(renderMoreAnswersBlocks(twoRefs, 5).text).toBe('ほかの候補は見つかりませんでした。');
  });
});

describe('renderFullTextBlocks', () => {
  it('shows the whole passage with roles and every citation, grouped by text', () => {
    // 「全文を見る」 is for reading the clause itself: no excerpt, no buttons.
    const long = '相互に連携を図るものとする。'.repeat(100);
    const message = renderFullTextBlocks([makeAnnexAnswer('連携協約1', { quote: long }), makeAnnexAnswer('連携協約2', { quote: long })]);
    expect(findBlockKitProblems(message)).toEqual([]);
    const text = collectText(message.blocks);
    expect(text.replace(/\n>?/g, '')).toContain(long);
    expect(text).toContain('甲（山口市）');
    expect(text).toContain('連携協約2（山口市と宇部市）');
    expect(findElements(message.blocks)).toEqual([]);
  });

  it('says so when the passage is gone', () => {
    // A button from an older corpus may name a ref that no longer exists.
    expect(renderFullTextBlocks([]).text).toContain('見つかりませんでした');
  });
});
