// The tooltip over a flagged passage: what the conflict is and the contradicting passage from the other episode.
import { useContext, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict, EpisodeRef } from '../../engine/types';
import { otherEvidence } from '../state/navTarget';
import { SeverityIcon } from './SeverityIcon';
import { CanonFixButtons } from './CanonFixButtons';
import { CanonContext } from '../problems/canonContext';

interface Props {
  anchor: HTMLElement;
  container: HTMLElement | null;
  conflicts: Conflict[];
  episodeFile: string;
  episodesByFile: Map<string, EpisodeRef>;
}

/** Passages shown per conflict; the side view and the Problems panel show all. */
const maxQuotes = 2;

export function ConflictTooltip({ anchor, container, conflicts, episodeFile, episodesByFile }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const canon = useContext(CanonContext);

  // Positioned through the CSSOM (allowed under style-src 'self'), below the flagged words, or above them when the
  // editor shows too little below (a low window, a flag near the Problems panel), never cut off by the editor's edge.
  useLayoutEffect(() => {
    const tip = ref.current;
    if (!tip || !container) return;
    const a = anchor.getBoundingClientRect();
    const c = container.getBoundingClientRect();
    const left = Math.max(8, Math.min(a.left - c.left + container.scrollLeft, container.clientWidth - tip.offsetWidth - 8));
    const h = tip.offsetHeight;
    const fitsBelow = c.bottom - a.bottom >= h + 12;
    const fitsAbove = a.top - c.top >= h + 12;
    // Fitting neither way, it is kept whole inside the visible editor, over the lines near the flag.
    const top = fitsBelow ? a.bottom - c.top + 6 : fitsAbove ? a.top - c.top - h - 6 : Math.max(8, c.height - h - 8);
    tip.style.setProperty('left', `${left}px`);
    tip.style.setProperty('top', `${top + container.scrollTop}px`);
  });

  if (conflicts.length === 0) return null;
  const fixable = !!canon && !canon.readOnly && conflicts.some((c) => canon.choices(c).length > 0);
  return (
    <div className={`cd-tooltip${fixable ? ' cd-tooltip-interactive' : ''}`} role="tooltip" ref={ref}>
      {conflicts.map((conflict) => (
        <div key={conflict.id} className="cd-tooltip-item">
          <div className="cd-tooltip-head">
            <SeverityIcon severity={conflict.severity} />
            <strong>{t(`kind.${conflict.kind}`)}</strong>
            <span className="cd-tooltip-entity">{conflict.entity}</span>
          </div>
          <p className="cd-tooltip-summary">{conflict.summary}</p>
          {otherEvidence(conflict, episodeFile).slice(0, maxQuotes).map((e, i) => (
            <blockquote key={i} className="cd-tooltip-quote">
              <cite>
                {t('tooltip.contradicts')}: {episodesByFile.get(e.episode)?.title ?? e.episode}
              </cite>
              <span>„{e.quote}“</span>
            </blockquote>
          ))}
          {otherEvidence(conflict, episodeFile).length > maxQuotes && (
            <p className="cd-tooltip-more">{t('tooltip.more', { count: otherEvidence(conflict, episodeFile).length - maxQuotes })}</p>
          )}
          <CanonFixButtons conflict={conflict} compact />
        </div>
      ))}
      <p className="cd-tooltip-hint">{t('tooltip.clickHint')}</p>
    </div>
  );
}
