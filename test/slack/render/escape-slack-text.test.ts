import { describe, expect, it } from 'vitest';
import { defangMentions, escapeSlackText, neutralizeEchoedText, truncateText } from '../../../src/slack/render/escape-slack-text.ts';

const ZWSP = '\u200B';

describe('escapeSlackText', () => {
  const cases: { input: string; expected: string; why: string }[] = [
    // mrkdwn treats & < > as control characters; unescaped they would start markup.
    { input: 'A & B <c>', expected: 'A &amp; B &lt;c&gt;', why: 'control characters are escaped' },
    // <!channel> from a question must not notify the whole channel when echoed.
    { input: '<!channel> 第4条', expected: `@${ZWSP}channel 第4条`, why: 'broadcast mention defanged' },
    // The labelled form Slack sometimes sends is a broadcast too.
    { input: '<!here|here>', expected: `@${ZWSP}here`, why: 'labelled broadcast defanged' },
    { input: '<!everyone>', expected: `@${ZWSP}everyone`, why: 'everyone defanged' },
    // User-group mentions page every member of the group.
    { input: '<!subteam^S0123ABC|@soumu>', expected: `@${ZWSP}soumu`, why: 'user group defanged, label kept' },
    { input: '<!subteam^S0123ABC>', expected: `@${ZWSP}S0123ABC`, why: 'user group without label' },
    // A user mention in an echoed question would ping that person again.
    { input: '<@U012AB3CD> に聞いた', expected: `@${ZWSP}U012AB3CD に聞いた`, why: 'user mention defanged' },
    // Bare "@here" typed in text is not live through the API, but some clients link it.
    { input: '@here 至急', expected: `@${ZWSP}here 至急`, why: 'bare broadcast word defanged' },
    // The same clients match broadcasts whatever the case.
    { input: '@Channel と @HERE', expected: `@${ZWSP}Channel と @${ZWSP}HERE`, why: 'broadcast words defanged in any case' },
    // Japanese document text passes unchanged.
    { input: '甲及び乙が協議して別に定める。', expected: '甲及び乙が協議して別に定める。', why: 'plain text unchanged' },
    // A channel link is not a mention: it is simply shown as text, escaped.
    { input: '<#C123|general>', expected: '&lt;#C123|general&gt;', why: 'other markup escaped, not interpreted' },
  ];
  it.each(cases)('$why', ({ input, expected }) => {
    expect(escapeSlackText(input)).toBe(expected);
  });

  it('leaves nothing that Slack would parse as markup', () => {
    // Whatever the input, no < or > may survive: that is what makes echoing safe.
    const hostile = '<!channel><!here><@U1><!subteam^S1|x><https://evil.example|click>&lt;!channel&gt;';
    const escaped = escapeSlackText(hostile);
    expect(escaped).not.toMatch(/[<>]/);
    expect(escaped).not.toContain('<!channel>');
  });

  it('is applied once: defanging is stable when repeated', () => {
    // Rendering may pass text through defangMentions twice (summary built from a defanged question).
    const once = defangMentions('<!channel> @here');
    expect(defangMentions(once)).toBe(once);
  });
});

