// The app shell: title bar, episode list, editor (with the side-by-side view), Problems panel and status bar.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisReport, DecisionInput, HistoryEntry, ProjectInfo, Recovery } from '../../shared/contract';
import type { Bible, Conflict, EpisodeRef, Evidence } from '../../engine/types';
import { withNotName } from '../state/bibleEdits';
import type { AppClient } from '../api/getClient';
import type { ConnectionState } from '../api/bridgeClient';
import { filterConflicts, noFilter, openCountsByEpisode, sortConflicts, type ProblemFilter } from '../problems/problemFilters';
import { otherEvidence, pickEvidence, stepConflict, type NavTarget } from '../state/navTarget';
import type { SaveStatus } from '../state/saveController';
import { problemsHeightRange, saveSettings, type Settings } from '../state/settings';
import { renameAcrossSeries } from '../state/renameAcrossSeries';
import { ConnectionBanner } from './ConnectionBanner';
import { EpisodeEditor, type EditorHandle } from './EpisodeEditor';
import { EpisodeList } from './EpisodeList';
import { Sidebar } from './Sidebar';
import { CastList } from './CastList';
import { appearanceGrid } from '../problems/appearanceGrid';
import { SeriesBible } from '../series/SeriesBible';
import { EvidencePane } from './EvidencePane';
import { HistoryPane } from './HistoryPane';
import { ProblemsPanel } from './ProblemsPanel';
import { PanelSplitter } from './PanelSplitter';
import { RecoveryBar } from './RecoveryBar';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { ProjectProblemsBar } from './ProjectProblemsBar';
import { StatusBar } from './StatusBar';
import { CanonToast } from './CanonToast';
import { CanonContext, useCanonFix } from '../problems/canonContext';
import { TitleBar } from './TitleBar';
import { Exchange } from '../exchange/Exchange';
import '../styles/rendering.css';

interface Props {
  app: AppClient;
  initialSettings: Settings;
  /** Returns the window to the start screen (File → Close project); unsaved typing is saved first. */
  onCloseProject?(): Promise<void>;
}

type SideView =
  | { kind: 'evidence'; conflict: Conflict; evidence: Evidence }
  | { kind: 'history'; episode: EpisodeRef; entry: HistoryEntry }
  | { kind: 'bible'; entityId: string | null };

