// Meetings: acting on someone's body or things counts as dealing with them; acting on their relatives does not.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../types';
import { buildFactInput, type NameSpec } from './buildFactInput';
import { extractFacts } from './extractFacts';

const facts = (language: 'de' | 'en', text: string, names: (string | NameSpec)[]): Fact[] => extractFacts(buildFactInput({ file: 'ep.txt', text }, language, names));
const deals = (list: Fact[], a: string, b: string): boolean => list.some((f) => f.predicate === 'interacts' && f.subject === a && f.object === b);

describe('meetingFacts: acting on someone', () => {
  it('reads "treats Kofi\'s knee" / "untersucht Jonas\' Hand" as dealing with Kofi / Jonas', () => {
    expect(deals(facts('en', "Iona Reid treats Kofi's knee after the match.", [{ key: 'Iona Reid', gender: 'female' }, { key: 'Kofi', gender: 'male' }]), 'Iona Reid', 'Kofi')).toBe(true);
    expect(deals(facts('de', "Dr. Lerch untersucht Jonas' Hand.", [{ key: 'Dr. Lerch', gender: 'female' }, { key: 'Jonas', gender: 'male' }]), 'Dr. Lerch', 'Jonas')).toBe(true);
  });

  it('does not read "calls Kofi\'s mother" as dealing with Kofi', () => {
    expect(deals(facts('en', "Iona Reid calls Kofi's mother.", [{ key: 'Iona Reid', gender: 'female' }, { key: 'Kofi', gender: 'male' }]), 'Iona Reid', 'Kofi')).toBe(false);
  });
});

describe('meetingFacts: introducing each other', () => {
  it('reads "They introduce themselves" / "Die beiden stellen sich einander vor" as a first meeting of the two named before', () => {
    const first = (list: Fact[]) => list.some((f) => f.predicate === 'first-meeting' && f.subject === 'Iona Reid' && f.object === 'Kofi');
    expect(first(facts('en', 'At the gangway Iona Reid meets Kofi. They introduce themselves.', [{ key: 'Iona Reid', gender: 'female' }, { key: 'Kofi', gender: 'male' }]))).toBe(true);
    expect(first(facts('de', 'Am Tor trifft Iona Reid Kofi. Die beiden stellen sich einander vor.', [{ key: 'Iona Reid', gender: 'female' }, { key: 'Kofi', gender: 'male' }]))).toBe(true);
  });

  it('does not read "stellt sich vor, dass" (imagining) as a first meeting', () => {
    const list = facts('de', 'Iona Reid trifft Kofi. Sie stellt sich vor, dass Kofi lügt.', [{ key: 'Iona Reid', gender: 'female' }, { key: 'Kofi', gender: 'male' }]);
    expect(list.some((f) => f.predicate === 'first-meeting')).toBe(false);
  });
});
