// Who appears in which episode, as a printable picture: characters down, episodes across, long absences marked; keyboard and screen-reader friendly.
import { useTranslation } from 'react-i18next';
import type { Entity, EpisodeRef } from '../../engine/types';
import type { AppearanceRow } from '../problems/appearanceGrid';
import { episodeNumber } from './seriesLabels';
import { useRovingFocus } from './useRovingFocus';

interface Props {
  rows: AppearanceRow[];
  episodes: EpisodeRef[];
  onSelect(entity: Entity): void;
  onOpenEpisode(episode: EpisodeRef): void;
}

/** More rows than this are not legible in one picture; the most mentioned characters come first. */
const maxRows = 40;
const labelWidth = 150;
const top = 30;
const rowHeight = 22;

const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function AppearanceGrid({ rows, episodes, onSelect, onOpenEpisode }: Props) {
  const { t } = useTranslation();
  const ordered = [...episodes].sort((a, b) => a.index - b.index);
  const shown = rows.slice(0, maxRows);
  const colWidth = Math.max(8, Math.min(30, 640 / Math.max(ordered.length, 1)));
  const width = labelWidth + colWidth * ordered.length + 10;
  const height = top + rowHeight * shown.length + 6;
  // Every cell is an item; rows far apart so left and right stay in a row.
  const cells = shown.flatMap((row, r) => ordered.map((episode, c) => ({ row, r, c, episode, appears: row.cells[c] })));
  const focusItem = useRovingFocus(
    cells.map((cell) => ({ x: cell.c, y: cell.r * 100_000 })),
    (i) => onOpenEpisode(cells[i].episode),
    true,
  );
  const summary = t('pictures.gridSummary', { count: shown.length, episodes: ordered.length });
  if (shown.length === 0) return <p className="cd-muted">{t('cast.empty')}</p>;
  return (
    <figure className="cd-series-figure">
      <figcaption className="cd-series-caption">{t('pictures.gridCaption')}</figcaption>
      <div className="cd-series-scroll">
        <svg className="cd-series-grid" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="group" aria-label={summary} aria-description={t('pictures.keys')} data-testid="appearance-grid">
          {ordered.map((e, c) =>
            colWidth >= 18 || c % Math.ceil(18 / colWidth) === 0 ? (
              <text key={e.id} x={labelWidth + colWidth * c + colWidth / 2} y={18} textAnchor="middle" className="cd-grid-episode">
                {episodeNumber(e)}
              </text>
            ) : null,
          )}
          {shown.map((row, r) => (
            <g key={row.entity.id}>
              {/* A long absence (three episodes or more) is the run of empty frames; the name says so to a screen reader too. */}
              <text x={labelWidth - 8} y={top + rowHeight * r + rowHeight / 2} textAnchor="end" dominantBaseline="central" className="cd-grid-name" onClick={() => onSelect(row.entity)}>
                {short(row.entity.name, 20)}
                <title>{row.longestAbsence >= 3 ? `${row.entity.name}: ${t('cast.absence', { count: row.longestAbsence })}` : row.entity.name}</title>
              </text>
            </g>
          ))}
          {cells.map((cell, i) => (
            <g
              key={`${cell.row.entity.id}-${cell.episode.id}`}
              className={`cd-grid-cell${cell.appears ? ' cd-grid-in' : ''}`}
              data-episode={cell.episode.id}
              onClick={() => onOpenEpisode(cell.episode)}
              aria-label={t('pictures.gridCell', {
                name: cell.row.entity.name,
                episode: `${episodeNumber(cell.episode)} ${cell.episode.title}`,
                state: cell.appears ? t('cast.appears') : t('cast.absent'),
              })}
              {...focusItem(i)}
            >
              <rect x={labelWidth + colWidth * cell.c + 1} y={top + rowHeight * cell.r + 2} width={colWidth - 2} height={rowHeight - 4} rx={2} />
            </g>
          ))}
        </svg>
      </div>
      {rows.length > maxRows && <p className="cd-muted">{t('series.graph.more', { count: rows.length - maxRows })}</p>}
    </figure>
  );
}
