// The relationship graph around one character: the character in the centre, relatives and colleagues around it.
import { useTranslation } from 'react-i18next';
import type { Entity, Evidence } from '../../engine/types';
import { ringLayout, type Relation } from './seriesModel';
import { episodeNumber, predicateLabel } from './seriesLabels';
import type { EpisodeRef } from '../../engine/types';
import { useRovingFocus } from './useRovingFocus';

interface Props {
  entity: Entity;
  relations: Relation[];
  episodes: EpisodeRef[];
  onSelect(entity: Entity): void;
  onOpenPassage(evidence: Evidence): void;
}

/** More nodes than this do not fit around one character legibly; the table below lists them all. */
const maxNodes = 14;
const width = 760;

const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function RelationGraph({ entity, relations, episodes, onSelect, onOpenPassage }: Props) {
  const { t } = useTranslation();
  const byFile = new Map(episodes.map((e) => [e.file, e]));
  const shown = relations.slice(0, maxNodes);
  // Few relatives need less height; many need the full ring.
  const height = shown.length <= 2 ? 300 : shown.length <= 6 ? 420 : 520;
  const points = ringLayout(shown.length, width / 2, height / 2, width / 2 - 110, height / 2 - 55);
  const focusItem = useRovingFocus(points, (i) => onSelect(shown[i].other));
  /** The relation words in the order the series says them; a contradicted relation reads as a change ("friend → spouse"). */
  const edgeLabel = (r: Relation) => {
    const first = (facts: { episode: string; start: number }[]) => Math.min(...facts.map((f) => (byFile.get(f.episode)?.index ?? 0) * 1e9 + f.start));
    const claims = [...r.claims].sort((a, b) => first(a.facts) - first(b.facts));
    const labels = [...new Set(claims.map((c) => predicateLabel(t, c.predicate)))];
    return short(labels.slice(0, 3).join(r.conflicting ? ' → ' : ' · ') + (labels.length > 3 ? ' …' : ''), 40);
  };
  const summary = relations.length === 0
    ? t('series.graph.none', { name: entity.name })
    : t('series.graph.summary', { name: entity.name, list: relations.map((r) => `${r.other.name} (${edgeLabel(r)}${r.conflicting ? `, ${t('series.conflicting')}` : ''})`).join('; ') });
  return (
    <figure className="cd-series-figure">
      <figcaption className="cd-series-caption">{t('series.graph.caption', { name: entity.name })}</figcaption>
      {relations.length === 0 ? (
        <p className="cd-muted">{summary}</p>
      ) : (
        <svg className="cd-series-graph" viewBox={`0 0 ${width} ${height}`} role="group" aria-label={summary} aria-description={t('pictures.keys')} data-testid="relation-graph">
          {shown.map((r, i) => {
            const p = points[i];
            const mx = (p.x + width / 2) / 2;
            const my = (p.y + height / 2) / 2;
            return (
              <g key={r.other.id} className={`cd-edge cd-edge-${r.kind}${r.conflicting ? ' cd-edge-conflict' : ''}`}>
                <line x1={width / 2} y1={height / 2} x2={p.x} y2={p.y} />
                <text x={mx} y={my} textAnchor="middle" dominantBaseline="middle" className="cd-edge-label">
                  {r.conflicting ? '⚠ ' : ''}
                  {edgeLabel(r)}
                </text>
              </g>
            );
          })}
          {shown.map((r, i) => {
            const p = points[i];
            const name = short(r.other.name, 22);
            const w = Math.max(64, name.length * 7.4 + 20);
            return (
              <g
                key={r.other.id}
                className={`cd-node cd-node-${r.kind} cd-node-${r.other.kind}`}
                onClick={() => onSelect(r.other)}
                aria-label={t('pictures.graphNode', { name: r.other.name, relation: `${edgeLabel(r)}${r.conflicting ? `, ${t('series.conflicting')}` : ''}` })}
                {...focusItem(i)}
              >
                <title>{`${r.other.name}: ${edgeLabel(r)}`}</title>
                <rect x={p.x - w / 2} y={p.y - 15} width={w} height={30} rx={r.other.kind === 'character' ? 15 : 4} />
                <text x={p.x} y={p.y} textAnchor="middle" dominantBaseline="central">
                  {name}
                </text>
              </g>
            );
          })}
          <g className="cd-node cd-node-centre" role="img" aria-label={t('pictures.graphCentre', { name: entity.name })}>
            <rect x={width / 2 - Math.max(80, entity.name.length * 8.5 + 24) / 2} y={height / 2 - 19} width={Math.max(80, entity.name.length * 8.5 + 24)} height={38} rx={19} />
            <text x={width / 2} y={height / 2} textAnchor="middle" dominantBaseline="central">
              {short(entity.name, 26)}
            </text>
          </g>
        </svg>
      )}
      {relations.length > 0 && (
        <div className="cd-series-legend" aria-hidden="true">
          <span className="cd-legend-family">{t('series.kind.family')}</span>
          <span className="cd-legend-work">{t('series.kind.work')}</span>
          <span className="cd-legend-other">{t('series.kind.other')}</span>
          <span className="cd-legend-conflict">⚠ {t('series.conflicting')}</span>
          {relations.length > maxNodes && <span>{t('series.graph.more', { count: relations.length - maxNodes })}</span>}
        </div>
      )}
      {relations.length > 0 && (
        <table className="cd-series-table">
          <caption className="cd-series-sr">{t('series.relations')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('series.who')}</th>
              <th scope="col">{t('series.relation')}</th>
              <th scope="col">{t('series.where')}</th>
            </tr>
          </thead>
          <tbody>
            {relations.map((r) => (
              <tr key={r.other.id} className={r.conflicting ? 'cd-series-conflict-row' : undefined}>
                <td>
                  <button type="button" className="cd-link-button" onClick={() => onSelect(r.other)}>
                    {r.other.name}
                  </button>
                </td>
                <td>
                  <span className={`cd-kind-dot cd-kind-${r.kind}`} aria-hidden="true" /> {r.claims.map((c) => predicateLabel(t, c.predicate)).join(', ')}
                  {r.conflicting && <strong className="cd-series-conflict-tag"> ⚠ {t('series.conflicting')}</strong>}
                </td>
                <td>
                  {/* In episode order (each chip is one passage): "01 01 04", not "01 04 01" by claim. */}
                  {r.claims
                    .flatMap((c) => c.facts)
                    .sort((a, b) => (byFile.get(a.episode)?.index ?? 0) - (byFile.get(b.episode)?.index ?? 0) || a.start - b.start)
                    .slice(0, 6)
                    .map((f) => (
                    <button
                      key={f.id}
                      type="button"
                      className="cd-episode-chip cd-series-chip"
                      title={f.quote}
                      aria-label={t('series.openPassage', { episode: byFile.get(f.episode)?.title ?? f.episode, quote: f.quote })}
                      onClick={() => onOpenPassage({ episode: f.episode, quote: f.quote, start: f.start, end: f.end })}
                    >
                      {episodeNumber(byFile.get(f.episode))}
                    </button>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
