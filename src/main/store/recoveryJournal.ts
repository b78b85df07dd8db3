// The recovery journal: unsaved episode text kept under .history/journal/ so typing survives a crash or a kill.
import { mkdir, readdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { atomicWrite } from './atomicWrite';
import { historyDir } from './fileHistory';
import { readRegularFile } from './safeFs';

/** Unsaved text of one episode as the journal last recorded it. */
export interface JournalRecord {
  id: string;
  text: string;
  /** ISO date-time of the journal write. */
  at: string;
}

const journalDir = `${historyDir}/journal`;
const fileOf = (id: string) => `${journalDir}/${id}.json`;

/** Reads and writes journal records; `resolve` maps a project-relative path to a safe absolute one. */
export class RecoveryJournal {
  constructor(private readonly resolve: (rel: string) => Promise<string>) {}

  async write(id: string, text: string): Promise<void> {
    const abs = await this.resolve(fileOf(id));
    await mkdir(dirname(abs), { recursive: true });
    const record: JournalRecord = { id, text, at: new Date().toISOString() };
    await atomicWrite(abs, JSON.stringify(record));
  }

  async read(id: string): Promise<JournalRecord | undefined> {
    try {
      const bytes = await readRegularFile(await this.resolve(fileOf(id)), fileOf(id));
      const rec = JSON.parse(new TextDecoder().decode(bytes)) as Partial<JournalRecord>;
      if (rec.id !== id || typeof rec.text !== 'string' || typeof rec.at !== 'string') return undefined;
      return { id, text: rec.text, at: rec.at };
    } catch {
      return undefined;
    }
  }

  /** Ids with a journal record. */
  async ids(): Promise<string[]> {
    try {
      const names = await readdir(await this.resolve(journalDir));
      return names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5));
    } catch {
      return [];
    }
  }

  async clear(id: string): Promise<void> {
    await rm(await this.resolve(fileOf(id)), { force: true });
  }
}
