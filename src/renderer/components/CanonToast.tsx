// The toast after "Take as canon": what the bible now says, with "Remove from canon" to undo it in one step.
import { useTranslation } from 'react-i18next';
import type { CanonUndo } from '../problems/canonContext';
import '../styles/canonProgress.css';

interface Props {
  undo: CanonUndo | null;
  onRemove(): void;
  onDismiss(): void;
}

export function CanonToast({ undo, onRemove, onDismiss }: Props) {
  const { t } = useTranslation();
  if (!undo) return null;
  const { added } = undo.change;
  const text =
    undo.state === 'taken'
      ? t('canon.taken', { subject: added.subject, quote: undo.choice.quote, episode: undo.choice.episodeTitle })
      : undo.state === 'removed'
        ? t('canon.removed', { subject: added.subject })
        : t('canon.failed', { message: undo.message ?? '' });
  return (
    <div className={`cd-canon-toast cd-canon-toast-${undo.state}`} role="status" aria-live="polite">
      <span className="cd-canon-toast-text">{text}</span>
      {undo.state === 'taken' && (
        <button type="button" className="cd-primary" onClick={onRemove}>
          {t('canon.remove')}
        </button>
      )}
      <button type="button" className="cd-icon-button" aria-label={t('canon.dismiss')} title={t('canon.dismiss')} onClick={onDismiss}>
        ✕
      </button>
    </div>
  );
}
