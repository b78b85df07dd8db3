// Says that the series is open read-only and why (open in another window or process, a folder that cannot be written).
import { useTranslation } from 'react-i18next';

interface Props {
  /** The reason from the main process (in English, as the store words it). */
  reason?: string;
  /** Opens the series again, to edit it once whatever held it has let go. */
  onRetry?(): void;
}

export function ReadOnlyBanner({ reason, onRetry }: Props) {
  const { t } = useTranslation();
  return (
    <div className="cd-infobar cd-infobar-warning cds-readonly" role="status" aria-live="polite">
      <strong>{t('start.readOnlyHeading')}</strong>
      <span>{reason ?? t('start.readOnlyGeneric')}</span>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('start.retryWritable')}
        </button>
      )}
    </div>
  );
}
