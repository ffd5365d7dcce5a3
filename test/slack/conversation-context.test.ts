/**
 * The follow-up memory: last topic per conversation, least recently used out first, forgotten
 * after its time to live. An injected clock, so no test waits.
 */
import { describe, expect, it } from 'vitest';
import { conversationKey, createConversationContexts } from '../../src/slack/conversation-context.ts';

const topic = (label: string) => ({ label, question: `${label}は誰が担当？` });

describe('conversation contexts', () => {
  it('keys a thread by channel and parent ts, a DM outside threads by its channel', () => {
    expect(conversationKey('C1', '1.2')).toBe('C1:1.2');
    expect(conversationKey('D1', undefined)).toBe('D1');
  });

  it('forgets a topic after its time to live, per entry when one is given', () => {
    let now = 0;
    const contexts = createConversationContexts({ ttlMs: 1000, now: () => now });
    contexts.set('a', topic('観光'));
    contexts.set('b', topic('防災'), 100);
    now = 101;
    expect(contexts.get('b')).toBeUndefined();
    expect(contexts.get('a')?.label).toBe('観光');
    now = 1200;
    expect(contexts.get('a')).toBeUndefined();
  });

  it('forgets the least recently used conversation first when full', () => {
    const contexts = createConversationContexts({ maxEntries: 2 });
    contexts.set('a', topic('観光'));
    contexts.set('b', topic('防災'));
    // Reading a makes b the least recently used.
    expect(contexts.get('a')?.label).toBe('観光');
    contexts.set('c', topic('医療'));
    expect(contexts.size).toBe(2);
    expect(contexts.get('b')).toBeUndefined();
    expect(contexts.get('a')?.label).toBe('観光');
  });

  it('forgets a conversation’s topic when told to (a reply without one)', () => {
    const contexts = createConversationContexts();
    contexts.set('a', topic('観光'));
    contexts.set('a', undefined);
    expect(contexts.get('a')).toBeUndefined();
  });
});
