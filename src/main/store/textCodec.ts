// Decodes episode files (UTF-8 with or without BOM, UTF-16 LE/BE, Windows-1252) and encodes them back unchanged in form.
import { ProjectError } from './projectError';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type LineEnding = '\n' | '\r\n' | '\r';

/** How a text file was stored, so a save writes it back the same way. */
export interface TextFormat {
  encoding: TextEncodingName;
  bom: boolean;
  eol: LineEnding;
}

export interface DecodedText {
  /** The text with \n line endings and without BOM. */
  text: string;
  format: TextFormat;
}

// Windows-1252 bytes 0x80–0x9F (Node 20's TextDecoder treats the label as Latin-1, so the table is ours).
// Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same value, as browsers do.
const cp1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
let cp1252Reverse: Map<number, number> | undefined;

const cp1252Char = (b: number) => (b >= 0x80 && b < 0xa0 ? cp1252High[b - 0x80] : b);

function decode1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...Array.from(bytes.subarray(i, i + 8192), cp1252Char));
  }
  return out;
}

function reverse1252(): Map<number, number> {
  if (!cp1252Reverse) {
    cp1252Reverse = new Map();
    for (let b = 0; b < 256; b++) cp1252Reverse.set(cp1252Char(b), b);
  }
  return cp1252Reverse;
}

function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 8192);
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function detectEol(text: string): LineEnding {
  let crlf = 0;
  let cr = 0;
  let lf = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  if (crlf >= lf && crlf >= cr && crlf > 0) return '\r\n';
  if (cr > lf && cr > crlf) return '\r';
  return '\n';
}

function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) control++;
  }
  return n > 0 && control / n > 0.02;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', skip: number): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(skip, bytes.length - ((bytes.length - skip) % 2)));
}

/** Decodes a text file's bytes; throws ProjectError('binary') for files that are not text. */
export function decodeText(bytes: Uint8Array, file?: string): DecodedText {
  let encoding: TextEncodingName;
  let bom = false;
  let raw: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8';
    bom = true;
    raw = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3));
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    bom = true;
    raw = decodeUtf16(bytes, encoding, 2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    bom = true;
    raw = decodeUtf16(bytes, encoding, 2);
  } else {
    const utf16 = guessUtf16(bytes);
    if (utf16) {
      encoding = utf16;
      raw = decodeUtf16(bytes, utf16, 0);
    } else {
      try {
        raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
        encoding = 'utf-8';
      } catch {
        raw = decode1252(bytes);
        encoding = 'windows-1252';
      }
    }
  }
  if (looksBinary(raw)) {
    throw new ProjectError('binary', `${file ? `${file}: ` : ''}this is not a text file (it contains binary data).`, file);
  }
  const eol = detectEol(raw);
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  return { text, format: { encoding, bom, eol } };
}

function encode1252(text: string): Uint8Array | undefined {
  const map = reverse1252();
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = map.get(text.charCodeAt(i));
    if (b === undefined) return undefined;
    out[i] = b;
  }
  return out;
}

/**
 * Encodes text (with \n line endings) in the given format. A text Windows-1252 cannot hold is saved as UTF-8
 * rather than losing characters; the returned format says what was written.
 */
export function encodeText(text: string, format: TextFormat): { bytes: Uint8Array; format: TextFormat } {
  const body = format.eol === '\n' ? text : text.replace(/\n/g, format.eol);
  switch (format.encoding) {
    case 'windows-1252': {
      const bytes = encode1252(body);
      if (bytes) return { bytes, format };
      return encodeText(text, { ...format, encoding: 'utf-8', bom: false });
    }
    case 'utf-16le':
    case 'utf-16be': {
      const le = Buffer.from((format.bom ? '\ufeff' : '') + body, 'utf16le');
      if (format.encoding === 'utf-16be') le.swap16();
      return { bytes: new Uint8Array(le.buffer, le.byteOffset, le.length), format };
    }
    default: {
      const utf8 = Buffer.from((format.bom ? '\ufeff' : '') + body, 'utf8');
      return { bytes: new Uint8Array(utf8.buffer, utf8.byteOffset, utf8.length), format };
    }
  }
}

export const defaultTextFormat = (): TextFormat => ({ encoding: 'utf-8', bom: false, eol: '\n' });
