/**
 * The largest requests Slack can send this bot in HTTP mode, built as Slack builds them, so the
 * receiver's body limit (src/slack/http/guarded-http-receiver.ts) rests on numbers, not a guess.
 *
 * - an app_mention event whose text is Slack's maximum message, 40,000 characters (Japanese: 3
 *   bytes each in UTF-8), with the rich_text block Slack adds that repeats the text;
 * - a /kyoyaku command with the same text, form-encoded (each Japanese character becomes 9 bytes);
 * - a block_actions payload for a button on a public answer (Slack includes the whole message,
 *   blocks and all), form-encoded, for the largest answer the renderer makes to any question of
 *   the evaluation set;
 * - a block_actions payload from the App Home picker (Slack includes the whole view), for the
 *   largest Home tab the renderer makes.
 */
import { createQuestionAnswerer } from '../../src/core/create-question-answerer.ts';
import { lookUpEveryDraft } from '../../src/slack/listeners/app-home-opened.ts';
import { renderAnswerBlocks } from '../../src/slack/render/render-answer-blocks.ts';
import { renderHomeView } from '../../src/slack/render/render-home-view.ts';
import { InFlightTracker } from '../../src/slack/in-flight.ts';
import { FakeSlack } from '../../test/support/fake-slack.ts';
import { loadQuestionSet } from './question-set.ts';

/** Slack's limit on a message's text. */
const MAX_MESSAGE_CHARS = 40_000;

/** One payload kind and its size in bytes on the wire. */
export interface PayloadSize {
  readonly what: string;
  readonly bytes: number;
}

/** Builds the payloads and returns their sizes, largest first. */
export async function measurePayloadSizes(): Promise<PayloadSize[]> {
  const fake = await FakeSlack.start();
  try {
    const answerer = await createQuestionAnswerer();
    const longText = '連携協約の第4条について教えてください。'.repeat(Math.ceil(MAX_MESSAGE_CHARS / 20)).slice(0, MAX_MESSAGE_CHARS);
    const sizes: PayloadSize[] = [];

    const mention = fake.buildEventBody({
      type: 'app_mention',
      user: 'U0USER0001',
      text: longText,
      ts: '1730000000.000001',
      channel: 'C0CHANNEL1',
      blocks: [{ type: 'rich_text', block_id: 'b1', elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: longText }] }] }],
    });
    sizes.push({ what: 'app_mention, 40,000-character text (JSON)', bytes: Buffer.byteLength(JSON.stringify(mention)) });

    const command = new URLSearchParams({
      token: 'verification-token-legacy',
      team_id: 'T0TEST0001',
      team_domain: 'fake',
      channel_id: 'C0CHANNEL1',
      channel_name: 'general',
      user_id: 'U0USER0001',
      user_name: 'staff',
      command: '/kyoyaku',
      text: longText,
      api_app_id: 'A0TEST0001',
      is_enterprise_install: 'false',
      response_url: 'https://hooks.slack.com/commands/T0TEST0001/1234567890123/abcdefghijklmnopqrstuvwx',
      trigger_id: '1234567890123.1234567890123.abcdef0123456789abcdef0123456789',
    }).toString();
    sizes.push({ what: '/kyoyaku, 40,000-character text (form)', bytes: Buffer.byteLength(command) });

    let largestAnswer = 0;
    for (const question of loadQuestionSet().map((c) => c.q)) {
      const reply = renderAnswerBlocks(answerer.ask(question, { limit: 10 }), { shareable: true, echoQuestion: true });
      const payload = buildBlockActions({ type: 'message', text: reply.text, blocks: reply.blocks, ts: '1730000000.000001', user: 'U0BOT00001' }, undefined);
      largestAnswer = Math.max(largestAnswer, Buffer.byteLength(payload));
    }
    sizes.push({ what: 'block_actions on the largest answer, message included (form)', bytes: largestAnswer });

    const deps = { answerer, log: () => undefined, inFlight: new InFlightTracker() };
    let largestHome = 0;
    for (const row of answerer.listAnnexRows()) {
      const view = renderHomeView({ examples: answerer.examples, annexRows: answerer.listAnnexRows(), selected: { ref: row.ref, answers: lookUpEveryDraft(deps, row.ref) } });
      largestHome = Math.max(largestHome, Buffer.byteLength(buildBlockActions(undefined, { id: 'V0HOME0001', ...view, state: { values: {} } })));
    }
    sizes.push({ what: 'block_actions from the largest Home tab, view included (form)', bytes: largestHome });
    return sizes.sort((a, b) => b.bytes - a.bytes);
  } finally {
    await fake.close();
  }
}

function buildBlockActions(message: Record<string, unknown> | undefined, view: Record<string, unknown> | undefined): string {
  const payload = {
    type: 'block_actions',
    user: { id: 'U0USER0001', username: 'staff', name: 'staff', team_id: 'T0TEST0001' },
    api_app_id: 'A0TEST0001',
    token: 'verification-token-legacy',
    container: message === undefined ? { type: 'view', view_id: 'V0HOME0001' } : { type: 'message', message_ts: '1730000000.000001', channel_id: 'C0CHANNEL1', is_ephemeral: false },
    trigger_id: '1234567890123.1234567890123.abcdef0123456789abcdef0123456789',
    team: { id: 'T0TEST0001', domain: 'fake' },
    ...(message === undefined ? {} : { channel: { id: 'C0CHANNEL1', name: 'general' }, message }),
    ...(view === undefined ? {} : { view }),
    response_url: 'https://hooks.slack.com/actions/T0TEST0001/1234567890123/abcdefghijklmnopqrstuvwx',
    actions: [{ type: 'button', action_id: 'show_more', block_id: 'b1', value: '{"q":"第4条","s":1}', action_ts: '1730000000.000200' }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
