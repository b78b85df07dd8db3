// Checks that UI settings follow the system language until the writer picks one, and survive bad stored data.
import { describe, expect, it } from 'vitest';
import { loadSettings, saveSettings } from './settings';

const memory = () => {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
};

describe('settings', () => {
  it('follows the system language by default and remembers the writer’s choice', () => {
    const storage = memory();
    expect(loadSettings(storage, ['de-DE'])).toEqual({ language: 'de', theme: 'system' });
    saveSettings(storage, { language: 'en', theme: 'dark' });
    expect(loadSettings(storage, ['de-DE'])).toEqual({ language: 'en', theme: 'dark' });
  });

  it('ignores damaged stored settings', () => {
    expect(loadSettings({ getItem: () => '{nope' }, ['en-US'])).toEqual({ language: 'en', theme: 'system' });
    expect(loadSettings({ getItem: () => '{"language":"fr","theme":"neon"}' }, ['de'])).toEqual({ language: 'de', theme: 'system' });
  });

  it('remembers the Problems panel height and fold, and drops impossible sizes', () => {
    const storage = memory();
    saveSettings(storage, { language: 'de', theme: 'light', problemsHeight: 320, problemsCollapsed: true });
    expect(loadSettings(storage, ['en'])).toEqual({ language: 'de', theme: 'light', problemsHeight: 320, problemsCollapsed: true });
    const bad = loadSettings({ getItem: () => '{"problemsHeight":-5,"problemsCollapsed":"yes"}' }, ['en']);
    expect(bad.problemsHeight).toBeUndefined();
    expect(bad.problemsCollapsed).toBeUndefined();
    expect(loadSettings({ getItem: () => '{"problemsHeight":"300"}' }, ['en']).problemsHeight).toBeUndefined();
  });
});
