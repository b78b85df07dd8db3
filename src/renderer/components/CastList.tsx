// The cast overview in the sidebar: each character with a strip of the episodes it appears in (gaps show absences).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity, EpisodeRef, Evidence, Fact } from '../../engine/types';
import type { AppearanceRow } from '../problems/appearanceGrid';
import { factHistory } from '../problems/factHistory';

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
  if (rows.length === 0) return <p className="cd-empty">{t('cast.empty')}</p>;
  return (
    <ol className="cd-cast-list" aria-label={t('cast.heading')}>
      {rows.map((row) => (
        <li key={row.entity.id} className="cd-cast-row">
          <div className="cd-cast-head">
            <button
              type="button"
              className="cd-cast-name"
              aria-expanded={expanded === row.entity.id}
              title={t('cast.details', { name: row.entity.name })}
              onClick={() => setExpanded((id) => (id === row.entity.id ? null : row.entity.id))}
            >
              {row.entity.name}
            </button>
            {row.openConflicts > 0 && (
              <button
                type="button"
                className="cd-episode-count"
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
                        {t(`facts.${fact.predicate}`, { defaultValue: fact.predicate })}: <strong>{t(`factValues.${object}`, { defaultValue: object })}</strong>
                        {fact.modality !== 'asserted' && <em className="cd-muted"> ({t(`facts.${fact.modality}`)})</em>}
                        {repeats > 0 && <span className="cd-muted"> {t('facts.repeats', { count: repeats })}</span>}
                      </span>
                    </button>
                  </li>
                ))}
              </ol>
              {factHistory(row.entity, facts, episodes, entities).length === 0 && <p className="cd-muted">{t('facts.none')}</p>}
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
