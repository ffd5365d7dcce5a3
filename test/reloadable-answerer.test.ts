/**
 * The swap behind a reload (src/core/reloadable-answerer.ts): the forwarding engine answers from
 * the current one, a failed build keeps it, and reloads asked for during a reload are not lost.
 * The engines here are minimal stand-ins: what is tested is the swap, not answering (the
 * curator-loop e2e test reloads the real engine over the Slack stand-in).
 */
import { describe, expect, it } from 'vitest';
import type { AskResult, QuestionAnswerer } from '../src/core/answer/types.ts';
import { createReloadableAnswerer } from '../src/core/reloadable-answerer.ts';

function engineNamed(name: string): QuestionAnswerer {
  return {
    ask: (question) => ({ question, truncated: false, intent: 'search', abstained: true, summary: name, suggestions: [], answers: [], groups: [] }) satisfies AskResult,
    lookup: () => undefined,
    listAnnexRows: () => [],
    examples: [name],
    warmUp: () => Promise.resolve(0),
  };
}

/** A build that finishes when the test says so. */
function controlledBuild(): { build: () => Promise<QuestionAnswerer>; finish: (engine: QuestionAnswerer | Error) => void; calls: () => number } {
  const pending: ((engine: QuestionAnswerer | Error) => void)[] = [];
  let calls = 0;
  return {
    build: () => {
      calls += 1;
      return new Promise((resolve, reject) => pending.push((e) => (e instanceof Error ? reject(e) : resolve(e))));
    },
    finish: (engine) => pending.shift()?.(engine),
    calls: () => calls,
  };
}

const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('createReloadableAnswerer', () => {
  it('answers on the old engine while the new one is built, then on the new one', async () => {
    const control = controlledBuild();
    const { answerer, reload } = createReloadableAnswerer(engineNamed('old'), control.build);
    const reloading = reload();
    expect(answerer.ask('q').summary).toBe('old');
    control.finish(engineNamed('new'));
    expect(await reloading).toEqual({ ok: true });
    expect(answerer.ask('q').summary).toBe('new');
    expect(answerer.examples).toEqual(['new']);
  });

  it('keeps the old engine when the build fails, and says why', async () => {
    const control = controlledBuild();
    const { answerer, reload } = createReloadableAnswerer(engineNamed('old'), control.build);
    const reloading = reload();
    const error = new Error('corpus/glossary.yml: synonyms[0].means: must not be empty');
    control.finish(error);
    expect(await reloading).toEqual({ ok: false, error });
    expect(answerer.ask('q').summary).toBe('old');
  });

  it('runs once more after a reload asked for during one, and shares that run among callers', async () => {
    const control = controlledBuild();
    const { answerer, reload } = createReloadableAnswerer(engineNamed('old'), control.build);
    const first = reload();
    const second = reload();
    const third = reload();
    expect(control.calls()).toBe(1);
    control.finish(engineNamed('read before the edit'));
    await first;
    await flush();
    expect(control.calls()).toBe(2);
    control.finish(engineNamed('read after the edit'));
    expect(await second).toEqual({ ok: true });
    expect(await third).toEqual({ ok: true });
    expect(control.calls()).toBe(2);
    expect(answerer.ask('q').summary).toBe('read after the edit');
  });
});
