// Annotations per episode on disk: round trip, re-anchoring after an outside edit, orphans kept, damaged files named.
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeRange, reanchorAnnotations, type Annotation } from './anchorAnnotation';
import { openProject } from './projectStore';

let dir: string;
const text = 'Kathrin betritt die Station. Dr. Brandt schweigt. Kathrin geht wieder.';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cd-anno-'));
  await writeFile(
    join(dir, 'continuity.json'),
    JSON.stringify({ schemaVersion: 1, title: 'T', language: 'de', settings: {}, episodes: [{ id: 'e1', file: 'e1.md', title: 'E1' }] }),
  );
  await writeFile(join(dir, 'e1.md'), text);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const note = (id: string, start: number, end: number, value: string): Annotation => ({
  id,
  type: 'Annotation',
  created: '2026-11-23T10:00:00Z',
  motivation: 'commenting',
  body: [{ type: 'TextualBody', value }],
  target: { source: 'e1.md', selector: describeRange(text, start, end) },
});

it('stores annotations as a W3C annotation page and reads them back', async () => {
  const store = await openProject(dir);
  const a = note('n1', text.indexOf('Dr. Brandt'), text.indexOf(' schweigt'), 'Titel prüfen');
  await store.writeAnnotations('e1', [a]);
  const page = JSON.parse(await readFile(join(dir, 'annotations/e1.json'), 'utf8'));
  expect(page.type).toBe('AnnotationPage');
  expect(page.items[0].target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: 'Dr. Brandt' });
  expect(await store.readAnnotations('e1')).toEqual([a]);
  await store.close();
});

it('re-anchors after an outside edit and keeps the one that lost its words as orphaned', async () => {
  const second = text.lastIndexOf('Kathrin');
  const notes = [note('n1', second, second + 7, 'zweites Kathrin'), note('n2', text.indexOf('Dr. Brandt'), text.indexOf(' schweigt'), 'weg')];
  const edited = 'Neu: Prolog. ' + text.replace('Dr. Brandt schweigt. ', '');
  const out = reanchorAnnotations(edited, notes);
  expect(out).toHaveLength(2);
  const [q1, p1] = out[0].target.selector;
  expect(out[0].orphaned).toBeUndefined();
  expect(p1.start).toBe(edited.lastIndexOf('Kathrin'));
  expect(q1.exact).toBe('Kathrin');
  expect(out[1]).toMatchObject({ id: 'n2', orphaned: true, body: [{ value: 'weg' }] });
  expect(out[1].target).toEqual(notes[1].target);
});

it('names a damaged annotation file, reads it as none and does not overwrite it', async () => {
  await mkdir(join(dir, 'annotations'));
  await writeFile(join(dir, 'annotations/e1.json'), '{"items": [{"id": 3}]}');
  const store = await openProject(dir);
  expect(await store.readAnnotations('e1')).toEqual([]);
  expect(store.problems().map((p) => p.file)).toEqual(['annotations/e1.json']);
  await expect(store.writeAnnotations('e1', [])).rejects.toMatchObject({ code: 'read-only' });
  expect(await readFile(join(dir, 'annotations/e1.json'), 'utf8')).toBe('{"items": [{"id": 3}]}');
  await store.close();
});
