// Opening, adopting, reading and saving a project folder; encodings kept; bad files named, never overwritten.
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProject, sha256 } from './projectStore';
import { ProjectError } from './projectError';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cd-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const manifest = (episodes: unknown[], extra: object = {}) =>
  JSON.stringify({ schemaVersion: 1, title: 'Die Klinik', language: 'de', episodes, settings: {}, ...extra });

async function project(files: Record<string, string | Uint8Array>) {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
}

describe('openProject', () => {
  it('opens a manifest project and reads episodes in series order', async () => {
    await project({
      'continuity.json': manifest([
        { id: '02-b', file: 'episodes/02-b.md', title: 'Zwei' },
        { id: '01-a', file: 'episodes/01-a.md', title: 'Eins' },
      ]),
      'episodes/01-a.md': '# Eins\nKathrin kommt.\n',
      'episodes/02-b.md': '# Zwei\nKatrin geht.\n',
    });
    const store = await openProject(dir);
    expect(store.episodes()).toEqual([
      { id: '02-b', file: 'episodes/02-b.md', title: 'Zwei', index: 0 },
      { id: '01-a', file: 'episodes/01-a.md', title: 'Eins', index: 1 },
    ]);
    const ep = await store.readEpisode('01-a');
    expect(ep.text).toBe('# Eins\nKathrin kommt.\n');
    expect(ep.hash).toBe(sha256(await readFile(join(dir, 'episodes/01-a.md'))));
    expect(store.problems()).toEqual([]);
    expect(store.readOnly).toBe(false);
    await store.close();
  });

  it('makes a folder of episode files a project in place, ordered by name, titled by heading', async () => {
    await project({
      'Folge 10.txt': 'Folge 10: Das Ende\nSie kommt nicht und er ist da.',
      'Folge 2.md': 'Der Anfang ist nicht leicht und die Nacht ist lang.',
      'notes.pdf': 'x',
    });
    const store = await openProject(dir);
    expect(store.episodes().map((e) => [e.file, e.title])).toEqual([
      ['Folge 2.md', 'Folge 2'],
      ['Folge 10.txt', 'Folge 10: Das Ende'],
    ]);
    expect(store.manifest().language).toBe('de');
    const written = JSON.parse(await readFile(join(dir, 'continuity.json'), 'utf8'));
    expect(written.episodes).toHaveLength(2);
    expect(written.schemaVersion).toBe(1);
    await store.close();
  });

  it('does not write a manifest when opened read-only', async () => {
    await project({ 'a.txt': 'The man and the woman.' });
    const store = await openProject(dir, { readOnly: true });
    expect(store.manifest().language).toBe('en');
    expect(await readdir(dir)).toEqual(['a.txt']);
    expect(await store.writeEpisode(store.episodes()[0].id, 'x', 'y')).toMatchObject({ ok: false, reason: 'read-only' });
    await store.close();
  });

  it('creates a new project folder', async () => {
    const store = await openProject(join(dir, 'neu'), { create: true, title: 'Neu', language: 'en' });
    expect(store.manifest()).toMatchObject({ title: 'Neu', language: 'en', episodes: [] });
    const ref = await store.addEpisode({ title: 'Folge 1: Pilot', text: 'Hallo\nWelt\n' });
    expect(ref).toMatchObject({ id: 'Folge-1-Pilot', file: 'episodes/Folge-1-Pilot.md', index: 0 });
    expect(await readFile(join(dir, 'neu', ref.file), 'utf8')).toBe('Hallo\nWelt\n');
    const reopened = await openProject(join(dir, 'neu'));
    expect(reopened.episodes()).toEqual([ref]);
    await store.close();
    await reopened.close();
  });

  it('refuses a missing folder without create, with a typed error', async () => {
    await expect(openProject(join(dir, 'nope'))).rejects.toMatchObject({ code: 'not-found' });
    await writeFile(join(dir, 'file.txt'), 'x');
    await expect(openProject(join(dir, 'file.txt'))).rejects.toBeInstanceOf(ProjectError);
  });
});

