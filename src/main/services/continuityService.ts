// The services behind the contract: a project store plus an analysis host, with events for the renderer.
import type { ApiImplementation, DecisionInput, EpisodeView, ServiceEvent } from '../../shared/contract';
import type { Decision, Episode, SeriesAnalysis } from '../../engine/types';
import type { AnalysisHost } from '../analysis/analysisHost';
import type { ProjectStore } from '../store/projectStore';
import { ServiceError } from './serviceError';

export interface ContinuityService extends ApiImplementation {
  onEvent(listener: (event: ServiceEvent) => void): () => void;
  /** Resolves once the analysis of what is on disk now has finished. */
  settled(): Promise<void>;
  dispose(): Promise<void>;
}

/** How long after the last save the series is re-analysed. */
const analysisDelayMs = 150;

export async function createContinuityService(store: ProjectStore, analysis: AnalysisHost): Promise<ContinuityService> {
  const listeners = new Set<(event: ServiceEvent) => void>();
  const emit = (event: ServiceEvent) => { for (const l of listeners) l(event); };
  const texts = new Map<string, string>();
  let current: { version: number; analysis: SeriesAnalysis } | undefined;
  let version = 0;
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
      try {
        texts.set(ref.id, (await store.readEpisode(ref.id)).text);
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
      const result = await analysis.analyze(episodes, { title: manifest.title, language: 'auto', bible, decisions });
      current = { version: ++version, analysis: result };
      emit({ type: 'analysis', version, conflicts: result.report.conflicts.filter((c) => c.status === 'open').length });
    }).catch((error: unknown) => {
      emit({ type: 'error', message: `Analysis failed: ${error instanceof Error ? error.message : String(error)}` });
    });
    running = next;
    return next;
  }

  const scheduleAnalysis = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => { timer = undefined; void analyseNow(); }, analysisDelayMs);
  };

  const stopWatching = store.onOutsideChange(async (change) => {
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

  const latest = async () => {
    await running;
    if (!current) await analyseNow();
    if (!current) throw new ServiceError('internal', 'The analysis could not be run; see the previous message.');
    return current;
  };

  await loadAll();
  void analyseNow();

  return {
    async getProject() {
      const manifest = store.manifest();
      return {
        title: manifest.title,
        language: manifest.language,
        folderName: store.root.split(/[\\/]/).filter(Boolean).pop() ?? manifest.title,
        episodes: store.episodes(),
        readOnly: store.readOnly,
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
      await analyseNow();
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
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async settled() {
      while (timer) await new Promise((r) => setTimeout(r, analysisDelayMs));
      await running;
    },
    async dispose() {
      disposed = true;
      if (timer) clearTimeout(timer);
      stopWatching();
      listeners.clear();
      await running;
      await analysis.dispose();
      await store.close();
    },
  };
}
