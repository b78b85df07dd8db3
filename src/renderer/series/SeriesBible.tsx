// The series bible view: every character and place with aliases and mentions; per entry its fact history, relations,
// open conflicts and bible edits, and the relationship graph and fact timeline as printable pictures.
import { useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bible, CanonFact, ContinuityReport, Entity, EntityKind, EpisodeRef, Evidence } from '../../engine/types';
import { CanonContext } from '../problems/canonContext';
import { CanonList } from './CanonList';
import { canonRows, withoutCanon } from './canonFacts';
import { factHistory } from '../problems/factHistory';
import { SidePane } from '../components/SidePane';
import { EntityEditor } from './EntityEditor';
import { FactTimeline } from './FactTimeline';
import { AppearanceGrid } from './AppearanceGrid';
import { appearanceGrid } from '../problems/appearanceGrid';
import { RelationGraph } from './RelationGraph';
import { bibleOrder, conflictOfFact, conflictsOf, factTimeline, isStoryFact, relationsOf } from './seriesModel';
import { episodeNumber, modalityLabel, predicateLabel, valueLabel } from './seriesLabels';
import './series.css';

interface Props {
  report: ContinuityReport | null;
  episodes: EpisodeRef[];
  /** The entry to show first (e.g. chosen in the cast overview). */
  initialEntityId?: string | null;
  readOnly: boolean;
  onOpenPassage(evidence: Evidence): void;
  /** Saves an edit of the series bible; the analysis runs again and the report follows. */
  onBible(edit: (bible: Bible) => Bible): Promise<void>;
  /** Reads the series bible (its canon facts are listed); read again after every new report. */
  loadBible?(): Promise<Bible>;
  onClose(): void;
}

type View = 'overview' | 'graph' | 'timeline' | 'appearances' | 'canon';
type KindFilter = 'all' | EntityKind;

