import { describe, expect, it } from 'vitest';
import { buildRuleInput } from './buildRuleInput';
import { firstMeeting } from './firstMeeting';

describe('firstMeeting', () => {
  it('flags a first meeting when an earlier episode has the two talking', () => {
    const found = firstMeeting(
      buildRuleInput(
        [
          ['Ruth', 'interacts', 'Lisa', 'asserted', 1, 40],
          ['Ruth', 'first-meeting', 'Lisa', 'asserted', 4, 10],
          ['Lisa', 'first-meeting', 'Ruth', 'asserted', 4, 10],
        ],
        { language: 'en' },
      ),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'first-meeting', severity: 'warning' });
    expect(found[0].summary).toMatch(/meets Lisa for the first time in e4, yet they already deal with each other in e1/);
    expect(found[0].evidence.map((e) => e.episode)).toEqual(['e1.txt', 'e4.txt']);
  });

  it('flags a first meeting with someone who already looks after the family, naming the tie', () => {
    const found = firstMeeting(
      buildRuleInput([
        ['Katrin', 'son', 'Lukas', 'asserted', 0, 5],
        ['Friedrich', 'interacts-family', 'Katrin', 'asserted', 0, 50],
        ['Lukas', 'first-meeting', 'Friedrich', 'asserted', 1, 30],
        ['Lukas', 'father', 'Friedrich', 'asserted', 1, 10],
      ]),
    );
    expect(found).toHaveLength(1);
    expect(found[0].summary).toContain("Friedrich ist laut e1 Lukas' Vater");
    expect(found[0].severity).toBe('warning');
  });

  it('flags known friends meeting for the first time as an error', () => {
    const found = firstMeeting(buildRuleInput([['Tom', 'friend', 'Anna', 'asserted', 0], ['Tom', 'first-meeting', 'Anna', 'asserted', 2]]));
    expect(found.map((f) => f.severity)).toEqual(['error']);
  });

  it('stays quiet when meeting an absent parent for the first time, and when the contact comes only after the meeting', () => {
    expect(firstMeeting(buildRuleInput([['Lukas', 'father', 'Friedrich', 'asserted', 0], ['Lukas', 'first-meeting', 'Friedrich', 'asserted', 1]]))).toEqual([]);
    expect(firstMeeting(buildRuleInput([['Tom', 'first-meeting', 'Anna', 'asserted', 0, 5], ['Tom', 'interacts', 'Anna', 'asserted', 0, 90], ['Tom', 'interacts', 'Anna', 'asserted', 1]]))).toEqual([]);
  });

  it('ignores a first meeting that is only believed', () => {
    expect(firstMeeting(buildRuleInput([['Tom', 'knows', 'Anna', 'asserted', 0], ['Tom', 'first-meeting', 'Anna', 'believed', 1]]))).toEqual([]);
  });

  it('takes later first-meeting claims in the same episode as the same meeting, not contradicted by the first', () => {
    const found = firstMeeting(
      buildRuleInput([
        ['Kofi', 'first-meeting', 'Iona', 'asserted', 2, 10],
        ['Kofi', 'interacts', 'Iona', 'asserted', 2, 10],
        ['Iona', 'first-meeting', 'Kofi', 'asserted', 2, 80],
      ]),
    );
    expect(found).toEqual([]);
  });

  it('flags two memories of how a pair first met that name different years, not the same year told twice', () => {
    const memory = (ep: number, year: string, at: number): [string, string, string, 'asserted', number, number][] => [
      ['Tamsin', 'first-met', 'Osric', 'asserted', ep, at],
      ['Osric', 'first-met', 'Tamsin', 'asserted', ep, at],
      ['Tamsin', 'first-met-year', year, 'asserted', ep, at],
      ['Osric', 'first-met-year', year, 'asserted', ep, at],
      ['Tamsin', 'knows', 'Osric', 'asserted', ep, at],
    ];
    const found = firstMeeting(buildRuleInput([...memory(1, '1987', 20), ...memory(4, '1989', 50)], { language: 'en' }));
    expect(found.map((f) => [f.severity, f.summary])).toEqual([['warning', 'Osric and Tamsin first met in 1987 according to e1, but in 1989 according to e4.']]);
    expect(firstMeeting(buildRuleInput([...memory(1, '1987', 20), ...memory(4, '1987', 50)]))).toEqual([]);
  });

  it('takes a remembered first meeting as knowing each other, so no first meeting is claimed', () => {
    expect(firstMeeting(buildRuleInput([['Tamsin', 'wife', 'Osric', 'asserted', 0], ['Tamsin', 'knows', 'Osric', 'asserted', 1], ['Tamsin', 'first-met', 'Osric', 'asserted', 1]]))).toEqual([]);
  });
  it('does not count dealing with each other earlier in the same episode (the first meeting being told), but does across episodes', () => {
    expect(firstMeeting(buildRuleInput([['Nell', 'interacts', 'Hal', 'asserted', 2, 10], ['Nell', 'first-meeting', 'Hal', 'asserted', 2, 60]]))).toEqual([]);
    expect(firstMeeting(buildRuleInput([['Nell', 'interacts', 'Hal', 'asserted', 1, 10], ['Nell', 'first-meeting', 'Hal', 'asserted', 2, 60]]))).toHaveLength(1);
  });
  it('counts a flashback of the two together in a later episode against an earlier first meeting', () => {
    const found = firstMeeting(buildRuleInput([['Nell', 'first-meeting', 'Hal', 'asserted', 1, 10], ['Nell', 'met-before', 'Hal', 'asserted', 3, 40]], { language: 'en' }));
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(firstMeeting(buildRuleInput([['Nell', 'met-before', 'Hal', 'asserted', 1, 10], ['Nell', 'first-meeting', 'Hal', 'asserted', 1, 60]]))).toEqual([]);
  });
});
