// Writes the hostile-input corpus into a temp folder at test time: bombs, traversal, bad encodings, FIFOs, symlinks out.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeDocx, makeZip } from './makeZip';

export interface HostileCase {
  id: string;
  /** 'import': a file handed to the importers / `continuity import`; 'project': a folder opened as a project. */
  kind: 'import' | 'project';
  path: string;
  what: string;
  /** Project-relative files that must be byte-identical after the project was opened and used. */
  preserved?: string[];
}

export interface HostileCorpus {
  cases: HostileCase[];
  /** A folder outside every project with sentinel files that symlinks and paths point at; it must never change. */
  outside: string;
  /** Number of hostile files and folders written. */
  files: number;
}

const mb = 1024 * 1024;
const hasMkfifo = (() => {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const fdxDoc = (content: string, prolog = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>${prolog}<FinalDraft DocumentType="Script" Version="1"><Content>${content}</Content></FinalDraft>`;
const para = (type: string, text: string) => `<Paragraph Type="${type}"><Text>${text}</Text></Paragraph>`;
const lolBomb = () => {
  let d = '<!DOCTYPE lolz [<!ENTITY lol "lol">';
  for (let i = 1; i <= 9; i++) d += `<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`;
  return `${d}]>`;
};
const nested = (tag: string, depth: number, inner = 'x') => `${`<${tag}>`.repeat(depth)}${inner}${`</${tag}>`.repeat(depth)}`;
const docXml = (body: string, prolog = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>${prolog}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
const wp = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
const letters = (n: number) => {
  const r = randomBytes(n);
  for (let i = 0; i < n; i++) r[i] = 97 + (r[i] % 26);
  return r;
};

export async function generateHostileCorpus(base: string): Promise<HostileCorpus> {
  const outside = join(base, 'outside');
  const inputs = join(base, 'inputs');
  const projects = join(base, 'projects');
  await mkdir(join(outside, 'target'), { recursive: true });
  await mkdir(inputs, { recursive: true });
  await mkdir(projects, { recursive: true });
  await writeFile(join(outside, 'secret.txt'), 'SECRET outside the project\n');
  await writeFile(join(outside, 'target', 'a.md'), 'outside episode\n');
  await writeFile(join(outside, 'manifest.json'), JSON.stringify({ schemaVersion: 1, title: 'x', language: 'de', episodes: [], settings: {} }));

  const cases: HostileCase[] = [];
  let files = 0;
  const input = async (id: string, name: string, what: string, data: string | Uint8Array) => {
    const path = join(inputs, name);
    await writeFile(path, data);
    files++;
    cases.push({ id, kind: 'import', path, what });
  };
  const special = async (id: string, name: string, what: string, make: (path: string) => Promise<void>) => {
    const path = join(inputs, name);
    await make(path);
    files++;
    cases.push({ id, kind: 'import', path, what });
  };
  const fifo = async (path: string) => {
    execFileSync('mkfifo', [path]);
  };

  // ---- Final Draft / XML ----
  await input('fdx-billion-laughs', 'billion-laughs.fdx', 'XML entity bomb', fdxDoc(para('Action', '&lol9;'), lolBomb()));
  await input('fdx-quadratic', 'quadratic.fdx', 'quadratic entity blow-up', fdxDoc(para('Action', '&a;'.repeat(5000)), `<!DOCTYPE x [<!ENTITY a "${'x'.repeat(50_000)}">]>`));
  await input('fdx-xxe-file', 'xxe-file.fdx', 'external entity to /etc/passwd', fdxDoc(para('Action', '&xxe;'), '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'));
  await input('fdx-xxe-outside', 'xxe-outside.fdx', 'external entity to a sentinel file', fdxDoc(para('Action', '&xxe;'), `<!DOCTYPE x [<!ENTITY xxe SYSTEM "file://${join(outside, 'secret.txt')}">]>`));
  await input('fdx-xxe-http', 'xxe-http.fdx', 'external entity over http', fdxDoc(para('Action', '&xxe;'), '<!DOCTYPE x [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/x">]>'));
  await input('fdx-param-entity', 'param-entity.fdx', 'external parameter entity', fdxDoc(para('Action', 'x'), '<!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;]>'));
  await input('fdx-doctype-lower', 'doctype-lower.fdx', 'lower-case doctype', fdxDoc(para('Action', 'x'), '<!doctype FinalDraft>'));
  await input('fdx-doctype-public', 'doctype-public.fdx', 'public DTD', fdxDoc(para('Action', 'x'), '<!DOCTYPE FinalDraft PUBLIC "-//X//EN" "http://127.0.0.1:9/x.dtd">'));
  await input('fdx-undefined-entity', 'undefined-entity.fdx', 'entity reference without declaration', fdxDoc(para('Action', 'Tom &lol; &amp; Jerry')));
  await input('fdx-deep-10k', 'deep-10k.fdx', '10,000 nested elements', fdxDoc(nested('Paragraph', 10_000)));
  await input('fdx-deep-200k', 'deep-200k.fdx', '200,000 nested elements', fdxDoc(nested('a', 200_000)));
  await input('fdx-unclosed', 'unclosed.fdx', 'unclosed tags', '<?xml version="1.0"?><FinalDraft><Content><Paragraph Type="Action"><Text>offen');
  await input('fdx-mismatched', 'mismatched.fdx', 'mismatched tags', '<FinalDraft><Content><Paragraph></Text></Content></FinalDraft>');
  await input('fdx-binary', 'binary.fdx', 'random bytes named .fdx', randomBytes(64 * 1024));
  await input('fdx-empty', 'empty.fdx', 'empty file', '');
  await input('fdx-nul', 'nul.fdx', 'NUL bytes in XML', fdxDoc(para('Action', 'a\u0000b')));
  await input('fdx-huge-attr', 'huge-attr.fdx', '5 MB attribute', fdxDoc(`<Paragraph Type="Action" X="${'y'.repeat(5 * mb)}"><Text>t</Text></Paragraph>`));
  await input('fdx-100k-paragraphs', 'many-paragraphs.fdx', '100,000 paragraphs', fdxDoc(para('Action', 'Schritt.').repeat(100_000)));
  await input('fdx-no-root', 'no-root.fdx', 'XML that is not Final Draft', '<?xml version="1.0"?><Other><Content/></Other>');
  await input('fdx-cdata', 'cdata.fdx', 'CDATA with markup', fdxDoc('<Paragraph Type="Action"><Text><![CDATA[<b>&lt;&amp;</b>]]></Text></Paragraph>'));
  await input('fdx-bad-charrefs', 'bad-charrefs.fdx', 'invalid character references', fdxDoc(para('Action', 'a&#0;b&#xD800;c&#x110000;d&#99999999;e')));
  await input('fdx-pi', 'pi.fdx', 'stylesheet processing instruction', fdxDoc(para('Action', 'x'), '<?xml-stylesheet href="file:///etc/passwd"?>'));
  await input('fdx-xinclude', 'xinclude.fdx', 'XInclude of /etc/passwd', fdxDoc(`<Paragraph Type="Action"><Text>x</Text><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd" parse="text"/></Paragraph>`));
  await input('fdx-comment-doctype', 'comment-doctype.fdx', 'DOCTYPE hidden in a comment', fdxDoc(para('Action', 'x'), '<!-- <!DOCTYPE x [<!ENTITY a "b">]> -->'));
  await input('fdx-utf16', 'utf16.fdx', 'UTF-16 encoded FDX', Buffer.from(`\ufeff${fdxDoc(para('Action', 'Grüße'))}`, 'utf16le'));
  await input('fdx-invalid-utf8', 'invalid-utf8.fdx', 'invalid UTF-8 in XML', Buffer.concat([Buffer.from(fdxDoc(para('Action', 'X')).slice(0, 120)), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from('</Text></Paragraph></Content></FinalDraft>')]));
  await input('fdx-20mb-text', 'huge-text.fdx', '20 MB single text line in XML', fdxDoc(para('Action', 'a'.repeat(20 * mb))));
  await input('fdx-script', 'script.fdx', 'markup injection in text', fdxDoc(para('Action', '&lt;script&gt;alert(1)&lt;/script&gt;')));

  // ---- Word / zip ----
  const goodDocx = makeDocx([{ text: 'Folge 1', style: 'Heading1' }, { text: 'Kathrin kommt.' }]);
  await input('docx-bomb', 'bomb.docx', 'zip bomb (30 MB of zeros)', makeDocx([], undefined, [{ name: 'word/media/zero.bin', data: Buffer.alloc(30 * mb) }]));
  await input('docx-bomb-document', 'bomb-document.docx', 'zip bomb in document.xml', makeZip([{ name: 'word/document.xml', data: docXml(wp('a'.repeat(40 * mb))) }]));
  await input('docx-nested-zip', 'nested.docx', 'zip inside the zip', makeDocx([{ text: 'x' }], undefined, [{ name: 'inner.zip', data: makeZip([{ name: 'z', data: Buffer.alloc(20 * mb) }]) }]));
  await input('docx-lying-size', 'lying-size.docx', 'entry larger than its header says', makeZip([{ name: 'word/document.xml', data: Buffer.alloc(8 * mb, 0x20), declaredSize: 1000 }]));
  await input('docx-declared-huge', 'declared-huge.docx', 'headers declare 3 GB', makeZip([1, 2, 3].map((n) => ({ name: `word/p${n}.xml`, data: 'x', declaredSize: 1_000_000_000 }))));
  await input('docx-many-entries', 'many-entries.docx', '6,000 zip entries', makeZip(Array.from({ length: 6000 }, (_, i) => ({ name: `e/${i}.txt`, data: 'x', store: true }))));
  for (const [label, cut] of [['10', 0.1], ['50', 0.5], ['90', 0.9], ['minus1', -1], ['minus22', -22], ['minus60', -60]] as const) {
    const len = cut < 0 ? goodDocx.length + cut : Math.floor(goodDocx.length * cut);
    await input(`docx-truncated-${label}`, `truncated-${label}.docx`, `zip cut at ${label}`, goodDocx.subarray(0, len));
  }
  await input('docx-not-zip', 'not-zip.docx', 'text named .docx', 'Dies ist kein Word-Dokument.');
  await input('docx-empty', 'empty.docx', 'empty .docx', '');
  await input('docx-only-eocd', 'only-eocd.docx', 'bare end-of-directory record', Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]));
  await input('docx-encrypted', 'encrypted.docx', 'encrypted entry', makeZip([{ name: 'word/document.xml', data: docXml(wp('x')), flags: 1 }]));
  await input('docx-method-99', 'method99.docx', 'unknown compression method', makeZip([{ name: 'word/document.xml', data: docXml(wp('x')), method: 99 }]));
  const zip64 = Buffer.from(goodDocx);
  zip64.writeUInt16LE(0xffff, zip64.length - 12);
  await input('docx-zip64', 'zip64.docx', 'ZIP64 marker', zip64);
  await input('docx-entity-bomb', 'entity-bomb.docx', 'entity bomb in document.xml', makeDocx([], docXml(wp('&lol9;'), lolBomb())));
  await input('docx-xxe', 'xxe.docx', 'external entity in document.xml', makeDocx([], docXml(wp('&xxe;'), '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')));
  await input('docx-deep', 'deep.docx', '10,000 nested elements in document.xml', makeDocx([], docXml(nested('w:sdt', 10_000, wp('x')))));
  await input(
    'docx-external-image',
    'external-image.docx',
    'image linked to a file outside',
    makeDocx(
      [],
      docXml(
        '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:link="rIdX"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>' +
          wp('Text nach dem Bild.'),
      ),
      [
        {
          name: 'word/_rels/document.xml.rels',
          data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file://${join(outside, 'secret.txt')}" TargetMode="External"/></Relationships>`,
        },
      ],
    ),
  );
  await input('docx-traversal-names', 'traversal-names.docx', 'entries named ../../evil and /abs', makeDocx([{ text: 'x' }], undefined, [
    { name: '../../outside/evil.txt', data: 'evil' },
    { name: '/tmp/evil-absolute.txt', data: 'evil' },
  ]));
  await input('docx-no-document', 'no-document.docx', 'zip without word/document.xml', makeZip([{ name: 'hello.txt', data: 'hi' }]));
  await input('docx-garbage-xml', 'garbage-xml.docx', 'document.xml holds binary', makeZip([{ name: '_rels/.rels', data: '<x/>' }, { name: 'word/document.xml', data: randomBytes(4096) }]));
  await input('docx-html', 'html.docx', 'HTML named .docx', '<html><body><h1>x</h1></body></html>');

  // ---- text, Markdown, Fountain ----
  await input('txt-png', 'bild.txt', 'PNG named .txt', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), randomBytes(4096)]));
  await input('txt-elf', 'programm.txt', 'ELF binary named .txt', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), randomBytes(8192)]));
  await input('txt-random', 'random.txt', '1 MB random bytes', randomBytes(mb));
  await input('txt-pdf', 'dokument.txt', 'PDF named .txt', Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'), randomBytes(4096)]));
  await input('txt-zip', 'archiv.txt', 'zip named .txt', goodDocx);
  await input('txt-invalid-utf8', 'invalid-utf8.txt', 'invalid UTF-8 sequences', Buffer.from([0x48, 0x61, 0x6c, 0x6c, 0x6f, 0x20, 0xc3, 0x28, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf8, 0x88, 0x80, 0x80, 0x80, 0x0a]));
  await input('txt-nul', 'nul.txt', 'a NUL byte in text', 'Hallo\u0000Welt\n');
  await input('txt-nul-many', 'nul-many.txt', 'text full of NUL bytes', Buffer.alloc(100_000));
  await input('txt-20mb-line', 'one-line.txt', '20 MB single line', letters(20 * mb));
  await input('md-20mb-line', 'one-line.md', '20 MB single line Markdown', letters(20 * mb));
  await input('md-20mb-heading', 'heading-line.md', 'a 20 MB heading', Buffer.concat([Buffer.from('# '), letters(20 * mb)]));
  await input('fountain-20mb-line', 'one-line.fountain', '20 MB single line Fountain', letters(20 * mb));
  await input('md-100k-headings', 'headings.md', '100,000 episode headings', Array.from({ length: 100_000 }, (_, i) => `## Folge ${i + 1}\nText.`).join('\n'));
  await input('txt-utf16-odd', 'utf16-odd.txt', 'UTF-16 with an odd byte count', Buffer.concat([Buffer.from('\ufeffHallo', 'utf16le'), Buffer.from([0x41])]));
  await input('txt-utf16be-nobom', 'utf16be.txt', 'UTF-16 BE without BOM', Buffer.from('Hallo Welt, wie geht es?', 'utf16le').swap16());
  await input('txt-bom-only', 'bom-only.txt', 'only a BOM', Buffer.from([0xef, 0xbb, 0xbf]));
  await input('txt-empty', 'empty.txt', 'empty file', '');
  await input('txt-whitespace', 'whitespace.txt', 'only whitespace', ' \n\t\n   \n');
  await input('txt-cr-only', 'cr-only.txt', 'old Mac line endings', 'Zeile 1\rZeile 2\rZeile 3');
  await input('txt-ansi-escapes', 'escapes.txt', 'terminal escape sequences', '\u001b[2J\u001b[31mrot\u001b[0m\u0007\u0008'.repeat(200));
  await input('txt-bidi', 'bidi.txt', 'right-to-left override characters', 'Kathrin \u202eniretsa\u202c kommt.\n');
  await input('txt-1m-empty-lines', 'empty-lines.txt', 'a million empty lines and one word', `${'\n'.repeat(1_000_000)}Ende`);
  await input('md-unclosed-fence', 'fence.md', 'unclosed code fence', '```\n# Folge 1\n# Folge 2\n');
  await input('md-deep-quote', 'deep-quote.md', '100,000 nested quote markers', `${'>'.repeat(100_000)} tief`);
  await input('fountain-unclosed-boneyard', 'boneyard.fountain', 'unterminated boneyard', 'INT. FLUR\n\n/* alles weg\nBRANDT\nHallo.');
  await input('fountain-unclosed-note', 'note.fountain', 'unterminated note', 'INT. FLUR\n\nText [[ Notiz ohne Ende\n\nBRANDT\nHallo.');
  await input('fountain-asterisks', 'stars.fountain', '1 MB of emphasis markers', '*'.repeat(mb));
  await input('fountain-underscores', 'underscores.fountain', 'alternating emphasis markers', '_a '.repeat(300_000));
  await input('fountain-100k-cues', 'cues.fountain', '100,000 character cues', Array.from({ length: 100_000 }, (_, i) => `FIGUR${i}\nSatz.\n`).join('\n'));
  await input('fountain-nested-notes', 'nested-notes.fountain', '100,000 nested note brackets', `${'[['.repeat(100_000)}x${']]'.repeat(100_000)}`);
  await input('fountain-open-notes', 'open-notes.fountain', '200,000 unclosed note brackets', '[[ '.repeat(200_000));
  await input('fountain-open-boneyards', 'open-boneyards.fountain', '200,000 unclosed boneyard markers', '/* '.repeat(200_000));
  await input('fountain-note-gaps', 'note-gaps.fountain', 'notes broken by blank lines', `${'[[ x\n\n'.repeat(100_000)}]]`);
  await input('fountain-paren-cue', 'paren-cue.fountain', 'a cue line of a million parentheses', `\n${'('.repeat(1_000_000)}\nText\n`);
  await input('fdx-open-tags', 'open-tags.fdx', '2 million unclosed tags', `<FinalDraft>${'<a'.repeat(2_000_000)}`);
  await input('fountain-binary', 'binary.fountain', 'random bytes named .fountain', randomBytes(32 * 1024));
  await input('fountain-title-only', 'title-only.fountain', 'title page without a script', 'Title: Nur Titel\nAuthor: Niemand\n');
  await input('fountain-huge-title', 'huge-title.fountain', '100,000 title page keys', Array.from({ length: 100_000 }, (_, i) => `Key${i}: v`).join('\n'));
  await input('exe', 'programm.exe', 'unsupported extension', randomBytes(1024));
  await input('noext', 'README', 'no extension', 'Text');
  await special('txt-too-big', 'too-big.txt', 'a 60 MB (sparse) file', async (p) => {
    await writeFile(p, '');
    await truncate(p, 60 * mb);
  });
  await special('txt-dir', 'ordner.txt', 'a folder named .txt', async (p) => {
    await mkdir(p);
  });
  await special('txt-devzero', 'zero.txt', 'symlink to /dev/zero', (p) => symlink('/dev/zero', p));
  await special('txt-urandom', 'urandom.md', 'symlink to /dev/urandom', (p) => symlink('/dev/urandom', p));
  await special('txt-dangling', 'dangling.txt', 'dangling symlink', (p) => symlink(join(outside, 'nope.txt'), p));
  await special('txt-loop', 'loop.txt', 'symlink loop', async (p) => {
    await symlink(join(inputs, 'loop2.txt'), p);
    await symlink(p, join(inputs, 'loop2.txt'));
  });
  if (hasMkfifo) {
    await special('txt-fifo', 'pipe.txt', 'FIFO named .txt', fifo);
    await special('fdx-fifo', 'pipe.fdx', 'FIFO named .fdx', fifo);
    await special('docx-fifo', 'pipe.docx', 'FIFO named .docx', fifo);
  }

  // ---- projects ----
  const project = async (id: string, what: string, layout: Record<string, string | Uint8Array | ((p: string) => Promise<void>)>, preserved?: string[]) => {
    const root = join(projects, id);
    await mkdir(root, { recursive: true });
    for (const [rel, content] of Object.entries(layout)) {
      const p = join(root, rel);
      await mkdir(join(p, '..'), { recursive: true });
      if (typeof content === 'function') await content(p);
      else await writeFile(p, content);
      files++;
    }
    cases.push({ id, kind: 'project', path: root, what, preserved });
  };
  const manifest = (episodes: unknown, extra: object = {}) =>
    JSON.stringify({ schemaVersion: 1, title: 'Hostile', language: 'de', episodes, settings: {}, ...extra });
  const one = (file: string) => manifest([{ id: 'e1', file, title: 'E1' }]);
  const ok = { 'episodes/ok.md': 'Kathrin kommt.\n' };

  await project('manifest-traversal', 'manifest path ../../outside', { 'continuity.json': manifest([{ id: 'e1', file: '../../outside/secret.txt', title: 'x' }, { id: 'ok', file: 'episodes/ok.md', title: 'ok' }]), ...ok }, ['continuity.json']);
  await project('manifest-absolute', 'absolute paths in the manifest', { 'continuity.json': manifest([{ id: 'a', file: '/etc/passwd', title: 'x' }, { id: 'b', file: join(outside, 'secret.txt'), title: 'y' }]) }, ['continuity.json']);
  await project('manifest-windows', 'Windows and UNC paths', { 'continuity.json': manifest([{ id: 'a', file: 'C:\\Windows\\win.ini', title: 'x' }, { id: 'b', file: '\\\\server\\share\\x.md', title: 'y' }, { id: 'c', file: '..\\..\\outside\\secret.txt', title: 'z' }]) }, ['continuity.json']);
  await project('manifest-inner-dotdot', 'episodes/../../ inside a path', { 'continuity.json': one('episodes/../../../outside/secret.txt') }, ['continuity.json']);
  await project('manifest-bad-ids', 'ids that are paths or not strings', { 'continuity.json': manifest([{ id: '../../x', file: 'episodes/ok.md', title: 'a' }, { id: 'a/b', file: 'episodes/ok.md', title: 'b' }, { id: '', file: 'x.md' }, { id: 5, file: 'y.md' }, null, 'str']), ...ok }, ['continuity.json']);
  await project('manifest-dup-ids', 'duplicate ids and files', { 'continuity.json': manifest([{ id: 'a', file: 'episodes/ok.md', title: 'a' }, { id: 'a', file: 'episodes/ok2.md', title: 'b' }, { id: 'b', file: 'episodes/ok.md', title: 'c' }]), ...ok }, ['continuity.json']);
  await project('manifest-not-json', 'manifest is not JSON', { 'continuity.json': '{"schemaVersion": 1, "episodes": [', ...ok }, ['continuity.json']);
  await project('manifest-empty', 'empty manifest', { 'continuity.json': '', ...ok }, ['continuity.json']);
  await project('manifest-binary', 'binary manifest', { 'continuity.json': randomBytes(2048), ...ok }, ['continuity.json']);
  await project('manifest-nul', 'NUL bytes in the manifest', { 'continuity.json': `${manifest([])}\u0000\u0000`, ...ok }, ['continuity.json']);
  await project('manifest-deep', '100,000 nested arrays', { 'continuity.json': `${'['.repeat(100_000)}${']'.repeat(100_000)}`, ...ok }, ['continuity.json']);
  await project('manifest-deep-settings', 'deeply nested settings', { 'continuity.json': manifest([], { settings: 'DEEP' }).replace('"DEEP"', `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`) });
  await project('manifest-proto', '__proto__ keys', { 'continuity.json': `{"__proto__": {"polluted": true}, "schemaVersion": 1, "title": "x", "language": "de", "episodes": [{"id": "e1", "file": "episodes/ok.md", "title": "t", "__proto__": {"x": 1}}], "settings": {"__proto__": {"y": 2}}}`, ...ok });
  await project('manifest-schema-99', 'schema from the future', { 'continuity.json': manifest([], { schemaVersion: 99 }), ...ok }, ['continuity.json']);
  await project('manifest-schema-string', 'schemaVersion as a string', { 'continuity.json': manifest([], { schemaVersion: '1' }), ...ok }, ['continuity.json']);
  await project('manifest-episodes-object', 'episodes is an object', { 'continuity.json': manifest({ a: 1 }), ...ok }, ['continuity.json']);
  await project('manifest-6000', '6,000 episodes listed', { 'continuity.json': manifest(Array.from({ length: 6000 }, (_, i) => ({ id: `e${i}`, file: `episodes/e${i}.md`, title: 't' }))) }, ['continuity.json']);
  await project('manifest-huge-title', 'a 5 MB title', { 'continuity.json': manifest([], { title: 't'.repeat(5 * mb) }) });
  await project('manifest-symlink-out', 'continuity.json links outside', { 'continuity.json': (p) => symlink(join(outside, 'manifest.json'), p), ...ok });
  await project('manifest-dir', 'continuity.json is a folder', { 'continuity.json/x': 'x', ...ok });
  await project('episode-symlink-out', 'episode links to a file outside', { 'continuity.json': one('episodes/a.md'), 'episodes/a.md': (p) => symlink(join(outside, 'secret.txt'), p) });
  await project('episode-symlink-devzero', 'episode links to /dev/zero', { 'continuity.json': one('episodes/a.md'), 'episodes/a.md': (p) => symlink('/dev/zero', p) });
  await project('episode-dangling', 'episode is a dangling link', { 'continuity.json': one('episodes/a.md'), 'episodes/a.md': (p) => symlink(join(outside, 'gone.md'), p) });
  await project('episode-loop', 'episode is a symlink loop', { 'continuity.json': one('episodes/a.md'), 'episodes/a.md': async (p) => { await symlink(`${p}.b`, p); await symlink(p, `${p}.b`); } });
  await project('episode-dir', 'episode is a folder', { 'continuity.json': one('episodes/a.md'), 'episodes/a.md/x': 'x' });
  await project('episode-binary', 'episode is binary', { 'continuity.json': one('episodes/a.md'), 'episodes/a.md': randomBytes(8192) }, ['episodes/a.md']);
  await project('episode-invalid-utf8', 'episode with invalid UTF-8', { 'continuity.json': one('episodes/a.md'), 'episodes/a.md': Buffer.from([0x4b, 0xc3, 0x28, 0x0a]) });
  await project('episode-nul', 'episode with NUL bytes', { 'continuity.json': one('episodes/a.md'), 'episodes/a.md': 'a\u0000b' }, ['episodes/a.md']);
  await project('episode-20mb-line', 'episode is a 20 MB line', { 'continuity.json': one('episodes/a.md'), 'episodes/a.md': letters(20 * mb) });
  await project('episode-sparse-70mb', 'episode is 70 MB', { 'continuity.json': one('episodes/a.md'), 'episodes/a.md': async (p) => { await writeFile(p, ''); await truncate(p, 70 * mb); } });
  await project('episodes-dir-out', 'episodes/ links to a folder outside', { 'continuity.json': one('episodes/a.md'), episodes: (p) => symlink(join(outside, 'target'), p) });
  await project('episodes-dir-dangling', 'episodes/ is a dangling link outside', { 'continuity.json': manifest([]), 'x.md': 'x', episodes: (p) => symlink(join(outside, 'created-by-mistake'), p) });
  await project('history-out', '.history links outside', { 'continuity.json': one('episodes/a.md'), 'episodes/a.md': 'text\n', '.history': (p) => symlink(join(outside, 'target'), p) });
  await project('history-versions-out', '.history/versions links outside', { 'continuity.json': one('episodes/a.md'), 'episodes/a.md': 'text\n', '.history/versions': (p) => symlink(join(outside, 'target'), p) });
  await project('journal-out', '.history/journal links outside', { 'continuity.json': one('episodes/a.md'), 'episodes/a.md': 'text\n', '.history/journal': (p) => symlink(join(outside, 'target'), p) });
  await project('journal-corrupt', 'garbage recovery journal', { 'continuity.json': one('episodes/a.md'), 'episodes/a.md': 'text\n', '.history/journal/e1.json': randomBytes(512) });
  await project('annotations-out', 'annotations/ links outside', { 'continuity.json': one('episodes/a.md'), 'episodes/a.md': 'text\n', annotations: (p) => symlink(join(outside, 'target'), p) });
  await project('annotations-corrupt', 'annotation file is garbage', { 'continuity.json': one('episodes/a.md'), 'episodes/a.md': 'text\n', 'annotations/e1.json': '{"items": 5' }, ['annotations/e1.json']);
  await project('bible-corrupt', 'bible.json is broken', { 'continuity.json': manifest([]), 'bible.json': '{"entities": [{}]}' }, ['bible.json']);
  await project('bible-deep', 'bible.json nested 100,000 deep', { 'continuity.json': manifest([]), 'bible.json': `{"entities": ${'['.repeat(100_000)}${']'.repeat(100_000)}}` }, ['bible.json']);
  await project('bible-symlink-out', 'bible.json links outside', { 'continuity.json': manifest([]), 'bible.json': (p) => symlink(join(outside, 'secret.txt'), p) });
  await project('decisions-binary', 'decisions.json is binary', { 'continuity.json': manifest([]), 'decisions.json': randomBytes(1024) }, ['decisions.json']);
  await project('lock-garbage', 'lock file is garbage', { 'continuity.json': manifest([]), '.history/lock.json': 'garbage' });
  await project('lock-other-host', 'lock held on another host', { 'continuity.json': one('episodes/a.md'), 'episodes/a.md': 'text\n', '.history/lock.json': JSON.stringify({ pid: 1, host: 'elsewhere', at: 'x', token: 't' }) });
  await project('adopt-hostile', 'folder of hostile episode files without a manifest', {
    'good.md': '# Gut\nText.\n',
    'binary.txt': randomBytes(4096),
    'link-out.md': (p) => symlink(join(outside, 'secret.txt'), p),
    'folder.md/x': 'x',
    'dangling.txt': (p) => symlink(join(outside, 'nope'), p),
  });
  if (hasMkfifo) {
    await project('manifest-fifo', 'continuity.json is a FIFO', { 'continuity.json': fifo, ...ok });
    await project('episode-fifo', 'episode is a FIFO', { 'continuity.json': one('episodes/a.md'), 'episodes/a.md': fifo });
    await project('bible-fifo', 'bible.json is a FIFO', { 'continuity.json': manifest([]), 'bible.json': fifo });
    await project('lock-fifo', 'lock file is a FIFO', { 'continuity.json': manifest([]), '.history/lock.json': fifo });
    await project('adopt-fifo', 'a FIFO among episode files', { 'a.md': 'Text.\n', 'b.md': fifo });
  }
  return { cases, outside, files };
}
