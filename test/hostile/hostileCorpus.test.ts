// Every hostile file is imported or opened: each ends within 10 s with a typed, readable error or a safe result; nothing outside changes.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { lstat, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runImport } from '../../src/cli/importCommand';
import { emptyBible } from '../../src/engine/types';
import { importPath } from '../../src/main/importers/importFiles';
import { ProjectError } from '../../src/main/store/projectError';
import { openProject } from '../../src/main/store/projectStore';
import { generateHostileCorpus, type HostileCase } from './generateHostileCorpus';

const base = await mkdtemp(join(tmpdir(), 'cd-hostile-'));
const corpus = await generateHostileCorpus(base);
const importProjects = join(base, 'import-projects');
const leaks = ['SECRET outside the project', 'root:x:0:0'];

/** Every entry under `dir` (symlinks not followed, FIFOs not read) with a content hash for regular files. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (d: string) => {
    for (const name of await readdir(d)) {
      const p = join(d, name);
      const st = await lstat(p);
      if (st.isDirectory()) {
        out[p] = 'dir';
        await walk(p);
      } else if (st.isFile()) {
        out[p] = st.size > 50 * 1024 * 1024 ? `size:${st.size}` : createHash('sha256').update(await readFile(p)).digest('hex');
      } else out[p] = st.isSymbolicLink() ? 'link' : 'special';
    }
  };
  await walk(dir);
  return out;
}

const before = { outside: await snapshot(corpus.outside), inputs: await snapshot(join(base, 'inputs')) };
const preservedBefore = new Map<string, Buffer>();
for (const c of corpus.cases) for (const rel of c.preserved ?? []) preservedBefore.set(join(c.path, rel), await readFile(join(c.path, rel)));

function expectTyped(e: unknown): void {
  if (!(e instanceof ProjectError)) throw new Error(`untyped failure: ${(e as Error)?.stack ?? String(e)}`);
  expect(e.message.length).toBeGreaterThan(5);
  expect(e.message.length).toBeLessThan(600);
}

async function typed<T>(op: () => Promise<T>): Promise<T | undefined> {
  try {
    return await op();
  } catch (e) {
    expectTyped(e);
    return undefined;
  }
}

const noLeak = (text: string) => {
  for (const l of leaks) expect(text.includes(l), `leaked "${l}"`).toBe(false);
};

const withinTenSeconds = <T>(p: Promise<T>, id: string): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`${id} did not end within 10 s`)), 10_000);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e) => (clearTimeout(t), reject(e)),
    );
  });

async function runImportCase(c: HostileCase): Promise<void> {
  let ok = false;
  try {
    const result = await withinTenSeconds(importPath(c.path), `${c.id} (import)`);
    ok = true;
    for (const ep of result.episodes) noLeak(ep.text);
  } catch (e) {
    expectTyped(e);
  }
  const lines: string[] = [];
  const errors: string[] = [];
  const code = await withinTenSeconds(
    runImport([c.path], join(importProjects, c.id), { log: (l) => lines.push(l), error: (l) => errors.push(l) }),
    `${c.id} (continuity import)`,
  );
  expect(code).toBe(ok ? 0 : 2);
  for (const line of [...lines, ...errors]) expect(line).not.toMatch(/\n/);
  if (!ok) expect(errors.length).toBeGreaterThan(0);
}

async function runProjectCase(c: HostileCase): Promise<void> {
  const store = await typed(() => openProject(c.path, { watch: false }));
  if (!store) return;
  try {
    for (const p of store.problems()) expect(p.reason.length).toBeGreaterThan(5);
    for (const ep of store.episodes()) {
      const doc = await typed(() => store.readEpisode(ep.id));
      if (!doc) continue;
      noLeak(doc.text);
      const saved = await store.writeEpisode(ep.id, `${doc.text}\nNeu.`, doc.hash);
      if (!saved.ok) expect(saved.message.length).toBeGreaterThan(5);
    }
    await typed(() => store.addEpisode({ title: 'Neu', text: 'Neu.\n' }));
    await typed(() => store.writeBible(emptyBible()));
    await typed(() => store.writeDecisions([]));
    const first = store.episodes()[0];
    if (first) {
      await typed(() => store.writeAnnotations(first.id, []));
      await typed(() => store.journalEdit(first.id, 'ungesichert'));
      await typed(() => store.listHistory(first.file));
    }
    await typed(() => store.pendingRecoveries());
    await typed(() => store.readBible());
  } finally {
    await store.close();
  }
}

describe('hostile corpus', () => {
  it('has at least 100 hostile files', () => {
    console.log(`hostile corpus: ${corpus.files} files in ${corpus.cases.length} cases`);
    expect(corpus.files).toBeGreaterThanOrEqual(100);
  });

  for (const c of corpus.cases) {
    it(`${c.kind} ${c.id}: ${c.what}`, async () => {
      const started = Date.now();
      // An import case runs twice (importer, then `continuity import`), each under its own 10 s limit.
      await (c.kind === 'import' ? runImportCase(c) : withinTenSeconds(runProjectCase(c), c.id));
      const took = Date.now() - started;
      if (took > 2_000) console.log(`slow hostile case ${c.id}: ${took} ms`);
    }, 25_000);
  }

  it('changed nothing outside the projects and kept every damaged file as it was', async () => {
    expect(await snapshot(corpus.outside)).toEqual(before.outside);
    expect(await snapshot(join(base, 'inputs'))).toEqual(before.inputs);
    expect(existsSync('/tmp/evil-absolute.txt')).toBe(false);
    expect(existsSync(join(base, 'outside', 'evil.txt'))).toBe(false);
    for (const [file, bytes] of preservedBefore) expect((await readFile(file)).equals(bytes), file).toBe(true);
  });
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});
