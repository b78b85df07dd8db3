// The left sidebar: the series' episodes in order, with their open-problem counts.
import { useTranslation } from 'react-i18next';
import type { EpisodeRef } from '../../engine/types';

interface Props {
  episodes: EpisodeRef[];
  selectedId: string | null;
  openCounts: Map<string, number>;
  onSelect(episode: EpisodeRef): void;
}

export function EpisodeList({ episodes, selectedId, openCounts, onSelect }: Props) {
  const { t } = useTranslation();
  const move = (e: React.KeyboardEvent, index: number) => {
    const next = episodes[index];
    if (!next) return;
    e.preventDefault();
    onSelect(next);
    document.getElementById(`cd-episode-${next.id}`)?.focus();
  };
  return (
    <nav className="cd-sidebar-section" aria-label={t('episodes.heading')}>
      <div className="cd-sidebar-head">
        <span className="cd-muted">{t('episodes.count', { count: episodes.length })}</span>
      </div>
      <ol className="cd-episode-list">
        {episodes.map((episode, index) => {
          const open = openCounts.get(episode.file) ?? 0;
          const current = episode.id === selectedId;
          return (
            <li key={episode.id}>
              <button
                type="button"
                id={`cd-episode-${episode.id}`}
                className={`cd-episode${current ? ' cd-selected' : ''}`}
                aria-current={current ? 'page' : undefined}
                onClick={() => onSelect(episode)}
                onKeyDown={(e) => {
                  if (e.key === 'ArrowDown') move(e, index + 1);
                  else if (e.key === 'ArrowUp') move(e, index - 1);
                }}
              >
                <span className="cd-episode-no">{String(episode.index + 1).padStart(2, '0')}</span>
                <span className="cd-episode-text">
                  <span className="cd-episode-title">{episode.title}</span>
                  <span className="cd-episode-file">{episode.file.split('/').pop()}</span>
                </span>
                {open > 0 && (
                  <span className="cd-episode-count" aria-label={t('episodes.openConflicts', { count: open })} title={t('episodes.openConflicts', { count: open })}>
                    {open}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
