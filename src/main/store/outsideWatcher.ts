// Notices edits made outside the app (an editor, git, a sync client) by content hash; never reports our own writes or a mass deletion.
import { createHash } from 'node:crypto';
import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ProjectError } from './projectError';
import { readRegularFile } from './safeFs';
import { isMassDeletion } from './isMassDeletion';

export interface OutsideChange {
  file: string;
  /**
   * 'renamed': a tracked file vanished and the same content appeared under `file` (old name in `from`).
   * 'mass-deletion': most project files vanished at once (folder unmounted?); nothing was propagated.
   */
  kind: 'modified' | 'deleted' | 'added' | 'renamed' | 'mass-deletion';
  from?: string;
}

/** What the watcher needs from the store. */
export interface WatchedProject {
  readonly root: string;
  /** Maps a project-relative path to an absolute one, refusing symlinks out of the project. */
  resolve(rel: string): Promise<string>;
  /** Project-relative files whose content is tracked (episodes, manifest, bible, decisions). */
  trackedFiles(): string[];
  /** Last hash read or written by the app per file. */
  readonly knownHashes: Map<string, string>;
  /** Files the app is writing right now (skipped by a scan). */
  readonly writing: Set<string>;
  /** How many writes the app started per file: a scan that overlapped one of ours ignores that file this time. */
  readonly writeCount: Map<string, number>;
  emitOutsideChange(change: OutsideChange): void;
  addProblem(file: string, reason: string): void;
  /** Drops the problems recorded for a file (the mass-deletion note once the files are back). */
  removeProblems(file: string): void;
}

export interface WatchOptions {
  /** Quiet time after a file-system event before the scan (ms). */
  debounceMs?: number;
  /** Full rescan interval for file systems whose events are unreliable (ms, 0 = off). */
  pollMs?: number;
}

const episodeFile = /\.(txt|md|markdown)$/i;
/** Tracked files that are not episodes. */
const rootFiles = new Set(['continuity.json', 'bible.json', 'decisions.json']);
const hashOf = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Watches the project's folders; call close() to stop. */
export class OutsideWatcher {
  private watchers = new Map<string, FSWatcher>();
  private timer?: ReturnType<typeof setTimeout>;
  private poll?: ReturnType<typeof setInterval>;
  private scanning?: Promise<void>;
  private again = false;
  private massReported = false;
  private seenUntracked = new Set<string>();
  private closed = false;
  private readonly debounceMs: number;

  constructor(
    private readonly project: WatchedProject,
    options: WatchOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 150;
    const pollMs = options.pollMs ?? 10_000;
    if (pollMs > 0) {
      this.poll = setInterval(() => this.schedule(0), pollMs);
      this.poll.unref?.();
    }
  }

  /** Starts watching and records the files already present so only later additions are reported. */
  async start(): Promise<void> {
    for (const f of await this.listCandidates()) this.seenUntracked.add(f);
    this.hadEpisodesDir = await stat(join(this.project.root, 'episodes')).then((s) => s.isDirectory(), () => false);
    this.refreshWatches();
  }

  private folders(): string[] {
    const dirs = new Set<string>(['', 'episodes']);
    for (const f of this.project.trackedFiles()) dirs.add(dirname(f) === '.' ? '' : dirname(f));
    return [...dirs];
  }

  private refreshWatches(): void {
    if (this.closed) return;
    for (const rel of this.folders()) {
      if (this.watchers.has(rel)) continue;
      try {
        const w = watch(join(this.project.root, rel), { persistent: false }, () => this.schedule(this.debounceMs));
        w.on('error', () => {
          w.close();
          this.watchers.delete(rel);
          this.schedule(this.debounceMs);
        });
        this.watchers.set(rel, w);
      } catch {
        // The folder does not exist (yet); the poll and the root watcher cover it.
      }
    }
  }

