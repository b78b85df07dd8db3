// The services behind the contract: a project store plus an analysis host, with events for the renderer.
import type { ApiImplementation, DecisionInput, ProjectApiImplementation, EpisodeView, ExportedReport, ServiceEvent } from '../../shared/contract';
import type { Decision, Episode, EpisodeRef, SeriesAnalysis } from '../../engine/types';
import { renameInText } from '../../engine/fixes/renameInText';
import type { AnalysisHost } from '../analysis/analysisHost';
import { episodeTextHash, openAnalysisCache, saveAnalysisCache, type OpenedAnalysisCache } from '../analysis/analysisCache';
import { reanchorAnnotations } from '../store/anchorAnnotation';
import type { Annotation } from '../../shared/contract';
import { annotationsToAnalysis } from './annotationsToAnalysis';
import type { ProjectStore } from '../store/projectStore';
import { findImportWorker, importBytesInWorker } from '../importers/importHost';
import { reportFileName } from './reportFileName';
import { renderReport, reportFormatInfo } from '../export/renderReport';
import { ServiceError } from './serviceError';
import { createSeriesReplace } from './seriesReplace';
import { canonFromFact, withCanonFact, withoutCanonFact } from './canonEdits';
import { createTasks, TaskCancelledError, type TaskOptions } from './taskProgress';
import { AnalysisCancelledError } from '../analysis/analysisHost';

/** One open project's services; the session (projectSession.ts) adds choosing, opening and closing projects. */
export interface ContinuityService extends ProjectApiImplementation, Partial<Omit<ApiImplementation, keyof ProjectApiImplementation>> {
  onEvent(listener: (event: ServiceEvent) => void): () => void;
  /** Resolves once the analysis of what is on disk now has finished. */
  settled(): Promise<void>;
  dispose(): Promise<void>;
}

/** How long after the last save the series is re-analysed. */
const analysisDelayMs = 150;
/** How long after the last analysis it is saved as the cache the next opening starts from. */
const cacheDelayMs = 5_000;

export interface ServiceOptions {
  /** When long tasks show progress (tests show it at once). */
  taskOptions?: TaskOptions;
  /**
   * Renders a report to PDF (in the app: Electron's own printToPDF). Without it, PDF export uses the
   * system's Chromium through playwright-core.
   */
  renderPdf?: (report: SeriesAnalysis['report'], options: Parameters<typeof renderReport>[2]) => Promise<Uint8Array>;
  /** The import worker run as a capped child process (default: the built one beside this bundle; none: in-process). */
  importWorkerFile?: string | URL;
  /** Memory cap of one import in MB (see importHost). */
  importMemoryMb?: number;
}

