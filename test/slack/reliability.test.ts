import { describe, expect, it, vi } from 'vitest';
import { InFlightTracker } from '../../src/slack/in-flight.ts';
import { createReplayDeduplicator, readDeliveryKey, readEventId, RecentIds } from '../../src/slack/middleware/deduplicate-events.ts';
import { createSlackLog } from '../../src/slack/start-slack-app.ts';
import { BOLT_LINE_LIMIT, createBoltLogger, createRedactor, createSafeLog } from '../../src/slack/structured-log.ts';
import { LogLevel } from '@slack/bolt';

describe('RecentIds', () => {
  it('reports an id seen before', () => {
    const recent = new RecentIds();
    expect(recent.checkAndRemember('Ev1')).toBe(false);
    expect(recent.checkAndRemember('Ev1')).toBe(true);
    expect(recent.checkAndRemember('Ev2')).toBe(false);
  });

  it('keeps memory bounded by evicting the oldest', () => {
    // Slack can deliver millions of events over a bot's life; the set must not grow with them.
    const recent = new RecentIds({ max: 3 });
    for (const id of ['a', 'b', 'c', 'd']) recent.checkAndRemember(id);
    expect(recent.size).toBe(3);
    expect(recent.checkAndRemember('a')).toBe(false);
    expect(recent.checkAndRemember('d')).toBe(true);
  });

  it('forgets ids after the TTL', () => {
    let now = 0;
    const recent = new RecentIds({ ttlMs: 1000, now: () => now });
    recent.checkAndRemember('a');
    now = 1500;
    expect(recent.checkAndRemember('a')).toBe(false);
    expect(recent.size).toBe(1);
  });
});

describe('createReplayDeduplicator', () => {
  it('passes an event once and drops its redelivery; bodies without any key always pass', async () => {
    const onDuplicate = vi.fn();
    const middleware = createReplayDeduplicator(new RecentIds(), onDuplicate);
    const next = vi.fn(async () => undefined);
    const run = (body: unknown) => middleware({ body, next } as never);
    await run({ event_id: 'Ev1', event: {} });
    await run({ event_id: 'Ev1', event: {} });
    await run({ command: '/kyoyaku' });
    await run({ command: '/kyoyaku' });
    expect(next).toHaveBeenCalledTimes(3);
    expect(onDuplicate).toHaveBeenCalledWith('event:Ev1');
  });

  it('passes a command or click once per trigger_id, acks the replay and does nothing else', async () => {
    const middleware = createReplayDeduplicator(new RecentIds());
    const next = vi.fn(async () => undefined);
    const ack = vi.fn(async () => undefined);
    const run = (body: unknown) => middleware({ body, next, ack } as never);
    await run({ command: '/kyoyaku', text: '第4条', trigger_id: 'T1' });
    await run({ command: '/kyoyaku', text: '第4条', trigger_id: 'T1' });
    await run({ type: 'block_actions', trigger_id: 'T2', actions: [{ action_id: 'share_to_channel', action_ts: '1.1' }] });
    await run({ type: 'block_actions', trigger_id: 'T2', actions: [{ action_id: 'share_to_channel', action_ts: '1.1' }] });
    expect(next).toHaveBeenCalledTimes(2);
    // Only the replays are acked here; the first deliveries are the listeners' to ack.
    expect(ack).toHaveBeenCalledTimes(2);
  });

  const keys: { body: unknown; key: string | undefined; why: string }[] = [
    { body: { event_id: 'Ev9' }, key: 'event:Ev9', why: 'an event by its event_id' },
    { body: { command: '/kyoyaku', trigger_id: 'T9' }, key: 'trigger:T9', why: 'a command by its trigger_id' },
    // Without a trigger_id, Slack's per-click action_ts (with the user and action) still tells clicks apart.
    { body: { type: 'block_actions', user: { id: 'U1' }, actions: [{ action_id: 'show_more', action_ts: '2.5' }] }, key: 'action:U1:show_more:2.5', why: 'a click without trigger_id' },
    { body: { command: '/kyoyaku' }, key: undefined, why: 'nothing to key on' },
    { body: { event_id: 9 }, key: undefined, why: 'an ill-typed event_id' },
    { body: null, key: undefined, why: 'no body' },
  ];
  it.each(keys)('keys $why', ({ body, key }) => {
    expect(readDeliveryKey(body)).toBe(key);
  });

  it('reads event_id only from Events API bodies', () => {
    expect(readEventId({ event_id: 'Ev9' })).toBe('Ev9');
    expect(readEventId({ event_id: 9 })).toBeUndefined();
    expect(readEventId(null)).toBeUndefined();
  });
});

