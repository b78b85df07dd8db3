// Episode text survives a save unchanged in form: encoding, BOM and line endings round-trip for any text.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { decodeText, encodeText, type TextFormat } from './textCodec';

const formatArb: fc.Arbitrary<TextFormat> = fc.record({
  encoding: fc.constantFrom('utf-8', 'utf-16le', 'utf-16be', 'windows-1252'),
  bom: fc.boolean(),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
});
// Text as the editor hands it back: \n line endings, letters including umlauts and typographic quotes.
const textArb = fc.string({ unit: fc.constantFrom('a', 'Z', 'ä', 'ß', '€', '„', '“', ' ', '\n', '.', 'é', '\u2014'), minLength: 1, maxLength: 200 });

/** UTF-16 files carry a BOM in practice (without one, short texts cannot be told from binary); Windows-1252 has none. */
const realistic = (f: TextFormat): TextFormat =>
  f.encoding.startsWith('utf-16') ? { ...f, bom: true } : f.encoding === 'windows-1252' ? { ...f, bom: false } : f;

const isUtf8 = (b: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
};

it('writes back the very same bytes when the text comes back unchanged', () => {
  fc.assert(
    fc.property(textArb, formatArb, (text, requested) => {
      const format = realistic(requested);
      const { bytes } = encodeText(text, format);
      const decoded = decodeText(bytes);
      expect(Buffer.from(encodeText(decoded.text, decoded.format).bytes).equals(Buffer.from(bytes))).toBe(true);
    }),
    { numRuns: 400 },
  );
});

it('decodes what it encodes (Windows-1252 bytes that are also valid UTF-8 are read as UTF-8)', () => {
  fc.assert(
    fc.property(textArb, formatArb, (text, requested) => {
      const format = realistic(requested);
      const { bytes, format: written } = encodeText(text, format);
      expect(written).toEqual(format);
      if (format.encoding === 'windows-1252' && isUtf8(bytes)) return;
      const decoded = decodeText(bytes);
      expect(decoded.text).toBe(text);
      expect(decoded.format.encoding).toBe(format.encoding);
      expect(decoded.format.bom).toBe(format.bom);
      if (text.includes('\n')) expect(decoded.format.eol).toBe(format.eol);
    }),
    { numRuns: 400 },
  );
});

it('saves text Windows-1252 cannot hold as UTF-8 instead of losing characters', () => {
  const { bytes, format } = encodeText('Привет €\n', { encoding: 'windows-1252', bom: false, eol: '\r\n' });
  expect(format).toEqual({ encoding: 'utf-8', bom: false, eol: '\r\n' });
  expect(decodeText(bytes).text).toBe('Привет €\n');
});

it('refuses binary data and reads invalid UTF-8 as Windows-1252', () => {
  expect(() => decodeText(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0]), 'x.txt')).toThrow(/not a text file/);
  expect(decodeText(new Uint8Array([0x66, 0xfc, 0x72])).text).toBe('für');
});
