// Tests that exported reports become Blobs with the right bytes and type.
import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from './base64';
import { reportBlob } from './saveReport';

describe('reportBlob', () => {
  it('keeps a Markdown report as UTF-8 text with its type', async () => {
    const blob = reportBlob({ fileName: 'a.md', mimeType: 'text/markdown; charset=utf-8', encoding: 'utf8', data: '# Bericht – Jördis' });
    expect(blob.type).toBe('text/markdown; charset=utf-8');
    expect(await blob.text()).toBe('# Bericht – Jördis');
  });

  it('keeps the byte order mark of a CSV report (Excel needs it)', async () => {
    const blob = reportBlob({ fileName: 'a.csv', mimeType: 'text/csv', encoding: 'utf8', data: '\uFEFFa;b\r\n' });
    expect([...new Uint8Array(await blob.arrayBuffer())].slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('decodes a base64 PDF to its bytes, not to the base64 text', async () => {
    const pdf = Uint8Array.from([...new TextEncoder().encode('%PDF-1.7\n'), 0, 200, 255]);
    const blob = reportBlob({ fileName: 'a.pdf', mimeType: 'application/pdf', encoding: 'base64', data: bytesToBase64(pdf) });
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([...pdf]);
    expect(blob.size).toBe(pdf.length);
  });
});
