/**
 * Slack's rate limits hold per method and channel (chat.postMessage: about one message per second
 * per channel), but the Web API client answers a 429 by pausing its whole request queue for the
 * Retry-After: one busy channel froze every conversation. This fetch, given to the client, keeps
 * the pause to the method and channel that earned it: it waits the Retry-After and sends the
 * request again itself, and holds later requests for the same method and channel until then. The
 * client is built with rejectRateLimitedCalls, so a 429 that still reaches it fails that one call
 * instead of pausing the queue.
 */
import { waitFor } from './backoff.ts';
import type { StructuredLog } from './structured-log.ts';

/** How many times one request is sent again after a 429 before the 429 is passed on. */
export const RATE_LIMIT_RETRIES = 3;

/** Entries kept before expired ones are swept (one per method and channel recently limited). */
const SWEEP_AT = 1000;

/** Builds the fetch. `baseFetch` and `now` are injectable for tests. */
export function createPerChannelRateLimitFetch(options: {
  readonly log: StructuredLog;
  readonly baseFetch?: typeof fetch;
  readonly now?: () => number;
  readonly retries?: number;
}): typeof fetch {
  const baseFetch = options.baseFetch ?? globalThis.fetch;
  const now = options.now ?? (() => performance.now());
  const retries = options.retries ?? RATE_LIMIT_RETRIES;
  /** Method-and-channel key → the time before which no request for it may go. */
  const limitedUntil = new Map<string, number>();

  return async (input, init) => {
    const key = readLimitKey(input, init?.body);
    for (let attempt = 0; ; attempt += 1) {
      const wait = (limitedUntil.get(key.id) ?? 0) - now();
      if (wait > 0) {
        await waitFor(wait, init?.signal ?? undefined);
        init?.signal?.throwIfAborted();
      }
      const response = await baseFetch(input, init);
      const retryAfterSeconds = response.status === 429 ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
      if (retryAfterSeconds === undefined || attempt >= retries) return response;
      // Read and drop the body, so the connection goes back to the pool.
      await response.arrayBuffer().catch(() => undefined);
      const until = now() + retryAfterSeconds * 1000;
      limitedUntil.set(key.id, Math.max(until, limitedUntil.get(key.id) ?? 0));
      if (limitedUntil.size > SWEEP_AT) sweep(limitedUntil, now());
      options.log({ level: 'warn', event: 'slack_rate_limited', method: key.method, channel: key.channel, retry_after_s: retryAfterSeconds });
    }
  };
}

function sweep(limitedUntil: Map<string, number>, at: number): void {
  for (const [id, until] of limitedUntil) if (until <= at) limitedUntil.delete(id);
}

/** `chat.postMessage` and the `channel` argument of the request (the Web API client sends a form). */
function readLimitKey(input: Parameters<typeof fetch>[0], body: unknown): { id: string; method: string; channel: string | undefined } {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const method = new URL(url).pathname.split('/').pop() ?? '';
  let channel: string | undefined;
  if (typeof body === 'string') {
    channel = body.trimStart().startsWith('{') ? readJsonChannel(body) : (new URLSearchParams(body).get('channel') ?? undefined);
  } else if (body instanceof URLSearchParams || body instanceof FormData) {
    const value = body.get('channel');
    channel = typeof value === 'string' ? value : undefined;
  }
  return { id: `${method} ${channel ?? ''}`, method, channel };
}

function readJsonChannel(body: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    const channel = parsed !== null && typeof parsed === 'object' ? (parsed as { channel?: unknown }).channel : undefined;
    return typeof channel === 'string' ? channel : undefined;
  } catch {
    return undefined;
  }
}

/** Retry-After in seconds (Slack sends whole seconds); undefined when absent or not a number. */
function parseRetryAfter(header: string | null): number | undefined {
  if (header === null || !/^\s*\d+\s*$/.test(header)) return undefined;
  return Number(header);
}
