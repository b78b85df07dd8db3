import { describe, expect, it } from 'vitest';
import { buildRuleInput } from './buildRuleInput';
import { vitalStatus } from './vitalStatus';

describe('vitalStatus', () => {
  it('flags a character who dies and acts alive in a later episode with no reveal', () => {
    const found = vitalStatus(
      buildRuleInput([
        ['Stan', 'vital', 'acting', 'asserted', 0, 10],
        ['Stan', 'vital', 'dead', 'asserted', 1, 40],
        ['Stan', 'vital', 'acting', 'asserted', 3, 5],
      ]),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'vital-status', severity: 'error', entity: 'Stan' });
    expect(found[0].evidence.map((e) => e.episode)).toEqual(['e1.txt', 'e3.txt']);
    expect(found[0].summary).toContain('e1');
    expect(found[0].summary).toContain('e3');
  });

  it('flags dying and acting later within one episode as a warning', () => {
    const found = vitalStatus(buildRuleInput([['Anna', 'vital', 'dead', 'asserted', 0, 10], ['Anna', 'vital', 'acting', 'asserted', 0, 200]]));
    expect(found).toEqual([expect.objectContaining({ severity: 'warning' })]);
  });

  it('stays quiet when the death is only believed and the reveal shows the character alive', () => {
    const found = vitalStatus(
      buildRuleInput([
        ['Vater', 'vital', 'dead', 'believed', 0, 10],
        ['Vater', 'vital', 'alive', 'revealed', 0, 300],
        ['Vater', 'vital', 'acting', 'asserted', 1, 20],
      ]),
    );
    expect(found).toEqual([]);
  });

  it('stays quiet when a denied death ("nicht wirklich tot") comes between death and action', () => {
    const found = vitalStatus(
      buildRuleInput([
        ['Vince', 'vital', 'dead', 'asserted', 1, 10],
        ['Vince', 'vital', 'dead', 'negated', 4, 5],
        ['Vince', 'vital', 'acting', 'asserted', 4, 50],
      ]),
    );
    expect(found).toEqual([]);
  });

  it('reports a later reveal of survival only as info', () => {
    const found = vitalStatus(buildRuleInput([['Vince', 'vital', 'dead', 'asserted', 1, 10], ['Vince', 'vital', 'alive', 'revealed', 5, 5], ['Vince', 'vital', 'acting', 'asserted', 5, 50]]));
    expect(found.map((f) => f.severity)).toEqual(['info']);
  });

  it('takes a plain statement of being alive after a death as the reveal: only info across episodes, nothing within one', () => {
    const later = vitalStatus(buildRuleInput([['Owen', 'vital', 'dead', 'asserted', 1, 10], ['Owen', 'vital', 'alive', 'asserted', 4, 5], ['Owen', 'vital', 'acting', 'asserted', 4, 50]]));
    expect(later.map((f) => f.severity)).toEqual(['info']);
    const same = vitalStatus(buildRuleInput([['Owen', 'vital', 'dead', 'asserted', 2, 10], ['Owen', 'vital', 'alive', 'asserted', 2, 90], ['Owen', 'vital', 'acting', 'asserted', 2, 120]]));
    expect(same).toEqual([]);
  });

  it('still flags a dead character who only acts again, even after being stated alive before the death', () => {
    const found = vitalStatus(buildRuleInput([['Owen', 'vital', 'alive', 'asserted', 0, 5], ['Owen', 'vital', 'dead', 'asserted', 1, 10], ['Owen', 'vital', 'acting', 'asserted', 3, 5]]));
    expect(found.map((f) => f.severity)).toEqual(['error']);
  });

  it('notes a return followed by a reveal (recognised later in the same episode or in a later one) only as info', () => {
    const sameEpisode = vitalStatus(buildRuleInput([['Odile', 'vital', 'dead', 'asserted', 1, 10], ['Odile', 'vital', 'acting', 'asserted', 3, 5], ['Odile', 'vital', 'alive', 'revealed', 3, 400]]));
    expect(sameEpisode.map((f) => f.severity)).toEqual(['info']);
    const laterEpisode = vitalStatus(buildRuleInput([['Odile', 'vital', 'dead', 'asserted', 1, 10], ['Odile', 'vital', 'acting', 'asserted', 2, 5], ['Odile', 'vital', 'alive', 'revealed', 4, 40]]));
    expect(laterEpisode.map((f) => f.severity)).toEqual(['info']);
  });

  it('does not count a death told in the episode that reveals the person alive ("whom all thought dead")', () => {
    const found = vitalStatus(buildRuleInput([['Odile', 'vital', 'alive', 'revealed', 2, 5], ['Odile', 'vital', 'dead', 'asserted', 2, 50], ['Odile', 'vital', 'acting', 'asserted', 2, 90]]));
    expect(found).toEqual([]);
  });

  it('still flags a return when the only reveal comes before the death', () => {
    const found = vitalStatus(buildRuleInput([['Odile', 'vital', 'alive', 'revealed', 0, 5], ['Odile', 'vital', 'dead', 'asserted', 1, 10], ['Odile', 'vital', 'acting', 'asserted', 3, 5]]));
    expect(found.map((f) => f.severity)).toEqual(['error']);
  });

  it('still flags a return in a later episode after a return within the death\'s own episode', () => {
    const found = vitalStatus(buildRuleInput([['Len', 'vital', 'dead', 'asserted', 1, 10], ['Len', 'vital', 'acting', 'asserted', 1, 90], ['Len', 'vital', 'acting', 'asserted', 3, 5]]));
    expect(found.map((f) => f.severity)).toEqual(['warning', 'error']);
  });

  it('stays quiet for a character acting before dying', () => {
    expect(vitalStatus(buildRuleInput([['Tom', 'vital', 'acting', 'asserted', 0, 1], ['Tom', 'vital', 'dead', 'asserted', 2, 1]]))).toEqual([]);
  });

  it('only notes dying and acting later within an episode told in the past tense (told out of order)', () => {
    const found = vitalStatus(buildRuleInput([['*', 'narration', 'past', 'asserted', 0, 0], ['Anna', 'vital', 'dead', 'asserted', 0, 10], ['Anna', 'vital', 'acting', 'asserted', 0, 200]]));
    expect(found.map((f) => f.severity)).toEqual(['info']);
  });

  it('writes the summary in the language of the later episode', () => {
    const found = vitalStatus(buildRuleInput([['Tom', 'vital', 'dead', 'asserted', 0, 1], ['Tom', 'vital', 'acting', 'asserted', 1, 1]], { language: 'en' }));
    expect(found[0].summary).toMatch(/is dead in e0 but appears alive in e1/);
  });
});
