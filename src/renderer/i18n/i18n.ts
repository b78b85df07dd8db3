// Sets up i18next with the German and English UI texts, following the system language unless the writer chose one.
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { de } from './de';
import { en } from './en';

export type UiLanguage = 'de' | 'en';

/** German for any German locale (de, de-AT, de-CH…), English otherwise. */
export function detectLanguage(languages: readonly string[]): UiLanguage {
  const first = languages.find(Boolean) ?? 'en';
  return first.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export async function setupI18n(language: UiLanguage): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: { de: { translation: de }, en: { translation: en } },
    interpolation: { escapeValue: false },
    // Fact predicates such as "attribute:eyes" are keys too: a colon is not a namespace here.
    nsSeparator: false,
    returnNull: false,
  });
  return instance;
}