describe('saving', () => {
  async function single(bytes: Uint8Array | string) {
    await project({ 'continuity.json': manifest([{ id: 'e', file: 'e.txt', title: 'E' }]), 'e.txt': bytes });
    return openProject(dir);
  }

  it('keeps CRLF line endings and the UTF-8 BOM', async () => {
    const store = await single(Buffer.from('\ufeffZeile eins\r\nZeile zwei\r\n', 'utf8'));
    const ep = await store.readEpisode('e');
    expect(ep.text).toBe('Zeile eins\nZeile zwei\n');
    const res = await store.writeEpisode('e', 'Zeile eins\nneu\n', ep.hash);
    expect(res.ok).toBe(true);
    const bytes = await readFile(join(dir, 'e.txt'));
    expect(bytes.toString('utf8')).toBe('\ufeffZeile eins\r\nneu\r\n');
    expect(res).toEqual({ ok: true, hash: sha256(bytes) });
    await store.close();
  });

  it('keeps UTF-16 LE and BE, and Windows-1252', async () => {
    const le = Buffer.from('\ufeffÄrger über Öl\n', 'utf16le');
    const store = await single(le);
    const ep = await store.readEpisode('e');
    expect(ep.text).toBe('Ärger über Öl\n');
    await store.writeEpisode('e', 'Grüße\n', ep.hash);
    expect(await readFile(join(dir, 'e.txt'))).toEqual(Buffer.from('\ufeffGrüße\n', 'utf16le'));
    await store.close();

    const be = Buffer.from('\ufeffStraße\n', 'utf16le').swap16();
    await writeFile(join(dir, 'e.txt'), be);
    const s2 = await openProject(dir);
    const ep2 = await s2.readEpisode('e');
    expect(ep2.text).toBe('Straße\n');
    await s2.writeEpisode('e', 'Maß €\n', ep2.hash);
    expect(await readFile(join(dir, 'e.txt'))).toEqual(Buffer.from('\ufeffMaß €\n', 'utf16le').swap16());
    await s2.close();

    await writeFile(join(dir, 'e.txt'), Buffer.from([0x47, 0x72, 0xfc, 0xdf, 0x65, 0x20, 0x80, 0x0d, 0x0a]));
    const s3 = await openProject(dir);
    const ep3 = await s3.readEpisode('e');
    expect(ep3.text).toBe('Grüße €\n');
    await s3.writeEpisode('e', 'Öde „Zitat“\n', ep3.hash);
    expect([...(await readFile(join(dir, 'e.txt')))]).toEqual([0xd6, 0x64, 0x65, 0x20, 0x84, 0x5a, 0x69, 0x74, 0x61, 0x74, 0x93, 0x0d, 0x0a]);
    await s3.close();
  });

  it('refuses to overwrite a file changed on disk since it was read', async () => {
    const store = await single('alt\n');
    const ep = await store.readEpisode('e');
    await writeFile(join(dir, 'e.txt'), 'von außen\n');
    const res = await store.writeEpisode('e', 'meins\n', ep.hash);
    expect(res).toMatchObject({ ok: false, reason: 'changed-on-disk' });
    expect(await readFile(join(dir, 'e.txt'), 'utf8')).toBe('von außen\n');
    await store.close();
  });

  it('round-trips bible and decisions', async () => {
    const store = await single('x\n');
    expect(await store.readBible()).toEqual({ entities: [], facts: [], notNames: [], distinct: [] });
    const bible = {
      entities: [{ id: 'k', kind: 'character' as const, name: 'Kathrin Globisch', aliases: ['Kathrin'] }],
      facts: [{ subject: 'k', predicate: 'role', object: 'Oberärztin' }],
      notNames: ['Station'],
      distinct: [['Kathrin', 'Katrin']] as [string, string][],
    };
    await store.writeBible(bible);
    expect(await store.readBible()).toEqual(bible);
    const decisions = [{ conflictId: 'c1', status: 'intended' as const, note: 'Absicht', at: '2026-01-01T00:00:00Z' }];
    await store.writeDecisions(decisions);
    expect(JSON.parse(await readFile(join(dir, 'decisions.json'), 'utf8'))).toEqual({ decisions });
    expect(await store.readDecisions()).toEqual(decisions);
    await store.close();
  });
});

