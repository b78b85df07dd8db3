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

it('stops a hostile import that needs more memory than the cap, with a readable error and nothing returned', async () => {
  // 40 MB of one long paragraph: decoded, split and cleaned it needs several times its size in heap.
  const line = 'Anna geht über den Flur und sieht Tom an. '.repeat(1_000_000);
  await writeFile(join(dir, 'riesig.txt'), line);
  const started = Date.now();
  const error = await importInWorker(join(dir, 'riesig.txt'), { workerFile, memoryMb: 24, limits: { timeoutMs: 60_000 } }).catch((e: unknown) => e);
  expect(error).toMatchObject({ name: 'ProjectError', code: 'too-large' });
  expect((error as Error).message).toMatch(/riesig\.txt is too large to import: it needs more than 24 MB/);
  expect(Date.now() - started).toBeLessThan(10_000);
}, 20_000);

it('imports dropped bytes in the child process under the same caps', async () => {
  const { importBytesInWorker } = await import('./importHost');
  const ok = await importBytesInWorker(new TextEncoder().encode('# Folge 1\nAnna kommt.\n# Folge 2\nTom geht.\n'), 'staffel.md', { workerFile, memoryMb: 24 });
  expect(ok.episodes.map((e) => e.title)).toEqual(['Folge 1', 'Folge 2']);
  const big = new TextEncoder().encode('Anna geht über den Flur und sieht Tom an. '.repeat(1_000_000));
  await expect(importBytesInWorker(big, 'gross.txt', { workerFile, memoryMb: 24, limits: { timeoutMs: 60_000 } })).rejects.toMatchObject({
    code: 'too-large',
    message: expect.stringMatching(/gross\.txt is too large to import: it needs more than 24 MB/),
  });
}, 20_000);

it('stops an import whose memory outside the JavaScript heap (buffers) grows past the cap', async () => {
  // A stand-in importer that only piles up buffers: the heap flag cannot see them, the resident-memory watch must.
  const greedy = join(dir, 'greedyWorker.mjs');
  await writeFile(greedy, `const kept = [];
process.on('message', () => { setInterval(() => { const b = Buffer.alloc(32 * 1024 * 1024, 1); kept.push(b); }, 20); });`);
  const started = Date.now();
  await expect(importInWorker(join(dir, 'x.txt'), { workerFile: greedy, memoryMb: 64, totalTimeoutMs: 15_000 })).rejects.toMatchObject({
    code: 'too-large',
    message: expect.stringMatching(/x\.txt is too large to import: it needs more than 64 MB/),
  });
  expect(Date.now() - started).toBeLessThan(10_000);
}, 20_000);
