import { describe, expect, it } from 'vitest';
import { age } from './age';
import { buildRuleInput } from './buildRuleInput';

describe('age', () => {
  it('flags an age that jumps with no time passing', () => {
    const found = age(buildRuleInput([['Kieran', 'age', '17', 'asserted', 1], ['Kieran', 'age', '24', 'asserted', 2]], { language: 'en' }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'age', severity: 'error', entity: 'Kieran' });
    expect(found[0].summary).toBe('Kieran is 17 in e1 but 24 in e2.');
  });

  it('flags a person who gets younger', () => {
    expect(age(buildRuleInput([['Martin', 'age', '46', 'asserted', 0], ['Martin', 'age', '28', 'asserted', 4]])).map((f) => f.severity)).toEqual(['error']);
  });

  it('flags two ages within one episode', () => {
    expect(age(buildRuleInput([['Tom', 'age', '34', 'asserted', 0, 5], ['Tom', 'age', '35', 'asserted', 0, 90]])).map((f) => f.severity)).toEqual(['warning']);
  });

  it('allows a narrated birthday, a stated year passing and an unknown gap of a year', () => {
    expect(age(buildRuleInput([['Leon', 'age', '15', 'asserted', 0], ['Leon', 'event', 'birthday', 'asserted', 2, 5], ['Leon', 'age', '16', 'asserted', 2, 9]]))).toEqual([]);
    expect(age(buildRuleInput([['Mia', 'age', '6', 'asserted', 0], ['*', 'time-passes', '1', 'asserted', 5, 0], ['Mia', 'age', '7', 'asserted', 5, 50]]))).toEqual([]);
    expect(age(buildRuleInput([['Mia', 'age', '6', 'asserted', 0], ['Mia', 'age', '7', 'asserted', 3]]))).toEqual([]);
  });

  it('flags an age that ignores a stated time jump, ignores claims a reveal overturns and weakens uncontested ones', () => {
    expect(age(buildRuleInput([['Mia', 'age', '6', 'asserted', 0], ['*', 'time-passes', '5', 'asserted', 1, 0], ['Mia', 'age', '6', 'asserted', 1, 50]]))).toHaveLength(1);
    expect(age(buildRuleInput([['Mia', 'age', '6', 'asserted', 0], ['*', 'time-passes', '5', 'asserted', 1, 0], ['Mia', 'age', '7', 'asserted', 1, 50]]))).toHaveLength(1);
    expect(age(buildRuleInput([['Eva', 'age', '40', 'asserted', 0], ['Eva', 'age', '29', 'believed', 1], ['Eva', 'age', '40', 'revealed', 2]]))).toEqual([]);
    expect(age(buildRuleInput([['Eva', 'age', '40', 'asserted', 0], ['Eva', 'age', '29', 'believed', 1]])).map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('age: nobody gets younger', () => {
  it('flags an age that goes down across episodes, even over an uncounted "years later" or a stated year', () => {
    expect(age(buildRuleInput([['Kai', 'age', '22', 'asserted', 0], ['*', 'time-passes', 'many', 'asserted', 1, 0], ['Kai', 'age', '17', 'asserted', 3, 50]])).map((f) => f.severity)).toEqual(['error']);
    expect(age(buildRuleInput([['Kai', 'age', '22', 'asserted', 0], ['Kai', 'age', '21', 'asserted', 3]]))).toHaveLength(1);
    expect(age(buildRuleInput([['Kai', 'age', '22', 'asserted', 0], ['*', 'time-passes', '1', 'asserted', 1, 0], ['Kai', 'age', '21', 'asserted', 3, 50]]))).toHaveLength(1);
  });

  it('allows any older age after an uncounted "years later"', () => {
    expect(age(buildRuleInput([['Kai', 'age', '22', 'asserted', 0], ['*', 'time-passes', 'many', 'asserted', 1, 0], ['Kai', 'age', '29', 'asserted', 3, 50]]))).toEqual([]);
    expect(age(buildRuleInput([['Kai', 'age', '22', 'asserted', 0], ['*', 'time-passes', 'many', 'asserted', 1, 0], ['Kai', 'age', '22', 'asserted', 3, 50]]))).toEqual([]);
  });
});
