// Whatever text the editor hands over, the saved episode opens again; control characters pasted from a PDF are left out.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { cleanEpisodeText, encodeEpisode } from './episodeBytes';
import { openProject } from './projectStore';
import { decodeText, encodeText, type TextFormat } from './textCodec';

const formats: TextFormat[] = (['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const).flatMap((encoding) =>
  [false, true].flatMap((bom) => (['\n', '\r\n', '\r'] as const).map((eol) => ({ encoding, bom, eol }))),
);

it('leaves out NUL and other control characters but keeps tabs, line breaks, page breaks and letters', () => {
  expect(cleanEpisodeText('Anna\u0000Berger\u0001 fährt\u001b[0m nach\u007f Köln.\u000b')).toBe('AnnaBerger fährt[0m nach Köln.');
  expect(cleanEpisodeText('INT. KÜCHE\tNACHT\n\fSeite 2\n😀 „Tom“\n')).toBe('INT. KÜCHE\tNACHT\n\fSeite 2\n😀 „Tom“\n');
  expect(cleanEpisodeText('eins\r\nzwei\rdrei')).toBe('eins\nzwei\ndrei');
});

it('a text with NUL encodes, in every format, to bytes that open again as the cleaned text', () => {
  for (const format of formats) {
    const { bytes, text } = encodeEpisode('Anna\u0000Berger.\nTom\u0000.\n', format);
    expect(text).toBe('AnnaBerger.\nTom.\n');
    expect(decodeText(bytes).text).toBe(text);
  }
});

it('any text at all, in any format, is written so that it reopens as the text it reports', () => {
  const anyChar = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
  const anyText = fc.array(fc.oneof(anyChar, fc.constantFrom('\u0000', '\r', '\ufeff', 'ä', 'Ã¼', '😀', 'Anna ')), { maxLength: 80 }).map((a) => a.join(''));
  fc.assert(
    fc.property(anyText, fc.constantFrom(...formats), (text, format) => {
      const out = encodeEpisode(text, format);
      expect(decodeText(out.bytes).text).toBe(out.text);
      expect(out.text).toBe(cleanEpisodeText(text));
    }),
    { numRuns: 2000 },
  );
});

it('a BOM-less UTF-16 file keeps its encoding, and gains a BOM only when the new text could not be told apart from binary', () => {
  const format: TextFormat = { encoding: 'utf-16le', bom: false, eol: '\n' };
  const latin = encodeEpisode('Anna Berger kommt an.\n', format);
  expect(latin.format).toEqual(format);
  expect(latin.bytes).toEqual(encodeText('Anna Berger kommt an.\n', format).bytes);
  const cjk = encodeEpisode('安娜到达汉堡。', format);
  expect(cjk.format).toEqual({ ...format, bom: true });
  expect(decodeText(cjk.bytes).text).toBe('安娜到达汉堡。');
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cd-nul-'));
  await mkdir(join(dir, 'episodes'));
  await writeFile(join(dir, 'episodes/e1.md'), Buffer.from('\ufeffAnna.\r\n', 'utf16le'));
  const manifest = { schemaVersion: 1, title: 'T', language: 'de', episodes: [{ id: 'e1', file: 'episodes/e1.md', title: 'E1' }], settings: {} };
  await writeFile(join(dir, 'continuity.json'), JSON.stringify(manifest));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('an episode saved with a NUL opens again, in its own encoding and line endings, and the returned hash matches the disk', async () => {
  const store = await openProject(dir, { watch: false });
  const saved = await store.writeEpisode('e1', 'Anna\u0000 Berger.\nTom.\n', (await store.readEpisode('e1')).hash);
  expect(saved.ok).toBe(true);
  const added = await store.addEpisode({ title: 'Zwei', text: 'Aus dem PDF:\u0000\u0002 Kapitel 2\n' });
  const copy = await store.saveCopy('e1', 'Kopie\u0000\n', 'mine');
  await store.close();

  const again = await openProject(dir, { watch: false });
  expect(again.problems()).toEqual([]);
  const doc = await again.readEpisode('e1');
  expect(doc.text).toBe('Anna Berger.\nTom.\n');
  expect(saved.ok && saved.hash).toBe(doc.hash);
  expect(decodeText(await readFile(join(dir, 'episodes/e1.md'))).format).toEqual({ encoding: 'utf-16le', bom: true, eol: '\r\n' });
  expect((await again.readEpisode(added.id)).text).toBe('Aus dem PDF: Kapitel 2\n');
  expect(decodeText(await readFile(join(dir, copy))).text).toBe('Kopie\n');
  // Saving the same text again writes nothing new: the cleaned bytes are already on disk.
  expect(await again.writeEpisode('e1', 'Anna\u0000 Berger.\nTom.\n', doc.hash)).toEqual({ ok: true, hash: doc.hash });
  await again.close();
});
