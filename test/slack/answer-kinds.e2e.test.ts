/**
 * The new kinds of reply end to end: the real Bolt app and engine against the Slack stand-in over
 * Socket Mode. Follow-ups in a thread and in a DM, a new thread starting afresh, a role table with
 * its row picker, and the drafts compared.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQuestionAnswerer } from '../../src/core/create-question-answerer.ts';
import { ActionId } from '../../src/slack/surface.ts';
import { findBlockKitProblems } from '../support/block-kit-limits.ts';
import { collectText, FakeSlack, FAKE_BOT_USER_ID, findElement, type ApiCall } from '../support/fake-slack.ts';
import { socketModeEnv, startBotInProcess, type InProcessBot } from '../support/start-bot.ts';

let fake: FakeSlack;
let bot: InProcessBot;
let tsCounter = 0;

function makeTs(): string {
  tsCounter += 1;
  return `1720000000.${String(tsCounter).padStart(6, '0')}`;
}

/** A mention; in a thread when `threadTs` is given. */
function makeMention(text: string, ts: string, threadTs?: string): Record<string, unknown> {
  return { type: 'app_mention', user: 'U0USER0001', text: `<@${FAKE_BOT_USER_ID}> ${text}`, ts, channel: 'C0CHANNEL1', ...(threadTs ? { thread_ts: threadTs } : {}) };
}

function makeDirectMessage(text: string, ts: string, channel = 'D0DM000002'): Record<string, unknown> {
  return { type: 'message', channel_type: 'im', channel, user: 'U0USER0001', text, ts };
}

/** Sends a mention and waits for the bot's n-th reply in that thread. */
async function askInThread(text: string, threadTs: string, nth: number, ts = makeTs()): Promise<ApiCall> {
  await fake.sendEvent(makeMention(text, ts, ts === threadTs ? undefined : threadTs));
  await fake.waitForCall('chat.postMessage', () => fake.callsOf('chat.postMessage').filter((c) => c.args['thread_ts'] === threadTs).length >= nth);
  const replies = fake.callsOf('chat.postMessage').filter((c) => c.args['thread_ts'] === threadTs);
  return replies[nth - 1] as ApiCall;
}

beforeAll(async () => {
  fake = await FakeSlack.start();
  bot = await startBotInProcess({ env: socketModeEnv(fake), answerer: await createQuestionAnswerer() });
  await fake.waitForSocket();
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('follow-ups', () => {
  it('reads a mention in the thread with the thread’s topic and says so', async () => {
    const root = makeTs();
    const first = await askInThread('観光は誰が担当？', root, 1, root);
    expect(collectText(first.args['blocks'])).toContain('別表1エ');
    const second = await askInThread('宇部市の場合は？', root, 2);
    const text = collectText(second.args['blocks']);
    expect(text).toContain('観光について、宇部市の場合：');
    expect(text).toContain('連携協約2（山口市と宇部市）別表（第３条関係）1エ');
    expect(text).not.toContain('連携協約1（山口市・連携市町）別表（第３条関係）1エ');
    const third = await askInThread('第何条に書いてある？', root, 3);
    expect(collectText(third.args['blocks'])).toContain('第3条');
    expect(bot.logs.some((line) => line['event'] === 'question_answered' && line['follow_up'] === true)).toBe(true);
  });

  it('starts a new thread afresh', async () => {
    const root = makeTs();
    const reply = await askInThread('宇部市の場合は？', root, 1, root);
    expect(collectText(reply.args['blocks'])).not.toContain('観光について');
  });

  it('follows the last question in a DM', async () => {
    await fake.sendEvent(makeDirectMessage('防災は誰が担当？', makeTs()));
    await fake.waitForCall('chat.postMessage', (c) => c.args['channel'] === 'D0DM000002' && collectText(c.args['blocks']).includes('別表3(1)エ'));
    await fake.sendEvent(makeDirectMessage('萩市の場合は？', makeTs()));
    const reply = await fake.waitForCall('chat.postMessage', (c) => c.args['channel'] === 'D0DM000002' && collectText(c.args['blocks']).includes('防災について'));
    expect(collectText(reply.args['blocks'])).toContain('防災について、萩市の場合：');
  });
});

describe('role tables and comparisons', () => {
  it('answers a role table within Block Kit limits, and the picker opens a row’s full text', async () => {
    const root = makeTs();
    const reply = await askInThread('萩市の役割を全部教えて', root, 1, root);
    expect(findBlockKitProblems(reply.args)).toEqual([]);
    const text = collectText(reply.args['blocks']);
    expect(text).toContain('萩市（乙）の役割は19行すべて同じ文言です');
    const picker = findElement(reply.args['blocks'], ActionId.ShowFullText);
    const options = picker['options'] as { value: string }[];
    const { responseUrl } = await fake.sendBlockAction({ element: picker, selectedValue: options[12]?.value ?? '' });
    const post = await fake.waitForResponsePost((candidate) => responseUrl?.endsWith(candidate.id) === true);
    expect(collectText(post.body['blocks'])).toContain('連携協約1（山口市・連携市町）別表（第３条関係）3(1)エ 災害対策');
  });

  it('answers a definition with the defining passage, and membership from the region data', async () => {
    const root = makeTs();
    const definition = await askInThread('乙とは？', root, 1, root);
    const text = collectText(definition.args['blocks']);
    expect(text).toContain('連携協約1では、乙は連携市町（萩市・防府市・美祢市・山陽小野田市・津和野町のいずれか）です（前文）。');
    expect(text).toContain('連携協約1（山口市・連携市町）前文');
    const other = makeTs();
    const members = await askInThread('圏域の構成市町は？', other, 1, other);
    expect(findBlockKitProblems(members.args)).toEqual([]);
    expect(collectText(members.args['blocks'])).toContain('連携市町：萩市・防府市・美祢市・山陽小野田市・津和野町（島根県）');
  });

  it('answers a comparison with the changed words marked', async () => {
    const root = makeTs();
    const reply = await askInThread('連携協約1と2で違うところは？', root, 1, root);
    expect(findBlockKitProblems(reply.args)).toEqual([]);
    const text = collectText(reply.args['blocks']);
    expect(text).toMatch(/27箇所で文言が異なり、1箇所は同じです/u);
    expect(text).toContain('*並びに*');
  });
});
