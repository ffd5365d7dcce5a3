/**
 * An engine that can be replaced while the bot runs (a curator's glossary edit, applied on
 * SIGHUP): callers hold one QuestionAnswerer that forwards each call to the current engine, and a
 * reload builds a new engine beside the old one and swaps it in with one assignment.
 */
import type { QuestionAnswerer } from './answer/types.ts';

/** How a reload went: the new engine is in use, or the old one still is and why. */
export type ReloadOutcome = { readonly ok: true } | { readonly ok: false; readonly error: unknown };

/** A forwarding engine and the means to replace what it forwards to. */
export interface ReloadableAnswerer {
  /** Forwards every call to the engine current at the time of the call. */
  readonly answerer: QuestionAnswerer;
  /**
   * Builds a new engine (reading and validating every file first) and swaps it in; on any failure
   * the old engine stays. Never rejects. A reload asked for while one runs is done once more after
   * it, so the last edit is always read; callers meanwhile share that one.
   */
  reload(): Promise<ReloadOutcome>;
}

/**
 * Wraps `initial` so `reload` can replace it with what `build` makes.
 *
 * Questions in flight finish on the engine they started on: `ask` is synchronous, so a question is
 * answered wholly by one engine, and the swap happens between two questions, never inside one.
 *
 * @example
 * const engine = createReloadableAnswerer(first, () => buildQuestionAnswerer(tokenizer));
 * process.on('SIGHUP', () => void engine.reload());
 */
export function createReloadableAnswerer(initial: QuestionAnswerer, build: () => Promise<QuestionAnswerer>): ReloadableAnswerer {
  let current = initial;
  let running: Promise<ReloadOutcome> | undefined;
  let queued: Promise<ReloadOutcome> | undefined;

  const reloadOnce = async (): Promise<ReloadOutcome> => {
    try {
      const next = await build();
      current = next;
      return { ok: true };
    } catch (error) {
      return { ok: false, error };
    }
  };

  const reload = (): Promise<ReloadOutcome> => {
    if (running === undefined) {
      running = reloadOnce().finally(() => {
        running = undefined;
      });
      return running;
    }
    // One more pass after the running one: it may have read the files before the latest edit.
    queued ??= running.then(() => {
      queued = undefined;
      return reload();
    });
    return queued;
  };

  const answerer: QuestionAnswerer = {
    ask: (question, options) => current.ask(question, options),
    lookup: (agreement, ref) => current.lookup(agreement, ref),
    listAnnexRows: () => current.listAnnexRows(),
    get examples() {
      return current.examples;
    },
    warmUp: (options) => current.warmUp(options),
  };
  return { answerer, reload };
}
