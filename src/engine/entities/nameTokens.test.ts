import { describe, expect, it } from 'vitest';
import { nameTokens } from './nameTokens';

describe('nameTokens', () => {
  it('drops titles, periods and possessive endings', () => {
    expect(nameTokens("Dr. Kathrin Globisch's", 'en')).toEqual(['Kathrin', 'Globisch']);
    expect(nameTokens('Oberarzt Dr. Achim Kreutzer', 'de')).toEqual(['Achim', 'Kreutzer']);
    expect(nameTokens('Lukas’', 'de')).toEqual(['Lukas']);
  });

  it('keeps a name that is only a title word', () => {
    expect(nameTokens('Major', 'en')).toEqual(['Major']);
  });
});
