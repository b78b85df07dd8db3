// Imports in a worker thread: results and progress come back, a runaway import is stopped by time or memory with a typed error.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { importInWorker } from './importHost';

const workerFile = new URL('./importWorker.ts', import.meta.url);
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cd-import-host-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('imports a folder in the worker and reports progress per file', async () => {
  await writeFile(join(dir, 'a.txt'), 'Eins.');
  await writeFile(join(dir, 'b.fountain'), 'INT. FLUR\n\nBRANDT\nHallo.\n');
  const progress: string[] = [];
  const r = await importInWorker(dir, { workerFile, onProgress: (p) => progress.push(`${p.done}/${p.total} ${p.file}`) });
  expect(r.episodes.map((e) => e.title)).toEqual(['a', 'b']);
  expect(r.episodes[1].knownCharacters).toEqual(['Brandt']);
  expect(progress).toEqual(['1/2 a.txt', '2/2 b.fountain']);
});

it('passes typed errors through', async () => {
  await writeFile(join(dir, 'x.fdx'), '<!DOCTYPE x><FinalDraft/>');
  await expect(importInWorker(join(dir, 'x.fdx'), { workerFile })).rejects.toMatchObject({ code: 'unsafe-input' });
});

it('stops an import that runs past the hard time limit', async () => {
  const paras = '<Paragraph Type="Action"><Text>Schritt.</Text></Paragraph>'.repeat(120_000);
  await writeFile(join(dir, 'big.fdx'), `<FinalDraft><Content>${paras}</Content></FinalDraft>`);
  const started = Date.now();
  await expect(importInWorker(join(dir, 'big.fdx'), { workerFile, totalTimeoutMs: 300 })).rejects.toMatchObject({ code: 'timeout' });
  expect(Date.now() - started).toBeLessThan(5_000);
});

it('runs in-process without a worker file', async () => {
  await writeFile(join(dir, 'a.md'), '# Titel\nText');
  expect((await importInWorker(join(dir, 'a.md'))).episodes[0].title).toBe('Titel');
});
