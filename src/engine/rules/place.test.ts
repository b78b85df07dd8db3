import { describe, expect, it } from 'vitest';
import { buildRuleInput } from './buildRuleInput';
import { place } from './place';

describe('place', () => {
  it('flags a different home with no narrated move', () => {
    const found = place(buildRuleInput([['Rosa', 'lives-in', 'Whitby', 'asserted', 0], ['Rosa', 'lives-in', 'Scarborough', 'asserted', 3]], { language: 'en' }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'place', severity: 'warning', summary: 'Rosa lives in Whitby in e0 but in Scarborough in e3, with no move narrated.' });
  });

  it('flags a different origin', () => {
    const found = place(buildRuleInput([['Frieda', 'comes-from', 'Stockholm', 'asserted', 0], ['Frieda', 'comes-from', 'Flensburg', 'asserted', 2]]));
    expect(found.map((f) => f.summary)).toEqual(['Frieda stammt in e0 aus Stockholm, in e2 aber aus Flensburg.']);
  });

  it('stays quiet after a narrated move and for the same place written twice', () => {
    expect(place(buildRuleInput([['Tom', 'lives-in', 'Köln', 'asserted', 0], ['Tom', 'moves-to', 'Berlin', 'asserted', 1], ['Tom', 'lives-in', 'Berlin', 'asserted', 2]]))).toEqual([]);
    expect(place(buildRuleInput([['Tom', 'lives-in', 'Köln', 'asserted', 0], ['Tom', 'event', 'move', 'asserted', 2, 1], ['Tom', 'lives-in', 'Bonn', 'asserted', 2, 9]]))).toEqual([]);
    expect(place(buildRuleInput([['Tom', 'lives-in', 'Köln', 'asserted', 0], ['Tom', 'lives-in', 'köln', 'asserted', 2]]))).toEqual([]);
  });

  it('ignores a place that is only believed (the belief the story later overturns)', () => {
    expect(place(buildRuleInput([['Flint', 'lives-in', 'Spain', 'believed', 0], ['Flint', 'lives-in', 'Castlebridge', 'revealed', 3]]))).toEqual([]);
  });

  it('takes a town and its adjective or a part named after it for one place, and two different towns for two', () => {
    expect(place(buildRuleInput([['Bernd', 'lives-in', 'Bremerhaven', 'asserted', 0], ['Bernd', 'lives-in', 'Bremerhaven', 'asserted', 2]]))).toEqual([]);
    expect(place(buildRuleInput([['Rosa', 'lives-in', 'Leeds', 'asserted', 0], ['Rosa', 'lives-in', 'Leeds City Centre', 'asserted', 2]]))).toEqual([]);
    expect(place(buildRuleInput([['Ida', 'lives-in', 'München', 'asserted', 0], ['Ida', 'lives-in', 'Münchner', 'asserted', 2]]))).toEqual([]);
    expect(place(buildRuleInput([['Bernd', 'lives-in', 'Norderhaven', 'asserted', 0], ['Bernd', 'lives-in', 'Bremerhaven', 'asserted', 2]]))).toHaveLength(1);
  });

  it('flags two birthplaces as an error, and as a warning at most when one is only the person\'s claim (kept, not dropped)', () => {
    const two = place(buildRuleInput([['Mara', 'born-in', 'Tullow', 'asserted', 0], ['Mara', 'born-in', 'Carlow', 'asserted', 2]], { language: 'en' }));
    expect(two.map((f) => f.severity)).toEqual(['error']);
    const claimed = place(buildRuleInput([['Mara', 'born-in', 'Tullow', 'believed', 0], ['Mara', 'born-in', 'Carlow', 'asserted', 2]], { language: 'en' }));
    expect(claimed.map((f) => f.severity)).toEqual(['warning']);
    // Exposed as a lie: the claim is overturned and no alarm remains.
    expect(place(buildRuleInput([['Mara', 'born-in', 'Tullow', 'believed', 0], ['Mara', 'born-in', 'Carlow', 'revealed', 2]], { language: 'en' }))).toEqual([]);
  });

  it('takes a district told to lie in a town ("aus Altona in Hamburg") and a hyphenated district for the town itself, not two origins', () => {
    const told = place(buildRuleInput([['Altona', 'located-in', 'Hamburg', 'asserted', 0], ['Jonas', 'comes-from', 'Altona', 'asserted', 0], ['Jonas', 'comes-from', 'Hamburg', 'asserted', 2]]));
    expect(told).toEqual([]);
    expect(place(buildRuleInput([['Jonas', 'born-in', 'Hamburg-Altona', 'asserted', 0], ['Jonas', 'born-in', 'Hamburg', 'asserted', 2]]))).toEqual([]);
    // Without that, or with a sibling district of the same town, the origins still differ.
    expect(place(buildRuleInput([['Jonas', 'comes-from', 'Altona', 'asserted', 0], ['Jonas', 'comes-from', 'Hamburg', 'asserted', 2]]))).toHaveLength(1);
    const siblings = place(buildRuleInput([['Altona', 'located-in', 'Hamburg', 'asserted', 0], ['Eppendorf', 'located-in', 'Hamburg', 'asserted', 0], ['Jonas', 'comes-from', 'Altona', 'asserted', 0], ['Jonas', 'comes-from', 'Eppendorf', 'asserted', 2]]));
    expect(siblings).toHaveLength(1);
  });

  it('keeps an own account later exposed as a lie as information only, not an alarm', () => {
    const lie = place(buildRuleInput([['Mara', 'born-in', 'Tullow', 'asserted', 0], ['Mara', 'born-in', 'Carlow', 'revealed', 2]], { language: 'en' }));
    expect(lie.map((f) => f.severity)).toEqual(['info']);
    // Told plainly both times, it stays an error.
    expect(place(buildRuleInput([['Mara', 'born-in', 'Tullow', 'asserted', 0], ['Mara', 'born-in', 'Carlow', 'asserted', 2]], { language: 'en' })).map((f) => f.severity)).toEqual(['error']);
  });
});
