// A banner across the app while the connection to the service is lost (browser bridge only).
import { useTranslation } from 'react-i18next';
import type { ConnectionState } from '../api/bridgeClient';

export function ConnectionBanner({ state }: { state: ConnectionState }) {
  const { t } = useTranslation();
  if (state !== 'lost') return null;
  return (
    <div className="cd-banner cd-banner-error" role="alert">
      {t('connection.lost')}
    </div>
  );
}
