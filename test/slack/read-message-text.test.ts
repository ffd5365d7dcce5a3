import { describe, expect, it } from 'vitest';
import { extractQuestion, isHelpRequest, isIgnoredMessage, readIncomingMessage } from '../../src/slack/read-message-text.ts';

describe('extractQuestion', () => {
  const cases: { why: string; text: string; bot?: string; strip?: boolean; expected: string }[] = [
    // app_mention text starts with the bot's own mention, which is not part of the question.
    { why: 'strips the leading bot mention', text: '<@UBOT> 第4条', bot: 'UBOT', expected: '第4条' },
    { why: 'strips a labelled bot mention', text: '<@UBOT|kyoyaku>　災害対策', bot: 'UBOT', expected: '災害対策' },
    // Without auth info the first mention is still the bot's (that is what app_mention means).
    { why: 'strips the leading mention without the bot ID', text: '<@U777> 費用は？', expected: '費用は？' },
    // /kyoyaku text does not start with the bot: a leading mention there is the user's text.
    { why: 'keeps a leading mention when told not to strip', text: '<@U777> の担当', strip: false, expected: '@U777 の担当' },
    // The engine reads plain text; Slack escapes & < > in message text.
    { why: 'decodes entities', text: '<@UBOT> 甲 &amp; 乙 &lt;案&gt;', bot: 'UBOT', expected: '甲 & 乙 <案>' },
    { why: 'turns broadcasts into words', text: '<@UBOT> <!channel> 第4条', bot: 'UBOT', expected: '@channel 第4条' },
    { why: 'turns channel links into names', text: '<@UBOT> <#C1|総務> の質問', bot: 'UBOT', expected: '#総務 の質問' },
    { why: 'keeps a link label', text: '<@UBOT> <https://example.jp|資料> の件', bot: 'UBOT', expected: '資料 の件' },
    { why: 'a mention alone is an empty question', text: '<@UBOT>', bot: 'UBOT', expected: '' },
    // Emoji arrive as :shortcodes:; as letters they would be read as words (not as an emoji-only message).
    { why: 'turns emoji shortcodes into a symbol', text: '<@UBOT> :pray: :+1::skin-tone-2:', bot: 'UBOT', expected: '◇ ◇' },
    { why: 'keeps the words around an emoji', text: '<@UBOT> 移住フェアの根拠は？:pray:', bot: 'UBOT', expected: '移住フェアの根拠は？ ◇' },
  ];
  it.each(cases)('$why', ({ text, bot, strip, expected }) => {
    expect(extractQuestion(text, bot, strip ?? true)).toBe(expected);
  });

  it('reads at most 4,000 characters of a huge message', () => {
    // A 40,000-character message must not make every regex scan it all; the engine cuts at 500 anyway.
    expect(extractQuestion('あ'.repeat(40_000), 'UBOT').length).toBe(4000);
  });
});

describe('readIncomingMessage and isIgnoredMessage', () => {
  const base = { type: 'message', channel: 'D1', channel_type: 'im', user: 'U1', text: 'hi', ts: '1.1' };

  it.each([
    // Malformed events must be dropped, never crash the handler.
    { why: 'null', event: null },
    { why: 'a string', event: 'message' },
    { why: 'no channel', event: { ...base, channel: undefined } },
    { why: 'a numeric ts', event: { ...base, ts: 1 } },
  ])('rejects $why', ({ event }) => {
    expect(readIncomingMessage(event)).toBeUndefined();
  });

  it.each([
    // Edits, deletions and joins are not questions.
    { why: 'an edit', event: { ...base, subtype: 'message_changed' }, ignored: true },
    { why: 'a join', event: { ...base, subtype: 'channel_join' }, ignored: true },
    // Any bot, so two bots never answer each other in a loop.
    { why: 'another bot', event: { ...base, bot_id: 'B9' }, ignored: true },
    { why: 'the bot itself', event: { ...base, user: 'UBOT' }, ignored: true },
    { why: 'no user', event: { ...base, user: undefined }, ignored: true },
    { why: 'a person', event: base, ignored: false },
  ])('ignores $why: $ignored', ({ event, ignored }) => {
    const message = readIncomingMessage(event);
    expect(message).toBeDefined();
    if (message !== undefined) expect(isIgnoredMessage(message, 'UBOT')).toBe(ignored);
  });
});

describe('isHelpRequest', () => {
  it.each(['', 'help', 'HELP', 'ヘルプ', '使い方', '？'])('%j asks for usage', (text) => {
    expect(isHelpRequest(text)).toBe(true);
  });
  it.each(['第4条', 'help me with 第4条'])('%j is a question', (text) => {
    expect(isHelpRequest(text)).toBe(false);
  });
});
