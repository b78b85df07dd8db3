// The "Take as canon" quick fix of one conflict: a button per side, for the Problems panel, the side view and the tooltip.
import { useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../engine/types';
import { CanonContext } from '../problems/canonContext';
import '../styles/canonProgress.css';

interface Props {
  conflict: Conflict;
  /** Smaller buttons (the tooltip). */
  compact?: boolean;
}

export function CanonFixButtons({ conflict, compact }: Props) {
  const { t } = useTranslation();
  const canon = useContext(CanonContext);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  if (!canon || canon.readOnly) return null;
  const choices = canon.choices(conflict);
  const uncanon = conflict.status === 'open' ? conflict.fixes?.find((f) => f.kind === 'uncanon') : undefined;
  if (!choices.length && !uncanon) return null;
  const run = (work: () => Promise<void>) => {
    setBusy(true);
    setError('');
    work()
      .catch((e: unknown) => setError(t('canon.failed', { message: e instanceof Error ? e.message : String(e) })))
      .finally(() => setBusy(false));
  };
  return (
    <div className={`cd-canon-fix${compact ? ' cd-canon-compact' : ''}`} role="group" aria-label={t('canon.group')}>
      {choices.map((choice) => (
        <button
          key={choice.factId}
          type="button"
          className="cd-canon-take"
          disabled={busy}
          title={t('canon.takeTitle', { quote: choice.quote, episode: choice.episodeTitle })}
          onClick={() => run(() => canon.take(choice))}
        >
          <span className="cd-canon-label">{t('canon.take')}</span> <q>{choice.quote}</q> <span className="cd-canon-episode">({choice.episodeTitle})</span>
        </button>
      ))}
      {uncanon?.kind === 'uncanon' && (
        <button type="button" className="cd-canon-take cd-canon-remove" disabled={busy} title={t('canon.removeTitle')} onClick={() => run(() => canon.uncanon(uncanon.fact))}>
          {t('canon.remove')}
        </button>
      )}
      {error && (
        <p className="cd-canon-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
