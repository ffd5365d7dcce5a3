/**
 * The listeners as plain functions, called with fake Bolt arguments and a fake engine.
 */
import { describe, expect, it, vi } from 'vitest';
import type { HandlerDeps, SlackClient } from '../../src/slack/handler-deps.ts';
import { InFlightTracker } from '../../src/slack/in-flight.ts';
import { handleAppHomeOpened } from '../../src/slack/listeners/app-home-opened.ts';
import { handleAppMention } from '../../src/slack/listeners/app-mention.ts';
import { handleDirectMessage } from '../../src/slack/listeners/direct-message.ts';
import { handleFeedback } from '../../src/slack/listeners/feedback-action.ts';
import { handleKyoyakuCommand } from '../../src/slack/listeners/kyoyaku-command.ts';
import { handlePickAnnexRow } from '../../src/slack/listeners/pick-annex-row-action.ts';
import { handleShareToChannel } from '../../src/slack/listeners/share-to-channel-action.ts';
import { handleShowFullText, UNREADABLE_BUTTON_TEXT } from '../../src/slack/listeners/show-full-text-action.ts';
import { handleShowMore } from '../../src/slack/listeners/show-more-action.ts';
import { encodeFeedbackValue, encodeFullTextValue, encodeMoreValue, encodeShareValue } from '../../src/slack/render/button-values.ts';
import { ActionId } from '../../src/slack/surface.ts';
import { makeAnnexAnswer, makeArticleAnswer, makeFakeAnswerer, makeResult } from '../support/answer-fixtures.ts';
import { collectText } from '../support/fake-slack.ts';

function makeClient(): SlackClient & { posted: Record<string, unknown>[]; ephemeral: Record<string, unknown>[]; published: Record<string, unknown>[] } {
  const posted: Record<string, unknown>[] = [];
  const ephemeral: Record<string, unknown>[] = [];
  const published: Record<string, unknown>[] = [];
  return {
    posted,
    ephemeral,
    published,
    chat: {
      postMessage: vi.fn(async (args: Record<string, unknown>) => {
        posted.push(args);
        return { ok: true };
      }),
      postEphemeral: vi.fn(async (args: Record<string, unknown>) => {
        ephemeral.push(args);
        return { ok: true };
      }),
    },
    views: {
      publish: vi.fn(async (args: Record<string, unknown>) => {
        published.push(args);
        return { ok: true };
      }),
    },
  } as never;
}

/** A respond() fake whose calls keep the message argument. */
function makeRespond() {
  return vi.fn(async (message: unknown) => message);
}

function makeDeps(answerer = makeFakeAnswerer()): HandlerDeps & { lines: Record<string, unknown>[]; answerer: ReturnType<typeof makeFakeAnswerer> } {
  const lines: Record<string, unknown>[] = [];
  return { answerer, log: (line) => lines.push(line), inFlight: new InFlightTracker(), lines };
}

const context = { botUserId: 'UBOT' };
const mention = { type: 'app_mention', user: 'U1', text: '<@UBOT> 災害対応は誰が担当？', ts: '100.1', channel: 'C1' };

