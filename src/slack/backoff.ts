/**
 * Capped exponential backoff with jitter, for waiting out a Slack or network outage: the bot never
 * gives up, but it does not hammer Slack either, and many bots restarted together spread out.
 */

/** How long to wait between attempts to reach Slack. */
export interface BackoffSettings {
  /** Wait after the first failed attempt, before jitter. */
  readonly initialMs: number;
  /** The longest wait, however many attempts failed. */
  readonly maxMs: number;
  /** Each failure multiplies the wait by this. */
  readonly factor: number;
  /** Share of the wait taken off at random (0: none, 0.5: waits fall in [half, whole]). */
  readonly jitter: number;
}

/**
 * 1 s, 2 s, 4 s … up to 30 s, each shortened at random by up to half: a ten-minute outage costs
 * about 25 attempts, and the bot is back within 30 s of Slack.
 */
export const DEFAULT_BACKOFF: BackoffSettings = { initialMs: 1000, maxMs: 30_000, factor: 2, jitter: 0.5 };

/**
 * The wait after the `failures`-th consecutive failure (1-based).
 * @example computeBackoffDelay(3, DEFAULT_BACKOFF, () => 0) // 4000
 */
export function computeBackoffDelay(failures: number, settings: BackoffSettings, random: () => number = Math.random): number {
  const exponent = Math.max(0, failures - 1);
  const base = Math.min(settings.maxMs, settings.initialMs * settings.factor ** exponent);
  const jitter = Math.min(1, Math.max(0, settings.jitter));
  return Math.round(base * (1 - jitter * random()));
}

/** Resolves after `ms`, or at once when `signal` aborts (never rejects). */
export function waitFor(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted === true) {
      resolve();
      return;
    }
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
