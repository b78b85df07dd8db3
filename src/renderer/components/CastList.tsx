// The cast overview in the sidebar: each character with a strip of the episodes it appears in (gaps show absences).
import { useTranslation } from 'react-i18next';
import type { EpisodeRef } from '../../engine/types';
import type { AppearanceRow } from '../problems/appearanceGrid';

interface Props {
  rows: AppearanceRow[];
  episodes: EpisodeRef[];
  selectedEpisodeId: string | null;
  onOpenEpisode(episode: EpisodeRef): void;
  onShowProblems(entityName: string): void;
}

export function CastList({ rows, episodes, selectedEpisodeId, onOpenEpisode, onShowProblems }: Props) {
  const { t } = useTranslation();
  const ordered = [...episodes].sort((a, b) => a.index - b.index);
  if (rows.length === 0) return <p className="cd-empty">{t('cast.empty')}</p>;
  return (
    <ol className="cd-cast-list" aria-label={t('cast.heading')}>
      {rows.map((row) => (
        <li key={row.entity.id} className="cd-cast-row">
          <div className="cd-cast-head">
            <span className="cd-cast-name" title={[row.entity.name, ...row.entity.aliases].join(' · ')}>
              {row.entity.name}
            </span>
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
        </li>
      ))}
    </ol>
  );
}
