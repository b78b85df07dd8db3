// The Problems panel: every conflict of the series, filterable, navigable by keyboard, with decisions and quick fixes.
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bible, Conflict, EpisodeRef } from '../../engine/types';
import { withDistinct } from '../state/bibleEdits';
import type { DecisionInput } from '../../shared/contract';
import { facetCounts, facets, filterConflicts, noFilter, type Facet, type ProblemFilter } from '../problems/problemFilters';
import { SeverityIcon } from './SeverityIcon';
import { CanonFixButtons } from './CanonFixButtons';
import type { SeriesRenameResult } from '../state/renameAcrossSeries';

interface Props {
  /** Every conflict of the series, in series order. */
  conflicts: Conflict[];
  episodes: EpisodeRef[];
  episodesByFile: Map<string, EpisodeRef>;
  filter: ProblemFilter;
  onFilter(filter: ProblemFilter): void;
  selectedId: string | null;
  onSelect(conflict: Conflict): void;
  onOpen(conflict: Conflict, evidenceIndex?: number, focusEditor?: boolean): void;
  onOpenSide(conflict: Conflict): void;
  onDecide(conflict: Conflict, decision: DecisionInput | null): Promise<void>;
  onRename(from: string, to: string): number;
  onRenameSeries(from: string, to: string): Promise<SeriesRenameResult>;
  onBible(edit: (bible: Bible) => Bible): Promise<void>;
  readOnly: boolean;
  /** Folded down to its toolbar (the editor gets the height). */
  collapsed?: boolean;
  onToggleCollapsed?(): void;
}

/** Episode chips per row; the detail lists every passage. */
const maxChips = 4;

const episodeLabel = (episode: EpisodeRef | undefined, file: string) => (episode ? String(episode.index + 1).padStart(2, '0') : file);

type Callbacks = Pick<Props, 'onFilter' | 'onSelect' | 'onOpen' | 'onOpenSide' | 'onDecide' | 'onRename' | 'onRenameSeries' | 'onBible' | 'onToggleCollapsed'>;

/**
 * The panel re-renders only when its data changes (conflicts, filter, selection), not whenever the app shell does
 * (a save status, a word count): the shell's callbacks are new functions each time, so they are passed on through
 * stable ones that call the latest.
 */
/** The last series-wide rename, with the way to take it back; kept by the panel, so it outlives the problem it fixed. */
interface SeriesUndo {
  note: string;
  undo: SeriesRenameResult['undo'] | null;
}

/** Says what the last series-wide rename did and offers to take it back, once. */
function SeriesUndoNotice({ value, onChange }: { value: SeriesUndo | null; onChange(next: SeriesUndo | null): void }) {
  const { t } = useTranslation();
  if (!value) return null;
  const undo = value.undo;
  return (
    <p className="cd-detail-message" role="status">
      {value.note}
      {undo && (
        <>
          {' '}
          <button
            type="button"
            onClick={() => {
              onChange({ note: value.note, undo: null });
              void undo().then((u) =>
                onChange({
                  note: [
                    t('problems.renameSeriesUndone', { episodes: u.restored }),
                    u.skipped.length ? t('problems.renameSeriesKept', { list: u.skipped.join(', ') }) : '',
                  ].join(' '),
                  undo: null,
                }),
              );
            }}
          >
            {t('problems.renameSeriesUndo')}
          </button>
        </>
      )}
    </p>
  );
}

export function ProblemsPanel(props: Props) {
  const latest = useRef(props);
  latest.current = props;
  const stable = useMemo<Callbacks>(
    () => ({
      onFilter: (filter) => latest.current.onFilter(filter),
      onSelect: (conflict) => latest.current.onSelect(conflict),
      onOpen: (conflict, evidenceIndex, focusEditor) => latest.current.onOpen(conflict, evidenceIndex, focusEditor),
      onOpenSide: (conflict) => latest.current.onOpenSide(conflict),
      onDecide: (conflict, decision) => latest.current.onDecide(conflict, decision),
      onRename: (from, to) => latest.current.onRename(from, to),
      onRenameSeries: (from, to) => latest.current.onRenameSeries(from, to),
      onBible: (edit) => latest.current.onBible(edit),
      onToggleCollapsed: () => latest.current.onToggleCollapsed?.(),
    }),
    [],
  );
  return <ProblemsPanelView {...props} {...stable} />;
}

