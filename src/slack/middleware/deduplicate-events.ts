/**
 * Drops Events API deliveries already seen. Slack redelivers an event (same `event_id`) when it
 * thinks the ack came late, and Bolt does not deduplicate, so without this a slow moment would
 * answer the same question twice.
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

/** Global middleware that stops an event whose `event_id` was already processed. */
export function createEventDeduplicator(
  recent: RecentIds,
  onDuplicate: (eventId: string) => void = () => undefined,
): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const eventId = readEventId(body);
    if (eventId !== undefined && recent.checkAndRemember(eventId)) {
      onDuplicate(eventId);
      return;
    }
    await next();
  };
}
