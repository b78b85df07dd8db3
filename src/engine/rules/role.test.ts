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
});
