// The settings menu in the title bar: UI language and theme, plus the keyboard shortcuts.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings, Theme } from '../state/settings';
import type { UiLanguage } from '../i18n/i18n';

interface Props {
  settings: Settings;
  onChange(settings: Settings): void;
}

const languages: { value: UiLanguage; label: string }[] = [
  { value: 'de', label: 'Deutsch' },
  { value: 'en', label: 'English' },
];
const themes: Theme[] = ['light', 'dark', 'system'];

export function SettingsMenu({ settings, onChange }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  return (
    <div className="cd-settings" ref={root}>
      <button
        type="button"
        className="cd-titlebar-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="cd-gear" aria-hidden="true">⚙</span> {t('settings.button')}
      </button>
      {open && (
        <div
          className="cd-popover"
          role="dialog"
          aria-label={t('settings.button')}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setOpen(false);
          }}
        >
          <fieldset>
            <legend>{t('settings.language')}</legend>
            {languages.map((l) => (
              <label key={l.value} className="cd-radio">
                <input type="radio" name="cd-language" value={l.value} checked={settings.language === l.value} onChange={() => onChange({ ...settings, language: l.value })} />
                {l.label}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('settings.theme')}</legend>
            {themes.map((theme) => (
              <label key={theme} className="cd-radio">
                <input type="radio" name="cd-theme" value={theme} checked={settings.theme === theme} onChange={() => onChange({ ...settings, theme })} />
                {t(`settings.${theme}`)}
              </label>
            ))}
          </fieldset>
          <p className="cd-shortcuts">
            <strong>{t('settings.shortcuts')}</strong>
            <br />
            {t('settings.shortcutList')}
          </p>
        </div>
      )}
    </div>
  );
}