describe('InFlightTracker', () => {
  it('waits for running tasks, including ones started while draining', async () => {
    const tracker = new InFlightTracker();
    const order: string[] = [];
    void tracker.run(async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      order.push('first');
      void tracker.run(async () => {
        await new Promise((resolve) => setTimeout(resolve, 30));
        order.push('second');
      });
    });
    expect(await tracker.drain(2000)).toBe(true);
    expect(order).toEqual(['first', 'second']);
    expect(tracker.size).toBe(0);
  });

  it('gives up after the timeout and passes errors through', async () => {
    const tracker = new InFlightTracker();
    void tracker.run(() => new Promise((resolve) => setTimeout(resolve, 500)));
    await expect(tracker.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await tracker.drain(20)).toBe(false);
  });
});

describe('log redaction', () => {
  it('removes tokens, configured secrets and verification tokens from every string', () => {
    const lines: Record<string, unknown>[] = [];
    const redact = createRedactor(['my-signing-secret']);
    const log = createSafeLog((line) => lines.push(line), redact);
    log({ msg: 'token xoxb-123-456-abc and xapp-1-A2-3 and my-signing-secret', nested: { body: '{"token":"legacy-verif","text":"q"}' }, list: ['xoxp-9-9'] });
    const json = JSON.stringify(lines);
    for (const secret of ['xoxb-123', 'xapp-1', 'my-signing-secret', 'legacy-verif', 'xoxp-9']) expect(json).not.toContain(secret);
    expect(json).toContain('"text\\":\\"q\\"');
  });

  it('redacts the configured secrets in the entry point\'s own lines too (engine_failed)', () => {
    const lines: Record<string, unknown>[] = [];
    // Custom secrets that match no token pattern: only the configuration can tell they are secret.
    const log = createSlackLog({ mode: 'http', botToken: 'bot-secret-value', signingSecret: 'signing-secret-value', port: 3000, slackApiUrl: undefined, logLevel: 'info' }, (line) => lines.push(line));
    log({ level: 'error', event: 'engine_failed', error: 'at bot-secret-value', question: 'signing-secret-value を教えて' });
    const json = JSON.stringify(lines);
    expect(json).not.toContain('bot-secret-value');
    expect(json).not.toContain('signing-secret-value');
    expect(lines[0]).toMatchObject({ level: 'error', event: 'engine_failed', question: '[redacted] を教えて' });
  });

  it('gives Bolt a logger that respects the level and writes structured lines', () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createBoltLogger((line) => lines.push(line), LogLevel.INFO);
    logger.debug('hidden');
    logger.info('shown', { a: 1 });
    logger.error(new Error('failed'));
    expect(lines).toEqual([
      { level: 'info', source: 'bolt', msg: 'shown {"a":1}' },
      { level: 'error', source: 'bolt', msg: 'failed' },
    ]);
  });
});

describe('sensitive data in log lines', () => {
  const redact = createRedactor([]);
  const cases: { input: string; absent: string; why: string }[] = [
    // A response_url lets anyone post to the channel for 30 minutes.
    { input: '{"response_url":"https://hooks.slack.com/commands/T1/123/abc"}', absent: 'hooks.slack.com', why: 'response_url in JSON' },
    // Bolt logs payloads as JSON inside a string, so quotes and slashes come escaped.
    { input: '{\\"response_url\\":\\"http:\\/\\/127.0.0.1:9\\/response\\/7\\"}', absent: '127.0.0.1', why: 'response_url in escaped JSON' },
    { input: 'command=%2Fkyoyaku&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1&text=x', absent: 'hooks.slack.com', why: 'response_url in a form body' },
    // Even outside a response_url field, Slack's hooks URLs are credentials.
    { input: 'posting to https://hooks.slack.com/actions/T1/2/xyz failed', absent: 'xyz', why: 'a hooks URL in free text' },
    // The WebSocket ticket opens a connection that receives the workspace's events.
    { input: 'http request result: {"ok":true,"url":"wss://wss-primary.slack.com/link/?ticket=abc-123&app_id=A1"}', absent: 'abc-123', why: 'Socket Mode ticket' },
  ];
  it.each(cases)('redacts $why', ({ input, absent }) => {
    const out = redact(input);
    expect(out).not.toContain(absent);
    expect(out).toContain('[redacted]');
  });

  it('cuts every long string in a Bolt line to 200 characters, and the line to its limit', () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createBoltLogger((line) => lines.push(line), LogLevel.DEBUG);
    const question = 'あ'.repeat(40_000);
    logger.debug(`Received a message on the WebSocket: ${JSON.stringify({ payload: { text: question, blocks: [{ text: question }], value: JSON.stringify({ q: question }) } })}`);
    logger.debug('free text', question);
    const [payloadLine, freeLine] = lines.map((line) => String(line['msg']));
    expect(payloadLine).not.toContain('あ'.repeat(201));
    expect(payloadLine).toContain(`"${'あ'.repeat(200)}…[cut]"`);
    expect(freeLine?.length).toBeLessThanOrEqual(BOLT_LINE_LIMIT + 10);
  });
});
