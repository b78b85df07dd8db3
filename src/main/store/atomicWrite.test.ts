// Atomic saves: a process killed mid-save leaves the old or the new content, never a mix, and no temp files pile up.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { atomicWrite } from './atomicWrite';
import { openProject } from './projectStore';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cd-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('replaces content and leaves no temp file behind', async () => {
  const file = join(dir, 'e.md');
  await writeFile(file, 'alt');
  await atomicWrite(file, 'neu');
  expect(await readFile(file, 'utf8')).toBe('neu');
  expect(await readdir(dir)).toEqual(['e.md']);
});

it('leaves either the old or the new version when the writer is killed mid-save', async () => {
  const file = join(dir, 'e.md');
  const a = 'A'.repeat(2 * 1024 * 1024);
  const b = 'B'.repeat(2 * 1024 * 1024);
  await writeFile(file, a);
  const script = `
    const { atomicWrite } = await import(${JSON.stringify(pathToFileURL(join(import.meta.dirname, 'atomicWrite.ts')).href)});
    const a = 'A'.repeat(2 * 1024 * 1024), b = 'B'.repeat(2 * 1024 * 1024);
    process.stdout.write('ready\\n');
    for (let i = 0; ; i++) await atomicWrite(${JSON.stringify(file)}, i % 2 ? a : b);
  `;
  for (let round = 0; round < 4; round++) {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    await new Promise((r) => setTimeout(r, 50 + round * 37));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const content = await readFile(file, 'utf8');
    expect(content === a || content === b).toBe(true);
  }
  // Opening the folder as a project clears the temp files the killed saves left behind.
  const store = await openProject(dir, { watch: false });
  expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  await store.close();
}, 60_000);