const ProblemsPanelView = memo(function ProblemsPanelView(props: Props) {
  const [seriesUndo, setSeriesUndo] = useState<SeriesUndo | null>(null);
  const { t } = useTranslation();
  const { conflicts, filter } = props;
  const shown = useMemo(() => filterConflicts(conflicts, filter), [conflicts, filter]);
  const selected = conflicts.find((c) => c.id === props.selectedId) ?? null;
  const listRef = useRef<HTMLUListElement>(null);

  // Keep the selected row in view when it changes (F8, arrow keys).
  useEffect(() => {
    if (!props.selectedId) return;
    listRef.current?.querySelector(`[data-conflict-id="${CSS.escape(props.selectedId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [props.selectedId]);

  const facetOptions = (facet: Facet): { value: string; label: string }[] => {
    switch (facet) {
      case 'kind':
        return [...new Set(conflicts.map((c) => c.kind))].map((v) => ({ value: v, label: t(`kind.${v}`) }));
      case 'severity':
        return (['error', 'warning', 'info'] as const).map((v) => ({ value: v, label: t(`severity.${v}`) }));
      case 'status':
        return (['open', 'intended', 'resolved'] as const).map((v) => ({ value: v, label: t(`status.${v}`) }));
      case 'episode':
        return props.episodes.map((e) => ({ value: e.file, label: `${episodeLabel(e, e.file)} ${e.title}` }));
      case 'entity':
        return [...new Set(conflicts.map((c) => c.entity))].sort((a, b) => a.localeCompare(b)).map((v) => ({ value: v, label: v }));
    }
  };

  const onListKey = (e: React.KeyboardEvent) => {
    if (shown.length === 0) return;
    const at = shown.findIndex((c) => c.id === props.selectedId);
    const go = (index: number) => {
      e.preventDefault();
      props.onSelect(shown[Math.max(0, Math.min(shown.length - 1, index))]);
    };
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at < 0 ? 0 : at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(shown.length - 1);
    else if (e.key === 'Enter' && at >= 0) {
      e.preventDefault();
      props.onOpen(shown[at], undefined, true);
    }
  };

  const isFiltered = facets.some((f) => filter[f] !== null);
  return (
    <section id="cd-problems" className={`cd-problems${props.collapsed ? ' cd-collapsed' : ''}`} aria-labelledby="cd-problems-heading">
      <div className="cd-problems-toolbar">
        <button
          type="button"
          className="cd-icon-button cd-problems-fold"
          aria-expanded={!props.collapsed}
          aria-controls="cd-problems-body"
          aria-label={props.collapsed ? t('problems.expand') : t('problems.collapse')}
          title={props.collapsed ? t('problems.expandTitle') : t('problems.collapseTitle')}
          onClick={() => props.onToggleCollapsed?.()}
        >
          <span aria-hidden="true">{props.collapsed ? '▸' : '▾'}</span>
        </button>
        <h2 id="cd-problems-heading" className="cd-panel-title">
          {t('problems.heading')} <span className="cd-count-badge">{conflicts.length}</span>
        </h2>
        <div className="cd-filters" role="group" aria-label={t('problems.filters')}>
          {facets.map((facet) => {
            const counts = facetCounts(conflicts, filter, facet);
            const total = [...counts.values()].reduce((a, b) => a + b, 0);
            return (
              <label key={facet} className="cd-filter">
                <span>{t(`problems.${facet}`)}</span>
                <select
                  value={filter[facet] ?? ''}
                  data-facet={facet}
                  onChange={(e) => props.onFilter({ ...filter, [facet]: e.target.value || null })}
                >
                  <option value="">
                    {t('problems.all')} ({facet === 'episode' ? filterConflicts(conflicts, { ...filter, episode: null }).length : total})
                  </option>
                  {facetOptions(facet).map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label} ({counts.get(o.value) ?? 0})
                    </option>
                  ))}
                </select>
              </label>
            );
          })}
          {isFiltered && (
            <button type="button" className="cd-link-button" onClick={() => props.onFilter(noFilter)}>
              {t('problems.clear')}
            </button>
          )}
        </div>
        <span className="cd-problems-shown">{t('problems.shown', { shown: shown.length, total: conflicts.length })}</span>
      </div>
      <div className="cd-problems-body" id="cd-problems-body" hidden={props.collapsed}>
        <ul
          ref={listRef}
          className="cd-problem-list"
          role="listbox"
          tabIndex={0}
          aria-label={t('problems.heading')}
          aria-activedescendant={selected && shown.includes(selected) ? `cd-problem-${selected.id}` : undefined}
          onKeyDown={onListKey}
        >
          {shown.length === 0 && <li className="cd-empty">{conflicts.length === 0 ? t('problems.empty') : t('problems.emptyFiltered')}</li>}
          {shown.map((c) => (
            <li
              key={c.id}
              id={`cd-problem-${c.id}`}
              data-conflict-id={c.id}
              role="option"
              aria-selected={c.id === props.selectedId}
              className={`cd-problem cd-problem-${c.status}${c.id === props.selectedId ? ' cd-selected' : ''}`}
              onClick={() => props.onOpen(c, undefined, true)}
            >
              <SeverityIcon severity={c.severity} />
              <span className="cd-problem-kind">{t(`kind.${c.kind}`)}</span>
              <span className="cd-problem-entity">{c.entity}</span>
              <span className="cd-problem-summary">{c.summary}</span>
              <span className="cd-problem-episodes">
                {[...new Set(c.evidence.map((e) => e.episode))].slice(0, maxChips).map((file) => (
                  <span key={file} className="cd-episode-chip" title={props.episodesByFile.get(file)?.title ?? file}>
                    {episodeLabel(props.episodesByFile.get(file), file)}
                  </span>
                ))}
                {new Set(c.evidence.map((e) => e.episode)).size > maxChips && (
                  <span className="cd-episode-chip">+{new Set(c.evidence.map((e) => e.episode)).size - maxChips}</span>
                )}
              </span>
              {c.status !== 'open' && <span className={`cd-status-chip cd-status-${c.status}`}>{t(`status.${c.status}`)}</span>}
            </li>
          ))}
        </ul>
        {selected ? (
          <ProblemDetail key={selected.id} {...props} conflict={selected} seriesUndo={seriesUndo} onSeriesRenamed={setSeriesUndo} />
        ) : (
          <div className="cd-problem-detail cd-detail-empty">
            <SeriesUndoNotice value={seriesUndo} onChange={setSeriesUndo} />
            {t('problems.selectHint')}
          </div>
        )}
      </div>
    </section>
  );
});

function ProblemDetail(props: Props & { conflict: Conflict; seriesUndo: SeriesUndo | null; onSeriesRenamed(next: SeriesUndo | null): void }) {
  const { t } = useTranslation();
  const { conflict } = props;
  const [deciding, setDeciding] = useState<'intended' | 'resolved' | null>(null);
  const [note, setNote] = useState(conflict.note ?? '');
  const [message, setMessage] = useState('');

  const decide = async (decision: DecisionInput | null) => {
    try {
      await props.onDecide(conflict, decision);
      setDeciding(null);
      setMessage('');
    } catch (e) {
      setMessage(t('problems.decisionFailed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <div className="cd-problem-detail" aria-label={conflict.summary}>
      <div className="cd-detail-head">
        <SeverityIcon severity={conflict.severity} />
        <strong>{t(`kind.${conflict.kind}`)}</strong>
        <span className="cd-problem-entity">{conflict.entity}</span>
        <span className={`cd-status-chip cd-status-${conflict.status}`}>{t(`status.${conflict.status}`)}</span>
      </div>
      <p className="cd-detail-summary">{conflict.summary}</p>
      {conflict.note && conflict.status !== 'open' && <p className="cd-detail-note">{conflict.note}</p>}
      <div className="cd-detail-actions">
        {conflict.evidence.length > 1 && (
          <button type="button" onClick={() => props.onOpenSide(conflict)}>
            {t('problems.sideBySide')}
          </button>
        )}
        {conflict.status === 'open' ? (
          <>
            <button type="button" onClick={() => setDeciding('intended')} aria-pressed={deciding === 'intended'}>
              {t('problems.markIntended')}
            </button>
            <button type="button" onClick={() => setDeciding('resolved')} aria-pressed={deciding === 'resolved'}>
              {t('problems.markResolved')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => void decide(null)}>
            {t('problems.reopen')}
          </button>
        )}
        {!props.readOnly &&
          conflict.fixes?.map((fix, i) =>
            fix.kind === 'rename' ? (
              <button
                key={i}
                type="button"
                className="cd-primary"
                onClick={() => {
                  const count = props.onRename(fix.from, fix.to);
                  setMessage(count > 0 ? t('problems.renameDone', { count }) : t('problems.renameNone', { from: fix.from }));
                }}
              >
                {t('problems.rename', { from: fix.from, to: fix.to })}
              </button>
            ) : null,
          )}
        {!props.readOnly &&
          conflict.fixes?.map((fix, i) =>
            fix.kind === 'rename' ? (
              <button
                key={`series-${i}`}
                type="button"
                onClick={() => {
                  void props.onRenameSeries(fix.from, fix.to).then((r) => {
                    // What was renamed (and the way back) stays in view after the re-analysis drops this problem.
                    setMessage(r.failed.length ? t('problems.renameSeriesFailed', { list: r.failed.map((f) => `${f.title} (${f.message})`).join(', ') }) : '');
                    props.onSeriesRenamed({ note: t('problems.renameSeriesDone', { places: r.places, episodes: r.episodes }), undo: r.episodes > 0 ? r.undo : null });
                  });
                }}
              >
                {t('problems.renameSeries', { from: fix.from })}
              </button>
            ) : null,
          )}
        {!props.readOnly &&
          conflict.fixes?.map((fix, i) =>
            fix.kind === 'rename' ? (
              <button
                key={`distinct-${i}`}
                type="button"
                title={t('problems.distinctTitle')}
                onClick={() => {
                  void props
                    .onBible((bible) => withDistinct(bible, fix.from, fix.to))
                    .then(() => setMessage(t('problems.bibleSaved')))
                    .catch((e: unknown) => setMessage(t('problems.bibleFailed', { message: e instanceof Error ? e.message : String(e) })));
                }}
              >
                {t('problems.distinct', { from: fix.from, to: fix.to })}
              </button>
            ) : null,
          )}
      </div>
      <CanonFixButtons conflict={conflict} />
      {deciding && (
        <form
          className="cd-decision-form"
          onSubmit={(e) => {
            e.preventDefault();
            void decide({ status: deciding, ...(note.trim() ? { note: note.trim() } : {}) });
          }}
        >
          <label>
            <span>{t('problems.note')}</span>
            <textarea value={note} rows={2} placeholder={t('problems.notePlaceholder')} onChange={(e) => setNote(e.target.value)} autoFocus />
          </label>
          <div className="cd-detail-actions">
            <button type="submit" className="cd-primary">
              {t('problems.save')} ({t(`status.${deciding}`)})
            </button>
            <button type="button" onClick={() => setDeciding(null)}>
              {t('problems.cancel')}
            </button>
          </div>
        </form>
      )}
      {message && (
        <p className="cd-detail-message" role="status">
          {message}
        </p>
      )}
      <SeriesUndoNotice value={props.seriesUndo} onChange={props.onSeriesRenamed} />
      <h3 className="cd-detail-subheading">{t('problems.passages', { count: conflict.evidence.length })}</h3>
      <ol className="cd-evidence-list">
        {conflict.evidence.map((e, i) => {
          const episode = props.episodesByFile.get(e.episode);
          return (
            <li key={i}>
              <button type="button" className="cd-evidence-link" onClick={() => props.onOpen(conflict, i, true)}>
                <span className="cd-episode-chip">{episodeLabel(episode, e.episode)}</span>
                <span className="cd-evidence-title">{episode?.title ?? e.episode}</span>
                <q>{e.quote}</q>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
