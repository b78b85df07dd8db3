// Previous versions of every saved project file under .history/versions/, kept N deep per file.
import type { HistoryEntry } from '../../shared/contract';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createHash } from 'node:crypto';
import { atomicWrite } from './atomicWrite';
import { ProjectError } from './projectError';
import { readRegularFile } from './safeFs';

export const historyDir = '.history';
export const defaultHistoryDepth = 50;
/** Versions always kept (when there are that many), whatever their size. */
export const minHistoryDepth = 20;

export interface HistoryOptions {
  /** Most versions kept per file (default 50). */
  depth?: number;
  /**
   * A replaced version is kept only if the newest kept one is older than this (default 60 s), so autosaves every
   * few seconds do not push the history out; restores and versions the store did not write itself (outside
   * edits) are always kept (the store passes `force` to keep()).
   */
  minIntervalMs?: number;
  /** Beyond 20 versions, older ones are dropped while a file's history is larger than this (default 200 MB). */
  maxBytesPerFile?: number;
}

export type { HistoryEntry };

const versionPattern = /^(\d{13})-(\d{4})-([0-9a-f]{16})$/;

/** Keeps and lists old versions; `resolve` maps a project-relative path to a safe absolute one. */
export class FileHistory {
  private seq = 0;

  readonly depth: number;
  private readonly minIntervalMs: number;
  private readonly maxBytesPerFile: number;

  constructor(
    private readonly resolve: (rel: string) => Promise<string>,
    options: HistoryOptions = {},
  ) {
    this.depth = Math.max(minHistoryDepth, options.depth ?? defaultHistoryDepth);
    this.minIntervalMs = options.minIntervalMs ?? 60_000;
    this.maxBytesPerFile = options.maxBytesPerFile ?? 200 * 1024 * 1024;
  }

  private folderOf(file: string): string {
    return `${historyDir}/versions/${encodeURIComponent(file)}`;
  }

  /** Stores `bytes` as the newest old version of `file` (skipped when identical to the newest one) and prunes. */
  async keep(file: string, bytes: Uint8Array, force = false): Promise<HistoryEntry | undefined> {
    const hash = createHash('sha256').update(bytes).digest('hex');
    const existing = await this.list(file);
    if (existing[0]?.hash.startsWith(hash.slice(0, 16))) return undefined;
    if (!force && existing[0] && Date.now() - Date.parse(existing[0].savedAt) < this.minIntervalMs) return undefined;
    let now = Date.now();
    const newest = existing[0] ? Number(existing[0].version.slice(0, 13)) : 0;
    if (now < newest) now = newest;
    this.seq = (this.seq + 1) % 10000;
    const version = `${String(now).padStart(13, '0')}-${String(this.seq).padStart(4, '0')}-${hash.slice(0, 16)}`;
    const abs = await this.resolve(`${this.folderOf(file)}/${version}`);
    await mkdir(dirname(abs), { recursive: true });
    await atomicWrite(abs, bytes);
    let total = bytes.length;
    for (const [i, old] of existing.entries()) {
      total += old.size;
      const keepIt = i < this.depth - 1 && (i < minHistoryDepth - 1 || total <= this.maxBytesPerFile);
      if (!keepIt) await rm(await this.resolve(`${this.folderOf(file)}/${old.version}`), { force: true });
    }
    return { version, file, savedAt: new Date(now).toISOString(), size: bytes.length, hash: hash.slice(0, 16) };
  }

  /** Kept versions of `file`, newest first. */
  async list(file: string): Promise<HistoryEntry[]> {
    let names: string[];
    try {
      names = await readdir(await this.resolve(this.folderOf(file)));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    const entries: HistoryEntry[] = [];
    for (const name of names) {
      const m = versionPattern.exec(name);
      if (!m) continue;
      const st = await stat(await this.resolve(`${this.folderOf(file)}/${name}`)).catch(() => undefined);
      if (!st?.isFile()) continue;
      entries.push({ version: name, file, savedAt: new Date(Number(m[1])).toISOString(), size: st.size, hash: m[3] });
    }
    return entries.sort((a, b) => (a.version < b.version ? 1 : -1));
  }

  /** The bytes of one kept version. */
  async read(file: string, version: string): Promise<Uint8Array> {
    if (!versionPattern.test(version)) throw new ProjectError('not-found', `There is no version "${version}" of ${file}.`, file);
    const rel = `${this.folderOf(file)}/${version}`;
    try {
      return await readRegularFile(await this.resolve(rel), rel);
    } catch (e) {
      if (e instanceof ProjectError && e.code === 'not-found') {
        throw new ProjectError('not-found', `There is no version "${version}" of ${file}.`, file);
      }
      throw e;
    }
  }
}