describe('bad files', () => {
  it('names a corrupt manifest, leaves it in place and opens the episode files', async () => {
    await project({ 'continuity.json': '{"schemaVersion":1,"episodes":[', 'episodes/01.md': '# Pilot\nText' });
    const store = await openProject(dir);
    expect(store.problems()[0]).toMatchObject({ file: 'continuity.json' });
    expect(store.problems()[0].reason).toMatch(/not valid JSON/);
    expect(store.episodes().map((e) => e.title)).toEqual(['Pilot']);
    expect(await readFile(join(dir, 'continuity.json'), 'utf8')).toBe('{"schemaVersion":1,"episodes":[');
    await expect(store.addEpisode({ title: 'x', text: 'y' })).rejects.toMatchObject({ code: 'read-only' });
    await store.close();
  });

  it('skips manifest entries that lead outside the project and never rewrites the manifest', async () => {
    await writeFile(join(dir, '..', 'cd-outside-secret.txt'), 'secret').catch(() => undefined);
    const m = manifest([
      { id: 'ok', file: 'ok.md', title: 'OK' },
      { id: 'up', file: '../cd-outside-secret.txt', title: 'Up' },
      { id: 'abs', file: '/etc/passwd', title: 'Abs' },
      { id: 'win', file: 'C:\\Windows\\win.ini', title: 'Win' },
    ]);
    await project({ 'continuity.json': m, 'ok.md': 'fine' });
    const store = await openProject(dir);
    expect(store.episodes().map((e) => e.id)).toEqual(['ok']);
    expect(store.problems().filter((p) => p.file === 'continuity.json')).toHaveLength(3);
    await expect(store.readEpisode('up')).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.addEpisode({ title: 'x', text: 'y' })).rejects.toMatchObject({ code: 'read-only' });
    expect(await readFile(join(dir, 'continuity.json'), 'utf8')).toBe(m);
    await store.close();
  });

  it('refuses symlinks out of the project and FIFOs, naming each', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'cd-outside-'));
    await writeFile(join(outside, 'target.md'), 'outside');
    await symlink(join(outside, 'target.md'), join(dir, 'link.md'));
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    await project({
      'continuity.json': manifest([
        { id: 'link', file: 'link.md', title: 'L' },
        { id: 'pipe', file: 'pipe.md', title: 'P' },
        { id: 'bin', file: 'bin.txt', title: 'B' },
        { id: 'gone', file: 'gone.md', title: 'G' },
      ]),
      'bin.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]),
    });
    const store = await openProject(dir);
    expect(store.episodes()).toEqual([]);
    const reasons = Object.fromEntries(store.problems().map((p) => [p.file, p.reason]));
    expect(reasons['link.md']).toMatch(/symbolic link/);
    expect(reasons['pipe.md']).toMatch(/not a regular file/);
    expect(reasons['bin.txt']).toMatch(/not a text file/);
    expect(reasons['gone.md']).toMatch(/does not exist/);
    await expect(store.readEpisode('link')).rejects.toMatchObject({ code: 'outside-project' });
    expect(await store.writeEpisode('link', 'x', sha256('outside'))).toMatchObject({ ok: false });
    expect(await readFile(join(outside, 'target.md'), 'utf8')).toBe('outside');
    await store.close();
    await rm(outside, { recursive: true, force: true });
  });

  it('names a corrupt bible, reads it as empty and refuses to overwrite it', async () => {
    await project({ 'continuity.json': manifest([]), 'bible.json': '{"entities": [{"id": 1}]}', 'decisions.json': 'nope' });
    const store = await openProject(dir);
    expect(store.problems().map((p) => p.file).sort()).toEqual(['bible.json', 'decisions.json']);
    expect((await store.readBible()).entities).toEqual([]);
    await expect(store.writeBible({ entities: [], facts: [], notNames: [], distinct: [] })).rejects.toMatchObject({ code: 'read-only' });
    await expect(store.writeDecisions([])).rejects.toMatchObject({ code: 'read-only' });
    expect(await readFile(join(dir, 'bible.json'), 'utf8')).toBe('{"entities": [{"id": 1}]}');
    await store.close();
  });

  it('opens a manifest of a newer schema read-only', async () => {
    await project({ 'continuity.json': JSON.stringify({ schemaVersion: 7, episodes: [] }), 'a.md': 'x' });
    const store = await openProject(dir);
    expect(store.readOnly).toBe(true);
    expect(store.readOnlyReason).toMatch(/newer version/);
    await store.close();
  });
});

