// Playwright config for the real-Electron smoke suite (run by runElectronSuite.mjs only where the binary exists).
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.electron\.spec\.ts/,
  timeout: 60_000,
  workers: 1,
  outputDir: '../../test-results/electron',
});
