// Encodes episode text for saving so the file always reopens as the same text (no control characters, no ambiguity).
import { ProjectError } from './projectError';
import { decodeText, encodeText, type TextFormat } from './textCodec';

// C0 controls except tab, line feed, form feed (page breaks in screenplays) and carriage return; and DEL.
const controlChars = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;
const loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The text as it is written to disk: NUL and other control characters (pasted from a PDF, say) are removed, since
 * the reader rightly refuses files holding them as binary; stray carriage returns become \n line breaks (the file's
 * own line-ending style is applied on encoding); a lone surrogate half becomes U+FFFD, as any encoder would.
 */
export function cleanEpisodeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(controlChars, '').replace(loneSurrogates, '\ufffd');
}

const reopensAs = (bytes: Uint8Array, text: string): boolean => {
  try {
    return decodeText(bytes).text === text;
  } catch {
    return false;
  }
};

/**
 * Encodes episode text in the file's own format when the bytes decode back to the same text; otherwise with a BOM
 * (a BOM-less UTF-16 file whose new text has no ASCII letters, a Windows-1252 text that reads as UTF-8), and as a
 * last resort as UTF-8 with a BOM. Returns the bytes, the format written and the text as it will reopen.
 */
export function encodeEpisode(text: string, format: TextFormat, file?: string): { bytes: Uint8Array; format: TextFormat; text: string } {
  const clean = cleanEpisodeText(text);
  const tries: TextFormat[] = [format];
  if (format.encoding !== 'windows-1252' && !format.bom) tries.push({ ...format, bom: true });
  tries.push({ encoding: 'utf-8', bom: true, eol: format.eol });
  for (const wanted of tries) {
    const encoded = encodeText(clean, wanted);
    if (reopensAs(encoded.bytes, clean)) return { ...encoded, text: clean };
  }
  throw new ProjectError('unsupported', `${file ? `${file}: ` : ''}this text cannot be saved so that it opens again; nothing was written.`, file);
}
