// A banner across the app while the connection to the service is lost (browser bridge only).
import { useTranslation } from 'react-i18next';
import type { ConnectionState } from '../api/bridgeClient';

export function ConnectionBanner({ state }: { state: ConnectionState }) {
  const { t } = useTranslation();
  // The slot always exists so the shell's grid rows stay in place; it is empty while connected.
  return (
    <div className="cd-banner-slot" role="alert">
      {state === 'lost' && <div className="cd-banner cd-banner-error">{t('connection.lost')}</div>}
    </div>
  );
}
