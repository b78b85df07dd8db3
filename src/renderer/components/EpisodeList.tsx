// The left sidebar: the series' episodes in order, with their open-problem counts; one tab stop, arrow keys between episodes.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EpisodeRef } from '../../engine/types';
import { useRovingFocus } from '../series/useRovingFocus';

interface Props {
  episodes: EpisodeRef[];
  selectedId: string | null;
  openCounts: Map<string, number>;
  onSelect(episode: EpisodeRef): void;
}

export function EpisodeList({ episodes, selectedId, openCounts, onSelect }: Props) {
  const { t } = useTranslation();
  // The episodes stand in one column: ↑/↓ (Home, End) move the focus, Enter or Space opens one; Tab leaves the list.
  const points = useMemo(() => episodes.map((_, i) => ({ x: 0, y: i })), [episodes]);
  const selectedIndex = episodes.findIndex((e) => e.id === selectedId);
  const roving = useRovingFocus(points, (i) => episodes[i] && onSelect(episodes[i]), false, selectedIndex);
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
                {...roving(index)}
                onClick={() => onSelect(episode)}
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
