/**
 * The bot's side of a reload (SIGHUP): reload the engine and write one log line saying how it went.
 * A bad edit names the file and the field in that line, and the old engine keeps answering.
 */
import type { ReloadOutcome } from '../core/reloadable-answerer.ts';
import { describeError, type StructuredLog } from './structured-log.ts';

/**
 * Reloads and logs `corpus_reloaded` (with how long it took) or `corpus_reload_failed` (with the
 * one-line reason, e.g. `corpus/glossary.yml: synonyms[3].means: must not be empty`).
 */
export async function reloadAndLog(reload: () => Promise<ReloadOutcome>, log: StructuredLog, now: () => number = () => performance.now()): Promise<ReloadOutcome> {
  const started = now();
  const outcome = await reload();
  if (outcome.ok) log({ level: 'info', event: 'corpus_reloaded', ms: Math.round(now() - started) });
  else log({ level: 'error', event: 'corpus_reload_failed', error: describeError(outcome.error), kept: 'previous' });
  return outcome;
}
