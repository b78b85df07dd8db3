// `continuity import`: creates the project, writes episodes and manifest, adds screenplay characters; exit 2 on bad input.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { runImport } from './importCommand';

let dir: string;
let lines: string[];
let errors: string[];
const out = { log: (l: string) => lines.push(l), error: (l: string) => errors.push(l) };
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cd-cli-import-'));
  lines = [];
  errors = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('imports text and Fountain files into a new project', async () => {
  await writeFile(join(dir, 'staffel.md'), '## Folge 1: Anfang\nKathrin kommt und die Nacht ist lang.\n\n## Folge 2: Ende\nKatrin geht.\n');
  await writeFile(join(dir, 'drei.fountain'), 'Title: Folge 3\n\nINT. FLUR - TAG\n\nBRANDT\nWo ist sie?\n');
  const project = join(dir, 'Serie');
  const code = await runImport([join(dir, 'staffel.md'), join(dir, 'drei.fountain')], project, out);
  expect(errors).toEqual([]);
  expect(code).toBe(0);
  const manifest = JSON.parse(await readFile(join(project, 'continuity.json'), 'utf8'));
  expect(manifest).toMatchObject({ schemaVersion: 1, title: 'Serie', language: 'de' });
  expect(manifest.episodes.map((e: { title: string }) => e.title)).toEqual(['Folge 1: Anfang', 'Folge 2: Ende', 'Folge 3']);
  expect((await readdir(join(project, 'episodes'))).sort()).toEqual(['Folge-1-Anfang.md', 'Folge-2-Ende.md', 'Folge-3.md']);
  expect(await readFile(join(project, 'episodes', 'Folge-2-Ende.md'), 'utf8')).toBe('## Folge 2: Ende\nKatrin geht.\n');
  const bible = JSON.parse(await readFile(join(project, 'bible.json'), 'utf8'));
  expect(bible.entities).toEqual([{ id: 'character-brandt', kind: 'character', name: 'Brandt', aliases: [] }]);
  expect(lines.at(-1)).toMatch(/3 episode\(s\) imported/);
});

it('appends to an existing project', async () => {
  await writeFile(join(dir, 'a.txt'), 'Eins.');
  await writeFile(join(dir, 'b.txt'), 'Zwei.');
  const project = join(dir, 'P');
  expect(await runImport([join(dir, 'a.txt')], project, out)).toBe(0);
  expect(await runImport([join(dir, 'b.txt')], project, out)).toBe(0);
  const manifest = JSON.parse(await readFile(join(project, 'continuity.json'), 'utf8'));
  expect(manifest.episodes.map((e: { id: string }) => e.id)).toEqual(['a', 'b']);
});

it('exits 2 with one line per bad file and writes nothing', async () => {
  await writeFile(join(dir, 'ok.txt'), 'Gut.');
  await writeFile(join(dir, 'bad.txt'), Buffer.from([0, 1, 2, 0, 0, 9, 0]));
  const project = join(dir, 'P');
  const code = await runImport([join(dir, 'ok.txt'), join(dir, 'bad.txt'), join(dir, 'missing.fdx')], project, out);
  expect(code).toBe(2);
  expect(errors).toHaveLength(3);
  expect(errors[0]).toMatch(/bad\.txt.*not a text file/);
  expect(errors[1]).toMatch(/missing\.fdx.*does not exist/);
  expect(errors.every((e) => !e.includes('\n'))).toBe(true);
  await expect(readdir(project)).rejects.toThrow();
});

it('exits 2 when the project path is a file', async () => {
  await writeFile(join(dir, 'a.txt'), 'Eins.');
  await writeFile(join(dir, 'file'), 'x');
  expect(await runImport([join(dir, 'a.txt')], join(dir, 'file'), out)).toBe(2);
  expect(errors[0]).toMatch(/not a project folder/);
});