describe('updateManifest', () => {
  it('reorders and retitles episodes, refusing unknown ids and moved files', async () => {
    await writeFile(
      join(dir, 'continuity.json'),
      manifest([
        { id: 'a', file: 'a.md', title: 'A' },
        { id: 'b', file: 'b.md', title: 'B' },
      ]),
    );
    await writeFile(join(dir, 'a.md'), 'a');
    await writeFile(join(dir, 'b.md'), 'b');
    const store = await openProject(dir, { watch: false });
    await store.updateManifest((m) => ({ ...m, title: 'Neu', episodes: [{ ...m.episodes[1], title: 'Bee' }, m.episodes[0]] }));
    expect(store.episodes().map((e) => `${e.index}:${e.id}:${e.title}`)).toEqual(['0:b:Bee', '1:a:A']);
    expect(JSON.parse(await readFile(join(dir, 'continuity.json'), 'utf8')).title).toBe('Neu');
    await expect(store.updateManifest((m) => ({ ...m, episodes: [...m.episodes, { id: 'x', file: 'x.md', title: 'x' }] }))).rejects.toMatchObject({ code: 'corrupt' });
    await expect(store.updateManifest((m) => ({ ...m, episodes: [{ ...m.episodes[0], file: '../evil.md' }] }))).rejects.toMatchObject({ code: 'corrupt' });
    expect(store.episodes()).toHaveLength(2);
    await store.close();
  });
});

it('refuses writes after close and keeps a second BOM character', async () => {
  await writeFile(join(dir, 'continuity.json'), manifest([{ id: 'e', file: 'e.txt', title: 'E' }]));
  await writeFile(join(dir, 'e.txt'), Buffer.from('\ufeff\ufeffText', 'utf8'));
  const store = await openProject(dir, { watch: false });
  const ep = await store.readEpisode('e');
  expect(ep.text).toBe('\ufeffText');
  await store.close();
  expect(await store.writeEpisode('e', 'x', ep.hash)).toMatchObject({ ok: false, reason: 'read-only' });
  await expect(store.writeBible({ entities: [], facts: [], notNames: [], distinct: [] })).rejects.toMatchObject({ code: 'read-only' });
});

it('migrates a pre-release manifest (no schemaVersion, "name") and keeps the old one in history', async () => {
  const old = JSON.stringify({ name: 'Altserie', language: 'en', episodes: [{ id: 'a', file: 'a.md', title: 'A' }] });
  await writeFile(join(dir, 'continuity.json'), old);
  await writeFile(join(dir, 'a.md'), 'The text.');
  const store = await openProject(dir, { watch: false });
  expect(store.manifest()).toEqual({ schemaVersion: 1, title: 'Altserie', language: 'en', episodes: [{ id: 'a', file: 'a.md', title: 'A' }], settings: {} });
  expect(JSON.parse(await readFile(join(dir, 'continuity.json'), 'utf8')).schemaVersion).toBe(1);
  const [kept] = await store.listHistory('continuity.json');
  expect((await store.readHistory('continuity.json', kept.version)).text).toBe(old);
  await store.close();
});
