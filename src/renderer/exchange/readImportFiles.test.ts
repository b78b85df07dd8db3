// Tests of reading chosen files for import: contents encoded, oversized and unreadable files set aside, calls split by size.
import { describe, expect, it } from 'vitest';
import { base64ToBytes } from './base64';
import { importBatches, maxImportFileBytes, readImportFiles, type FileLike } from './readImportFiles';

const file = (name: string, text: string): FileLike => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
};

describe('readImportFiles', () => {
  it('encodes each file as base64 with its name, in order', async () => {
    const { inputs, skipped } = await readImportFiles([file('01.fountain', 'INT. STATION - NACHT\n\nJÖRDIS\nHallo.'), file('02.txt', 'Folge 2')]);
    expect(skipped).toEqual([]);
    expect(inputs.map((i) => i.name)).toEqual(['01.fountain', '02.txt']);
    expect(new TextDecoder().decode(base64ToBytes(inputs[0].data))).toBe('INT. STATION - NACHT\n\nJÖRDIS\nHallo.');
  });

  it('sets aside a file that is too large without reading it', async () => {
    let read = false;
    const huge: FileLike = { name: 'film.mov', size: maxImportFileBytes + 1, arrayBuffer: async () => ((read = true), new ArrayBuffer(0)) };
    const { inputs, skipped } = await readImportFiles([huge, file('a.md', '# A')]);
    expect(read).toBe(false);
    expect(skipped).toEqual([{ name: 'film.mov', reason: 'too-large' }]);
    expect(inputs).toHaveLength(1);
  });

  it('names a file that cannot be read (a dropped folder) with the reason and goes on', async () => {
    const folder: FileLike = { name: 'Staffel 2', size: 0, arrayBuffer: async () => { throw new Error('NotReadableError'); } };
    const { inputs, skipped } = await readImportFiles([folder, file('b.txt', 'B')]);
    expect(skipped).toEqual([{ name: 'Staffel 2', reason: 'unreadable', detail: 'NotReadableError' }]);
    expect(inputs.map((i) => i.name)).toEqual(['b.txt']);
  });
});

describe('importBatches', () => {
  it('keeps small files in one call and splits when the size limit would be passed', () => {
    const inputs = [{ name: 'a', data: 'x'.repeat(40) }, { name: 'b', data: 'x'.repeat(40) }, { name: 'c', data: 'x'.repeat(30) }];
    expect(importBatches(inputs, 100).map((b) => b.map((i) => i.name))).toEqual([['a', 'b'], ['c']]);
    expect(importBatches(inputs, 1000)).toHaveLength(1);
  });

  it('sends a single file larger than the limit on its own rather than dropping it', () => {
    expect(importBatches([{ name: 'big', data: 'x'.repeat(500) }, { name: 'small', data: 'x' }], 100).map((b) => b.length)).toEqual([1, 1]);
  });

  it('returns no calls for no files', () => {
    expect(importBatches([])).toEqual([]);
  });
});
