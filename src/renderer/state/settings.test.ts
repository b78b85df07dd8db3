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
});
