import { describe, expect, it } from 'vitest';
import { phoneticKeys } from './phoneticKeys';

const share = (a: string, b: string, lang: 'de' | 'en') => phoneticKeys(a, lang).some((k) => phoneticKeys(b, lang).includes(k));

describe('phoneticKeys', () => {
  it('gives German spellings of one sound a shared Kölner Phonetik code', () => {
    expect(share('Kreuzer', 'Kreutzer', 'de')).toBe(true);
    expect(share('Meyer', 'Maier', 'de')).toBe(true);
    expect(phoneticKeys('Katrin', 'de')).toContain('k:4276');
  });

  it('uses Double Metaphone for English', () => {
    expect(share('Stephen', 'Steven', 'en')).toBe(true);
    expect(share('Holmes', 'Watson', 'en')).toBe(false);
    expect(phoneticKeys('Holmes', 'en').every((k) => k.startsWith('m:'))).toBe(true);
  });
});
