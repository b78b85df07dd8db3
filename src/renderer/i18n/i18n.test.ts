// Checks the UI language choice and that both languages have every text.
import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';
import { detectLanguage, setupI18n } from './i18n';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k.replace(/_(one|other)$/, '')] : keys(v as object, `${prefix}${k}.`)));

describe('i18n', () => {
  it('follows a German system language and falls back to English', () => {
    expect(detectLanguage(['de-AT', 'en'])).toBe('de');
    expect(detectLanguage(['fr-FR'])).toBe('en');
    expect(detectLanguage([])).toBe('en');
  });

  it('has every English text in German too', () => {
    expect(new Set(keys(de))).toEqual(new Set(keys(en)));
  });

  it('says the save state as the status bar shows it', async () => {
    const t = (await setupI18n('de')).t;
    expect(t('status_bar.saved')).toBe('Gespeichert');
    expect(t('status_bar.dirty')).toBe('Ungespeicherte Änderungen');
    expect(t('status_bar.conflicts', { count: 2 })).toBe('2 offene Probleme');
    expect(t('status_bar.words', { count: 12345 })).toBe('12.345 Wörter');
    expect((await setupI18n('en')).t('status_bar.saved')).toBe('Saved');
    expect((await setupI18n('en')).t('status_bar.words', { count: 12345 })).toBe('12,345 words');
  });
});
