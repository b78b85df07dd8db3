// What the speed-work snapshots share: episodes read from a folder, and JSON that is equal text for equal data.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Episode } from '../src/engine/types';

/** The .txt/.md files of a folder as episodes, in file-name order. */
export const textFiles = (dir: string): Episode[] =>
  readdirSync(dir)
    .filter((f) => /\.(txt|md)$/u.test(f))
    .sort()
    .map((file, index) => ({ id: basename(file).replace(/\.[^.]+$/u, ''), file, title: file, index, text: readFileSync(join(dir, file), 'utf8') }));

/** JSON with object keys sorted, so equal values give equal text. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}
