/**
 * Hostile and odd input over Socket Mode, against the real app and engine and the Slack stand-in:
 * echoed text that tries to ping, reorder or format; replayed commands and clicks; payloads
 * missing what the bot expects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuestionAnswerer } from '../../src/core/answer/types.ts';
import { createQuestionAnswerer } from '../../src/core/create-question-answerer.ts';
import { UNREADABLE_BUTTON_TEXT } from '../../src/slack/listeners/show-full-text-action.ts';
import { ActionId } from '../../src/slack/surface.ts';
import { collectText, FakeSlack, FAKE_APP_ID, FAKE_BOT_USER_ID, FAKE_TEAM_ID, findElement, type ResponsePost } from '../support/fake-slack.ts';
import { socketModeEnv, startBotInProcess, type InProcessBot } from '../support/start-bot.ts';

let fake: FakeSlack;
let bot: InProcessBot;
let engine: QuestionAnswerer;

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

function postsTo(responseUrl: string | undefined): ResponsePost[] {
  return fake.responsePosts.filter((post) => responseUrl?.endsWith(`/${post.id}`) === true);
}

/** The context line that echoes the question (「質問：…」). */
function echoLine(post: ResponsePost | undefined): string {
  const line = collectText(post?.body['blocks'])
    .split('\n')
    .find((text) => text.startsWith('質問：'));
  if (line === undefined) throw new Error('no echoed question in the post');
  return line;
}

// What the review sent: RLO, NUL, ESC, mrkdwn, broadcasts in other cases, a user group and a user
// as Slack escapes them in a slash command's text, and a link.
const HOSTILE =
  '\u202E第4条\u0000を\u001b[31m見せて *太字* _斜体_ ~取消~ `code` @Channel @HERE <!subteam^S0TEAM0001|@soumu-ka> <@U0TANAKA01|tanaka> https://evil.example/x';

/** Everything a message must not show when it echoes HOSTILE (button values are data, never shown). */
function expectNeutral(post: ResponsePost | undefined): void {
  const text = collectText(post?.body);
  // Newlines are the bot's own (between blocks and lines); every other control is the asker's.
  // eslint-disable-next-line no-control-regex -- the check is for control characters
  expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
  expect(text).not.toMatch(/@(channel|here|everyone)/i);
  expect(text).not.toContain('<!subteam');
  expect(text).not.toContain('<@U0TANAKA01');
  expect(text).not.toContain('@soumu-ka');
  expect(text).not.toContain('@tanaka');
}

describe('echoed text', () => {
  it('/kyoyaku echoes a hostile question inert: no controls, no bidi, no mrkdwn, no mention of any kind', async () => {
    const { responseUrl } = await fake.sendSlashCommand({ text: HOSTILE });
    const post = await fake.waitForResponsePost((candidate) => responseUrl.endsWith(`/${candidate.id}`));
    expectNeutral(post);
    const echo = echoLine(post);
    expect(echo).not.toMatch(/[*_~`@]/);
    // Still readable: the asker recognises their question.
    expect(echo).toContain('＊太字＊');
    expect(echo).toContain('＠soumu-ka');
    expect(echo).toContain('＠tanaka');
    expect(post.body).toMatchObject({ unfurl_links: false, unfurl_media: false });
  });

  it('「チャンネルに共有」 posts the same question inert, publicly, without link previews', async () => {
    const { responseUrl } = await fake.sendSlashCommand({ text: HOSTILE });
    const privateAnswer = await fake.waitForResponsePost((candidate) => responseUrl.endsWith(`/${candidate.id}`));
    const share = await fake.sendBlockAction({ element: findElement(privateAnswer.body['blocks'], ActionId.ShareToChannel) });
    await fake.waitUntil(() => postsTo(share.responseUrl).length === 2, 'the share and the deletion');
    const shared = postsTo(share.responseUrl).find((post) => post.body['response_type'] === 'in_channel');
    expect(shared?.body).toMatchObject({ unfurl_links: false, unfurl_media: false });
    expectNeutral(shared);
    expect(echoLine(shared)).not.toMatch(/[*_~`@]/);
  });

  it('a forged share value carrying raw markup is echoed inert too', async () => {
    // Button values come back from the client: anyone can send raw <!channel> in one.
    const element = { type: 'button', action_id: ActionId.ShareToChannel, value: JSON.stringify({ q: '<!channel> <!subteam^S1|@all> \u202E第4条' }) };
    const share = await fake.sendBlockAction({ element });
    await fake.waitUntil(() => postsTo(share.responseUrl).length === 2, 'the share and the deletion');
    const shared = postsTo(share.responseUrl).find((post) => post.body['response_type'] === 'in_channel');
    const all = collectText(shared?.body);
    expect(all).not.toContain('<!channel>');
    expect(all).not.toContain('<!subteam');
    expect(all).not.toContain('\u202E');
    expect(echoLine(shared)).toContain('＠channel');
  });
});

describe('replays over Socket Mode', () => {
  function commandPayload(triggerId: string, responseUrl: string, text: string): Record<string, unknown> {
    return {
      token: 'verification-token-legacy',
      team_id: FAKE_TEAM_ID,
      channel_id: 'C0CHANNEL1',
      user_id: 'U0USER0001',
      command: '/kyoyaku',
      text,
      api_app_id: FAKE_APP_ID,
      response_url: responseUrl,
      trigger_id: triggerId,
    };
  }

  it('answers a slash command delivered twice (same trigger_id) once, and acks both', async () => {
    const responseUrl = fake.newResponseUrl();
    const payload = commandPayload('trigger-socket-replay-1', responseUrl, '第4条');
    await fake.sendEnvelope('slash_commands', payload);
    await fake.sendEnvelope('slash_commands', payload);
    // A later command's answer proves the second delivery was processed (and dropped) before it.
    const laterUrl = fake.newResponseUrl();
    await fake.sendEnvelope('slash_commands', commandPayload('trigger-socket-replay-2', laterUrl, '第5条'));
    await fake.waitForResponsePost((post) => laterUrl.endsWith(`/${post.id}`));
    expect(postsTo(responseUrl)).toHaveLength(1);
    expect(bot.logs.filter((line) => line['event'] === 'replay_dropped' && line['key'] === 'trigger:trigger-socket-replay-1')).toHaveLength(1);
  });
});

