/**
 * Collects V8's young generation between questions, while the bot waits for the next one, rather
 * than in the middle of a question. A question allocates about 100 KB; with the 2 MB young
 * generation of `npm start` (`--max-semi-space-size=2`, for memory) V8 collected it during one
 * question in twenty, and that question took 0.25–0.35 ms longer: the slowest questions were mostly
 * those. Collected once the space is half full, after an answer, no question meets a collection
 * (a question allocates far less than half the space).
 *
 * Needs node's `--expose-gc` (the `start` script passes it); without it nothing is collected and
 * V8 collects as usual. Runtime plumbing for the entry points, not part of the engine (src/core).
 */
import { getHeapSpaceStatistics } from 'node:v8';
import type { QuestionAnswerer } from './core/answer/types.ts';

/** Share of the young generation's room in use above which a collection is due. */
const DUE_AT = 0.5;

type MinorCollect = (options: { type: 'minor' }) => void;

/** How full the young generation is: bytes in use, and bytes still free before V8 must collect. */
export interface YoungGenerationUse {
  readonly used: number;
  readonly available: number;
}

/** What a collection needs: the collector (`--expose-gc`'s `gc`) and how full the space is. Tests pass fakes. */
export interface IdleCollectionParts {
  /** @defaultValue the global `gc` when node runs with `--expose-gc`, else none (nothing is collected) */
  readonly collect?: MinorCollect | undefined;
  /** @defaultValue V8's new space, from `v8.getHeapSpaceStatistics()` */
  readonly readYoungGeneration?: () => YoungGenerationUse | undefined;
}

function readNewSpace(): YoungGenerationUse | undefined {
  const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  // space_size counts both semi-spaces; used + available is the room of one.
  return young && { used: young.space_used_size, available: young.space_available_size };
}

/** The `gc` that `--expose-gc` defines, or undefined without the flag. */
function exposedCollector(): MinorCollect | undefined {
  const gc: unknown = (globalThis as { gc?: unknown }).gc;
  return typeof gc === 'function' ? (gc as MinorCollect) : undefined;
}

/** The collector the parts name (undefined among them: none), else the exposed one. */
function collectorOf(parts: IdleCollectionParts): MinorCollect | undefined {
  return 'collect' in parts ? parts.collect : exposedCollector();
}

/**
 * Collects the young generation now if more than half of its room is in use. Returns true when it did.
 *
 * @example
 * collectYoungGenerationIfDue(); // → false without --expose-gc, or when little is in use
 */
export function collectYoungGenerationIfDue(parts: IdleCollectionParts = {}): boolean {
  const collect = collectorOf(parts);
  if (collect === undefined) return false;
  const young = (parts.readYoungGeneration ?? readNewSpace)();
  if (young === undefined || young.used <= (young.used + young.available) * DUE_AT) return false;
  collect({ type: 'minor' });
  return true;
}

/**
 * The answerer with a collection scheduled after each question (once, however many questions
 * arrive before it runs): it runs when the event loop has finished the work at hand, so a reply
 * already on its way is not held up, and a question queued behind it waits at most one collection.
 *
 * @example
 * const answerer = collectBetweenQuestions(engine.answerer);
 * answerer.ask('災害対応は誰が担当？'); // answered at once; the collection follows, if due
 */
export function collectBetweenQuestions(answerer: QuestionAnswerer, parts: IdleCollectionParts = {}): QuestionAnswerer {
  const collect = collectorOf(parts);
  if (collect === undefined) return answerer;
  let scheduled = false;
  const run = (): void => {
    scheduled = false;
    collectYoungGenerationIfDue({ ...parts, collect });
  };
  return {
    ask: (question, options) => {
      const result = answerer.ask(question, options);
      if (!scheduled) {
        scheduled = true;
        setImmediate(run);
      }
      return result;
    },
    lookup: (agreement, ref) => answerer.lookup(agreement, ref),
    listAnnexRows: () => answerer.listAnnexRows(),
    get examples() {
      return answerer.examples;
    },
    warmUp: (options) => answerer.warmUp(options),
  };
}