describe('neutralizeEchoedText', () => {
  const cases: { input: string; expected: string; why: string }[] = [
    // U+202E reverses the rest of the line: the bot's own 」 and anything after would read backwards.
    { input: '第4条\u202Eとこるす', expected: '第4条とこるす', why: 'RLO removed' },
    // Every other bidi control (embeddings, isolates, marks) can reorder or hide text the same way.
    { input: 'a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i\u200Ej\u200Fk\u061Cl', expected: 'abcdefghijkl', why: 'bidi controls removed' },
    // NUL truncates text in some clients and logs; ESC starts terminal escape sequences in log viewers.
    { input: '災害\u0000対応\u001b[31m赤', expected: '災害 対応 [31m赤', why: 'NUL and ESC replaced' },
    // C1 controls (U+0080–U+009F) include CSI (U+009B), a one-character ESC [; DEL is a control too.
    { input: 'a\u009B31mb\u007Fc', expected: 'a 31mb c', why: 'C1 controls and DEL replaced' },
    // The echo is one line: a newline would let the question fake a line of the bot's own.
    { input: '第4条\n*出典：偽物*\r\u2028x', expected: '第4条 ＊出典：偽物＊  x', why: 'line breaks become spaces' },
    // mrkdwn has no escape character: the marks become their full-width forms, read the same.
    { input: '*太字* _斜体_ ~取消~ `code`', expected: '＊太字＊ ＿斜体＿ ～取消～ ｀code｀', why: 'mrkdwn marks made inert' },
    // Case-insensitive by construction: every @ becomes ＠, so no casing slips through.
    { input: '@Channel @HERE @everyone', expected: '＠Channel ＠HERE ＠everyone', why: 'broadcast words in any case' },
    // A user-group mention must neither ping the group nor leave "@soumu-ka" that reads as a live mention.
    { input: '<!subteam^S0TEAM0001|@soumu-ka> に確認', expected: '＠soumu-ka に確認', why: 'user group shown by its label, inert' },
    // Likewise a user mention: the label shown, never a ping nor a plain @name.
    { input: '<@U0TANAKA01|tanaka> さんへ', expected: '＠tanaka さんへ', why: 'user mention shown by its label, inert' },
    { input: '<@U0TANAKA01>', expected: '＠U0TANAKA01', why: 'user mention without a label' },
    // <!channel> and its labelled form: shown, never live.
    { input: '<!channel> <!here|here>', expected: '＠channel ＠here', why: 'broadcast markup shown inert' },
    // What extractQuestion leaves of a mention (plain @name) is made inert too.
    { input: '@tanaka と @soumu-ka', expected: '＠tanaka と ＠soumu-ka', why: 'plain @names made inert' },
    // A channel link shows as #name; a link's markup is escaped, never followed.
    { input: '<#C0GENERAL1|general> <https://evil.example|公式>', expected: '#general &lt;https://evil.example|公式&gt;', why: 'channel and link markup inert' },
    // & < > are mrkdwn's own control characters.
    { input: 'A & B <c>', expected: 'A &amp; B &lt;c&gt;', why: 'mrkdwn control characters escaped' },
    // Japanese, emoji (a surrogate pair and a ZWJ sequence) and full-width text pass unchanged.
    { input: '萩市の役割は？😀👩‍💻', expected: '萩市の役割は？😀👩‍💻', why: 'ordinary text unchanged' },
  ];
  it.each(cases)('$why', ({ input, expected }) => {
    expect(neutralizeEchoedText(input)).toBe(expected);
  });

  it('leaves no control, bidi, markup, mrkdwn mark or @ in any mix of them', () => {
    const hostile = '\u202E<!here|@HERE>\u0000<@U1|x>*_~`\u001b@Everyone\u2066<!subteam^S1|@g>\u009B';
    const out = neutralizeEchoedText(hostile);
    // eslint-disable-next-line no-control-regex -- the check is for control characters
    expect(out).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069<>*_~`@]/);
  });
});

describe('truncateText', () => {
  const cases: { input: string; max: number; expected: string; why: string }[] = [
    { input: 'abc', max: 5, expected: 'abc', why: 'short text unchanged' },
    { input: 'abcdef', max: 4, expected: 'abc…', why: 'long text cut with an ellipsis within the limit' },
    // 😀 is two UTF-16 units; cutting between them would send a broken character.
    { input: 'ab😀cd', max: 4, expected: 'ab…', why: 'never splits a surrogate pair' },
  ];
  it.each(cases)('$why', ({ input, max, expected }) => {
    expect(truncateText(input, max)).toBe(expected);
    expect(truncateText(input, max).length).toBeLessThanOrEqual(max);
  });
});
