// Opens a series project folder (design notes §3): manifest, episodes, bible, decisions; safe saves and typed problems.
import { createHash } from 'node:crypto';
import { access, constants, mkdir, readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { FileProblem, Recovery, SaveResult } from '../../shared/contract';
import { emptyBible, type Bible, type Decision, type EpisodeRef } from '../../engine/types';
import { atomicWrite, isAtomicTempName } from './atomicWrite';
import { makeEpisodeId, manifestFile, parseManifest, serializeManifest, type Manifest } from './manifest';
import { ProjectError, toProjectError } from './projectError';
import { checkRelativePath, readRegularFile, resolveInside } from './safeFs';
import { decodeText, defaultTextFormat, type LineEnding } from './textCodec';
import { encodeEpisode } from './episodeBytes';
import { fileStem, firstHeading, roughLanguage } from './textMeta';
import { parseBible, parseDecisions } from './projectFiles';
import { FileHistory, type HistoryEntry, type HistoryOptions } from './fileHistory';
import { RecoveryJournal } from './recoveryJournal';
import { acquireLock, lockFile } from './projectLock';
import { annotationFileOf, annotationsDir, parseAnnotationPage, serializeAnnotationPage } from './annotationStore';
import type { Annotation } from './anchorAnnotation';
import { OutsideWatcher, type OutsideChange, type WatchOptions } from './outsideWatcher';
import { removeProjectTemps } from './removeProjectTemps';

export type { Manifest } from './manifest';
export type { HistoryEntry } from './fileHistory';
export type { Annotation } from './anchorAnnotation';

export const bibleFile = 'bible.json';
export const decisionsFile = 'decisions.json';
export const episodesDir = 'episodes';
const episodeExtensions = /\.(txt|md|markdown)$/i;

export interface EpisodeText {
  id: string;
  file: string;
  title: string;
  text: string;
  hash: string;
}

export type { OutsideChange } from './outsideWatcher';

export interface ProjectStore {
  /** Absolute path of the project folder. */
  readonly root: string;
  readonly readOnly: boolean;
  readonly readOnlyReason?: string;
  manifest(): Manifest;
  /** Episodes in series order (file relative to root, as in the manifest); unreadable ones are in problems(). */
  episodes(): EpisodeRef[];
  problems(): FileProblem[];
  readEpisode(id: string): Promise<EpisodeText>;
  /**
   * Saves atomically in the file's own encoding, BOM and line endings; refuses when the disk no longer has baseHash.
   * Control characters other than tab, line breaks and form feed (a NUL pasted from a PDF) are left out, so the
   * saved file always opens again (see cleanEpisodeText); the returned hash is that of the bytes written.
   */
  writeEpisode(id: string, text: string, baseHash: string): Promise<SaveResult>;
  /** Adds a new episode file under episodes/ at the end of the series and records it in the manifest. */
  addEpisode(input: { title: string; text: string; id?: string }): Promise<EpisodeRef>;
  /** decisions.json; an unreadable file reads as no decisions (and is named in problems()). */
  readDecisions(): Promise<Decision[]>;
  writeDecisions(d: Decision[]): Promise<void>;
  /** bible.json; an unreadable file reads as an empty bible (and is named in problems()). */
  readBible(): Promise<Bible>;
  writeBible(b: Bible): Promise<void>;
  /**
   * Edits made outside the app, by content hash (our own writes are never reported). 'mass-deletion' (file '.')
   * means most files vanished at once; it is reported once and nothing is propagated.
   */
  onOutsideChange(listener: (change: OutsideChange) => void): () => void;
  /**
   * Writes `text` as a copy beside the episode ("episodes/x.mine-2026-11-23T10-00-00.md"), not part of the series:
   * for "keep mine (theirs kept as a copy)" and "load theirs (mine kept as a copy)". Returns the copy's file.
   */
  saveCopy(id: string, text: string, label: string): Promise<string>;
  /** Changes title, language, settings, episode order or titles; the result is checked like a manifest read from disk. */
  updateManifest(update: (manifest: Manifest) => Manifest): Promise<Manifest>;
  /** Points an episode at another file of the project (after an outside rename) and records it in the manifest. */
  relinkEpisode(id: string, file: string): Promise<EpisodeRef>;
  /** Rescans now (e.g. when the window regains focus) and reports outside changes to the listeners. */
  checkOutsideChanges(): Promise<void>;
  /** Previous versions of a project file (episode file, continuity.json, bible.json, decisions.json), newest first. */
  listHistory(file: string): Promise<HistoryEntry[]>;
  /** The text of one previous version (decoded like an episode: \n line endings). */
  readHistory(file: string, version: string): Promise<{ file: string; version: string; text: string }>;
  /** Puts a previous version back (the current one is kept in history first); the caller reloads. */
  restoreHistory(file: string, version: string): Promise<SaveResult>;
  /** Records unsaved text of an episode so it survives a crash; cleared when that text is saved. */
  journalEdit(id: string, text: string): Promise<void>;
  /** Journalled texts that differ from the episode on disk: offer them for replay on open. */
  pendingRecoveries(): Promise<Recovery[]>;
  clearJournal(id: string): Promise<void>;
  /** annotations/<id>.json; none yet reads as []; a damaged file is named in problems(), reads as [] and is not overwritten. */
  readAnnotations(id: string): Promise<Annotation[]>;
  writeAnnotations(id: string, annotations: Annotation[]): Promise<void>;
  close(): Promise<void>;
}

export type { Recovery };

export interface OpenOptions {
  readOnly?: boolean;
  create?: boolean;
  title?: string;
  language?: 'de' | 'en';
  /** Take the project lock (default true); without it a second opener could write at the same time. */
  lock?: boolean;
  /** How previous versions are kept (depth, minimum interval, size cap). */
  history?: HistoryOptions;
  /** Watch for outside changes (default true); options tune debounce and the fallback poll. */
  watch?: boolean | WatchOptions;
}

export const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

const encoder = new TextEncoder();
const jsonBytes = (value: unknown) => encoder.encode(`${JSON.stringify(value, null, 2)}\n`);

/** The store's inner state; later features (history, journal, watcher, lock) hook in through these members. */
export class FolderProjectStore implements ProjectStore {
  /** The line ending each episode file was last seen with, for saves of text that has no line break. */
  private readonly lineEndings = new Map<string, LineEnding>();
  readonly root: string;
  readOnly: boolean;
  readOnlyReason?: string;
  protected man: Manifest;
  protected manifestWritable: boolean;
  protected problemList: FileProblem[] = [];
  protected usable = new Map<string, boolean>();
  protected broken = new Set<string>();
  /** Last content hash we read or wrote per project-relative file: our own writes are not outside changes. */
  readonly knownHashes = new Map<string, string>();
  /** Hash of the bytes this store last wrote per project-relative file (reads do not count, unlike knownHashes). */
  protected readonly ownWrites = new Map<string, string>();
  /** Files being written by us right now: the watcher skips them. */
  readonly writing = new Set<string>();
  readonly writeCount = new Map<string, number>();
  watcher?: OutsideWatcher;
  protected listeners = new Set<(change: OutsideChange) => void>();
  private queues = new Map<string, Promise<unknown>>();
  protected closers: (() => Promise<void> | void)[] = [];
  closed = false;
  readonly history: FileHistory;
  readonly journal: RecoveryJournal;

  constructor(
    root: string,
    manifest: Manifest,
    manifestWritable: boolean,
    readOnly: boolean,
    readOnlyReason?: string,
    historyOptions?: HistoryOptions,
  ) {
    this.root = root;
    this.history = new FileHistory((rel) => this.resolve(rel), historyOptions);
    this.journal = new RecoveryJournal((rel) => this.resolve(rel));
    this.man = manifest;
    this.manifestWritable = manifestWritable;
    this.readOnly = readOnly;
    this.readOnlyReason = readOnlyReason;
  }

  manifest(): Manifest {
    return structuredClone(this.man);
  }

  episodes(): EpisodeRef[] {
    return this.man.episodes
      .filter((e) => this.usable.get(e.id) !== false)
      .map((e, index) => ({ id: e.id, title: e.title, file: e.file, index }));
  }

  problems(): FileProblem[] {
    return this.problemList.map((p) => ({ ...p }));
  }

  addProblem(file: string, reason: string): void {
    if (!this.problemList.some((p) => p.file === file && p.reason === reason)) this.problemList.push({ file, reason });
  }

  removeProblems(file: string): void {
    this.problemList = this.problemList.filter((p) => p.file !== file);
  }

  /** Runs file operations one after another per file. */
  protected serial<T>(key: string, op: () => Promise<T>): Promise<T> {
    const prev = this.queues.get(key) ?? Promise.resolve();
    const next = prev.then(op, op);
    this.queues.set(key, next.catch(() => undefined));
    return next;
  }

  protected entry(id: string) {
    const e = this.man.episodes.find((x) => x.id === id);
    if (!e) throw new ProjectError('not-found', `There is no episode "${id}" in this project.`);
    return e;
  }

  /** Absolute path of a project-relative file, refusing anything outside the root. */
  resolve(rel: string): Promise<string> {
    return resolveInside(this.root, rel);
  }

  async readBytes(rel: string): Promise<Uint8Array> {
    return readRegularFile(await this.resolve(rel), rel);
  }

  async readEpisode(id: string): Promise<EpisodeText> {
    const e = this.entry(id);
    const bytes = await this.readBytes(e.file);
    const { text } = decodeText(bytes, e.file);
    const hash = sha256(bytes);
    this.knownHashes.set(e.file, hash);
    return { id: e.id, file: e.file, title: e.title, text, hash };
  }

  /** Hook: called with a file's previous bytes before it is replaced (history keeps them). */
  protected async beforeReplace(rel: string, previous: Uint8Array, force = false): Promise<void> {
    await this.history.keep(rel, previous, force);
  }

  /**
   * Writes a project file atomically, keeping the previous version first; records our own hash. The previous
   * version is always kept when this store did not write it (an outside edit, or the state found at open): only
   * the store's own autosaves are thinned out by the history's minimum interval.
   */
  async commitFile(rel: string, bytes: Uint8Array, previous?: Uint8Array, keepPrevious = false): Promise<string> {
    const abs = await this.resolve(rel);
    if (previous) await this.beforeReplace(rel, previous, keepPrevious || this.ownWrites.get(rel) !== sha256(previous));
    const hash = sha256(bytes);
    this.writing.add(rel);
    this.writeCount.set(rel, (this.writeCount.get(rel) ?? 0) + 1);
    try {
      this.knownHashes.set(rel, hash);
      await atomicWrite(abs, bytes);
      this.ownWrites.set(rel, hash);
    } finally {
      this.writing.delete(rel);
    }
    return hash;
  }

  private async currentBytes(rel: string): Promise<Uint8Array | undefined> {
    try {
      return await this.readBytes(rel);
    } catch (e) {
      if (e instanceof ProjectError && e.code === 'not-found') return undefined;
      throw e;
    }
  }

  writeEpisode(id: string, text: string, baseHash: string): Promise<SaveResult> {
    if (this.closed) return Promise.resolve({ ok: false, reason: 'read-only', message: 'The project was closed.' });
    if (this.readOnly) {
      return Promise.resolve({ ok: false, reason: 'read-only', message: this.readOnlyReason ?? 'The project is open read-only.' });
    }
    let file: string;
    try {
      file = this.entry(id).file;
    } catch (e) {
      return Promise.resolve({ ok: false, reason: 'io', message: (e as Error).message });
    }
    return this.serial(file, async (): Promise<SaveResult> => {
      try {
        const current = await this.currentBytes(file);
        if (!current || sha256(current) !== baseHash) {
          return {
            ok: false,
            reason: 'changed-on-disk',
            message: current
              ? `${file} was changed outside Continuity Desk since it was opened; it was not overwritten.`
              : `${file} was deleted or moved outside Continuity Desk; it was not recreated.`,
          };
        }
        const decoded = decodeText(current, file);
        // A text without line breaks shows no line-ending style: keep the one the file had before.
        if (decoded.text.includes('\n')) this.lineEndings.set(file, decoded.format.eol);
        const format = { ...decoded.format, eol: this.lineEndings.get(file) ?? decoded.format.eol };
        const { bytes } = encodeEpisode(text, format, file);
        const hash = sha256(bytes);
        if (hash === baseHash) return { ok: true, hash };
        await this.commitFile(file, bytes, current);
        this.usable.set(id, true);
        const journalled = await this.journal.read(id);
        if (journalled?.text === text) await this.journal.clear(id);
        return { ok: true, hash };
      } catch (e) {
        return { ok: false, reason: 'io', message: toProjectError(e, file).message };
      }
    });
  }

  protected assertWritable(what: string): void {
    if (this.closed) throw new ProjectError('read-only', 'The project was closed.');
    if (this.readOnly) throw new ProjectError('read-only', this.readOnlyReason ?? 'The project is open read-only.');
    if (this.broken.has(what)) {
      throw new ProjectError('read-only', `${what} could not be read, so it is not overwritten; repair or remove it first.`, what);
    }
  }

  async writeManifest(next: Manifest): Promise<void> {
    this.assertWritable(manifestFile);
    if (!this.manifestWritable) {
      throw new ProjectError('read-only', `${manifestFile} has entries that could not be used, so it is not rewritten; repair it first.`, manifestFile);
    }
    await this.serial(manifestFile, async () => {
      const previous = await this.currentBytes(manifestFile);
      await this.commitFile(manifestFile, encoder.encode(serializeManifest(next)), previous);
      this.man = structuredClone(next);
    });
  }

  async addEpisode(input: { title: string; text: string; id?: string }): Promise<EpisodeRef> {
    this.assertWritable(manifestFile);
    const taken = new Set(this.man.episodes.map((e) => e.id.toLowerCase()));
    const id = makeEpisodeId(input.id ?? input.title, taken);
    let file = `${episodesDir}/${id}.md`;
    for (let n = 2; this.man.episodes.some((e) => e.file === file) || (await this.currentBytes(file)); n++) {
      file = `${episodesDir}/${id}-${n}.md`;
    }
    await this.resolve(file);
    await mkdir(join(this.root, episodesDir), { recursive: true });
    await this.serial(file, async () => {
      await this.commitFile(file, encodeEpisode(input.text, defaultTextFormat(), file).bytes);
    });
    const next = this.manifest();
    next.episodes.push({ id, file, title: input.title.slice(0, 500) || id });
    await this.writeManifest(next);
    this.usable.set(id, true);
    return { id, file, title: next.episodes[next.episodes.length - 1].title, index: this.episodes().length - 1 };
  }

  async saveCopy(id: string, text: string, label: string): Promise<string> {
    if (this.readOnly) throw new ProjectError('read-only', this.readOnlyReason ?? 'The project is open read-only.');
    const e = this.entry(id);
    const slash = e.file.lastIndexOf('/');
    const dir = slash >= 0 ? e.file.slice(0, slash + 1) : '';
    const stem = fileStem(e.file);
    const ext = /\.[A-Za-z0-9]+$/.exec(e.file)?.[0] ?? '.md';
    const safeLabel = label.replace(/[^A-Za-z0-9-]+/g, '-').slice(0, 30) || 'copy';
    const stamp = new Date().toISOString().slice(0, 19).replace(/:/g, '-');
    let file = `${dir}${stem}.${safeLabel}-${stamp}${ext}`;
    for (let n = 2; await this.currentBytes(file); n++) file = `${dir}${stem}.${safeLabel}-${stamp}-${n}${ext}`;
    let format = defaultTextFormat();
    try {
      const current = await this.currentBytes(e.file);
      if (current) format = decodeText(current, e.file).format;
    } catch {
      // The episode itself is unreadable: the copy is written as UTF-8.
    }
    await this.serial(file, async () => this.commitFile(file, encodeEpisode(text, format, file).bytes));
    return file;
  }

  async updateManifest(update: (manifest: Manifest) => Manifest): Promise<Manifest> {
    this.assertWritable(manifestFile);
    const parsed = parseManifest(serializeManifest(update(this.manifest())));
    if (parsed.problems.length) {
      throw new ProjectError('corrupt', `The project settings were not changed: ${parsed.problems.join('; ')}.`, manifestFile);
    }
    const ids = new Set(this.man.episodes.map((e) => e.id));
    for (const e of parsed.manifest.episodes) {
      if (!ids.has(e.id)) throw new ProjectError('corrupt', `The project settings were not changed: episode "${e.id}" is unknown (use addEpisode).`, manifestFile);
      const before = this.man.episodes.find((x) => x.id === e.id);
      if (before?.file !== e.file) throw new ProjectError('corrupt', `The project settings were not changed: use relinkEpisode to move "${e.id}".`, manifestFile);
    }
    await this.writeManifest(parsed.manifest);
    return this.manifest();
  }

  async relinkEpisode(id: string, file: string): Promise<EpisodeRef> {
    this.assertWritable(manifestFile);
    const e = this.entry(id);
    const rel = checkRelativePath(file);
    if (isAtomicTempName(basename(rel))) {
      throw new ProjectError('not-a-file', `${rel} is an unfinished save of Continuity Desk, not an episode.`, rel);
    }
    if (this.man.episodes.some((x) => x.file === rel && x.id !== id)) {
      throw new ProjectError('corrupt', `${rel} already belongs to another episode.`, rel);
    }
    const bytes = await this.readBytes(rel);
    decodeText(bytes, rel);
    const next = this.manifest();
    next.episodes = next.episodes.map((x) => (x.id === id ? { ...x, file: rel } : x));
    this.knownHashes.set(rel, sha256(bytes));
    this.knownHashes.delete(e.file);
    await this.writeManifest(next);
    this.usable.set(id, true);
    this.problemList = this.problemList.filter((p) => p.file !== e.file);
    const ref = this.episodes().find((x) => x.id === id);
    if (!ref) throw new ProjectError('not-found', `There is no episode "${id}" in this project.`);
    return ref;
  }

  private async readJson(rel: string): Promise<unknown | undefined> {
    if (this.broken.has(rel)) return undefined;
    const bytes = await this.currentBytes(rel);
    if (!bytes) return undefined;
    this.knownHashes.set(rel, sha256(bytes));
    return JSON.parse(decodeText(bytes, rel).text);
  }

  async readBible(): Promise<Bible> {
    try {
      const raw = await this.readJson(bibleFile);
      return raw === undefined ? emptyBible() : parseBible(raw);
    } catch (e) {
      this.markBroken(bibleFile, e);
      return emptyBible();
    }
  }

  async writeBible(b: Bible): Promise<void> {
    this.assertWritable(bibleFile);
    const clean = parseBible(JSON.parse(JSON.stringify(b)));
    await this.serial(bibleFile, async () => this.commitFile(bibleFile, jsonBytes(clean), await this.currentBytes(bibleFile)));
  }

  async readDecisions(): Promise<Decision[]> {
    try {
      const raw = await this.readJson(decisionsFile);
      return raw === undefined ? [] : parseDecisions(raw);
    } catch (e) {
      this.markBroken(decisionsFile, e);
      return [];
    }
  }

  async writeDecisions(d: Decision[]): Promise<void> {
    this.assertWritable(decisionsFile);
    const clean = parseDecisions(JSON.parse(JSON.stringify({ decisions: d })));
    await this.serial(decisionsFile, async () =>
      this.commitFile(decisionsFile, jsonBytes({ decisions: clean }), await this.currentBytes(decisionsFile)),
    );
  }

  markBroken(rel: string, e: unknown): void {
    this.broken.add(rel);
    const reason = e instanceof SyntaxError ? `not valid JSON (${e.message})` : toProjectError(e, rel).message;
    this.addProblem(rel, `${reason}; the file is left as it is and not overwritten.`);
  }

  /** Checks that each episode's file is inside the project, a regular file and text; names the bad ones. */
  async checkEpisodes(): Promise<void> {
    const queue = [...this.man.episodes];
    const worker = async () => {
      for (let e = queue.shift(); e; e = queue.shift()) await this.checkEpisode(e);
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    // Problems in series order, whatever order the checks finished in.
    const order = new Map(this.man.episodes.map((e, i) => [e.file, i]));
    this.problemList.sort((a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1));
  }

  private async checkEpisode(e: Manifest['episodes'][number]): Promise<void> {
    try {
      const bytes = await this.readBytes(e.file);
      decodeText(bytes, e.file);
      this.knownHashes.set(e.file, sha256(bytes));
      this.usable.set(e.id, true);
    } catch (err) {
      this.usable.set(e.id, false);
      this.addProblem(e.file, toProjectError(err, e.file).message);
    }
  }

  listHistory(file: string): Promise<HistoryEntry[]> {
    return this.history.list(file);
  }

  async readHistory(file: string, version: string): Promise<{ file: string; version: string; text: string }> {
    const bytes = await this.history.read(file, version);
    return { file, version, text: decodeText(bytes, file).text };
  }

  async restoreHistory(file: string, version: string): Promise<SaveResult> {
    if (this.readOnly) return { ok: false, reason: 'read-only', message: this.readOnlyReason ?? 'The project is open read-only.' };
    try {
      const old = await this.history.read(file, version);
      return await this.serial(file, async (): Promise<SaveResult> => {
        const current = await this.currentBytes(file);
        const hash = await this.commitFile(file, old, current, true);
        await this.revalidate(file);
        return { ok: true, hash };
      });
    } catch (e) {
      return { ok: false, reason: 'io', message: toProjectError(e, file).message };
    }
  }

  /** After a restore: a repaired bible, decisions or manifest file becomes usable again. */
  private async revalidate(file: string): Promise<void> {
    this.broken.delete(file);
    if (file === bibleFile || file === decisionsFile) {
      if (file === bibleFile) await this.readBible();
      else await this.readDecisions();
    } else if (file === manifestFile) {
      try {
        const parsed = parseManifest(decodeText(await this.readBytes(file), file).text);
        if (parsed.problems.length) throw new ProjectError('corrupt', parsed.problems.join('; '), file);
        this.man = parsed.manifest;
        this.manifestWritable = true;
        await this.checkEpisodes();
      } catch (e) {
        this.manifestWritable = false;
        this.addProblem(file, toProjectError(e, file).message);
        return;
      }
    } else {
      const e = this.man.episodes.find((x) => x.file === file);
      if (e) this.usable.set(e.id, true);
    }
    if (!this.broken.has(file)) this.problemList = this.problemList.filter((p) => p.file !== file);
  }

  async readAnnotations(id: string): Promise<Annotation[]> {
    this.entry(id);
    const rel = annotationFileOf(id);
    if (this.broken.has(rel)) return [];
    try {
      const bytes = await this.currentBytes(rel);
      return bytes ? parseAnnotationPage(decodeText(bytes, rel).text, rel) : [];
    } catch (e) {
      this.markBroken(rel, e);
      return [];
    }
  }

  async writeAnnotations(id: string, annotations: Annotation[]): Promise<void> {
    this.entry(id);
    const rel = annotationFileOf(id);
    this.assertWritable(rel);
    await this.readAnnotations(id); // a damaged file on disk is marked broken here and then refused below
    this.assertWritable(rel);
    const json = serializeAnnotationPage(annotations);
    parseAnnotationPage(json, rel);
    await this.resolve(rel);
    await mkdir(join(this.root, annotationsDir), { recursive: true });
    await this.serial(rel, async () => this.commitFile(rel, encoder.encode(json), await this.currentBytes(rel)));
  }

  async journalEdit(id: string, text: string): Promise<void> {
    this.entry(id);
    if (this.readOnly) throw new ProjectError('read-only', this.readOnlyReason ?? 'The project is open read-only.');
    await this.serial(`journal:${id}`, () => this.journal.write(id, text));
  }

  async pendingRecoveries(): Promise<Recovery[]> {
    const out: Recovery[] = [];
    for (const id of await this.journal.ids()) {
      const e = this.man.episodes.find((x) => x.id === id);
      const rec = e && (await this.journal.read(id));
      if (!e || !rec) continue;
      let diskHash: string | undefined;
      let diskText: string | undefined;
      try {
        const bytes = await this.readBytes(e.file);
        diskHash = sha256(bytes);
        diskText = decodeText(bytes, e.file).text;
      } catch {
        // Gone or unreadable: the journalled text is all there is, so it is offered.
      }
      if (diskText === rec.text) continue;
      out.push({ id, file: e.file, title: e.title, text: rec.text, at: rec.at, diskHash });
    }
    return out;
  }

  async clearJournal(id: string): Promise<void> {
    if (this.readOnly) return;
    await this.serial(`journal:${id}`, () => this.journal.clear(id));
  }

  trackedFiles(): string[] {
    return [manifestFile, bibleFile, decisionsFile, ...this.man.episodes.map((e) => e.file)];
  }

  async checkOutsideChanges(): Promise<void> {
    await this.watcher?.scan();
  }

  onOutsideChange(listener: (change: OutsideChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emitOutsideChange(change: OutsideChange): void {
    const broken = this.man.episodes.find((e) => e.file === change.file && this.usable.get(e.id) === false);
    if (broken && (change.kind === 'added' || change.kind === 'modified')) {
      // A file that could not be read at open was repaired outside: check it and, if good, it rejoins the series.
      void this.readBytes(broken.file)
        .then((bytes) => {
          decodeText(bytes, broken.file);
          this.usable.set(broken.id, true);
          this.problemList = this.problemList.filter((p) => p.file !== broken.file);
        })
        .catch(() => undefined)
        .finally(() => this.notify(change));
      return;
    }
    this.notify(change);
  }

  private notify(change: OutsideChange): void {
    for (const l of this.listeners) {
      try {
        l(change);
      } catch {
        // A listener's failure must not stop the others.
      }
    }
  }

  addCloser(fn: () => Promise<void> | void): void {
    this.closers.push(fn);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.queues.values()]);
    for (const fn of this.closers.reverse()) await fn();
    this.listeners.clear();
  }
}

/** Lists a folder's episode files (.txt/.md/.markdown) in file-name order, as project-relative paths. */
async function scanEpisodeFiles(root: string, sub: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(sub ? join(root, sub) : root);
  } catch {
    return [];
  }
  return names
    .filter((n) => episodeExtensions.test(n) && !n.startsWith('.'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' }))
    .map((n) => (sub ? `${sub}/${n}` : n));
}

/** Builds a manifest for a folder of episode files that has none. */
async function adoptFolder(root: string, options: OpenOptions, problems: FileProblem[]): Promise<Manifest> {
  const files = [...(await scanEpisodeFiles(root, '')), ...(await scanEpisodeFiles(root, episodesDir))];
  const taken = new Set<string>();
  const episodes: Manifest['episodes'] = [];
  let sample = '';
  for (const file of files) {
    try {
      const { text } = decodeText(await readRegularFile(await resolveInside(root, file), file), file);
      if (sample.length < 100_000) sample += text.slice(0, 20_000);
      episodes.push({ id: makeEpisodeId(fileStem(file), taken), file, title: firstHeading(text) ?? fileStem(file) });
    } catch (e) {
      problems.push({ file, reason: `${toProjectError(e, file).message} It was not added to the project.` });
    }
  }
  return {
    schemaVersion: 1,
    title: options.title ?? basename(root),
    language: options.language ?? (sample ? roughLanguage(sample) : 'de'),
    episodes,
    settings: {},
  };
}

/**
 * Opens (or with `create`, creates) the project in `dir`. A folder of episode files without continuity.json
 * becomes a project in place. Corrupt files are named in problems() and the rest opens.
 */
export async function openProject(dir: string, options: OpenOptions = {}): Promise<ProjectStore> {
  return openFolderProject(dir, options);
}

export async function openFolderProject(dir: string, options: OpenOptions = {}): Promise<FolderProjectStore> {
  const abs = resolve(dir);
  let st;
  try {
    st = await stat(abs);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw toProjectError(e, dir);
    if (!options.create) throw new ProjectError('not-found', `The folder ${dir} does not exist.`, dir);
    if (options.readOnly) throw new ProjectError('read-only', `Cannot create ${dir} read-only.`, dir);
    await mkdir(abs, { recursive: true }).catch((err) => {
      throw toProjectError(err, dir);
    });
    st = await stat(abs);
  }
  if (!st.isDirectory()) throw new ProjectError('not-a-project', `${dir} is a file, not a project folder.`, dir);
  const root = await realpath(abs);

  let readOnly = options.readOnly ?? false;
  let readOnlyReason = readOnly ? 'The project was opened read-only.' : undefined;
  if (!readOnly) {
    try {
      await access(root, constants.W_OK);
    } catch {
      readOnly = true;
      readOnlyReason = 'The project folder is not writable; it is open read-only.';
    }
  }

  let releaseLock: (() => Promise<void>) | undefined;
  if (!readOnly && options.lock !== false) {
    try {
      const lock = await acquireLock(await resolveInside(root, lockFile));
      if (lock.ok) releaseLock = lock.release;
      else {
        readOnly = true;
        readOnlyReason = lock.reason;
      }
    } catch (e) {
      readOnly = true;
      readOnlyReason = `The project lock could not be taken (${toProjectError(e, lockFile).message}); it is open read-only.`;
    }
  }

  const problems: FileProblem[] = [];
  let manifest: Manifest | undefined;
  let manifestWritable = true;
  let needsWrite = false;
  let manifestHash: string | undefined;
  try {
    const bytes = await readRegularFile(await resolveInside(root, manifestFile), manifestFile);
    manifestHash = sha256(bytes);
    const parsed = parseManifest(decodeText(bytes, manifestFile).text);
    manifest = parsed.manifest;
    for (const p of parsed.problems) problems.push({ file: manifestFile, reason: `${p}; the manifest is not rewritten until it is repaired.` });
    if (parsed.problems.length) manifestWritable = false;
    needsWrite = parsed.migrated && manifestWritable;
  } catch (e) {
    const err = toProjectError(e, manifestFile);
    if (err.code !== 'not-found') {
      problems.push({ file: manifestFile, reason: `${err.message} The episode files found in the folder are shown instead.` });
      manifestWritable = false;
      if (err.code === 'newer-schema') {
        readOnly = true;
        readOnlyReason = err.message;
      }
    } else {
      needsWrite = true;
    }
  }
  if (!manifest) {
    manifest = await adoptFolder(root, options, problems);
    if (options.create) await mkdir(join(root, episodesDir), { recursive: true }).catch(() => undefined);
  }

  const store = new FolderProjectStore(root, manifest, manifestWritable, readOnly, readOnlyReason, options.history);
  if (releaseLock) store.addCloser(releaseLock);
  for (const p of problems) store.addProblem(p.file, p.reason);
  if (manifestHash) store.knownHashes.set(manifestFile, manifestHash);
  await store.checkEpisodes();
  if (needsWrite && !readOnly && manifestWritable) await store.writeManifest(manifest);
  if (!readOnly) await removeProjectTemps(store.root, store.trackedFiles());
  await store.readBible();
  await store.readDecisions();
  if (options.watch !== false) {
    const watcher = new OutsideWatcher(store, typeof options.watch === 'object' ? options.watch : {});
    store.watcher = watcher;
    store.addCloser(() => watcher.close());
    await watcher.start();
  }
  return store;
}
