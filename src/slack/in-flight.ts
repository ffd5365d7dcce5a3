/**
 * Tracks replies in progress so shutdown can wait for them instead of cutting answers off.
 */

/** A set of running tasks that can be awaited as a whole. */
export class InFlightTracker {
  readonly #pending = new Set<Promise<unknown>>();

  /** How many tasks are running. */
  get size(): number {
    return this.#pending.size;
  }

  /** Runs a task and tracks it until it settles; its result and error pass through. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const promise = task();
    const tracked = promise.then(
      () => undefined,
      () => undefined,
    );
    this.#pending.add(tracked);
    void tracked.then(() => this.#pending.delete(tracked));
    return promise;
  }

  /**
   * Waits until every task has settled, including tasks started meanwhile, or until the timeout.
   * Resolves true when all finished, false on timeout.
   */
  async drain(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.#pending.size > 0) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) return false;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), remaining);
      });
      const outcome = await Promise.race([Promise.all([...this.#pending]).then(() => 'done' as const), timeout]);
      clearTimeout(timer);
      if (outcome === 'timeout') return this.#pending.size === 0;
    }
    return true;
  }
}