describe('handleAppMention', () => {
  it('answers in the thread of the question, asks without the mention, and logs one line', async () => {
    const client = makeClient();
    const deps = makeDeps();
    await handleAppMention({ event: mention, context, client }, deps);
    expect(deps.answerer.questions).toEqual(['災害対応は誰が担当？']);
    expect(client.posted).toHaveLength(1);
    expect(client.posted[0]).toMatchObject({ channel: 'C1', thread_ts: '100.1' });
    const answered = deps.lines.filter((line) => line['event'] === 'question_answered');
    expect(answered).toHaveLength(1);
    expect(answered[0]).toMatchObject({ surface: 'app_mention', abstained: false, refs: ['連携協約1:別表3(1)エ', '連携協約2:別表3(1)エ'], question: '災害対応は誰が担当？' });
    expect(typeof answered[0]?.['duration_ms']).toBe('number');
  });

  it('replies in the existing thread when the mention is inside one', async () => {
    const client = makeClient();
    await handleAppMention({ event: { ...mention, thread_ts: '50.5' }, context, client }, makeDeps());
    expect(client.posted[0]).toMatchObject({ thread_ts: '50.5' });
  });

  it('shows usage privately for a bare mention', async () => {
    const client = makeClient();
    await handleAppMention({ event: { ...mention, text: '<@UBOT>' }, context, client }, makeDeps());
    expect(client.posted).toHaveLength(0);
    expect(client.ephemeral[0]).toMatchObject({ channel: 'C1', user: 'U1', thread_ts: '100.1' });
  });

  it.each([
    // The bot's own message and other bots' are never answered (no loops).
    { why: 'the bot itself', event: { ...mention, user: 'UBOT' } },
    { why: 'a bot message', event: { ...mention, bot_id: 'B1' } },
    // A mention in a DM also arrives as message.im, which answers it.
    { why: 'a DM', event: { ...mention, channel: 'D1' } },
    { why: 'a malformed event', event: { type: 'app_mention', text: 42 } },
  ])('ignores $why', async ({ event }) => {
    const client = makeClient();
    const deps = makeDeps();
    await handleAppMention({ event, context, client }, deps);
    expect(client.posted).toHaveLength(0);
    expect(deps.answerer.questions).toHaveLength(0);
  });

  it('logs and apologises in the thread when answering fails, without throwing', async () => {
    const client = makeClient();
    const deps = makeDeps(
      makeFakeAnswerer(() => {
        throw new Error('engine exploded');
      }),
    );
    await handleAppMention({ event: mention, context, client }, deps);
    expect(client.posted).toHaveLength(1);
    expect(client.posted[0]).toMatchObject({ channel: 'C1', thread_ts: '100.1' });
    expect(String(client.posted[0]?.['text'])).toContain('すみません');
    expect(deps.lines.some((line) => line['event'] === 'handler_failed' && line['error'] === 'engine exploded')).toBe(true);
  });

  it('survives a failing apology too', async () => {
    const client = makeClient();
    vi.mocked(client.chat.postMessage).mockRejectedValue(new Error('channel_not_found'));
    const deps = makeDeps();
    await expect(handleAppMention({ event: mention, context, client }, deps)).resolves.toBeUndefined();
    expect(deps.lines.map((line) => line['event'])).toEqual(['handler_failed', 'apology_failed']);
  });
});

describe('handleDirectMessage', () => {
  const dm = { type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: '第4条', ts: '200.2' };

  it('answers in the DM', async () => {
    const client = makeClient();
    await handleDirectMessage({ event: dm, context, client }, makeDeps());
    expect(client.posted[0]).toMatchObject({ channel: 'D1' });
    expect(client.posted[0]).not.toHaveProperty('thread_ts');
  });

  it.each([
    { why: 'a channel message', event: { ...dm, channel_type: 'channel', channel: 'C1' } },
    { why: 'an edit', event: { ...dm, subtype: 'message_changed' } },
    { why: 'a deletion', event: { ...dm, subtype: 'message_deleted' } },
    { why: 'the bot’s own reply', event: { ...dm, user: 'UBOT', bot_id: 'B1' } },
  ])('ignores $why', async ({ event }) => {
    const client = makeClient();
    await handleDirectMessage({ event, context, client }, makeDeps());
    expect(client.posted).toHaveLength(0);
  });
});

describe('handleKyoyakuCommand', () => {
  it('acks first, then responds privately with the share button', async () => {
    const calls: string[] = [];
    const ack = vi.fn(async () => {
      calls.push('ack');
    });
    const respond = vi.fn(async (message: Record<string, unknown>) => {
      calls.push('respond');
      return message;
    });
    await handleKyoyakuCommand({ command: { text: '災害対応は誰が担当？' }, ack, respond }, makeDeps());
    expect(calls).toEqual(['ack', 'respond']);
    expect(ack).toHaveBeenCalledWith();
    const message = respond.mock.calls[0]?.[0] as Record<string, unknown>;
    expect(message['response_type']).toBe('ephemeral');
    expect(JSON.stringify(message['blocks'])).toContain(ActionId.ShareToChannel);
  });

  it.each(['', 'help', '  ヘルプ '])('answers %j with usage in the ack', async (text) => {
    const ack = vi.fn(async () => undefined);
    const respond = makeRespond();
    const deps = makeDeps();
    await handleKyoyakuCommand({ command: { text }, ack, respond }, deps);
    expect(ack).toHaveBeenCalledWith(expect.objectContaining({ response_type: 'ephemeral' }));
    expect(respond).not.toHaveBeenCalled();
    expect(deps.answerer.questions).toHaveLength(0);
  });
});

