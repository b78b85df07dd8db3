// Imports Word (.docx) files with mammoth (external files off) after a zip pre-scan; headings split episodes as for text.
import mammoth from 'mammoth';
import { ProjectError } from '../store/projectError';
import { decodeXmlEntities } from './parseFdx';
import type { Deadline } from './deadline';
import { defaultImportLimits, type ImportLimits, type ImportResult } from './importTypes';
import { splitEpisodes, type SplitOptions } from './splitEpisodes';
import { prescanZip } from './zipPrescan';

/** Mammoth's HTML as Markdown-ish text: headings as "#", list items as "- ", paragraphs separated by blank lines. */
export function htmlToText(html: string, deadline?: Deadline): string {
  const blocks: string[] = [];
  const block = /<(h[1-6]|p|li)(?:\s[^>]*)?>([\s\S]*?)<\/\1>/g;
  for (let m = block.exec(html); m; m = block.exec(html)) {
    deadline?.check();
    const inner = decodeXmlEntities(m[2].replace(/<br\s*\/?>/g, '\n').replace(/<[^>]+>/g, '')).trim();
    if (!inner) continue;
    const tag = m[1];
    if (tag[0] === 'h') blocks.push(`${'#'.repeat(Number(tag[1]))} ${inner.replace(/\s*\n\s*/g, ' ')}`);
    else if (tag === 'li') blocks.push(`- ${inner}`);
    else blocks.push(inner);
  }
  return `${blocks.join('\n\n')}\n`;
}

export async function importDocx(
  bytes: Uint8Array,
  name: string,
  deadline?: Deadline,
  limits: ImportLimits = defaultImportLimits,
  split?: SplitOptions,
): Promise<ImportResult> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const entries = prescanZip(buf, name, { maxEntries: limits.maxZipEntries, maxTotalBytes: limits.maxUnzippedBytes, maxRatio: 200, maxXmlDepth: limits.maxXmlDepth * 2 });
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new ProjectError('unsupported', `${name}: this zip file is not a Word document (no word/document.xml).`, name);
  }
  let result;
  try {
    result = await mammoth.convertToHtml(
      { buffer: buf },
      { externalFileAccess: false, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
  } catch (e) {
    throw new ProjectError('corrupt', `${name}: not a readable Word file (${(e as Error).message.split('\n')[0].slice(0, 200)}).`, name);
  }
  deadline?.checkNow();
  const text = htmlToText(result.value, deadline);
  const parts = splitEpisodes(text, name, deadline, split);
  const notices = result.messages.filter((m) => m.type === 'error').length;
  if (notices) parts.warnings.push(`${name}: ${notices} part(s) of the document could not be converted and were left out.`);
  return parts;
}
