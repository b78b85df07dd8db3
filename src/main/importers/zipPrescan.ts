// Checks a zip (DOCX) before any library opens it: entry count, declared and actual uncompressed sizes, ratios.
import { inflateRawSync } from 'node:zlib';
import { ProjectError } from '../store/projectError';
import { preflightXml } from './parseFdx';

export interface ZipLimits {
  maxEntries: number;
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio for an entry bigger than 1 MB. */
  maxRatio: number;
  /** XML entries (.xml, .rels) are checked for DOCTYPE/ENTITY declarations and nesting deeper than this. */
  maxXmlDepth: number;
}

export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
}

const bad = (name: string, why: string) => new ProjectError('unsafe-input', `${name}: ${why}; it was not opened.`, name);
const corrupt = (name: string, why: string) => new ProjectError('corrupt', `${name}: not a readable Word file (${why}).`, name);

function checkXmlEntry(entryName: string, data: Buffer, name: string, maxDepth: number): void {
  if (!/\.(xml|rels)$/i.test(entryName)) return;
  try {
    preflightXml(data.toString('utf8'), entryName, maxDepth);
  } catch (e) {
    throw bad(name, (e as Error).message.replace(/; it was not read\.$/, ''));
  }
}

/**
 * Reads the central directory and inflates every entry with an output cap, so neither lying headers nor
 * a compression bomb get past; throws ProjectError('unsafe-input' | 'corrupt').
 */
export function prescanZip(buf: Buffer, name: string, limits: ZipLimits): ZipEntryInfo[] {
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) throw corrupt(name, 'it is not a zip archive');
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt(name, 'the archive is truncated');
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw bad(name, 'it uses ZIP64, which Word files never need');
  if (count > limits.maxEntries) throw bad(name, `it holds ${count} entries (at most ${limits.maxEntries})`);
  if (cdOffset + cdSize > eocd) throw corrupt(name, 'the archive directory is damaged');
  const entries: ZipEntryInfo[] = [];
  let total = 0;
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== 0x02014b50) throw corrupt(name, 'the archive directory is damaged');
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const entryName = buf.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (flags & 1) throw bad(name, 'it is encrypted');
    if (method !== 0 && method !== 8) throw bad(name, `entry ${entryName} uses an unsupported compression method`);
    total += size;
    if (total > limits.maxTotalBytes) {
      throw bad(name, `it would unpack to more than ${Math.round(limits.maxTotalBytes / 1048576)} MB`);
    }
    if (size > 1048576 && size / Math.max(1, compressedSize) > limits.maxRatio) {
      throw bad(name, `entry ${entryName} is compressed ${Math.round(size / Math.max(1, compressedSize))}:1, a sign of a zip bomb`);
    }
    if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== 0x04034b50) throw corrupt(name, `entry ${entryName} is missing`);
    const dataStart = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    if (dataStart + compressedSize > buf.length) throw corrupt(name, `entry ${entryName} is truncated`);
    if (method === 8) {
      let out: Buffer;
      try {
        out = inflateRawSync(buf.subarray(dataStart, dataStart + compressedSize), { maxOutputLength: size + 1 });
      } catch (e) {
        if ((e as Error).name === 'RangeError' || (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
          throw bad(name, `entry ${entryName} unpacks to more than it declares`);
        }
        throw corrupt(name, `entry ${entryName} cannot be unpacked`);
      }
      if (out.length !== size) throw bad(name, `entry ${entryName} unpacks to ${out.length} bytes, not the ${size} it declares`);
      checkXmlEntry(entryName, out, name, limits.maxXmlDepth);
    } else if (compressedSize !== size) throw corrupt(name, `stored entry ${entryName} has inconsistent sizes`);
    else checkXmlEntry(entryName, buf.subarray(dataStart, dataStart + size), name, limits.maxXmlDepth);
    entries.push({ name: entryName, method, compressedSize, size });
  }
  return entries;
}
