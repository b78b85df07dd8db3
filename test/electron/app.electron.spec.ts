// Real-Electron smoke test: the app starts on the demo series with its security settings in force.
import { _electron as electron, expect, test } from '@playwright/test';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('opens the demo series in a sandboxed window with window.continuity only', async () => {
  const project = mkdtempSync(join(tmpdir(), 'continuity-electron-'));
  cpSync('resources/demo-series', project, { recursive: true });
  const app = await electron.launch({ args: ['.', project] });
  const window = await app.firstWindow();
  await expect(window.getByRole('listbox').or(window.getByRole('navigation')).first()).toBeVisible();
  const exposed = await window.evaluate(() => ({
    api: typeof (window as unknown as { continuity?: unknown }).continuity,
    node: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
  }));
  expect(exposed).toEqual({ api: 'object', node: 'undefined', process: 'undefined' });
  await app.close();
});
