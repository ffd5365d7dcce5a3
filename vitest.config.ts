import { defineConfig } from 'vitest/config';

const config = defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Tests that spawn the bot run dist/ (what `npm start` runs): rebuilt first when src/ changed.
    globalSetup: ['test/support/ensure-build.ts'],
  },
});
export default config;
