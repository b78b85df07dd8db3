import { describe, expect, it } from 'vitest';
import { areSoundAlikes, areSpellingVariants, spellingSkeleton, variantBlockingKeys } from './spellingVariants';

describe('areSpellingVariants', () => {
  it('flags one name written two ways', () => {
    for (const [a, b] of [
      ['Katrin', 'Kathrin'],
      ['Kreuzer', 'Kreutzer'],
      ['Meyer', 'Meier'],
      ['Sophie', 'Sofie'],
      ['Matthias', 'Mathias'],
      ['Dietrich', 'Dittrich'],
      ['Thompson', 'Thomson'],
      ['Stephen', 'Steven'],
      ['Falkenberg', 'Falkenburg'],
      ['Petrowa', 'Petrova'],
      ['Iwanow', 'Ivanov'],
    ] as const) {
      expect(areSpellingVariants(a, b, 'de'), `${a}/${b}`).toBe(true);
    }
  });

  it('does not flag different names, gendered pairs or grammatical endings', () => {
    for (const [a, b] of [
      ['Daniel', 'Daniela'],
      ['Morton', 'Merton'],
      ['Edna', 'Enid'],
      ['Lene', 'Line'],
      ['Parker', 'Barker'],
      ['Russian', 'Prussian'],
      ['Friedrich', 'Friedrichs'],
      ['Anna', 'ANNA'],
    ] as const) {
      expect(areSpellingVariants(a, b, 'en'), `${a}/${b}`).toBe(false);
    }
  });

  it('shares a blocking key between variants', () => {
    const shared = (a: string, b: string) => variantBlockingKeys(a, 'de').some((k) => variantBlockingKeys(b, 'de').includes(k));
    expect(shared('Katrin', 'Kathrin')).toBe(true);
    expect(shared('Thompson', 'Thomson')).toBe(true);
    expect(spellingSkeleton('Meyer')).toBe(spellingSkeleton('Maier'));
  });

  it('knows first names that sound alike', () => {
    expect(areSoundAlikes('Geoff', 'Jeff')).toBe(true);
    expect(areSoundAlikes('Uli', 'Ulf')).toBe(false);
  });
});
