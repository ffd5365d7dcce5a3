/**
 * What the bot remembers of a conversation so that a follow-up (宇部市の場合は？ 第何条？) is read
 * with the previous question's topic: the last topic per thread (channel + thread ts), in memory
 * only, bounded (least recently used out first) and forgotten after a while. Nothing is stored in
 * Slack and no extra OAuth scope is needed.
 */

/** A topic as the engine hands it back (AskResult.topic) and takes it (AskOptions.context). */
export interface ConversationTopic {
  readonly label: string;
  readonly question: string;
}

/** Options of {@link createConversationContexts}. */
export interface ConversationContextOptions {
  /**
   * How many conversations are remembered at most; the least recently used is forgotten first.
   * @defaultValue 1000
   */
  readonly maxEntries?: number;
  /**
   * How long a topic is remembered after its reply, in milliseconds.
   * @defaultValue 1_800_000 (30 minutes)
   */
  readonly ttlMs?: number;
  /** The clock, injectable for tests. @defaultValue Date.now */
  readonly now?: () => number;
}

/** The remembered topics. */
export interface ConversationContexts {
  /** The topic of the conversation, if its last reply had one and it is not too old. */
  get(key: string): ConversationTopic | undefined;
  /**
   * Remembers the topic of the conversation's last reply (or forgets it, with undefined), for
   * `ttlMs` (the store's default when not given).
   */
  set(key: string, topic: ConversationTopic | undefined, ttlMs?: number): void;
  readonly size: number;
}

/**
 * The key of a conversation: a channel thread (its parent's ts), or a DM's thread; a DM outside any
 * thread is one conversation of its own, so its key is the channel alone and it follows the last
 * question for {@link DM_FOLLOW_MS} only (see README 「続けて質問するときの決まり」).
 */
export function conversationKey(channel: string, threadTs: string | undefined): string {
  return threadTs === undefined ? channel : `${channel}:${threadTs}`;
}

/** How long a DM outside a thread follows its last question: a few minutes, then it starts afresh. */
export const DM_FOLLOW_MS = 5 * 60_000;

/**
 * An LRU map with a time to live: a Map keeps insertion order, so re-inserting on use makes the
 * first key the least recently used one.
 *
 * @example
 * const contexts = createConversationContexts({ ttlMs: 10 * 60_000 });
 * contexts.set(conversationKey('C1', '1700000000.000100'), result.topic);
 */
export function createConversationContexts(options: ConversationContextOptions = {}): ConversationContexts {
  const maxEntries = options.maxEntries ?? 1000;
  const ttlMs = options.ttlMs ?? 30 * 60_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { topic: ConversationTopic; expires: number }>();
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (now() > entry.expires) {
        entries.delete(key);
        return undefined;
      }
      entries.delete(key);
      entries.set(key, entry);
      return entry.topic;
    },
    set(key, topic, entryTtlMs = ttlMs) {
      entries.delete(key);
      if (topic === undefined) return;
      entries.set(key, { topic: { label: topic.label, question: topic.question }, expires: now() + entryTtlMs });
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
    get size() {
      return entries.size;
    },
  };
}