describe('debug logs', () => {
  it('at LOG_LEVEL=debug, no line holds a response_url, the WebSocket ticket, or more than 200 characters of a question', async () => {
    const debugFake = await FakeSlack.start();
    const debugBot = await startBotInProcess({ env: { ...socketModeEnv(debugFake), LOG_LEVEL: 'debug' }, answerer: engine });
    try {
      await debugFake.waitForSocket();
      const long = '災害対応の役割分担を教えて'.repeat(3100);
      const { responseUrl } = await debugFake.sendSlashCommand({ text: long });
      await debugFake.waitForResponsePost((post) => responseUrl.endsWith(`/${post.id}`));
      await debugFake.sendEvent({ type: 'app_mention', user: 'U0USER0001', text: `<@${FAKE_BOT_USER_ID}> ${long}`, ts: '1730000300.000001', channel: 'C0CHANNEL1' });
      await debugFake.waitForCall('chat.postMessage', (call) => call.args['thread_ts'] === '1730000300.000001');
      const all = debugBot.logs.map((line) => JSON.stringify(line));
      // The debug level is on: Bolt's own lines are there, payloads included.
      expect(debugBot.logs.some((line) => line['level'] === 'debug' && String(line['msg']).includes('slash_commands'))).toBe(true);
      for (const line of all) {
        expect(line).not.toContain(responseUrl);
        expect(line).not.toContain(responseUrl.replace(/\//g, '\\\\/'));
        // The stand-in's apps.connections.open answers ws://…/link/?ticket=N, as Slack does.
        expect(line).not.toMatch(/ticket=(?!\[redacted\])/);
        expect(line).not.toContain('災害対応の役割分担を教えて'.repeat(16));
      }
    } finally {
      await debugBot.stop();
      await debugFake.close();
    }
  });
});

describe('payloads missing what the bot expects', () => {
  it('answers a slash command that came without a response_url in the ack itself', async () => {
    const ack = await fake.sendEnvelope('slash_commands', {
      team_id: FAKE_TEAM_ID,
      channel_id: 'C0CHANNEL1',
      user_id: 'U0USER0001',
      command: '/kyoyaku',
      text: '第4条',
      api_app_id: FAKE_APP_ID,
      trigger_id: 'trigger-no-response-url',
    });
    expect(ack.payload).toMatchObject({ response_type: 'ephemeral' });
    expect(collectText(ack.payload?.['blocks'])).toContain('第4条');
    // The share button is still offered: its click carries a response_url of its own.
    expect(() => findElement(ack.payload?.['blocks'], ActionId.ShareToChannel)).not.toThrow();
  });

  it('acks an event whose channel is null (so Slack does not redeliver it), ignores it and says so in the log', async () => {
    const before = fake.callsOf('chat.postMessage').length;
    await fake.sendEvent({ type: 'app_mention', user: 'U0USER0001', text: `<@${FAKE_BOT_USER_ID}> 第4条`, ts: '1730000400.000001', channel: null });
    await fake.sendEvent({ type: 'message', channel_type: 'im', user: 'U0USER0001', text: '第4条', ts: '1730000400.000002', channel: null });
    expect(bot.logs.filter((line) => line['event'] === 'malformed_envelope_dropped' && line['reason'] === 'event field channel is null')).toHaveLength(2);
    // A later question is answered: nothing else was posted for the two.
    await fake.sendEvent({ type: 'app_mention', user: 'U0USER0001', text: `<@${FAKE_BOT_USER_ID}> 第5条`, ts: '1730000400.000003', channel: 'C0CHANNEL1' });
    await fake.waitForCall('chat.postMessage', (call) => call.args['thread_ts'] === '1730000400.000003');
    expect(fake.callsOf('chat.postMessage').length).toBe(before + 1);
  });

  it('a close-type envelope is dropped and acked, and logs no socket_closed: the connection never dropped', async () => {
    const closedBefore = bot.logs.filter((line) => line['event'] === 'socket_closed').length;
    await fake.sendEnvelope('close', {});
    // An event named like the client's own events would be emitted on the same emitter.
    await fake.sendEnvelope('events_api', { event: { type: 'close' }, event_id: 'EvCLOSE1' });
    expect(bot.logs.filter((line) => line['event'] === 'socket_closed').length).toBe(closedBefore);
    expect(bot.logs.filter((line) => line['event'] === 'malformed_envelope_dropped' && String(line['reason']).includes('close')).length).toBeGreaterThanOrEqual(2);
    expect(fake.openSockets).toBe(1);
  });

  it.each([
    { actionId: ActionId.ShowMore, value: 'not json' },
    { actionId: ActionId.ShareToChannel, value: '{"unexpected":true}' },
  ])('tells the user privately when a $actionId button’s value cannot be read', async ({ actionId, value }) => {
    const click = await fake.sendBlockAction({ element: { type: 'button', action_id: actionId, value } });
    const reply = await fake.waitForResponsePost((post) => click.responseUrl?.endsWith(`/${post.id}`) === true);
    expect(reply.body).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: UNREADABLE_BUTTON_TEXT });
    expect(postsTo(click.responseUrl).filter((post) => post.body['response_type'] === 'in_channel')).toHaveLength(0);
  });
});
