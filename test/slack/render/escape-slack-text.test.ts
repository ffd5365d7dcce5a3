import { describe, expect, it } from 'vitest';
import { defangMentions, escapeSlackText, truncateText } from '../../../src/slack/render/escape-slack-text.ts';

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
