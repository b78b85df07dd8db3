import { describe, expect, it } from 'vitest';
import { attribute } from './attribute';
import { buildRuleInput } from './buildRuleInput';

describe('attribute', () => {
  it('flags a different eye colour as an error', () => {
    const found = attribute(buildRuleInput([['Anna', 'attribute:eyes', 'blue', 'asserted', 0], ['Anna', 'attribute:eyes', 'brown', 'asserted', 2]]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'attribute', severity: 'error', summary: 'Augenfarbe von Anna: in e0 blau, in e2 braun.' });
  });

  it('flags a scar on the other side of the same body part', () => {
    const found = attribute(buildRuleInput([['Tom', 'attribute:scar', 'left cheek', 'asserted', 0], ['Tom', 'attribute:scar', 'right cheek', 'asserted', 1]], { language: 'en' }));
    expect(found.map((f) => f.summary)).toEqual(["Tom's scar: left cheek in e0, right cheek in e1."]);
  });

  it('stays quiet for scars in different places, one hair colour repeated, and beliefs a reveal overturns', () => {
    expect(attribute(buildRuleInput([['Tom', 'attribute:scar', 'left cheek', 'asserted', 0], ['Tom', 'attribute:scar', 'chin', 'asserted', 1]]))).toEqual([]);
    expect(attribute(buildRuleInput([['Tom', 'attribute:hair', 'blond', 'asserted', 0], ['Tom', 'attribute:hair', 'blond', 'asserted', 3]]))).toEqual([]);
    expect(attribute(buildRuleInput([['Tom', 'attribute:eyes', 'blue', 'asserted', 0], ['Tom', 'attribute:eyes', 'green', 'believed', 3], ['Tom', 'attribute:eyes', 'blue', 'revealed', 4]]))).toEqual([]);
    expect(attribute(buildRuleInput([['Tom', 'attribute:eyes', 'blue', 'asserted', 0], ['Tom', 'attribute:eyes', 'green', 'believed', 3]])).map((f) => f.severity)).toEqual(['warning']);
  });

  it('flags the other arm injured in the next episode, but not a new injury', () => {
    expect(attribute(buildRuleInput([['Ben', 'attribute:injury', 'left arm', 'asserted', 0], ['Ben', 'attribute:injury', 'right arm', 'asserted', 1, 40]])).map((f) => f.severity)).toEqual(['warning']);
    expect(
      attribute(buildRuleInput([['Ben', 'attribute:injury', 'left arm', 'asserted', 0], ['Ben', 'attribute:injury', 'right arm', 'asserted', 1, 40], ['Ben', 'event', 'injury', 'asserted', 1, 40]])),
    ).toEqual([]);
  });
});

describe('attribute: lasting conditions and the only scar', () => {
  it('flags a limp on the other leg however many episodes apart, unless the story heals it', () => {
    const far = attribute(buildRuleInput([['Ulrich', 'attribute:lame', 'left leg', 'asserted', 0], ['Ulrich', 'attribute:lame', 'right leg', 'asserted', 5]]));
    expect(far.map((f) => [f.severity, f.summary])).toEqual([['warning', 'steifes oder lahmes Glied von Ulrich: in e0 linkes Bein, in e5 rechtes Bein.']]);
    const healed = attribute(buildRuleInput([['Ulrich', 'attribute:lame', 'left leg', 'asserted', 0], ['Ulrich', 'event', 'injury-healed', 'asserted', 2], ['Ulrich', 'attribute:lame', 'right leg', 'asserted', 5]]));
    expect(healed).toEqual([]);
  });

  it('flags a scar elsewhere when another episode calls one scar the only one, but not two scars with no such claim', () => {
    const found = attribute(buildRuleInput([['Rufus', 'attribute:scar', 'left hand', 'asserted', 0], ['Rufus', 'attribute:scar', 'right ear', 'asserted', 4], ['Rufus', 'attribute:only-scar', 'right ear', 'asserted', 4]], { language: 'en' }));
    expect(found.map((f) => f.summary)).toEqual(["Rufus's scar: left hand in e0, right ear in e4 (said to be the only one)."]);
    expect(attribute(buildRuleInput([['Rufus', 'attribute:scar', 'left hand', 'asserted', 0], ['Rufus', 'attribute:scar', 'right ear', 'asserted', 4]]))).toEqual([]);
    // A new injury in between may leave a new scar.
    expect(
      attribute(buildRuleInput([['Rufus', 'attribute:only-scar', 'right ear', 'asserted', 0], ['Rufus', 'event', 'injury', 'asserted', 2], ['Rufus', 'attribute:scar', 'left hand', 'asserted', 4]])),
    ).toEqual([]);
  });
});

describe('attribute: things a person has', () => {
  it('flags glasses worn in one episode and never worn in another', () => {
    const found = attribute(buildRuleInput([['Dana', 'attribute:has', 'glasses', 'asserted', 0], ['Dana', 'attribute:has', 'glasses', 'negated', 4]], { language: 'en' }));
    expect(found).toEqual([expect.objectContaining({ kind: 'attribute', severity: 'warning', summary: 'Dana has glasses in e0, but never in e4.' })]);
  });

  it('stays quiet when only one episode speaks of it', () => {
    expect(attribute(buildRuleInput([['Dana', 'attribute:has', 'glasses', 'asserted', 0], ['Dana', 'attribute:has', 'glasses', 'asserted', 4]]))).toEqual([]);
  });

  it('stays quiet on a hair colour the story changes (dyed) and on an injury healed in between, and still flags an unexplained change', () => {
    const dyed = attribute(buildRuleInput([['Lena', 'attribute:hair', 'blond', 'asserted', 0, 5], ['Lena', 'event', 'hair-change', 'asserted', 2, 10], ['Lena', 'attribute:hair', 'red', 'asserted', 2, 10], ['Lena', 'attribute:hair', 'red', 'asserted', 4, 3]]));
    expect(dyed).toEqual([]);
    const undyed = attribute(buildRuleInput([['Lena', 'attribute:hair', 'blond', 'asserted', 0, 5], ['Lena', 'attribute:hair', 'red', 'asserted', 2, 10]]));
    expect(undyed.map((f) => f.severity)).toEqual(['warning']);
    const healed = attribute(buildRuleInput([['Ben', 'attribute:injury', 'left wrist', 'asserted', 0, 5], ['Ben', 'event', 'injury-healed', 'asserted', 1, 8], ['Ben', 'attribute:injury', 'right wrist', 'asserted', 1, 40]]));
    expect(healed).toEqual([]);
  });
});