  private schedule(ms: number): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.scan(), ms);
  }

  /** Runs a scan now (also used by tests and after waking from sleep); resolves when it is done. */
  async scan(): Promise<void> {
    if (this.scanning) {
      this.again = true;
      return this.scanning;
    }
    this.scanning = this.doScan().finally(() => {
      this.scanning = undefined;
    });
    await this.scanning;
    if (this.again && !this.closed) {
      this.again = false;
      await this.scan();
    }
  }

  /** Whether episodes/ existed when watching started (a project without it cannot lose it). */
  private hadEpisodesDir = false;

  private async listCandidates(): Promise<string[]> {
    const out: string[] = [];
    for (const rel of ['', 'episodes']) {
      const names = await readdir(join(this.project.root, rel)).catch(() => [] as string[]);
      for (const n of names) if (episodeFile.test(n) && !n.startsWith('.')) out.push(rel ? `${rel}/${n}` : n);
    }
    return out;
  }

  private async doScan(): Promise<void> {
    if (this.closed) return;
    const tracked = this.project.trackedFiles();
    const current = new Map<string, string | null>();
    const seqs = new Map<string, number>();
    const ours = (file: string, seq: number) => this.project.writing.has(file) || (this.project.writeCount.get(file) ?? 0) !== seq;
    for (const file of tracked) {
      const seq = this.project.writeCount.get(file) ?? 0;
      if (ours(file, seq)) continue;
      let hash: string | null;
      try {
        hash = hashOf(await readRegularFile(await this.project.resolve(file), file));
      } catch (e) {
        hash = e instanceof ProjectError && e.code === 'not-found' ? null : (this.project.knownHashes.get(file) ?? null);
      }
      if (!ours(file, seq)) {
        current.set(file, hash);
        seqs.set(file, seq);
      }
    }
    const known = [...current.keys()].filter((f) => this.project.knownHashes.has(f));
    const vanished = known.filter((f) => current.get(f) === null);
    const isDir = (rel: string) => stat(join(this.project.root, rel)).then((s) => s.isDirectory(), () => false);
    const mass = vanished.length > 0 && isMassDeletion({
      known,
      vanished,
      isEpisode: (f) => !rootFiles.has(f),
      rootGone: !(await isDir('')),
      episodesDirGone: this.hadEpisodesDir && !(await isDir('episodes')),
      manifest: 'continuity.json',
    });
    if (mass) {
      if (!this.massReported) {
        this.massReported = true;
        this.project.addProblem(
          '.',
          `${vanished.length} of ${known.length} project files disappeared at once (was the folder moved or a drive disconnected?). Nothing was removed from the project.`,
        );
        this.project.emitOutsideChange({ file: '.', kind: 'mass-deletion' });
      }
      return;
    }
    if (this.massReported) {
      this.massReported = false;
      this.project.removeProblems('.'); // the files are back (or their loss is now ordinary): the note goes
    }
    const deleted = new Map<string, string>();
    for (const [file, hash] of current) {
      if (ours(file, seqs.get(file) ?? 0)) continue;
      const before = this.project.knownHashes.get(file);
      if (hash === null) {
        if (before !== undefined) {
          this.project.knownHashes.delete(file);
          deleted.set(before, file);
        }
      } else if (before === undefined) {
        this.project.knownHashes.set(file, hash);
        this.project.emitOutsideChange({ file, kind: 'added' });
      } else if (before !== hash) {
        this.project.knownHashes.set(file, hash);
        this.project.emitOutsideChange({ file, kind: 'modified' });
      }
    }
    const trackedSet = new Set(tracked);
    for (const f of await this.listCandidates()) {
      if (trackedSet.has(f) || this.seenUntracked.has(f) || this.project.knownHashes.has(f)) continue;
      this.seenUntracked.add(f);
      let hash: string | undefined;
      if (deleted.size) {
        hash = await this.project
          .resolve(f)
          .then((abs) => readRegularFile(abs, f))
          .then(hashOf, () => undefined);
      }
      const from = hash ? deleted.get(hash) : undefined;
      if (from && hash) {
        deleted.delete(hash);
        this.project.emitOutsideChange({ file: f, kind: 'renamed', from });
      } else this.project.emitOutsideChange({ file: f, kind: 'added' });
    }
    for (const file of deleted.values()) this.project.emitOutsideChange({ file, kind: 'deleted' });
    this.refreshWatches();
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    clearInterval(this.poll);
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
  }
}
