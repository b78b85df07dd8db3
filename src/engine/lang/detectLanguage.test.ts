import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detectLanguage';

describe('detectLanguage', () => {
  it('tells German from English by function words', () => {
    expect(detectLanguage('Am Morgen geht die Ärztin mit ihrem Sohn in die Klinik, weil er Fieber hat.')).toBe('de');
    expect(detectLanguage('In the morning the doctor takes her son to the clinic because he has a fever.')).toBe('en');
  });

  it('falls back to English when there is nothing to go on', () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('Kathrin Globisch')).toBe('en');
  });
});