export function App({ app, initialSettings, onCloseProject }: Props) {
  const { t, i18n } = useTranslation();
  const client = app.client;
  const [settings, setSettings] = useState(initialSettings);
  const [project, setProject] = useState<ProjectInfo | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [report, setReport] = useState<AnalysisReport | null>(null);
  const [episodeId, setEpisodeId] = useState<string | null>(null);
  const [target, setTarget] = useState<NavTarget | null>(null);
  const [side, setSide] = useState<SideView | null>(null);
  const [filter, setFilter] = useState<ProblemFilter>(noFilter);
  const [selectedConflict, setSelectedConflict] = useState<string | null>(null);
  const [save, setSave] = useState<{ status: SaveStatus; message?: string } | null>(null);
  const [analysis, setAnalysis] = useState<'running' | 'done' | 'none'>('none');
  const [analysisTick, setAnalysisTick] = useState(0);
  const [words, setWords] = useState<number | null>(null);
  const [connection, setConnection] = useState<ConnectionState>(app.connection());
  const [recoveries, setRecoveries] = useState<Recovery[]>([]);
  const editor = useRef<EditorHandle | null>(null);
  const mainRef = useRef<HTMLElement | null>(null);
  const [mainBox, setMainBox] = useState({ height: 0, rem: 16 });
  const [dragHeight, setDragHeight] = useState<number | null>(null);
  const seq = useRef(0);
  const reportVersion = useRef(-1);

  const episodes = useMemo(() => project?.episodes ?? [], [project]);
  const episodesByFile = useMemo(() => new Map(episodes.map((e) => [e.file, e])), [episodes]);
  const episode = episodes.find((e) => e.id === episodeId) ?? null;
  const conflicts = useMemo(() => (report ? sortConflicts(report.report.conflicts, episodes) : []), [report, episodes]);
  const shownConflicts = useMemo(() => filterConflicts(conflicts, filter), [conflicts, filter]);
  const openCounts = useMemo(() => openCountsByEpisode(conflicts), [conflicts]);
  const openTotal = conflicts.filter((c) => c.status === 'open').length;
  const cast = useMemo(() => appearanceGrid(report?.report.entities ?? [], episodes, conflicts), [report, episodes, conflicts]);
  const entityKinds = useMemo(() => Object.fromEntries((report?.report.entities ?? []).map((e) => [e.id, e.kind])), [report]);

  const loadReport = useCallback(async () => {
    const next = await client.getReport();
    if (next.version < reportVersion.current) return;
    reportVersion.current = next.version;
    setReport(next);
    setAnalysis('done');
  }, [client]);

  /** After the bible changed (take as canon, or its undo): the new results in every panel and the editor. */
  const refreshAfterCanon = useCallback(async () => {
    await loadReport();
    setAnalysisTick((n) => n + 1);
  }, [loadReport]);
  const canon = useCanonFix(client, report?.report ?? null, episodesByFile, project?.readOnly ?? true, refreshAfterCanon);

  const loadProject = useCallback(async () => {
    try {
      const info = await client.getProject();
      setProject(info);
      setLoadError(null);
      setEpisodeId((current) => (current && info.episodes.some((e) => e.id === current) ? current : (info.episodes[0]?.id ?? null)));
    } catch (e) {
      setLoadError(e instanceof Error ? e.message : String(e));
    }
  }, [client]);

  useEffect(() => {
    void loadProject();
    void loadReport().catch(() => undefined);
    client
      .getRecoveries()
      .then(setRecoveries)
      .catch(() => undefined);
  }, [client, loadProject, loadReport]);

  const restoreRecovery = async (recovery: Recovery) => {
    setRecoveries((list) => list.filter((r) => r !== recovery));
    const target = episodes.find((e) => e.id === recovery.id);
    if (!target) return;
    await selectEpisode(target);
    editor.current?.replaceText(recovery.id, recovery.text);
  };

  const discardRecovery = async (recovery: Recovery) => {
    setRecoveries((list) => list.filter((r) => r !== recovery));
    await client.discardRecovery(recovery.id).catch(() => undefined);
  };

  useEffect(
    () =>
      client.onEvent((event) => {
        if (event.type === 'analysis') {
          setAnalysisTick((n) => n + 1);
          void loadReport().catch(() => undefined);
        } else if (event.type === 'progress' && event.task !== 'import' && event.task !== 'export') {
          setAnalysis(event.state === 'cancelled' || event.state === 'failed' || event.done >= event.total ? 'done' : 'running');
        } else if (event.type === 'project-changed') {
          void loadProject();
          void loadReport().catch(() => undefined);
        }
      }),
    [client, loadProject, loadReport],
  );

  const closeProject = useCallback(async () => {
    await editor.current?.flush().catch(() => undefined);
    await onCloseProject?.();
  }, [onCloseProject]);
  useEffect(
    () => client.onEvent((event) => {
      if (event.type === 'command' && event.command === 'close-project') void closeProject();
    }),
    [client, closeProject],
  );

  // After a lost connection comes back, fetch everything again: events may have been missed.
  useEffect(
    () =>
      app.onConnection((state) => {
        setConnection(state);
        if (state === 'open') {
          void loadProject();
          void loadReport().catch(() => undefined);
          setAnalysisTick((n) => n + 1);
        }
      }),
    [app, loadProject, loadReport],
  );

  useEffect(() => {
    void i18n.changeLanguage(settings.language);
    document.documentElement.lang = settings.language;
    saveSettings(window.localStorage, settings);
  }, [i18n, settings]);

  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      document.documentElement.dataset.theme = settings.theme === 'system' ? (media.matches ? 'dark' : 'light') : settings.theme;
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [settings.theme]);

  useEffect(() => {
    if (project) document.title = `${project.title} – ${t('app.name')}`;
  }, [project, t]);

  const selectEpisode = useCallback(
    async (next: EpisodeRef) => {
      if (next.id === episodeId) return;
      await editor.current?.flush().catch(() => undefined);
      setEpisodeId(next.id);
    },
    [episodeId],
  );

  const openConflict = useCallback(
    async (conflict: Conflict, evidenceIndex?: number, focusEditor = true) => {
      setSelectedConflict(conflict.id);
      const evidence = pickEvidence(conflict, episode?.file ?? null, evidenceIndex);
      const where = evidence ? episodesByFile.get(evidence.episode) : undefined;
      if (!evidence || !where) return;
      if (where.id !== episodeId) await selectEpisode(where);
      setTarget({ seq: ++seq.current, episodeId: where.id, conflictId: conflict.id, evidence, focusEditor });
    },
    [episode, episodeId, episodesByFile, selectEpisode],
  );

  /** Changes the series bible (the service re-analyses), then shows the new results. */
  const updateBible = async (edit: (bible: Bible) => Bible) => {
    const bible = await client.getBible();
    const next = edit(bible);
    if (next === bible) return;
    await client.saveBible(next);
    await loadReport();
    setAnalysisTick((n) => n + 1);
  };

  /** Opens an episode at a passage that is not a conflict (a fact in the cast overview). */
  const openPassage = async (evidence: Evidence) => {
    const where = episodesByFile.get(evidence.episode);
    if (!where) return;
    if (where.id !== episodeId) await selectEpisode(where);
    setTarget({ seq: ++seq.current, episodeId: where.id, conflictId: '', evidence, focusEditor: true });
  };

  const openSide = useCallback((conflict: Conflict, evidence: Evidence) => {
    setSelectedConflict(conflict.id);
    setSide({ kind: 'evidence', conflict, evidence });
  }, []);

  const restoreVersion = async (target: EpisodeRef, entry: HistoryEntry) => {
    await editor.current?.flush();
    const result = await client.restoreHistory(target.id, entry.version);
    if (!result.ok) throw new Error(result.message);
    await editor.current?.reload();
    setSide(null);
  };

  /** Side by side from the Problems panel: the problem's passage on the left (opened if needed), the one it contradicts on the right. */
  const openSideFromPanel = useCallback(
    async (conflict: Conflict) => {
      const left = pickEvidence(conflict, episode?.file ?? null);
      const right = left ? otherEvidence(conflict, left.episode)[0] : undefined;
      if (!left || !right) return;
      await openConflict(conflict, conflict.evidence.indexOf(left), false);
      setSide({ kind: 'evidence', conflict, evidence: right });
    },
    [episode, openConflict],
  );

  const decide = useCallback(
    async (conflict: Conflict, decision: DecisionInput | null) => {
      await client.setDecision(conflict.id, decision);
      await loadReport();
      setAnalysisTick((n) => n + 1);
    },
    [client, loadReport],
  );

  // The Problems panel's share of the main area: as the writer set it, never leaving the editor less than a few lines.
  const hasProject = project !== null;
  useLayoutEffect(() => {
    const main = mainRef.current;
    if (!main) return;
    // Measured here, not while rendering: reading styles on every render would cost each keystroke a style pass.
    const measure = () =>
      setMainBox({ height: main.clientHeight, rem: parseFloat(getComputedStyle(document.documentElement).fontSize) || 16 });
    const observer = new ResizeObserver(measure);
    observer.observe(main);
    measure();
    return () => observer.disconnect();
  }, [hasProject]);
  const { height: mainHeight, rem } = mainBox;
  const panelMax = Math.max(problemsHeightRange.min, mainHeight - 8 * rem);
  // By default about two fifths of the height (a short window keeps more of its editor), at most 20rem.
  const panelDefault = mainHeight > 0 ? Math.min(20 * rem, Math.round(mainHeight * 0.38)) : 15.5 * rem;
  const panelHeight = Math.round(Math.max(problemsHeightRange.min, Math.min(panelMax, dragHeight ?? settings.problemsHeight ?? panelDefault)));
  const panelCollapsed = settings.problemsCollapsed === true;
  const togglePanel = useCallback(() => setSettings((s) => ({ ...s, problemsCollapsed: !s.problemsCollapsed })), []);

  // Shortcuts that work wherever the focus is.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (mod && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void editor.current?.flush();
      } else if (mod && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        editor.current?.openFind();
      } else if (mod && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'j') {
        e.preventDefault();
        togglePanel();
      } else if (e.key === 'F8') {
        e.preventDefault();
        const next = stepConflict(shownConflicts, selectedConflict, e.shiftKey);
        if (next) void openConflict(next, undefined, true);
      } else if (e.key === 'Escape' && side) {
        setSide(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shownConflicts, selectedConflict, openConflict, side, togglePanel]);

  // Save when the page is being left.
  useEffect(() => {
    const onHide = () => void editor.current?.flush();
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, []);

  if (!project) {
    return (
      <div className="cd-app cd-app-loading">
        <ConnectionBanner state={connection} />
        <div className="cd-splash" role="status">
          <span className="cd-logo cd-logo-large" aria-hidden="true" />
          <p>{loadError ? t('app.loadFailed', { message: loadError }) : t('app.loading')}</p>
        </div>
      </div>
    );
  }

  return (
    <CanonContext.Provider value={canon.actions}>
    <div className="cd-app">
      <TitleBar
        title={project.title}
        folderName={project.folderName}
        readOnly={project.readOnly}
        settings={settings}
        onSettings={setSettings}
        actions={<Exchange client={client} project={project} />}
        onClose={onCloseProject ? () => void closeProject() : undefined}
      />
      <div className="cd-banners">
        <ConnectionBanner state={connection} />
        {project.readOnly && (
          <ReadOnlyBanner reason={project.readOnlyReason} onRetry={onCloseProject ? () => void client.reopenProject().catch(() => undefined) : undefined} />
        )}
        <ProjectProblemsBar client={client} problems={project.problems} />
        <RecoveryBar recoveries={recoveries} onRestore={(r) => void restoreRecovery(r)} onDiscard={(r) => void discardRecovery(r)} />
      </div>
      <div className="cd-workspace">
        <Sidebar
          castCount={cast.length}
          episodes={<EpisodeList episodes={episodes} selectedId={episodeId} openCounts={openCounts} onSelect={(e) => void selectEpisode(e)} />}
          cast={
            <>
            <div className="cd-series-open-bar">
              <button type="button" className="cd-series-open" title={t('series.openTitle')} onClick={() => setSide({ kind: 'bible', entityId: null })}>
                {t('series.open')}
              </button>
            </div>
            <CastList
              rows={cast}
              episodes={episodes}
              selectedEpisodeId={episodeId}
              onOpenEpisode={(e) => void selectEpisode(e)}
              onShowProblems={(name) => setFilter({ ...noFilter, entity: name })}
              facts={report?.report.facts ?? []}
              entities={report?.report.entities ?? []}
              onOpenPassage={(evidence) => void openPassage(evidence)}
              onNotName={(name) => void updateBible((bible) => withNotName(bible, name)).catch(() => undefined)}
              readOnly={project.readOnly}
            />
            </>
          }
        />
        <main
          className="cd-main"
          ref={mainRef}
          style={{ gridTemplateRows: panelCollapsed ? 'minmax(0, 1fr) auto' : `minmax(0, 1fr) auto ${panelHeight}px` }}
        >
          <div className={`cd-editors${side ? ' cd-split' : ''}`}>
            <EpisodeEditor
              client={client}
              episode={episode}
              episodesByFile={episodesByFile}
              analysisTick={analysisTick}
              target={target}
              readOnly={project.readOnly}
              entityKinds={entityKinds}
              onSaveStatus={(status, message) => setSave({ status, message })}
              onSaved={() => setAnalysis('running')}
              onWordCount={setWords}
              onOpenSide={openSide}
              onOpenHistory={(entry) => episode && setSide({ kind: 'history', episode, entry })}
              handle={editor}
            />
            {side?.kind === 'evidence' && (
              <EvidencePane
                client={client}
                conflict={side.conflict}
                evidence={side.evidence}
                episode={episodesByFile.get(side.evidence.episode)}
                onClose={() => setSide(null)}
              />
            )}
            {side?.kind === 'history' && (
              <HistoryPane
                client={client}
                episode={side.episode}
                entry={side.entry}
                onRestore={(entry) => restoreVersion(side.episode, entry)}
                onClose={() => setSide(null)}
              />
            )}
            {side?.kind === 'bible' && (
              <SeriesBible
                report={report?.report ?? null}
                episodes={episodes}
                initialEntityId={side.entityId}
                readOnly={project.readOnly}
                onOpenPassage={(evidence) => void openPassage(evidence)}
                onBible={updateBible}
                loadBible={() => client.getBible()}
                onClose={() => setSide(null)}
              />
            )}
          </div>
          {!panelCollapsed && (
            <PanelSplitter
              height={panelHeight}
              min={problemsHeightRange.min}
              max={Math.round(panelMax)}
              container={() => mainRef.current}
              controls="cd-problems"
              onResize={setDragHeight}
              onCommit={(height) => {
                setDragHeight(null);
                setSettings((s) => ({ ...s, problemsHeight: height }));
              }}
            />
          )}
          <ProblemsPanel
            collapsed={panelCollapsed}
            onToggleCollapsed={togglePanel}
            conflicts={conflicts}
            episodes={episodes}
            episodesByFile={episodesByFile}
            filter={filter}
            onFilter={setFilter}
            selectedId={selectedConflict}
            onSelect={(c) => setSelectedConflict(c.id)}
            onOpen={(c, i, focus) => void openConflict(c, i, focus)}
            onOpenSide={(c) => void openSideFromPanel(c)}
            onDecide={decide}
            onRename={(from, to) => editor.current?.rename(from, to) ?? 0}
            onBible={updateBible}
            onRenameSeries={(from, to) => renameAcrossSeries(client, episodes, episodeId, () => editor.current?.rename(from, to) ?? 0, from, to)}
            readOnly={project.readOnly}
          />
        </main>
      </div>
      <StatusBar save={save} analysis={analysis} words={words} openConflicts={openTotal} episodes={episodes.length} client={client} />
      <CanonToast undo={canon.undo} onRemove={() => void canon.remove()} onDismiss={canon.dismiss} />
    </div>
    </CanonContext.Provider>
  );
}
