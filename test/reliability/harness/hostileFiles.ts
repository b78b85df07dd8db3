// A corpus of hostile input files for the importers: bombs, entity tricks, deep nesting, ReDoS bait, binary, lies in headers.
import { makeDocx, makeZip } from '../../hostile/makeZip';

export interface HostileFile {
  name: string;
  bytes: Uint8Array;
  /** 'refuse': must be refused with a typed error; 'either': refusing or importing are both fine. */
  expect: 'refuse' | 'either';
  /** Text that must never appear in the imported episodes (e.g. a file the input points at). */
  mustNotContain?: string;
  why: string;
  /** A defect this file shows today (run in the long mode only, so `npm test` stays green while it is open). */
  knownDefect?: string;
}

const b = (s: string) => Buffer.from(s, 'utf8');
const fdx = (body: string, prolog = '') =>
  b(`<?xml version="1.0" encoding="UTF-8"?>${prolog}<FinalDraft DocumentType="Script" Version="5"><Content>${body}</Content></FinalDraft>`);
const para = (type: string, text: string) => `<Paragraph Type="${type}"><Text>${text}</Text></Paragraph>`;

/** The hostile corpus; `secret` is the content of a local file the inputs try to pull in. */
export function hostileFiles(secretPath: string, secret: string): HostileFile[] {
  const files: HostileFile[] = [
    // DOCX / zip
    { name: 'bomb.docx', bytes: makeDocx([{ text: 'x' }], undefined, [{ name: 'word/media/zeros.bin', data: Buffer.alloc(40 * 1024 * 1024) }]), expect: 'refuse', why: 'compression bomb (40 MB of zeros)' },
    { name: 'lying-size.docx', bytes: makeDocx([{ text: 'Anna' }], undefined, [{ name: 'word/media/big.bin', data: Buffer.alloc(5 * 1024 * 1024, 1), declaredSize: 10 }]), expect: 'either', why: 'header lies about the uncompressed size' },
    { name: 'many-entries.docx', bytes: makeDocx([{ text: 'Anna' }], undefined, Array.from({ length: 6000 }, (_, i) => ({ name: `x/${i}.xml`, data: '', store: true }))), expect: 'refuse', why: '6000 zip entries' },
    { name: 'truncated.docx', bytes: makeDocx([{ text: 'Anna Berger trifft Tom.' }]).subarray(0, 300), expect: 'refuse', why: 'zip cut short' },
    { name: 'no-document.docx', bytes: makeZip([{ name: 'hello.txt', data: 'hi' }]), expect: 'refuse', why: 'zip without word/document.xml' },
    { name: 'not-a-zip.docx', bytes: b('PK\u0003\u0004 this is not really a zip'), expect: 'refuse', why: 'garbage with a zip signature' },
    {
      name: 'deep.docx',
      bytes: makeDocx([], `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:p>'.repeat(20000)}${'</w:p>'.repeat(20000)}</w:body></w:document>`),
      expect: 'refuse',
      why: '20000-deep XML nesting',
    },
    {
      name: 'external-image.docx',
      bytes: makeDocx([], `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><w:body><w:p><w:r><w:t>Anna Berger</w:t></w:r></w:p><w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="p"/><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:link="rIdX"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p></w:body></w:document>`, [
        { name: 'word/_rels/document.xml.rels', data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file://${secretPath}" TargetMode="External"/></Relationships>` },
      ]),
      expect: 'either',
      mustNotContain: secret,
      why: 'image linked to a local file',
    },
    { name: 'xxe.docx', bytes: makeDocx([], `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://${secretPath}">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Anna &x;</w:t></w:r></w:p></w:body></w:document>`), expect: 'either', mustNotContain: secret, why: 'external entity in document.xml' },
    // FDX
    { name: 'billion-laughs.fdx', bytes: fdx(para('Action', '&l9;'), `<!DOCTYPE r [<!ENTITY l0 "ha">${Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('')}]>`), expect: 'refuse', why: 'entity expansion bomb' },
    { name: 'xxe.fdx', bytes: fdx(para('Action', 'Anna &x;'), `<!DOCTYPE r [<!ENTITY x SYSTEM "file://${secretPath}">]>`), expect: 'either', mustNotContain: secret, why: 'external entity' },
    { name: 'deep.fdx', bytes: fdx(`${'<Paragraph>'.repeat(50000)}${'</Paragraph>'.repeat(50000)}`), expect: 'refuse', why: '50000-deep nesting' },
    { name: 'unclosed.fdx', bytes: b('<?xml version="1.0"?><FinalDraft><Content><Paragraph Type="Action"><Text>Anna'), expect: 'either', why: 'XML cut short' },
    { name: 'huge-attr.fdx', bytes: fdx(`<Paragraph Type="${'A'.repeat(5_000_000)}"><Text>Anna</Text></Paragraph>${para('Action', 'Anna Berger')}`), expect: 'either', why: '5 MB attribute' },
    { name: 'utf16.fdx', bytes: Buffer.from(`\ufeff<?xml version="1.0" encoding="UTF-16"?><FinalDraft><Content>${para('Action', 'Anna Berger trifft Tom.')}</Content></FinalDraft>`, 'utf16le'), expect: 'either', why: 'UTF-16 XML' },
    { name: 'cdata-nul.fdx', bytes: fdx(para('Action', '<![CDATA[Anna \u0000\u0001 Berger]]>')), expect: 'either', why: 'control characters in CDATA' },
    // Fountain
    { name: 'emphasis.fountain', bytes: b(`INT. HAFEN - NACHT\n\n${'*_'.repeat(200_000)}\n`), expect: 'either', why: '400k emphasis markers (ReDoS bait)' },
    { name: 'long-line.fountain', bytes: b(`INT. HAFEN\n\n${'Anna '.repeat(2_000_000)}\n`), expect: 'either', why: '10 MB line' },
    { name: 'boneyard.fountain', bytes: b(`INT. HAFEN\n\nAnna.\n/*${'x'.repeat(1_000_000)}`), expect: 'either', why: 'unclosed boneyard' },
    { name: 'notes.fountain', bytes: b(`INT. HAFEN\n\nAnna.\n${'[['.repeat(100_000)}`), expect: 'either', why: '100k unclosed notes (was quadratic: 14 s for 200 KB)' },
    { name: 'cues.fountain', bytes: b(Array.from({ length: 50_000 }, (_, i) => `NAME${i}\nLine.\n`).join('\n')), expect: 'either', why: '50000 character cues' },
    // Text / Markdown
    { name: 'too-big.txt', bytes: Buffer.alloc(51 * 1024 * 1024, 0x61), expect: 'refuse', why: '51 MB (over the limit)' },
    { name: 'binary.txt', bytes: Buffer.from(Array.from({ length: 65536 }, (_, i) => (i * 7) % 256)), expect: 'refuse', why: 'binary' },
    { name: 'nul.md', bytes: b('# Folge 1\n\nAnna\u0000Berger\n'), expect: 'either', why: 'NUL in text' },
    { name: 'headings.md', bytes: b(Array.from({ length: 5000 }, (_, i) => `# Folge ${i}\nText.\n`).join('\n')), expect: 'either', why: '5000 episode headings' },
    { name: 'invalid-utf8.txt', bytes: Buffer.from([0x41, 0x6e, 0x6e, 0x61, 0x20, 0xc3, 0x28, 0xe2, 0x82, 0x20, 0x0a]), expect: 'either', why: 'invalid UTF-8' },
    { name: 'utf16.txt', bytes: Buffer.from('\ufeffAnna Berger trifft Tom Kessler.\n', 'utf16le'), expect: 'either', why: 'UTF-16 with BOM' },
    { name: 'empty.md', bytes: new Uint8Array(0), expect: 'refuse', why: 'empty file' },
    { name: 'html.md', bytes: b('# Folge\n\n<script>alert(1)</script><img src=x onerror=alert(1)>\n'), expect: 'either', why: 'HTML in Markdown' },
    { name: 'regex.md', bytes: b(`# ${'#'.repeat(100_000)}\n${'-'.repeat(100_000)}\n${'='.repeat(100_000)}\n`), expect: 'either', why: 'heading markers ×100k' },
    // Not importable
    { name: 'script.exe', bytes: b('MZ'), expect: 'refuse', why: 'unsupported type' },
    { name: 'page.html', bytes: b('<script>alert(1)</script>'), expect: 'refuse', why: 'unsupported type' },
    { name: '../../escape.txt', bytes: b('Anna Berger.\n'), expect: 'either', why: 'path traversal in the name' },
  ];
  return files;
}