describe('button handlers', () => {
  const body = { user: { id: 'U1' }, channel: { id: 'C1' } };

  it('「全文を見る」 looks up the passage in each draft and responds privately', async () => {
    const respond = makeRespond();
    const ack = vi.fn(async () => undefined);
    const value = encodeFullTextValue({ ref: '第4条', agreements: ['連携協約1', '連携協約2'] });
    await handleShowFullText({ ack, action: { value }, body, respond }, makeDeps());
    expect(ack).toHaveBeenCalled();
    const message = respond.mock.calls[0]?.[0] as unknown as Record<string, unknown>;
    expect(message).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(collectText(message['blocks'])).toContain('連携協約2（山口市と宇部市）第４条（費用分担）');
  });

  it('「他の候補」 re-asks and shows the next refs', async () => {
    const respond = makeRespond();
    const deps = makeDeps(makeFakeAnswerer((question) => makeResult([makeAnnexAnswer('連携協約1'), makeArticleAnswer('連携協約1')], { question })));
    await handleShowMore({ ack: async () => undefined, action: { value: encodeMoreValue({ question: '災害', skip: 1 }) }, body, respond }, deps);
    expect(deps.answerer.questions).toEqual(['災害']);
    expect(collectText((respond.mock.calls[0]?.[0] as unknown as Record<string, unknown>)['blocks'])).toContain('費用分担');
  });

  it('👍 / 👎 thank the user and log one line with the question and refs', async () => {
    for (const actionId of [ActionId.FeedbackUp, ActionId.FeedbackDown]) {
      const respond = makeRespond();
      const deps = makeDeps();
      const value = encodeFeedbackValue({ question: '第4条', refs: ['連携協約1:第4条'] });
      await handleFeedback({ ack: async () => undefined, action: { action_id: actionId, value }, body, respond }, deps);
      expect(deps.lines).toEqual([
        { level: 'info', event: 'feedback', rating: actionId === ActionId.FeedbackUp ? 'up' : 'down', question: '第4条', refs: ['連携協約1:第4条'] },
      ]);
      expect(String((respond.mock.calls[0]?.[0] as unknown as Record<string, unknown>)['text'])).toContain('ありがとうございます');
    }
  });

  it('「チャンネルに共有」 posts in the channel, credits the user, and removes the private copy', async () => {
    const respond = makeRespond();
    await handleShareToChannel({ ack: async () => undefined, action: { value: encodeShareValue({ question: '災害対応は誰が担当？' }) }, body, respond }, makeDeps());
    const [publicPost, deletion] = respond.mock.calls.map((call) => (call as unknown[])[0] as Record<string, unknown>);
    expect(publicPost).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(collectText(publicPost?.['blocks'])).toContain('<@U1> さんが共有しました');
    expect(deletion).toMatchObject({ delete_original: true });
  });

  it('tells the user, privately, when a button’s value is not ours, and posts nothing public', async () => {
    // Values come back from the network: a forged or stale one must not throw, nor leave the user with no reply.
    const respond = makeRespond();
    await handleShareToChannel({ ack: async () => undefined, action: { value: '{"x":1}' }, body, respond }, makeDeps());
    await handleShowMore({ ack: async () => undefined, action: { value: 'not json' }, body, respond }, makeDeps());
    expect(respond).toHaveBeenCalledTimes(2);
    for (const [message] of respond.mock.calls) {
      expect(message).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: UNREADABLE_BUTTON_TEXT });
    }
  });
});

describe('App Home', () => {
  it('publishes the Home tab when opened, not for the Messages tab', async () => {
    const client = makeClient();
    await handleAppHomeOpened({ event: { type: 'app_home_opened', user: 'U1', tab: 'home' }, client }, makeDeps());
    await handleAppHomeOpened({ event: { type: 'app_home_opened', user: 'U1', tab: 'messages' }, client }, makeDeps());
    expect(client.published).toHaveLength(1);
    expect(client.published[0]).toMatchObject({ user_id: 'U1', view: { type: 'home' } });
  });

  it('shows the picked row with each draft’s roles', async () => {
    const client = makeClient();
    const deps = makeDeps(makeFakeAnswerer((question) => makeResult([makeAnnexAnswer('連携協約1'), makeAnnexAnswer('連携協約2')], { question })));
    await handlePickAnnexRow(
      { ack: async () => undefined, action: { type: 'static_select', selected_option: { value: '別表3(1)エ' } }, body: { user: { id: 'U1' } }, client },
      deps,
    );
    const text = collectText((client.published[0]?.['view'] as Record<string, unknown>)['blocks']);
    expect(text).toContain('甲（山口市）');
    expect(text).toContain('両市（山口市及び宇部市）');
  });
});
