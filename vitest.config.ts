import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['test/browser/global-setup.ts'],
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'eval/**/*.test.ts', 'scripts/**/*.test.ts', 'web/src/**/*.test.ts'],
    // Browser tests start Chromium and a server; they get more time than unit tests.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
