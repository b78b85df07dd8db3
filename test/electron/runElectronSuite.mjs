// Runs the real-Electron smoke suite where the Electron binary exists; otherwise says once why it was skipped.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const binary = new URL('../../node_modules/electron/dist', import.meta.url);
if (!existsSync(binary)) {
  console.log('skipped: Electron binary not installed (node_modules/electron/dist is missing; the npm package installs without it here)');
  process.exit(0);
}
const result = spawnSync('npx', ['playwright', 'test', '-c', 'test/electron/playwright.electron.config.ts'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
