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

  it('flags names that drift in spelling while they sound the same', () => {
    for (const [a, b, lang] of [
      ['Holcomb', 'Holcombe', 'en'],
      ['Brown', 'Browne', 'en'],
      ['Marlow', 'Marlowe', 'en'],
      ['Fairburn', 'Fairbairn', 'en'],
      ['Pardew', 'Pardoe', 'en'],
      ['Haddow', 'Haddoe', 'en'],
      ['Greenway', 'Greanway', 'en'],
      ['Boatman', 'Botman', 'en'],
      ['Rorty', 'Roarty', 'en'],
      ['Peterson', 'Petersen', 'en'],
      ['Hoffmann', 'Hoffman', 'de'],
      ['Neumann', 'Neuman', 'de'],
      ['Frederick', 'Frederik', 'en'],
      ['Jäger', 'Jeger', 'de'],
      ['Brandstätter', 'Brandstetter', 'de'],
      ['Aichinger', 'Eichinger', 'de'],
      ['Dorfner', 'Dorfer', 'de'],
      ['Margarete', 'Margarethe', 'de'],
    ] as const) {
      expect(areSpellingVariants(a, b, lang), `${a}/${b}`).toBe(true);
      const shared = variantBlockingKeys(a, lang).some((k) => variantBlockingKeys(b, lang).includes(k));
      expect(shared, `${a}/${b} meet in a block`).toBe(true);
    }
  });

  it('keeps apart names that sound alike but are two names', () => {
    for (const [a, b, lang] of [
      ['Christine', 'Christina', 'de'],
      ['Lena', 'Lina', 'de'],
      ['Jan', 'Jana', 'de'],
      ['Maria', 'Marie', 'en'],
      ['Louis', 'Louise', 'en'],
      ['Simon', 'Simone', 'en'],
      ['Miller', 'Muller', 'en'],
      ['Hilda', 'Holda', 'en'],
      ['Hanke', 'Henke', 'de'],
      ['Anton', 'Antoni', 'de'],
      ['Greta', 'Grete', 'de'],
      ['Hardy', 'Harty', 'en'],
      ['Mason', 'Masen', 'en'],
      ['Lobet', 'Liebet', 'de'],
      ['Hollis', 'Hollins', 'en'],
      ['Franke', 'Franken', 'de'],
      ['Brand', 'Brandt', 'de'],
    ] as const) {
      expect(areSpellingVariants(a, b, lang), `${a}/${b}`).toBe(false);
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