export async function createContinuityService(
  store: ProjectStore,
  analysis: AnalysisHost,
  serviceOptions: ServiceOptions = {},
): Promise<ContinuityService> {
  const listeners = new Set<(event: ServiceEvent) => void>();
  const emit = (event: ServiceEvent) => { for (const l of listeners) l(event); };
  const tasks = createTasks(emit, serviceOptions.taskOptions);
  const texts = new Map<string, string>();
  /** Each episode's annotations as last read or saved (anchored when the analysis uses them). */
  const annotations = new Map<string, Annotation[]>();
  /** This session's newest analysis and the episodes (texts included) it was made from. */
  let current: { version: number; analysis: SeriesAnalysis; episodes: Episode[] } | undefined;
  let version = 0;
  /** The saved analysis, opened at its header: it answers until this session's first analysis arrives. */
  let savedCache: OpenedAnalysisCache | undefined; // eslint-disable-line prefer-const -- set once the closures exist
  let cacheVersion = 0;
  /** Set once anything the analysis reads changed this session: from then on only a fresh analysis answers. */
  let changedSinceOpen = false;
  let running: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const episodeRef = (id: string) => {
    const ref = store.episodes().find((e) => e.id === id);
    if (!ref) throw new ServiceError('not-found', `There is no episode "${id}" in this project.`);
    return ref;
  };

  async function loadAll(): Promise<void> {
    const refs = store.episodes();
    let done = 0;
    for (const ref of refs) {
      if (disposed) return;
      try {
        const { text } = await store.readEpisode(ref.id);
        if (!texts.has(ref.id)) texts.set(ref.id, text); // a save while loading is newer
        if (!annotations.has(ref.id)) annotations.set(ref.id, await store.readAnnotations(ref.id).catch(() => []));
      } catch (error) {
        emit({ type: 'error', message: `${ref.file}: ${error instanceof Error ? error.message : String(error)}` });
      }
      done++;
      if (done % 50 === 0 || done === refs.length) emit({ type: 'progress', task: 'load', done, total: refs.length });
    }
  }

  function analyseNow(): Promise<void> {
    const next = running.then(async () => {
      if (disposed) return;
      const manifest = store.manifest();
      const episodes: Episode[] = store.episodes()
        .filter((ref) => texts.has(ref.id))
        .map((ref) => ({ ...ref, text: texts.get(ref.id)! }));
      const [bible, decisions] = await Promise.all([store.readBible(), store.readDecisions()]);
      const annotated = annotationsToAnalysis(bible, episodes, (id) => {
        const list = annotations.get(id) ?? [];
        return list.length ? reanchorAnnotations(texts.get(id) ?? '', list) : list;
      });
      const task = tasks.start('analysis', episodes.length);
      let result: SeriesAnalysis;
      try {
        result = await analysis.analyze(episodes, { title: manifest.title, language: 'auto', decisions, ...annotated }, { signal: task.signal, onProgress: (done, total) => task.progress(done, total) });
      } catch (error) {
        task.end(error instanceof AnalysisCancelledError ? 'cancelled' : 'failed');
        if (error instanceof AnalysisCancelledError) return; // the previous results stand
        throw error;
      }
      task.end();
      current = { version: ++version, analysis: result, episodes };
      emit({ type: 'analysis', version, conflicts: result.report.conflicts.filter((c) => c.status === 'open').length });
      scheduleCacheSave();
    }).catch((error: unknown) => {
      emit({ type: 'error', message: `Analysis failed: ${error instanceof Error ? error.message : String(error)}` });
    });
    running = next;
    return next;
  }

  let cacheTimer: ReturnType<typeof setTimeout> | undefined;
  const saveCache = async () => {
    if (cacheTimer) clearTimeout(cacheTimer);
    cacheTimer = undefined;
    if (store.readOnly || !current || !loaded) return;
    const { episodes, analysis: saved } = current;
    const hashes = Object.fromEntries(episodes.map((e) => [e.file, episodeTextHash(e.text)]));
    await saveAnalysisCache(store.root, episodes, saved, hashes).catch(() => undefined); // a cache is optional
  };
  const scheduleCacheSave = () => {
    if (cacheTimer) clearTimeout(cacheTimer);
    cacheTimer = setTimeout(() => void saveCache(), cacheDelayMs);
  };

  const seriesReplace = createSeriesReplace({
    episodes: () => store.episodes(),
    textOf: async (id) => texts.get(id) ?? (await store.readEpisode(id)).text,
    read: (id) => store.readEpisode(id),
    write: (id, text, baseHash) => store.writeEpisode(id, text, baseHash),
    changed: (id, text, hash) => {
      texts.set(id, text);
      emit({ type: 'episode-changed', id, hash });
      scheduleAnalysis();
    },
  });

  const scheduleAnalysis = () => {
    changedSinceOpen = true;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => { timer = undefined; void analyseNow(); }, analysisDelayMs);
  };

  const stopWatching = store.onOutsideChange(async (change) => {
    if (change.kind === 'mass-deletion') {
      emit({ type: 'error', message: 'Most of the project files vanished at once (a drive or folder unmounted?). Nothing was removed from the project; check the folder.' });
      return;
    }
    if (change.kind === 'renamed' && change.from) {
      const moved = store.episodes().find((e) => e.file === change.from);
      if (moved) {
        try {
          await store.relinkEpisode(moved.id, change.file);
          emit({ type: 'project-changed' });
        } catch (error) {
          emit({ type: 'error', message: `${change.from} → ${change.file}: ${error instanceof Error ? error.message : String(error)}` });
        }
        return;
      }
    }
    const ref = store.episodes().find((e) => e.file === change.file);
    if (!ref) { emit({ type: 'project-changed' }); return; }
    if (change.kind === 'deleted') { texts.delete(ref.id); emit({ type: 'project-changed' }); scheduleAnalysis(); return; }
    try {
      const doc = await store.readEpisode(ref.id);
      if (texts.get(ref.id) === doc.text) return;
      texts.set(ref.id, doc.text);
      emit({ type: 'episode-changed', id: ref.id, hash: doc.hash });
      scheduleAnalysis();
    } catch (error) {
      emit({ type: 'error', message: `${change.file}: ${error instanceof Error ? error.message : String(error)}` });
    }
  });

  /** Re-analyses now after a change to decisions or the bible. */
  const reanalyse = () => {
    changedSinceOpen = true;
    return analyseNow();
  };

  /** Whether this episode's text is the one the saved analysis was made from (read from disk until the loader has it). */
  const unchangedSinceCache = async (cache: OpenedAnalysisCache, ref: EpisodeRef | undefined): Promise<boolean> => {
    const saved = ref && cache.textHash(ref.file);
    if (!ref || !saved) return false;
    const text = texts.get(ref.id) ?? (await store.readEpisode(ref.id)).text;
    return episodeTextHash(text) === saved;
  };

  /**
   * One episode's view from the saved analysis, read without the rest of it: only when that episode is unchanged since,
   * and without the conflicts that quote an episode changed since. Undefined when the saved analysis cannot answer.
   */
  async function cachedEpisodeView(ref: EpisodeRef): Promise<Pick<EpisodeView, 'mentions' | 'conflicts'> | undefined> {
    const cache = savedCache;
    if (!cache || current || changedSinceOpen) return undefined;
    if (!(await unchangedSinceCache(cache, ref))) return undefined;
    const view = await cache.episodeView(ref.file);
    const byFile = new Map(store.episodes().map((e) => [e.file, e]));
    const others = [...new Set(view.conflicts.flatMap((c) => c.evidence.map((e) => e.episode)))].filter((f) => f !== ref.file);
    const unchanged = new Map(await Promise.all(others.map(async (f) => [f, await unchangedSinceCache(cache, byFile.get(f)).catch(() => false)] as const)));
    if (current || changedSinceOpen) return undefined;
    return {
      mentions: view.mentions,
      conflicts: view.conflicts.filter((c) => c.evidence.every((e) => e.episode === ref.file || unchanged.get(e.episode))),
    };
  }

  let wholeCache: Promise<SeriesAnalysis | undefined> | undefined;
  /** The whole saved analysis, read once every episode is loaded and unchanged since it was made; else undefined. */
  const savedAnalysis = () => (wholeCache ??= (async () => {
    const cache = savedCache;
    if (!cache) return undefined;
    await loading;
    const refs = store.episodes();
    for (let i = 0; i < refs.length; i++) {
      if (current || changedSinceOpen) return undefined;
      const text = texts.get(refs[i].id);
      if (text === undefined || cache.textHash(refs[i].file) !== episodeTextHash(text)) return undefined;
      if (i % 500 === 499) await new Promise((r) => setImmediate(r)); // hashing 10,000 texts: let requests through
    }
    return cache.analysis().catch(() => undefined);
  })());

  /** The newest analysis: the saved one (when it still fits) while the first full analysis runs, else the current one. */
  const latest = async () => {
    if (!current && savedCache && !changedSinceOpen) {
      const saved = await savedAnalysis();
      if (saved && !current && !changedSinceOpen) return { version: cacheVersion, analysis: saved };
    }
    if (!current) await ready;
    await running;
    if (!current) await analyseNow();
    if (!current) throw new ServiceError('internal', 'The analysis could not be run; see the previous message.');
    return current;
  };

  // A large series opens at once from the saved analysis; the texts load and the full analysis runs behind it.
  let loaded = false;
  savedCache = await openAnalysisCache(store.root, store.episodes());
  if (savedCache) cacheVersion = ++version;
  const loading = loadAll();
  const ready: Promise<void> = loading.then(() => { loaded = true; return analyseNow(); });

  return {
    async getProject() {
      const manifest = store.manifest();
      return {
        title: manifest.title,
        language: manifest.language,
        folderName: store.root.split(/[\\/]/).filter(Boolean).pop() ?? manifest.title,
        episodes: store.episodes(),
        readOnly: store.readOnly,
        ...(store.readOnly ? { readOnlyReason: store.readOnlyReason ?? 'The project is open read-only.' } : {}),
        problems: store.problems(),
      };
    },
    async readEpisode(id) {
      episodeRef(id);
      const doc = await store.readEpisode(id);
      return { id: doc.id, file: doc.file, title: doc.title, text: doc.text, hash: doc.hash };
    },
    async saveEpisode(id, text, baseHash) {
      episodeRef(id);
      const result = await store.writeEpisode(id, text, baseHash);
      if (result.ok) {
        texts.set(id, text);
        scheduleAnalysis();
      }
      return result;
    },
    async getReport() {
      const { version: v, analysis: a } = await latest();
      return { version: v, report: a.report };
    },
    async getEpisodeView(id): Promise<EpisodeView> {
      const ref = episodeRef(id);
      const saved = await cachedEpisodeView(ref).catch(() => undefined); // a damaged cache: wait for the analysis
      if (saved && !current && !changedSinceOpen) return { episodeId: id, version: cacheVersion, ...saved };
      const { version: v, analysis: a } = await latest();
      return {
        episodeId: id,
        version: v,
        mentions: a.mentions[ref.file] ?? [],
        conflicts: a.report.conflicts.filter((c) => c.evidence.some((e) => e.episode === ref.file)),
      };
    },
    async setDecision(conflictId: string, input: DecisionInput | null) {
      const decisions = (await store.readDecisions()).filter((d) => d.conflictId !== conflictId);
      if (input) {
        const decision: Decision = { conflictId, status: input.status, at: new Date().toISOString() };
        if (input.note) decision.note = input.note;
        decisions.push(decision);
      }
      await store.writeDecisions(decisions);
      await reanalyse();
    },
    async journalEdit(id, text) {
      episodeRef(id);
      await store.journalEdit(id, text);
    },
    async getRecoveries() {
      return store.pendingRecoveries();
    },
    async discardRecovery(id) {
      episodeRef(id);
      await store.clearJournal(id);
    },
    async listHistory(id) {
      return store.listHistory(episodeRef(id).file);
    },
    async readHistory(id, version) {
      const entry = await store.readHistory(episodeRef(id).file, version);
      return { version: entry.version, text: entry.text };
    },
    async restoreHistory(id, version) {
      const ref = episodeRef(id);
      const result = await store.restoreHistory(ref.file, version);
      if (result.ok) {
        texts.set(id, (await store.readEpisode(id)).text);
        emit({ type: 'episode-changed', id, hash: result.hash });
        scheduleAnalysis();
      }
      return result;
    },
    async keepCopy(id, text, which) {
      episodeRef(id);
      return { file: await store.saveCopy(id, text, which) };
    },
    async getAnnotations(id) {
      episodeRef(id);
      const text = texts.get(id) ?? (await store.readEpisode(id)).text;
      return reanchorAnnotations(text, await store.readAnnotations(id));
    },
    async saveAnnotations(id, list) {
      episodeRef(id);
      await store.writeAnnotations(id, list);
      annotations.set(id, list);
      scheduleAnalysis();
    },
    async getBible() {
      return store.readBible();
    },
    async saveBible(bible) {
      await store.writeBible(bible);
      await reanalyse();
    },
    async renameEverywhere(from, to, exceptId) {
      const changed: { id: string; hash: string; count: number }[] = [];
      for (const ref of store.episodes()) {
        if (ref.id === exceptId) continue;
        const doc = await store.readEpisode(ref.id);
        const renamed = renameInText(doc.text, from, to);
        if (!renamed.count) continue;
        const result = await store.writeEpisode(ref.id, renamed.text, doc.hash);
        if (!result.ok) throw new ServiceError('io', `${ref.file}: ${result.message}`);
        texts.set(ref.id, renamed.text);
        changed.push({ id: ref.id, hash: result.hash, count: renamed.count });
        emit({ type: 'episode-changed', id: ref.id, hash: result.hash });
      }
      if (changed.length) scheduleAnalysis();
      return { changed };
    },
    async importEpisodes(files) {
      if (store.readOnly) throw new ServiceError('forbidden', 'This project is open read-only; nothing was imported.');
      const added = [];
      const warnings: string[] = [];
      let done = 0;
      const task = tasks.start('import', files.length);
      const parts: { title: string; text: string }[] = [];
      try {
        for (const file of files) {
          task.progress(done, files.length, file.name);
          try {
            const result = await task.race(importBytesInWorker(Buffer.from(file.data, 'base64'), file.name, {
            workerFile: serviceOptions.importWorkerFile ?? findImportWorker(),
            memoryMb: serviceOptions.importMemoryMb,
          }));
            warnings.push(...result.warnings);
            for (const part of result.episodes) parts.push({ title: part.title, text: part.text });
          } catch (error) {
            if (error instanceof TaskCancelledError) throw error;
            warnings.push(error instanceof Error ? error.message : `${file.name}: could not be imported.`);
          }
          task.progress(++done, files.length, file.name);
          emit({ type: 'progress', task: 'import', done, total: files.length });
        }
        task.throwIfCancelled();
      } catch (error) {
        task.end(error instanceof TaskCancelledError ? 'cancelled' : 'failed');
        if (error instanceof TaskCancelledError) throw new ServiceError('cancelled', 'The import was cancelled; nothing was imported.');
        throw error;
      }
      for (const part of parts) {
        const ref = await store.addEpisode(part);
        texts.set(ref.id, part.text);
        added.push(ref);
      }
      task.end();
      if (added.length) {
        emit({ type: 'project-changed' });
        scheduleAnalysis();
      }
      return { added, warnings };
    },
    async previewReplace(find, options) {
      return seriesReplace.preview(find, options);
    },
    async replaceInSeries(find, replacement, options) {
      if (store.readOnly) throw new ServiceError('forbidden', 'This project is open read-only; nothing was replaced.');
      return seriesReplace.apply(find, replacement, options);
    },
    async undoReplace(token) {
      if (store.readOnly) throw new ServiceError('forbidden', 'This project is open read-only; nothing was changed.');
      return seriesReplace.undo(token);
    },
    async exportReport(format, options): Promise<ExportedReport> {
      const task = tasks.start('export', 3);
      let output: string | Uint8Array;
      let a: SeriesAnalysis;
      try {
        task.progress(0, 3, format);
        a = (await task.race(latest())).analysis;
        task.progress(1, 3, format);
        output = await task.race(format === 'pdf' && serviceOptions.renderPdf
          ? serviceOptions.renderPdf(a.report, options)
          : renderReport(a.report, format, options));
        task.progress(2, 3, format);
      } catch (error) {
        task.end(error instanceof TaskCancelledError ? 'cancelled' : 'failed');
        if (error instanceof TaskCancelledError) throw new ServiceError('cancelled', 'The export was cancelled; no file was written.');
        throw error;
      }
      task.end();
      const info = reportFormatInfo[format];
      return {
        fileName: reportFileName(store.manifest().title, info.extension),
        mimeType: info.mime,
        encoding: typeof output === 'string' ? 'utf8' : 'base64',
        data: typeof output === 'string' ? output : Buffer.from(output).toString('base64'),
      };
    },
    async takeAsCanon(factId) {
      if (store.readOnly) throw new ServiceError('forbidden', 'This project is open read-only; the bible was not changed.');
      const { analysis: a } = await latest();
      const fact = a.report.facts.find((f) => f.id === factId);
      if (!fact) throw new ServiceError('not-found', 'That passage changed since the last analysis; look at the conflict again.');
      const added = canonFromFact(fact, a.report.entities);
      const { bible, replaced } = withCanonFact(await store.readBible(), added, a.report.entities);
      await store.writeBible(bible);
      await reanalyse();
      return { added, replaced };
    },
    async removeCanonFact(fact, restore) {
      if (store.readOnly) throw new ServiceError('forbidden', 'This project is open read-only; the bible was not changed.');
      await store.writeBible(withoutCanonFact(await store.readBible(), fact, restore));
      await reanalyse();
    },
    async cancelTask(taskId) {
      tasks.cancel(taskId);
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async settled() {
      await ready;
      while (timer) await new Promise((r) => setTimeout(r, analysisDelayMs));
      await running;
    },
    async dispose() {
      if (timer) clearTimeout(timer);
      stopWatching();
      await running;
      await saveCache();
      disposed = true; // the loader and any queued analysis stop here
      tasks.cancelAll();
      await ready.catch(() => undefined);
      listeners.clear();
      await analysis.dispose();
      await store.close();
    },
  };
}
