import { describe, expect, it, vi } from 'vitest';
import { InFlightTracker } from '../../src/slack/in-flight.ts';
import { createEventDeduplicator, readEventId, RecentIds } from '../../src/slack/middleware/deduplicate-events.ts';
import { createSlackLog } from '../../src/slack/start-slack-app.ts';
import { createBoltLogger, createRedactor, createSafeLog } from '../../src/slack/structured-log.ts';
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

describe('createEventDeduplicator', () => {
  it('passes an event once and drops its redelivery; commands have no event_id and always pass', async () => {
    const onDuplicate = vi.fn();
    const middleware = createEventDeduplicator(new RecentIds(), onDuplicate);
    const next = vi.fn(async () => undefined);
    const run = (body: unknown) => middleware({ body, next } as never);
    await run({ event_id: 'Ev1', event: {} });
    await run({ event_id: 'Ev1', event: {} });
    await run({ command: '/kyoyaku' });
    await run({ command: '/kyoyaku' });
    expect(next).toHaveBeenCalledTimes(3);
    expect(onDuplicate).toHaveBeenCalledWith('Ev1');
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
