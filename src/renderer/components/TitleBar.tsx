// The top bar: the app mark, the series title and folder, and the settings menu.
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
}

export function TitleBar({ title, folderName, readOnly, settings, onSettings, actions }: Props) {
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
      {actions}
      <SettingsMenu settings={settings} onChange={onSettings} />
    </header>
  );
}
