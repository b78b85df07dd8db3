// The writer's UI settings (language, theme, problems panel size), kept in the browser's local storage.
import { detectLanguage, type UiLanguage } from '../i18n/i18n';

export type Theme = 'light' | 'dark' | 'system';

export interface Settings {
  language: UiLanguage;
  theme: Theme;
  /** Height of the Problems panel in CSS pixels, as the writer dragged it; absent: the default. */
  problemsHeight?: number;
  /** The Problems panel folded down to its toolbar (Ctrl+J). */
  problemsCollapsed?: boolean;
}

/** Bounds of a stored panel height: anything outside (or not a number) is ignored. */
export const problemsHeightRange = { min: 96, max: 4000 } as const;

const storageKey = 'continuity-desk.settings';

export function loadSettings(storage: Pick<Storage, 'getItem'> | null, languages: readonly string[]): Settings {
  const fallback: Settings = { language: detectLanguage(languages), theme: 'system' };
  try {
    const saved = JSON.parse(storage?.getItem(storageKey) ?? 'null') as Partial<Settings> | null;
    return {
      language: saved?.language === 'de' || saved?.language === 'en' ? saved.language : fallback.language,
      theme: saved?.theme === 'light' || saved?.theme === 'dark' || saved?.theme === 'system' ? saved.theme : fallback.theme,
      ...(typeof saved?.problemsHeight === 'number' &&
      saved.problemsHeight >= problemsHeightRange.min &&
      saved.problemsHeight <= problemsHeightRange.max
        ? { problemsHeight: Math.round(saved.problemsHeight) }
        : {}),
      ...(saved?.problemsCollapsed === true ? { problemsCollapsed: true } : {}),
    };
  } catch {
    return fallback;
  }
}

export function saveSettings(storage: Pick<Storage, 'setItem'> | null, settings: Settings): void {
  try {
    storage?.setItem(storageKey, JSON.stringify(settings));
  } catch {
    // Storage can be unavailable (private mode, file:// origins); settings then last for the session.
  }
}
