// The top bar: the app mark, the series title and folder, export/import, close series, and the settings menu.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../state/settings';
import { SettingsMenu } from './SettingsMenu';

interface Props {
  title: string;
  folderName: string;
  readOnly: boolean;
  settings: Settings;
  onSettings(settings: Settings): void;
  /** Buttons shown before the settings menu (export and import). */
  actions?: ReactNode;
  /** Closes the series and returns to the start screen (the same as File → Close project). */
  onClose?(): void;
}

export function TitleBar({ title, folderName, readOnly, settings, onSettings, actions, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <header className="cd-titlebar" role="banner">
      <div className="cd-brand">
        <span className="cd-logo" aria-hidden="true" />
        <span className="cd-brand-name">{t('app.name')}</span>
      </div>
      <div className="cd-title-center">
        <h1 className="cd-series-title">{title}</h1>
        {folderName && <span className="cd-folder">{folderName}</span>}
        {readOnly && <span className="cd-status-chip">{t('app.readOnly')}</span>}
      </div>
      <div className="cds-title-actions">
        {actions}
        {onClose && (
          <button type="button" className="cd-titlebar-button cds-close-project" title={t('start.closeTitle')} onClick={onClose}>
            {t('start.close')}
          </button>
        )}
        <SettingsMenu settings={settings} onChange={onSettings} />
      </div>
    </header>
  );
}
