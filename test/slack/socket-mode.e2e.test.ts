/**
 * The real Bolt app (startSlackApp) and the real engine, against the Slack stand-in over Socket
 * Mode: every surface, every button, and the reliability cases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuestionAnswerer } from '../../src/core/answer/types.ts';
import { createQuestionAnswerer } from '../../src/core/create-question-answerer.ts';
import { ActionId } from '../../src/slack/surface.ts';
import { findBlockKitProblems } from '../support/block-kit-limits.ts';
import { collectText, FakeSlack, FAKE_BOT_ID, FAKE_BOT_USER_ID, findElement, type ApiCall } from '../support/fake-slack.ts';
import { socketModeEnv, startBotInProcess, TEST_APP_TOKEN, TEST_BOT_TOKEN, type InProcessBot } from '../support/start-bot.ts';

let fake: FakeSlack;
let bot: InProcessBot;
let engine: QuestionAnswerer;
let tsCounter = 0;

/** A unique message ts, so each test finds its own reply by thread. */
function makeTs(): string {
  tsCounter += 1;
  return `1710000000.${String(tsCounter).padStart(6, '0')}`;
}

function makeMention(text: string, ts = makeTs(), extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'app_mention', user: 'U0USER0001', text: `<@${FAKE_BOT_USER_ID}> ${text}`, ts, channel: 'C0CHANNEL1', ...extra };
}

function makeDirectMessage(text: string, ts = makeTs(), extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'message', channel_type: 'im', channel: 'D0DM000001', user: 'U0USER0001', text, ts, ...extra };
}

function isReplyIn(threadTs: string): (call: ApiCall) => boolean {
  return (call) => call.args['thread_ts'] === threadTs;
}

function listPostsTo(threadTs: string): ApiCall[] {
  return fake.callsOf('chat.postMessage').filter(isReplyIn(threadTs));
}

/** Sends a mention and waits for its reply: proof that everything sent before was processed or dropped. */
async function sendRoundTrip(): Promise<void> {
  const ts = makeTs();
  await fake.sendEvent(makeMention('第5条', ts));
  await fake.waitForCall('chat.postMessage', isReplyIn(ts));
}

