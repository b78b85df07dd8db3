// Importing TXT/Markdown (encodings, splitting at episode headings, folders), Fountain, FDX and DOCX files.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDocx, makeZip } from '../../../test/hostile/makeZip';
import { importBytes, importPath } from './importFiles';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cd-import-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('text and Markdown', () => {
  it('splits one file at "Folge N" headings and keeps a lone title out', async () => {
    const text = '# Die Klinik\n\nFolge 1: Der Anfang\nKathrin kommt an.\n\nFolge 2: Die Nacht\nKatrin bleibt.\n';
    const r = await importBytes(utf8(text), 'staffel.txt');
    expect(r.episodes.map((e) => e.title)).toEqual(['Folge 1: Der Anfang', 'Folge 2: Die Nacht']);
    expect(r.episodes[1].text).toBe('Folge 2: Die Nacht\nKatrin bleibt.\n');
  });

  it('splits at Markdown headings of the level that repeats, and keeps preamble text as its own part', async () => {
    const md = 'Vorbemerkung zur Staffel.\n\n## Episode 3: Gift\nText drei.\n\n## Episode 4: Heilung\nText vier.\n';
    const r = await importBytes(utf8(md), 'serie.md');
    expect(r.episodes.map((e) => e.title)).toEqual(['serie', 'Episode 3: Gift', 'Episode 4: Heilung']);
    expect(r.warnings.join(' ')).toMatch(/before the first episode heading/);
    const plain = await importBytes(utf8('## Akt 1\nA\n## Akt 2\nB\n'), 'x.md');
    expect(plain.episodes.map((e) => e.title)).toEqual(['Akt 1', 'Akt 2']);
  });

  it('keeps a file named as one episode whole, scene headings and all', async () => {
    const md = '# Folge 3: Gift\n\n## Szene 1\nA.\n\n## Szene 2\nB.\n';
    for (const name of ['Folge 3.md', '03-gift.md', 'S01E03.md']) {
      const r = await importBytes(utf8(md), name);
      expect(r.episodes.map((e) => e.title)).toEqual(['Folge 3: Gift']);
    }
    await writeFile(join(dir, 'gift.md'), md);
    await writeFile(join(dir, 'staffel.md'), '## Folge 1\nEins.\n\n## Folge 2\nZwei.\n');
    const folder = await importPath(dir);
    expect(folder.episodes.map((e) => e.title)).toEqual(['Folge 3: Gift', 'Folge 1', 'Folge 2']);
  });

  it('imports one episode titled by its file name when there are no headings', async () => {
    const r = await importBytes(utf8('Nur Text.\nZweite Zeile.'), 'Folge 7.txt');
    expect(r.episodes).toEqual([{ title: 'Folge 7', text: 'Nur Text.\nZweite Zeile.', knownCharacters: [] }]);
  });

  it('reads UTF-16 and Windows-1252 files', async () => {
    const le = await importBytes(new Uint8Array(Buffer.from('\ufeffÄrzte über Öl\r\n', 'utf16le')), 'a.txt');
    expect(le.episodes[0].text).toBe('Ärzte über Öl\n');
    const cp = await importBytes(new Uint8Array([0x53, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x20, 0x80]), 'b.txt');
    expect(cp.episodes[0].text).toBe('Straße €');
    expect(cp.warnings[0]).toMatch(/windows-1252/);
  });

  it('imports a whole folder in file-name order and names the files it skipped', async () => {
    await writeFile(join(dir, 'Folge 10.md'), '# Folge 10\nzehn');
    await writeFile(join(dir, 'Folge 2.txt'), 'zwei');
    await writeFile(join(dir, 'Folge 3.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 0]));
    await writeFile(join(dir, 'bild.png'), 'x');
    const r = await importPath(dir);
    expect(r.episodes.map((e) => e.title)).toEqual(['Folge 2', 'Folge 10']);
    expect(r.warnings.join(' ')).toMatch(/Folge 3.txt was skipped: .*not a text file/);
  });

  it('refuses unknown extensions and missing files with typed errors', async () => {
    await expect(importBytes(utf8('x'), 'a.pdf')).rejects.toMatchObject({ code: 'unsupported' });
    await expect(importPath(join(dir, 'nope.txt'))).rejects.toMatchObject({ code: 'not-found' });
    await expect(importBytes(utf8('  \n'), 'empty.txt')).rejects.toMatchObject({ code: 'corrupt' });
  });
});

describe('screenplays', () => {
  it('imports Fountain with title page, scenes, dialogue and character cues; notes and boneyard left out', async () => {
    const src = [
      'Title: Station Auental',
      'Author: Team',
      '',
      '# AKT 1',
      '= Kathrin kommt an.',
      '',
      'INT. KLINIK - FLUR - TAG',
      '',
      'Kathrin geht den Flur entlang. [[Name prüfen]]',
      '',
      'DR. KATHRIN GLOBISCH',
      '(leise)',
      'Wo ist Brandt?',
      '',
      'BRANDT (O.S.)',
      'Hier.',
      '',
      '/* alte Szene',
      'GEHEIM',
      'Nichts. */',
      '',
      'CUT TO:',
    ].join('\n');
    const r = await importBytes(utf8(src), 'folge1.fountain');
    const [ep] = r.episodes;
    expect(ep.title).toBe('Station Auental');
    expect(ep.knownCharacters).toEqual(['Dr. Kathrin Globisch', 'Brandt']);
    expect(ep.text).toBe(
      '# Station Auental\n\n## AKT 1\n\nINT. KLINIK - FLUR - TAG\n\nKathrin geht den Flur entlang.\n\n' +
        'DR. KATHRIN GLOBISCH\n(leise)\nWo ist Brandt?\n\nBRANDT (O.S.)\nHier.\n\nCUT TO:\n',
    );
    expect(ep.text).not.toMatch(/GEHEIM|prüfen/);
    expect(r.warnings.join(' ')).toMatch(/1 note/);
  });

  it('imports FDX paragraphs by type, decoding entities itself', async () => {
    const fdx =
      '<?xml version="1.0" encoding="UTF-8"?><FinalDraft DocumentType="Script" Version="1"><Content>' +
      '<Paragraph Type="Scene Heading"><Text>INT. PRAXIS - NACHT</Text></Paragraph>' +
      '<Paragraph Type="Action"><Text>Anna &amp; Ben </Text><Text Style="Bold">warten</Text><Text>.</Text></Paragraph>' +
      '<Paragraph Type="Character"><Text>ANNA</Text></Paragraph>' +
      '<Paragraph Type="Dialogue"><Text>&#8222;Jetzt&#8220; &lt;sofort&gt;</Text></Paragraph>' +
      '</Content><TitlePage><Content><Paragraph><Text>Die Praxis</Text></Paragraph></Content></TitlePage></FinalDraft>';
    const r = await importBytes(utf8(fdx), 'p.fdx');
    expect(r.episodes[0]).toEqual({
      title: 'Die Praxis',
      text: '# Die Praxis\n\nINT. PRAXIS - NACHT\n\nAnna & Ben warten.\n\nANNA\n„Jetzt“ <sofort>\n',
      knownCharacters: ['Anna'],
    });
  });

  it('rejects FDX with a DOCTYPE before parsing', async () => {
    const evil = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><FinalDraft><Content/></FinalDraft>';
    await expect(importBytes(utf8(evil), 'e.fdx')).rejects.toMatchObject({ code: 'unsafe-input' });
  });
});

describe('docx', () => {
  it('imports paragraphs and splits at headings', async () => {
    const docx = makeDocx([
      { text: 'Folge 1: Anfang', style: 'Heading1' },
      { text: 'Kathrin & Ben kommen an.' },
      { text: 'Folge 2: Ende', style: 'Heading1' },
      { text: 'Katrin geht.' },
    ]);
    const r = await importBytes(new Uint8Array(docx), 'staffel.docx');
    expect(r.episodes.map((e) => [e.title, e.text])).toEqual([
      ['Folge 1: Anfang', '# Folge 1: Anfang\n\nKathrin & Ben kommen an.\n'],
      ['Folge 2: Ende', '# Folge 2: Ende\n\nKatrin geht.\n'],
    ]);
  });

  it('refuses a zip bomb, a lying header and a zip that is no Word file', async () => {
    const bomb = makeZip([{ name: 'word/document.xml', data: Buffer.alloc(30 * 1024 * 1024, 0x41) }]);
    await expect(importBytes(new Uint8Array(bomb), 'bomb.docx')).rejects.toMatchObject({ code: 'unsafe-input' });
    const liar = makeZip([{ name: 'word/document.xml', data: Buffer.alloc(5_000_000, 0x41), declaredSize: 100 }]);
    await expect(importBytes(new Uint8Array(liar), 'liar.docx')).rejects.toMatchObject({ code: 'unsafe-input' });
    const other = makeZip([{ name: 'readme.txt', data: 'hi' }]);
    await expect(importBytes(new Uint8Array(other), 'other.docx')).rejects.toMatchObject({ code: 'unsupported' });
  });

  it('refuses a truncated docx as corrupt', async () => {
    const docx = makeDocx([{ text: 'Hallo' }]);
    await expect(importBytes(new Uint8Array(docx.subarray(0, docx.length - 40)), 't.docx')).rejects.toMatchObject({ code: 'corrupt' });
  });
});

it('imports nested folders only at the top level', async () => {
  await mkdir(join(dir, 'sub'));
  await writeFile(join(dir, 'sub', 'x.txt'), 'x');
  await writeFile(join(dir, 'a.txt'), 'a');
  expect((await importPath(dir)).episodes.map((e) => e.title)).toEqual(['a']);
});