export function SeriesBible({ report, episodes, initialEntityId, readOnly, onOpenPassage, onBible, loadBible, onClose }: Props) {
  const { t } = useTranslation();
  const canonActions = useContext(CanonContext);
  const [canon, setCanon] = useState<CanonFact[]>([]);
  const [canonError, setCanonError] = useState<string | null>(null);
  // The bible's canon facts: read on opening and again after every new analysis (a take or removal re-analyses).
  const readBible = useRef(loadBible);
  readBible.current = loadBible;
  useEffect(() => {
    if (!readBible.current) return;
    let current = true;
    readBible
      .current()
      .then((bible) => {
        if (!current) return;
        setCanon(bible.facts);
        setCanonError(null);
      })
      .catch((e: unknown) => current && setCanonError(t('canon.list.loadFailed', { message: e instanceof Error ? e.message : String(e) })));
    return () => {
      current = false;
    };
  }, [report, t]);
  const canRemove = !readOnly && !!canonActions && !canonActions.readOnly;
  /** Takes a canon fact out of the bible as the toast does (removeCanonFact, then the analysis runs again). */
  const removeCanon = async (fact: CanonFact) => {
    if (!canonActions) return;
    await canonActions.uncanon(fact);
    setCanon((facts) => withoutCanon(facts, fact));
  };
  const entities = useMemo(() => bibleOrder(report?.entities ?? []), [report]);
  const facts = useMemo(() => report?.facts ?? [], [report]);
  const conflicts = useMemo(() => report?.conflicts ?? [], [report]);
  const [selected, setSelected] = useState<{ id: string; name: string } | null>(() => {
    const first = entities.find((e) => e.id === initialEntityId) ?? entities[0];
    return first ? { id: first.id, name: first.name } : null;
  });
  const [view, setView] = useState<View>('overview');
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<KindFilter>('all');
  const [status, setStatus] = useState<string | null>(null);
  const byFile = useMemo(() => new Map(episodes.map((e) => [e.file, e])), [episodes]);
  // Asked to show another entry while open (e.g. from the cast overview): follow it.
  useEffect(() => {
    const wanted = initialEntityId ? entities.find((e) => e.id === initialEntityId) : undefined;
    if (wanted) setSelected({ id: wanted.id, name: wanted.name });
    // Only a new request moves the selection, not a new report.
  }, [initialEntityId]);

  // After a re-analysis (a merge, a split) the id may change: fall back to the entry that now carries the name.
  const entity =
    entities.find((e) => e.id === selected?.id) ??
    entities.find((e) => e.name === selected?.name || e.aliases.includes(selected?.name ?? '\u0000')) ??
    entities[0];

  const shown = entities.filter(
    (e) =>
      (kind === 'all' || e.kind === kind) &&
      (!query.trim() || [e.name, ...e.aliases].some((n) => n.toLocaleLowerCase().includes(query.trim().toLocaleLowerCase()))),
  );
  const select = (e: Entity) => setSelected({ id: e.id, name: e.name });
  /** Chosen from a relation or the graph: the index shows it too. */
  const jump = (e: Entity) => {
    setQuery('');
    setKind('all');
    select(e);
  };

  const edit = (change: (bible: Bible) => Bible, done: string) => {
    setStatus(t('series.saving'));
    onBible(change)
      .then(() => setStatus(done))
      .catch((e: unknown) => setStatus(t('problems.bibleFailed', { message: e instanceof Error ? e.message : String(e) })));
  };

  const views: { id: View; label: string }[] = [
    { id: 'overview', label: t('series.view.overview') },
    { id: 'graph', label: t('series.view.graph') },
    { id: 'timeline', label: t('series.view.timeline') },
    { id: 'appearances', label: t('pictures.gridView') },
    { id: 'canon', label: t('canon.list.heading') },
  ];
  const actions = (
    <>
      <div className="cd-series-views" role="tablist" aria-label={t('series.views')}>
        {views.map((v) => (
          <button
            key={v.id}
            type="button"
            role="tab"
            id={`cd-series-tab-${v.id}`}
            aria-selected={view === v.id}
            aria-controls="cd-series-tabpanel"
            tabIndex={view === v.id ? 0 : -1}
            className={view === v.id ? 'cd-selected' : undefined}
            onClick={() => setView(v.id)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
              const at = views.findIndex((x) => x.id === view);
              const next = views[(at + (e.key === 'ArrowRight' ? 1 : views.length - 1)) % views.length].id;
              setView(next);
              document.getElementById(`cd-series-tab-${next}`)?.focus();
            }}
          >
            {v.label}
          </button>
        ))}
      </div>
      <button type="button" className="cd-push-right" onClick={() => window.print()} title={t('series.printTitle')}>
        {t('series.print')}
      </button>
    </>
  );

  return (
    <SidePane
      label={t('series.heading')}
      number={t('series.entryCount', { count: entities.length })}
      title={t('series.heading')}
      note={entity?.name ?? ''}
      actions={actions}
      onClose={onClose}
    >
      <div className="cd-series">
        <p className="cd-series-status" role="status">
          {status}
        </p>
        <section className="cd-series-index" aria-label={t('series.index')}>
          <div className="cd-series-form">
            <input
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={(e) => {
                // Escape empties the filter; it does not close the whole bible.
                if (e.key === 'Escape' && query) {
                  e.stopPropagation();
                  setQuery('');
                }
              }}
              placeholder={t('series.filter')} aria-label={t('series.filter')} />
            <select value={kind} onChange={(e) => setKind(e.target.value as KindFilter)} aria-label={t('series.kindFilter')}>
              <option value="all">{t('series.kinds.all')}</option>
              <option value="character">{t('series.kinds.character')}</option>
              <option value="place">{t('series.kinds.place')}</option>
              <option value="organisation">{t('series.kinds.organisation')}</option>
              <option value="object">{t('series.kinds.object')}</option>
            </select>
          </div>
          <div className="cd-series-index-scroll">
            <table className="cd-series-table cd-series-index-table">
              <thead>
                <tr>
                  <th scope="col">{t('series.name')}</th>
                  <th scope="col">{t('facts.aliases')}</th>
                  <th scope="col" className="cd-num">{t('series.mentions')}</th>
                  <th scope="col" className="cd-num">{t('series.episodes')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((e) => (
                  <tr key={e.id} className={e.id === entity?.id ? 'cd-series-current' : undefined}>
                    <td>
                      <button type="button" className="cd-series-entity" aria-pressed={e.id === entity?.id} onClick={() => select(e)}>
                        <span className={`cd-kind-badge cd-kind-badge-${e.kind}`} title={t(`series.kinds.${e.kind}`)} aria-label={t(`series.kinds.${e.kind}`)} />
                        {e.name}
                      </button>
                    </td>
                    <td className="cd-muted">{e.aliases.join(', ')}</td>
                    <td className="cd-num">{e.mentions.toLocaleString()}</td>
                    <td className="cd-num">{e.episodes.length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {shown.length === 0 && <p className="cd-muted">{t('series.noMatch')}</p>}
          </div>
        </section>
        {entity ? (
          <article className="cd-series-entry" id="cd-series-tabpanel" role="tabpanel" aria-labelledby={`cd-series-tab-${view}`}>
            {view !== 'canon' && (
              <>
                <h3 className="cd-series-name">{entity.name}</h3>
                <p className="cd-muted">
                  {t(`series.kinds.${entity.kind}`)} · {t('series.mentionCount', { count: entity.mentions })} · {t('series.episodeCount', { count: entity.episodes.length })}
                </p>
              </>
            )}
            {view === 'overview' && (
              <Overview
                entity={entity}
                entities={entities}
                report={report}
                byFile={byFile}
                episodes={episodes}
                readOnly={readOnly}
                onSelect={jump}
                onOpenPassage={onOpenPassage}
                onBible={edit}
                canon={
                  <>
                    <h4 className="cd-series-subheading">{t('canon.list.heading')}</h4>
                    {canonError && <p className="cd-canon-error" role="alert">{canonError}</p>}
                    <CanonList
                      rows={canonRows(canon, episodes, entity)}
                      label={t('canon.list.of', { name: entity.name })}
                      empty={t('canon.list.none', { name: entity.name })}
                      showSubject={false}
                      readOnly={!canRemove}
                      onRemove={removeCanon}
                    />
                  </>
                }
              />
            )}
            {view === 'graph' && (
              <RelationGraph
                entity={entity}
                relations={relationsOf(entity, facts, entities, conflicts, episodes)}
                episodes={episodes}
                onSelect={jump}
                onOpenPassage={onOpenPassage}
              />
            )}
            {view === 'appearances' && (
              <AppearanceGrid
                rows={appearanceGrid(entities, episodes, conflicts)}
                episodes={episodes}
                onSelect={(e) => {
                  jump(e);
                  setView('overview');
                }}
                onOpenEpisode={(e) => onOpenPassage({ episode: e.file, quote: '', start: 0, end: 0 })}
              />
            )}
            {view === 'canon' && (
              <>
                <h3 className="cd-series-name">{t('canon.list.series')}</h3>
                <p className="cd-muted">{t('canon.list.seriesNote')}</p>
                {canonError && <p className="cd-canon-error" role="alert">{canonError}</p>}
                <CanonList
                  rows={canonRows(canon, episodes)}
                  label={t('canon.list.series')}
                  empty={t('canon.list.noneSeries')}
                  showSubject
                  readOnly={!canRemove}
                  onRemove={removeCanon}
                />
              </>
            )}
            {view === 'timeline' && <FactTimeline entity={entity} timeline={factTimeline(entity, facts, episodes, entities, conflicts)} onOpenPassage={onOpenPassage} />}
          </article>
        ) : (
          <p className="cd-empty">{t('cast.empty')}</p>
        )}
      </div>
    </SidePane>
  );
}

interface OverviewProps {
  entity: Entity;
  entities: Entity[];
  report: ContinuityReport | null;
  byFile: Map<string, EpisodeRef>;
  episodes: EpisodeRef[];
  readOnly: boolean;
  onSelect(entity: Entity): void;
  onOpenPassage(evidence: Evidence): void;
  onBible(edit: (bible: Bible) => Bible, done: string): void;
  /** The entry's canon facts from the series bible. */
  canon: ReactNode;
}

/** Aliases and edits, the fact history by episode, relations and open conflicts of one entry. */
function Overview({ entity, entities, report, byFile, episodes, readOnly, onSelect, onOpenPassage, onBible, canon }: OverviewProps) {
  const { t } = useTranslation();
  const facts = report?.facts ?? [];
  const conflicts = report?.conflicts ?? [];
  const history = factHistory(entity, facts.filter(isStoryFact), episodes, entities);
  const groups: { episode: EpisodeRef | undefined; entries: typeof history }[] = [];
  for (const entry of history) {
    const last = groups[groups.length - 1];
    if (last && last.episode === entry.episode) last.entries.push(entry);
    else groups.push({ episode: entry.episode, entries: [entry] });
  }
  const relations = relationsOf(entity, facts, entities, conflicts, episodes);
  const open = conflictsOf(entity, conflicts).filter((c) => c.status === 'open');
  return (
    <>
      <EntityEditor key={entity.id} entity={entity} others={entities.filter((e) => e.id !== entity.id && e.kind === entity.kind)} readOnly={readOnly} onBible={onBible} />

      {canon}

      <h4 className="cd-series-subheading">{t('series.history')}</h4>
      {groups.length === 0 && <p className="cd-muted">{t('facts.none')}</p>}
      <ol className="cd-series-history" aria-label={t('series.historyOf', { name: entity.name })}>
        {groups.map((g) => (
          <li key={g.episode?.id ?? 'none'} className="cd-series-history-episode">
            <div className="cd-series-history-head">
              <span className="cd-episode-chip">{episodeNumber(g.episode)}</span> {g.episode?.title ?? ''}
            </div>
            <ul className="cd-fact-list">
              {g.entries.map(({ fact, object, repeats }) => {
                const conflict = conflictOfFact(fact, conflicts, entities);
                return (
                  <li key={fact.id}>
                    <button
                      type="button"
                      className={`cd-fact cd-series-fact${conflict ? ' cd-series-fact-conflict' : ''}`}
                      title={fact.quote}
                      aria-label={`${predicateLabel(t, fact.predicate)}: ${valueLabel(t, object)} (${modalityLabel(t, fact.modality)}). ${t('series.openIn', { episode: g.episode?.title ?? fact.episode })}`}
                      onClick={() => onOpenPassage({ episode: fact.episode, quote: fact.quote, start: fact.start, end: fact.end })}
                    >
                      <span className={`cd-modality cd-modality-${fact.modality}`}>{modalityLabel(t, fact.modality)}</span>
                      <span>
                        {predicateLabel(t, fact.predicate)}: <strong>{valueLabel(t, object)}</strong>
                        {repeats > 0 && <span className="cd-muted"> {t('facts.repeats', { count: repeats })}</span>}
                        {conflict && <span className="cd-series-conflict-tag"> ⚠ {t('series.conflicting')}</span>}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>

      <h4 className="cd-series-subheading">{t('series.relations')}</h4>
      {relations.length === 0 ? (
        <p className="cd-muted">{t('series.graph.none', { name: entity.name })}</p>
      ) : (
        <ul className="cd-series-relations">
          {relations.map((r) => (
            <li key={r.other.id}>
              <span className={`cd-kind-dot cd-kind-${r.kind}`} aria-hidden="true" />
              <span>{[...new Set(r.claims.map((c) => predicateLabel(t, c.predicate)))].join(', ')}:</span>{' '}
              <button type="button" className="cd-link-button" onClick={() => onSelect(r.other)}>
                {r.other.name}
              </button>
              {r.conflicting && <span className="cd-series-conflict-tag"> ⚠ {t('series.conflicting')}</span>}
            </li>
          ))}
        </ul>
      )}

      <h4 className="cd-series-subheading">{t('series.openConflicts', { count: open.length })}</h4>
      {open.length === 0 ? (
        <p className="cd-muted">{t('series.noConflicts')}</p>
      ) : (
        <ul className="cd-series-conflicts">
          {open.map((c) => (
            <li key={c.id} className={`cd-series-conflict cd-sev-${c.severity}`}>
              <span className="cd-muted">{t(`kind.${c.kind}`, { defaultValue: c.kind })}</span> {c.summary}{' '}
              {c.evidence.map((ev, i) => (
                <button
                  key={i}
                  type="button"
                  className="cd-episode-chip cd-series-chip"
                  title={ev.quote}
                  aria-label={t('series.openPassage', { episode: byFile.get(ev.episode)?.title ?? ev.episode, quote: ev.quote })}
                  onClick={() => onOpenPassage(ev)}
                >
                  {episodeNumber(byFile.get(ev.episode))}
                </button>
              ))}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