beforeAll(async () => {
  engine = await createQuestionAnswerer();
  fake = await FakeSlack.start();
  bot = await startBotInProcess({ env: socketModeEnv(fake), answerer: engine });
  await fake.waitForSocket();
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('Socket Mode start-up', () => {
  it('verifies the bot token and opens the connection through SLACK_API_URL with the app token', () => {
    expect(fake.callsOf('auth.test')[0]?.token).toBe(TEST_BOT_TOKEN);
    expect(fake.callsOf('apps.connections.open')[0]?.token).toBe(TEST_APP_TOKEN);
    expect(bot.logs.some((line) => line['event'] === 'slack_app_started' && line['mode'] === 'socket')).toBe(true);
  });
});

describe('surfaces', () => {
  it('answers a mention in the question’s thread, with the citation', async () => {
    const ts = makeTs();
    const ack = await fake.sendEvent(makeMention('災害対応は誰が担当？', ts));
    expect(ack.envelope_id).toMatch(/^env-/);
    const reply = await fake.waitForCall('chat.postMessage', isReplyIn(ts));
    expect(reply.token).toBe(TEST_BOT_TOKEN);
    expect(reply.args['channel']).toBe('C0CHANNEL1');
    expect(findBlockKitProblems(reply.args)).toEqual([]);
    const text = collectText(reply.args['blocks']);
    expect(text).toContain('連携協約1（山口市・連携市町）別表（第３条関係）3(1)エ 災害対策');
    expect(String(reply.args['text'])).toContain('災害対策');
  });

  it('answers in the existing thread when mentioned inside one', async () => {
    const parent = makeTs();
    await fake.sendEvent(makeMention('連絡会議は誰が開く？', makeTs(), { thread_ts: parent }));
    await fake.waitForCall('chat.postMessage', isReplyIn(parent));
  });

  it('answers a DM asking for 第4条 with its verbatim text', async () => {
    await fake.sendEvent(makeDirectMessage('第4条'));
    const reply = await fake.waitForCall('chat.postMessage', (call) => call.args['channel'] === 'D0DM000001' && collectText(call.args['blocks']).includes('第4条'));
    const text = collectText(reply.args['blocks']);
    for (const agreement of ['連携協約1', '連携協約2']) {
      const article = engine.lookup(agreement, '第4条');
      expect(article).toBeDefined();
      expect(text).toContain(`>${article?.quote ?? '∅'}`);
      expect(text).toContain(article?.citation ?? '∅');
    }
  });

  it('answers /kyoyaku privately, after acking, with a share button', async () => {
    const { ack, responseUrl } = await fake.sendSlashCommand({ text: '費用負担はどう決まる？' });
    expect(ack.payload ?? {}).toEqual({});
    const id = responseUrl.split('/').pop();
    const post = await fake.waitForResponsePost((candidate) => candidate.id === id);
    expect(post.body['response_type']).toBe('ephemeral');
    expect(collectText(post.body['blocks'])).toContain('第4条');
    expect(() => findElement(post.body['blocks'], ActionId.ShareToChannel)).not.toThrow();
    // Nothing was posted publicly.
    expect(fake.callsOf('chat.postMessage').some((call) => collectText(call.args['blocks']).includes('費用負担はどう決まる'))).toBe(false);
  });

  it('answers an emoji-only mention by saying it found no words, with examples, not that the question was empty', async () => {
    const ts = makeTs();
    await fake.sendEvent(makeMention('🙏🙏🙏', ts));
    const reply = await fake.waitForCall('chat.postMessage', isReplyIn(ts));
    const text = collectText(reply.args['blocks']) + String(reply.args['text']);
    expect(text).toContain('質問を言葉として読み取れませんでした');
    expect(text).toContain('災害対応は誰が担当？');
    expect(text).not.toContain('質問が空でした');
  });

  it('shows usage privately in the thread for a bare mention', async () => {
    const ts = makeTs();
    await fake.sendEvent(makeMention('', ts));
    const usage = await fake.waitForCall('chat.postEphemeral', (call) => call.args['thread_ts'] === ts);
    expect(usage.args).toMatchObject({ channel: 'C0CHANNEL1', user: 'U0USER0001' });
    expect(String(usage.args['text'])).toContain('/kyoyaku');
    expect(listPostsTo(ts)).toHaveLength(0);
  });

  it.each(['', 'help'])('shows usage for /kyoyaku %j in the ack itself', async (text) => {
    const { ack } = await fake.sendSlashCommand({ text });
    expect(ack.payload?.['response_type']).toBe('ephemeral');
    expect(String(ack.payload?.['text'])).toContain('/kyoyaku');
  });

  it('publishes the App Home tab and shows a picked row with each party’s role', async () => {
    await fake.sendEvent({ type: 'app_home_opened', user: 'U0HOME0001', channel: 'D0HOME0001', tab: 'home', event_ts: makeTs() });
    const publish = await fake.waitForCall('views.publish', (call) => call.args['user_id'] === 'U0HOME0001');
    const view = publish.args['view'] as Record<string, unknown>;
    expect(findBlockKitProblems(view, { maxBlocks: 100 })).toEqual([]);
    const picker = findElement(view['blocks'], ActionId.PickAnnexRow) as { option_groups: { options: unknown[] }[] };
    expect(picker.option_groups.flatMap((group) => group.options)).toHaveLength(19);

    await fake.sendBlockAction({
      element: picker as unknown as Record<string, unknown>,
      selectedValue: '別表3(1)エ',
      userId: 'U0HOME0001',
      responseUrl: null,
      container: { type: 'view', view_id: 'V0HOME0001' },
    });
    const picked = await fake.waitForCall('views.publish', (call) => call.args['user_id'] === 'U0HOME0001' && collectText(call.args['view']).includes('両市'));
    const text = collectText(picked.args['view']);
    expect(text).toContain('甲（山口市）');
    expect(text).toContain('乙（○○市町）');
    expect(text).toContain('連携協約2（山口市と宇部市）別表（第３条関係）3(1)エ 災害対策');
  });
});

describe('buttons', () => {
  let answer: ApiCall;
  beforeAll(async () => {
    const ts = makeTs();
    await fake.sendEvent(makeMention('医療は誰が担当？', ts));
    answer = await fake.waitForCall('chat.postMessage', isReplyIn(ts));
  });

  it('「全文を見る」 responds privately with the whole row in every draft', async () => {
    const { responseUrl } = await fake.sendBlockAction({ element: findElement(answer.args['blocks'], ActionId.ShowFullText) });
    const post = await fake.waitForResponsePost((candidate) => responseUrl?.endsWith(candidate.id) === true);
    expect(post.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    const text = collectText(post.body['blocks']);
    expect(text).toContain('連携協約1（山口市・連携市町）別表（第３条関係）3(1)ア');
    expect(text).toContain('連携協約2（山口市と宇部市）別表（第３条関係）3(1)ア');
    expect(text).toContain('両市（山口市及び宇部市）');
  });

  it('「他の候補」 responds with the next answers', async () => {
    const { responseUrl } = await fake.sendBlockAction({ element: findElement(answer.args['blocks'], ActionId.ShowMore) });
    const post = await fake.waitForResponsePost((candidate) => responseUrl?.endsWith(candidate.id) === true);
    const text = collectText(post.body['blocks']);
    expect(text).toContain('他の候補');
    expect(text).not.toContain('別表（第３条関係）3(1)ア');
    expect(text).toContain('別表（第３条関係）2ア');
    expect(text).toContain('出典');
  });

  it.each([ActionId.FeedbackUp, ActionId.FeedbackDown])('%s thanks the user and logs the question and refs', async (actionId) => {
    const { responseUrl } = await fake.sendBlockAction({ element: findElement(answer.args['blocks'], actionId) });
    const post = await fake.waitForResponsePost((candidate) => responseUrl?.endsWith(candidate.id) === true);
    expect(String(post.body['text'])).toContain('ありがとうございます');
    const line = bot.logs.find((candidate) => candidate['event'] === 'feedback' && candidate['rating'] === (actionId === ActionId.FeedbackUp ? 'up' : 'down'));
    expect(line).toMatchObject({ question: '医療は誰が担当？', refs: ['連携協約1:別表3(1)ア', '連携協約2:別表3(1)ア'] });
  });

  it('「チャンネルに共有」 posts the private answer publicly and removes the private copy', async () => {
    const { responseUrl } = await fake.sendSlashCommand({ text: '移住促進で宇部市は何をする？' });
    const privateAnswer = await fake.waitForResponsePost((candidate) => responseUrl.endsWith(candidate.id));
    const share = await fake.sendBlockAction({ element: findElement(privateAnswer.body['blocks'], ActionId.ShareToChannel), userId: 'U0SHARE001' });
    await fake.waitUntil(() => fake.responsePosts.filter((post) => share.responseUrl?.endsWith(post.id) === true).length === 2, 'share posts');
    const [shared, deletion] = fake.responsePosts.filter((post) => share.responseUrl?.endsWith(post.id) === true);
    expect(shared?.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
    const text = collectText(shared?.body['blocks']);
    expect(text).toContain('<@U0SHARE001> さんが共有しました');
    expect(text).toContain('移住促進で宇部市は何をする？');
    expect(deletion?.body).toMatchObject({ delete_original: true });
  });
});

describe('reliability', () => {
  it('answers a redelivered event once', async () => {
    const ts = makeTs();
    const event = makeMention('第6条を見せて', ts);
    await fake.sendEvent(event, { eventId: 'EvDUPLICATE1' });
    await fake.sendEvent(event, { eventId: 'EvDUPLICATE1', retryAttempt: 1 });
    await fake.sendEvent(event, { eventId: 'EvDUPLICATE1', retryAttempt: 2 });
    await fake.waitForCall('chat.postMessage', isReplyIn(ts));
    await sendRoundTrip();
    expect(listPostsTo(ts)).toHaveLength(1);
    expect(bot.logs.filter((line) => line['event'] === 'duplicate_event_dropped' && line['event_id'] === 'EvDUPLICATE1')).toHaveLength(2);
  });

  it('ignores the bot’s own message, other bots and message subtypes', async () => {
    const before = fake.callsOf('chat.postMessage').length;
    await fake.sendEvent(makeDirectMessage('第4条', makeTs(), { user: FAKE_BOT_USER_ID, bot_id: FAKE_BOT_ID }));
    await fake.sendEvent(makeDirectMessage('第4条', makeTs(), { bot_id: 'B0OTHER001', user: 'U0OTHERBOT' }));
    await fake.sendEvent(makeDirectMessage('第4条', makeTs(), { subtype: 'message_changed' }));
    await fake.sendEvent(makeDirectMessage('第4条', makeTs(), { subtype: 'channel_join' }));
    await sendRoundTrip();
    expect(fake.callsOf('chat.postMessage').length).toBe(before + 1);
  });

  it('never echoes <!channel> live', async () => {
    const ts = makeTs();
    await fake.sendEvent(makeMention('<!channel> <!here> <!subteam^S0TEAM0001|@soumu> 第4条を見せて', ts));
    const reply = await fake.waitForCall('chat.postMessage', isReplyIn(ts));
    const { responseUrl } = await fake.sendSlashCommand({ text: '<!channel> 災害対応は誰が担当？' });
    const post = await fake.waitForResponsePost((candidate) => responseUrl.endsWith(candidate.id));
    for (const message of [reply.args, post.body]) {
      const all = JSON.stringify(message);
      expect(all).not.toContain('<!channel>');
      expect(all).not.toContain('<!here>');
      expect(all).not.toContain('<!subteam');
    }
    // Echoed as the full-width ＠, which no client or Slack takes for a mention.
    expect(collectText(post.body['blocks'])).toContain('＠channel');
  });

  it('survives malformed input and a 40,000-character message, then answers the next question', async () => {
    fake.sendRawFrame('this is not json');
    // The SocketModeClient itself would throw on these (an unhandled rejection): they are dropped and acked.
    await fake.sendEnvelope('events_api', null);
    await fake.sendEnvelope('events_api', { type: 'event_callback', event: 'app_mention' });
    await fake.sendEnvelope('events_api', { type: 'event_callback', event_id: 'EvBAD1', event: null });
    await fake.sendEnvelope('events_api', { type: 'event_callback', event_id: 'EvBAD2', event: { type: 'app_mention', text: 12, channel: 'C0CHANNEL1' } });
    await fake.sendEnvelope('events_api', { type: 'event_callback', event_id: 'EvBAD3', event: { type: 'message', channel_type: 'im', channel: {}, ts: [] } });
    await fake.sendEnvelope('interactive', { type: 'block_actions', user: { id: 'U1' }, actions: [{ action_id: ActionId.ShowMore, type: 'button', value: '{' }] });
    // Bolt does not ack a type it does not know; it must simply not fall over.
    fake.sendRawFrame(JSON.stringify({ type: 'unknown_type', envelope_id: 'env-unknown', payload: { anything: true } }));

    const longTs = makeTs();
    await fake.sendEvent(makeMention('あ'.repeat(40_000), longTs));
    const longReply = await fake.waitForCall('chat.postMessage', isReplyIn(longTs));
    expect(findBlockKitProblems(longReply.args)).toEqual([]);
    const answered = bot.logs.find((line) => line['event'] === 'question_answered' && String(line['question']).startsWith('あああ'));
    expect(String(answered?.['question']).length).toBeLessThanOrEqual(200);

    await sendRoundTrip();
    expect(fake.openSockets).toBe(1);
    expect(bot.logs.filter((line) => line['event'] === 'malformed_envelope_dropped').length).toBeGreaterThanOrEqual(3);
  });

  it('answers a burst of 40 mentions with 40 replies', async () => {
    const questions = ['災害対応は誰が担当？', '第4条', '観光', '連絡会議は誰が開く？', '今日の天気は？'];
    const threads = Array.from({ length: 40 }, () => makeTs());
    const started = Date.now();
    await Promise.all(threads.map((ts, i) => fake.sendEvent(makeMention(questions[i % questions.length] ?? '第1条', ts))));
    await fake.waitUntil(() => threads.every((ts) => listPostsTo(ts).length === 1), '40 replies', 15_000);
    expect(threads.map((ts) => listPostsTo(ts).length)).toEqual(threads.map(() => 1));
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('logs, apologises in the thread and keeps serving when a reply fails', async () => {
    const ts = makeTs();
    fake.failNext('chat.postMessage', 'msg_too_long');
    await fake.sendEvent(makeMention('第1条', ts));
    await fake.waitUntil(() => listPostsTo(ts).length === 2, 'the failed reply and the apology');
    expect(String(listPostsTo(ts)[1]?.args['text'])).toContain('すみません');
    expect(bot.logs.some((line) => line['event'] === 'handler_failed' && String(line['error']).includes('msg_too_long'))).toBe(true);
    await sendRoundTrip();
  });

  it('writes one structured line per answered question, with duration, refs and no tokens', () => {
    const answered = bot.logs.filter((line) => line['event'] === 'question_answered');
    expect(answered.length).toBeGreaterThan(40);
    for (const line of answered) {
      expect(typeof line['duration_ms']).toBe('number');
      expect(Array.isArray(line['refs'])).toBe(true);
      expect(typeof line['abstained']).toBe('boolean');
      expect(String(line['question']).length).toBeLessThanOrEqual(200);
    }
    const all = JSON.stringify(bot.logs);
    expect(all).not.toContain(TEST_BOT_TOKEN);
    expect(all).not.toContain(TEST_APP_TOKEN);
  });
});
