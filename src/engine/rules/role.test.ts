import { describe, expect, it } from 'vitest';
import { buildRuleInput } from './buildRuleInput';
import { role } from './role';

describe('role', () => {
  it('flags an occupation that changes family between episodes with no narrated change', () => {
    const found = role(buildRuleInput([['Anna', 'role', 'Krankenschwester', 'asserted', 0], ['Anna', 'role', 'Polizistin', 'asserted', 2]]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'role', severity: 'warning', entity: 'Anna' });
    expect(found[0].summary).toContain('Krankenschwester');
    expect(found[0].summary).toContain('Polizistin');
    expect(found[0].evidence.map((e) => e.episode)).toEqual(['e0.txt', 'e2.txt']);
  });

  it('flags a head who is only a teacher later, never both at once', () => {
    const found = role(buildRuleInput([['Amrei', 'role', 'Leiterin', 'asserted', 0], ['Amrei', 'role', 'Lehrerin', 'asserted', 3]]));
    expect(found.map((f) => f.severity)).toEqual(['warning']);
  });

  it('stays quiet for a head who is also a doctor in the same episode', () => {
    expect(role(buildRuleInput([['Kreuzer', 'role', 'Arzt', 'asserted', 0], ['Kreuzer', 'role', 'Leiter', 'asserted', 0], ['Kreuzer', 'role', 'Leiter', 'asserted', 1]]))).toEqual([]);
  });

  it('stays quiet for a narrated promotion and for compound titles of one family', () => {
    expect(role(buildRuleInput([['Ben', 'role', 'sergeant', 'asserted', 0], ['Ben', 'event', 'promotion', 'asserted', 4], ['Ben', 'role', 'head', 'asserted', 4]], { language: 'en' }))).toEqual([]);
    expect(role(buildRuleInput([['Roland', 'role', 'Chefarzt', 'asserted', 0], ['Roland', 'role', 'Arzt', 'asserted', 1]]))).toEqual([]);
  });

  it('notes a rank that drops with no narrated change, and ignores a belief the reveal overturns', () => {
    expect(role(buildRuleInput([['Roland', 'role', 'Chefarzt', 'asserted', 0], ['Roland', 'role', 'Oberarzt', 'asserted', 2]])).map((f) => f.severity)).toEqual(['warning']);
    expect(role(buildRuleInput([['Brunner', 'role', 'Lehrer', 'asserted', 0], ['Brunner', 'role', 'Polizist', 'believed', 2], ['Brunner', 'role', 'Lehrer', 'revealed', 4]]))).toEqual([]);
  });

  it('never sets a former job against a present one', () => {
    expect(role(buildRuleInput([['Greta', 'former-role', 'Lehrerin', 'asserted', 0], ['Greta', 'role', 'Wirtin', 'asserted', 2]]))).toEqual([]);
    expect(role(buildRuleInput([['Ann', 'role', 'nurse', 'asserted', 0], ['Ann', 'former-role', 'sergeant', 'asserted', 3]], { language: 'en' }))).toEqual([]);
  });

  it('notes two different former jobs told apart, not the same one twice or both told together', () => {
    const two = role(buildRuleInput([['Ute', 'former-role', 'Krankenschwester', 'asserted', 0], ['Ute', 'former-role', 'Polizistin', 'asserted', 2]]));
    expect(two.map((f) => f.severity)).toEqual(['info']);
    expect(role(buildRuleInput([['Ute', 'former-role', 'Krankenschwester', 'asserted', 0], ['Ute', 'former-role', 'Pflegerin', 'asserted', 2]]))).toEqual([]);
    expect(role(buildRuleInput([['Ute', 'former-role', 'nurse', 'asserted', 0], ['Ute', 'former-role', 'soldier', 'asserted', 0], ['Ute', 'former-role', 'soldier', 'asserted', 2]], { language: 'en' }))).toEqual([]);
  });

  it('flags a job denied in one episode and held in a later one, but not a later denial (a lie found out) nor a narrated new job', () => {
    const found = role(buildRuleInput([['Ann', 'role', 'nurse', 'negated', 0], ['Ann', 'role', 'nurse', 'asserted', 2]], { language: 'en' }));
    expect(found.map((f) => f.severity)).toEqual(['warning']);
    expect(role(buildRuleInput([['Tom', 'role', 'doctor', 'asserted', 0], ['Tom', 'role', 'doctor', 'negated', 3]], { language: 'en' }))).toEqual([]);
    expect(role(buildRuleInput([['Ann', 'role', 'Krankenschwester', 'negated', 0], ['Ann', 'event', 'new-job', 'asserted', 1], ['Ann', 'role', 'Krankenschwester', 'asserted', 2]]))).toEqual([]);
  });
});
