// A character's facts across the episodes: one row per predicate, markers by modality, conflicts in red; a click opens the passage.
import { useTranslation } from 'react-i18next';
import type { Entity, Evidence } from '../../engine/types';
import type { Timeline, TimelineMark } from './seriesModel';
import { episodeNumber, modalityLabel, predicateLabel, valueLabel } from './seriesLabels';
import { useRovingFocus } from './useRovingFocus';

interface Props {
  entity: Entity;
  timeline: Timeline;
  onOpenPassage(evidence: Evidence): void;
}

const labelWidth = 130;
const top = 46;
const rowHeight = 40;

const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The marker shape says the modality: a dot for a fact, a ring for a belief, a diamond for a reveal, a crossed ring for a denial. */
function Marker({ mark, x, y }: { mark: TimelineMark; x: number; y: number }) {
  const r = 7;
  switch (mark.modality) {
    case 'believed':
      return <circle cx={x} cy={y} r={r} className="cd-mark-hollow" />;
    case 'revealed':
      return <path d={`M ${x} ${y - r - 2} L ${x + r + 2} ${y} L ${x} ${y + r + 2} L ${x - r - 2} ${y} Z`} className="cd-mark-solid" />;
    case 'negated':
      return (
        <g className="cd-mark-hollow">
          <circle cx={x} cy={y} r={r} />
          <line x1={x - r} y1={y + r} x2={x + r} y2={y - r} />
        </g>
      );
    default:
      return <circle cx={x} cy={y} r={r} className="cd-mark-solid" />;
  }
}

export function FactTimeline({ entity, timeline, onOpenPassage }: Props) {
  const { t } = useTranslation();
  const { episodes, predicates, marks } = timeline;
  const colWidth = Math.max(26, Math.min(92, 640 / Math.max(episodes.length, 1)));
  const width = labelWidth + colWidth * episodes.length + 20;
  const height = top + rowHeight * predicates.length + 10;
  const x = (column: number) => labelWidth + colWidth * column + colWidth / 2;
  /** Marks of one cell side by side: a belief, then the reveal. */
  const mx = (m: TimelineMark) => x(m.column) + (m.slot - (m.slots - 1) / 2) * Math.min(18, colWidth / m.slots);
  const y = (predicate: string) => top + rowHeight * predicates.indexOf(predicate) + rowHeight / 2 - 4;
  const open = (m: TimelineMark) => onOpenPassage({ episode: m.fact.episode, quote: m.fact.quote, start: m.fact.start, end: m.fact.end });
  const describe = (m: TimelineMark) =>
    `${episodeNumber(m.episode)} ${m.episode.title} · ${predicateLabel(t, m.predicate)}: ${valueLabel(t, m.value)} (${modalityLabel(t, m.modality)})${m.conflict ? ` ⚠ ${m.conflict.summary}` : ''}`;
  const conflicts = marks.filter((m) => m.conflict).length;
  // Rows spread far apart for the arrows: left and right stay in a row, up and down go to the nearest mark of the next row.
  const focusItem = useRovingFocus(marks.map((m) => ({ x: mx(m), y: predicates.indexOf(m.predicate) * 100_000 })), (i) => open(marks[i]), true);
  const summary = t('series.timeline.summary', { name: entity.name, facts: marks.length, rows: predicates.length, episodes: episodes.length, conflicts });
  if (marks.length === 0) return <p className="cd-muted">{t('series.timeline.none', { name: entity.name })}</p>;
  return (
    <figure className="cd-series-figure">
      <figcaption className="cd-series-caption">{t('series.timeline.caption', { name: entity.name })}</figcaption>
      <div className="cd-series-scroll">
        <svg className="cd-series-timeline" viewBox={`0 0 ${width} ${height}`} style={{ minWidth: `${Math.min(width, 900) * 0.75}px` }} role="group" aria-label={summary} aria-description={t('pictures.keys')} data-testid="fact-timeline">
          {episodes.map((e, i) => (
            <g key={e.id} className="cd-tl-column">
              <rect x={labelWidth + colWidth * i} y={top - 6} width={colWidth} height={height - top} className={i % 2 ? 'cd-tl-band' : 'cd-tl-band-alt'} />
              <text x={x(i)} y={18} textAnchor="middle" className="cd-tl-episode">
                {episodeNumber(e)}
              </text>
              {colWidth >= 60 && (
                <text x={x(i)} y={33} textAnchor="middle" className="cd-tl-title">
                  {short(e.title, Math.floor(colWidth / 6.5))}
                </text>
              )}
              <title>{`${episodeNumber(e)} ${e.title}`}</title>
            </g>
          ))}
          {predicates.map((p) => (
            <g key={p}>
              <line x1={labelWidth} x2={width - 20} y1={y(p)} y2={y(p)} className="cd-tl-row" />
              <text x={labelWidth - 10} y={y(p)} textAnchor="end" dominantBaseline="central" className="cd-tl-predicate">
                {short(predicateLabel(t, p), 18)}
              </text>
            </g>
          ))}
          {marks.map((m, i) => (
            <g
              key={`${m.predicate}-${m.column}-${m.slot}`}
              className={`cd-tl-mark cd-tl-${m.modality}${m.conflict ? ' cd-tl-conflict' : ''}`}
              data-episode={m.episode.id}
              onClick={() => open(m)}
              aria-label={t('pictures.timelineMark', { description: describe(m) })}
              {...focusItem(i)}
            >
              <title>{`${describe(m)}\n${m.fact.quote}`}</title>
              {m.conflict && <circle cx={mx(m)} cy={y(m.predicate)} r={12} className="cd-tl-conflict-ring" />}
              <Marker mark={m} x={mx(m)} y={y(m.predicate)} />
              {m.changed && (
                <text x={mx(m)} y={y(m.predicate) + (m.slot % 2 ? -12 : 19)} textAnchor="middle" className="cd-tl-value">
                  {short(valueLabel(t, m.value), Math.max(4, Math.floor(colWidth / 6)))}
                </text>
              )}
            </g>
          ))}
        </svg>
      </div>
      <div className="cd-series-legend" aria-hidden="true">
        <span className="cd-legend-mark">● {t('series.modality.asserted')}</span>
        <span className="cd-legend-mark">○ {t('series.modality.believed')}</span>
        <span className="cd-legend-mark">◆ {t('series.modality.revealed')}</span>
        <span className="cd-legend-mark">⊘ {t('series.modality.negated')}</span>
        <span className="cd-legend-conflict">◯ {t('series.conflicting')}</span>
      </div>
      <details className="cd-series-details">
        <summary>{t('series.asTable')}</summary>
        <table className="cd-series-table">
          <caption className="cd-series-sr">{summary}</caption>
          <thead>
            <tr>
              <th scope="col">{t('series.episode')}</th>
              <th scope="col">{t('series.relation')}</th>
              <th scope="col">{t('series.claim')}</th>
            </tr>
          </thead>
          <tbody>
            {marks.map((m) => (
              <tr key={`${m.predicate}-${m.column}-${m.slot}`} className={m.conflict ? 'cd-series-conflict-row' : undefined}>
                <td>{`${episodeNumber(m.episode)} ${m.episode.title}`}</td>
                <td>{predicateLabel(t, m.predicate)}</td>
                <td>
                  <button type="button" className="cd-link-button" title={m.fact.quote} onClick={() => open(m)}>
                    {valueLabel(t, m.value)} ({modalityLabel(t, m.modality)})
                  </button>
                  {m.conflict && <strong className="cd-series-conflict-tag"> ⚠ {t('series.conflicting')}</strong>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
