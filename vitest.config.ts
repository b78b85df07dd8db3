// Unit tests in Node (x.test.ts) and jsdom-free DOM-less checks; e2e lives in test/e2e with Playwright.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('test') },
  test: {
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/acceptance/**/*.test.ts', 'test/reliability/**/*.test.ts', 'test/hostile/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['node_modules/**', 'out/**', 'test/e2e/**', 'test/electron/**'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
