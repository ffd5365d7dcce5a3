/**
 * Drops deliveries already seen. Slack redelivers an event (same `event_id`) when it thinks the
 * ack came late, and Bolt does not deduplicate, so without this a slow moment would answer the
 * same question twice. Slash commands and button clicks are never redelivered by Slack, but in
 * HTTP mode a signed request stays valid for 5 minutes, so anyone who captures one could replay
 * it: each carries a `trigger_id` Slack makes unique per invocation, which identifies the replay.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

/** A bounded set of recently seen ids: least recently added first out, each kept for a TTL. */
export class RecentIds {
  readonly #seen = new Map<string, number>();
  readonly #max: number;
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(options: { readonly max?: number; readonly ttlMs?: number; readonly now?: () => number } = {}) {
    this.#max = options.max ?? 5000;
    // Slack retries for about an hour at most (3 retries: ~1 min, ~5 min, ~1 h apart is the worst case).
    this.#ttlMs = options.ttlMs ?? 2 * 60 * 60 * 1000;
    this.#now = options.now ?? Date.now;
  }

  /** How many ids are remembered now. */
  get size(): number {
    return this.#seen.size;
  }

  /** Records the id; returns true when it had been seen (and not expired) before. */
  checkAndRemember(id: string): boolean {
    const now = this.#now();
    this.#evictExpired(now);
    const seenAt = this.#seen.get(id);
    if (seenAt !== undefined) return true;
    this.#seen.set(id, now);
    while (this.#seen.size > this.#max) {
      const oldest = this.#seen.keys().next();
      if (oldest.done === true) break;
      this.#seen.delete(oldest.value);
    }
    return false;
  }

  #evictExpired(now: number): void {
    // Insertion order is age order, so expired ids are all at the front.
    for (const [id, seenAt] of this.#seen) {
      if (now - seenAt < this.#ttlMs) break;
      this.#seen.delete(id);
    }
  }
}

/** Reads `event_id` from an Events API body; undefined for commands and interactions. */
export function readEventId(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const id = (body as { event_id?: unknown }).event_id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/**
 * The key that identifies one delivery: `event:<event_id>` for an event, `trigger:<trigger_id>`
 * for a slash command or an interaction, or, for an interaction without a trigger_id,
 * `action:<user>:<action_id>:<action_ts>` (Slack stamps each click with its own action_ts).
 * Undefined when the body carries none of these.
 */
export function readDeliveryKey(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const eventId = readEventId(body);
  if (eventId !== undefined) return `event:${eventId}`;
  const record = body as Record<string, unknown>;
  const triggerId = record['trigger_id'];
  if (typeof triggerId === 'string' && triggerId !== '') return `trigger:${triggerId}`;
  const actions = record['actions'];
  const action: unknown = Array.isArray(actions) ? actions[0] : undefined;
  if (action === null || typeof action !== 'object') return undefined;
  const { action_id: actionId, action_ts: actionTs } = action as Record<string, unknown>;
  const user = (record['user'] as { id?: unknown } | undefined)?.id;
  if (typeof actionTs !== 'string' || typeof actionId !== 'string') return undefined;
  return `action:${typeof user === 'string' ? user : ''}:${actionId}:${actionTs}`;
}

/**
 * Global middleware that stops a delivery whose key was already processed. A command or
 * interaction dropped so is acked (the replayer, or Slack, gets its 200 and nothing else); events
 * Bolt has acked already.
 */
export function createReplayDeduplicator(
  recent: RecentIds,
  onDuplicate: (key: string) => void = () => undefined,
): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const key = readDeliveryKey(args.body);
    if (key !== undefined && recent.checkAndRemember(key)) {
      onDuplicate(key);
      const ack = (args as { ack?: unknown }).ack;
      if (typeof ack === 'function') await (ack as () => Promise<void>)();
      return;
    }
    await args.next();
  };
}
