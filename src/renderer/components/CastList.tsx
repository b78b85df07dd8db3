// The cast overview in the sidebar: each character with a strip of the episodes it appears in (gaps show absences).
// One tab stop for the list: Up/Down/Home/End move between the names, Enter opens a character's details.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity, EpisodeRef, Evidence, Fact } from '../../engine/types';
import type { AppearanceRow } from '../problems/appearanceGrid';
import { factHistory } from '../problems/factHistory';
import { useRovingFocus } from '../series/useRovingFocus';
import { predicateLabel, valueLabel } from '../series/seriesLabels';

interface Props {
  rows: AppearanceRow[];
  episodes: EpisodeRef[];
  selectedEpisodeId: string | null;
  onOpenEpisode(episode: EpisodeRef): void;
  onShowProblems(entityName: string): void;
  facts: Fact[];
  entities: Entity[];
  onOpenPassage(evidence: Evidence): void;
  onNotName(name: string): void;
  readOnly: boolean;
}

export function CastList({ rows, episodes, selectedEpisodeId, onOpenEpisode, onShowProblems, facts, entities, onOpenPassage, onNotName, readOnly }: Props) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<string | null>(null);
  const ordered = [...episodes].sort((a, b) => a.index - b.index);
  // The names stand in one column: arrows up and down (Home, End) move between them; left and right stay put.
  const points = useMemo(() => rows.map((_, i) => ({ x: 0, y: i })), [rows]);
  const toggle = (id: string) => setExpanded((open) => (open === id ? null : id));
  const roving = useRovingFocus(points, (i) => rows[i] && toggle(rows[i].entity.id));
  if (rows.length === 0) return <p className="cd-empty">{t('cast.empty')}</p>;
  return (
    <ol className="cd-cast-list" aria-label={t('cast.heading')}>
      {rows.map((row, index) => (
        <li key={row.entity.id} className="cd-cast-row">
          <div className="cd-cast-head">
            <button
              type="button"
              className="cd-cast-name"
              {...roving(index)}
              aria-expanded={expanded === row.entity.id}
              title={t('cast.details', { name: row.entity.name })}
              onClick={() => toggle(row.entity.id)}
            >
              {row.entity.name}
            </button>
            {row.openConflicts > 0 && (
              <button
                type="button"
                className="cd-episode-count"
                tabIndex={-1}
                aria-label={t('episodes.openConflicts', { count: row.openConflicts })}
                title={t('episodes.openConflicts', { count: row.openConflicts })}
                onClick={() => onShowProblems(row.entity.name)}
              >
                {row.openConflicts}
              </button>
            )}
          </div>
          <div className="cd-cast-strip" role="group" aria-label={t('cast.appearances', { name: row.entity.name })}>
            {ordered.map((episode, i) => (
              <button
                key={episode.id}
                type="button"
                className={`cd-cast-cell${row.cells[i] ? ' cd-cast-in' : ''}${episode.id === selectedEpisodeId ? ' cd-cast-current' : ''}`}
                tabIndex={-1}
                title={`${String(episode.index + 1).padStart(2, '0')} ${episode.title}: ${row.cells[i] ? t('cast.appears') : t('cast.absent')}`}
                aria-label={`${episode.title}: ${row.cells[i] ? t('cast.appears') : t('cast.absent')}`}
                onClick={() => onOpenEpisode(episode)}
              />
            ))}
          </div>
          {row.longestAbsence >= 3 && <span className="cd-cast-absence">{t('cast.absence', { count: row.longestAbsence })}</span>}
          {expanded === row.entity.id && (
            <div className="cd-cast-details">
              {row.entity.aliases.length > 0 && (
                <p className="cd-muted">
                  {t('facts.aliases')}: {row.entity.aliases.join(', ')}
                </p>
              )}
              <ol className="cd-fact-list">
                {factHistory(row.entity, facts, episodes, entities).map(({ fact, episode, object, repeats }) => (
                  <li key={fact.id}>
                    <button
                      type="button"
                      className="cd-fact"
                      title={fact.quote}
                      onClick={() => onOpenPassage({ episode: fact.episode, quote: fact.quote, start: fact.start, end: fact.end })}
                    >
                      <span className="cd-episode-chip">{episode ? String(episode.index + 1).padStart(2, '0') : '–'}</span>
                      <span>
                        {predicateLabel(t, fact.predicate)}: <strong>{valueLabel(t, object)}</strong>
                        {fact.modality !== 'asserted' && <em className="cd-muted"> ({t(`facts.${fact.modality}`)})</em>}
                        {repeats > 0 && <span className="cd-muted"> {t('facts.repeats', { count: repeats })}</span>}
                      </span>
                    </button>
                  </li>
                ))}
              </ol>
              {factHistory(row.entity, facts, episodes, entities).length === 0 && <p className="cd-muted">{t('facts.none')}</p>}
              {/* The count beside the name is a pointer shortcut outside the tab order; here it is reachable by keyboard. */}
              {row.openConflicts > 0 && (
                <button type="button" className="cd-link-button" onClick={() => onShowProblems(row.entity.name)}>
                  {t('episodes.openConflicts', { count: row.openConflicts })}
                </button>
              )}
              {/* Detection skips single words the bible lists as not names; a name of several words is left to the bible editor. */}
              {!readOnly && !/\s/.test(row.entity.name) && (
                <button type="button" className="cd-link-button" title={t('cast.notNameTitle', { name: row.entity.name })} onClick={() => onNotName(row.entity.name)}>
                  {t('cast.notName')}
                </button>
              )}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
