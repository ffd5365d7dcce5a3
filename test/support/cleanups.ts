/**
 * What an e2e test started (a Slack stand-in, a bot), stopped after each test, last started first.
 * Call at the top level of a test file: it registers its own afterEach.
 */
import { afterEach } from 'vitest';
import { FakeSlack } from './fake-slack.ts';

export interface Cleanups {
  /** Runs `cleanup` after the current test. */
  add(cleanup: () => Promise<void>): void;
  /** A Slack stand-in on 127.0.0.1, closed after the current test. */
  startFake(): Promise<FakeSlack>;
}

export function useCleanups(): Cleanups {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const add = (cleanup: () => Promise<void>): void => {
    cleanups.push(cleanup);
  };
  return {
    add,
    startFake: async () => {
      const fake = await FakeSlack.start();
      add(() => fake.close());
      return fake;
    },
  };
}
