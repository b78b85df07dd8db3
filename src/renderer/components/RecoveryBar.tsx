// Offers typing that a crash or a closed window left unsaved (from the recovery journal): restore it or discard it.
import { useTranslation } from 'react-i18next';
import type { Recovery } from '../../shared/contract';

interface Props {
  recoveries: Recovery[];
  onRestore(recovery: Recovery): void;
  onDiscard(recovery: Recovery): void;
}

export function RecoveryBar({ recoveries, onRestore, onDiscard }: Props) {
  const { t, i18n } = useTranslation();
  if (recoveries.length === 0) return null;
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="cd-recovery" role="alert">
      {recoveries.map((r) => (
        <div key={r.id} className="cd-infobar cd-infobar-warning">
          <span>{t('recovery.found', { title: r.title, when: when.format(new Date(r.at)) })}</span>
          <button type="button" className="cd-primary" onClick={() => onRestore(r)}>
            {t('recovery.restore')}
          </button>
          <button type="button" onClick={() => onDiscard(r)}>
            {t('recovery.discard')}
          </button>
        </div>
      ))}
    </div>
  );
}
