// The top bar: the app mark, the series title and folder, and the settings menu.
import { useTranslation } from 'react-i18next';
import type { Settings } from '../state/settings';
import { SettingsMenu } from './SettingsMenu';

interface Props {
  title: string;
  folderName: string;
  readOnly: boolean;
  settings: Settings;
  onSettings(settings: Settings): void;
}

export function TitleBar({ title, folderName, readOnly, settings, onSettings }: Props) {
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
      <SettingsMenu settings={settings} onChange={onSettings} />
    </header>
  );
}
