import { describe, expect, it } from 'vitest';
import { analyzeSeries } from '../analyzeSeries';
import { conflictFingerprint } from '../fingerprint';
import type { CanonFact, Episode } from '../types';
import { buildRuleInput, type FactRow } from './buildRuleInput';
import { canon, canonSlot, settledByCanon } from './canon';
import { age } from './age';
import { relationship } from './relationship';
import { vitalStatus } from './vitalStatus';
import { rules } from './index';

const withBible = (rows: FactRow[], facts: CanonFact[], language: 'de' | 'en' = 'en') => {
  const input = buildRuleInput(rows, { language });
  input.bible = { ...input.bible, facts };
  return input;
};

describe('canon', () => {
  it('flags an asserted father that contradicts the bible, naming the bible as the other side', () => {
    const input = withBible([['Lukas', 'father', 'Friedrich', 'asserted', 0], ['Lukas', 'father', 'Bernd', 'asserted', 2, 10, "Bernd is Lukas' father."]], [{ subject: 'Lukas', predicate: 'father', object: 'Friedrich' }]);
    const found = canon(input);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'relationship', severity: 'error', entity: 'Lukas' });
    expect(found[0].summary).toBe("The series bible says Lukas' father is Friedrich, but e2 says Bernd.");
    expect(found[0].evidence).toEqual([{ episode: 'e2.txt', quote: "Bernd is Lukas' father.", start: 10, end: 33 }]);
    expect(found[0].fixes).toEqual([{ kind: 'canon', factId: 'f1' }, { kind: 'uncanon', fact: { subject: 'Lukas', predicate: 'father', object: 'Friedrich' } }]);
  });

  it('matches subjects and objects by alias and by the bible entry, and stays quiet when the text agrees', () => {
    const input = withBible([['Lukas', 'father', 'Friedrich', 'asserted', 0]], [{ subject: 'Luke', predicate: 'Father', object: 'Fritz' }]);
    input.entities = input.entities.map((e) => (e.id === 'Lukas' ? { ...e, aliases: ['Luke'] } : e));
    input.bible.entities = [{ id: 'b1', kind: 'character', name: 'Friedrich', aliases: ['Fritz'] }];
    expect(canon(input)).toEqual([]);
    input.bible.facts = [{ subject: 'Luke', predicate: 'father', object: 'Otto' }];
    expect(canon(input).map((f) => f.entity)).toEqual(['Lukas']);
  });

  it('ignores beliefs, other people and properties canon does not govern', () => {
    const input = withBible(
      [['Lukas', 'father', 'Bernd', 'believed', 1], ['Mia', 'father', 'Bernd', 'asserted', 1], ['Lukas', 'friend', 'Bernd', 'asserted', 1]],
      [{ subject: 'Lukas', predicate: 'father', object: 'Friedrich' }, { subject: 'Lukas', predicate: 'friend', object: 'Tom' }],
    );
    expect(canon(input)).toEqual([]);
    expect(canonSlot('friend')).toBeUndefined();
    expect(canonSlot('Eye colour')).toBe('attribute:eyes');
    expect(canonSlot('wife')).toBe('spouse');
  });

  it('allows the time the series says has passed since the episode the age was declared for', () => {
    const rows: FactRow[] = [['*', 'time-passes', '5', 'asserted', 3, 0], ['Mia', 'age', '11', 'asserted', 4]];
    expect(canon(withBible(rows, [{ subject: 'Mia', predicate: 'age', object: '6', episode: 'e1.txt' }]))).toEqual([]);
    const wrong = canon(withBible([...rows, ['Mia', 'age', '6', 'asserted', 5, 40]], [{ subject: 'Mia', predicate: 'age', object: '6', episode: 'e1.txt' }]));
    expect(wrong).toHaveLength(1);
    expect(wrong[0].evidence[0].episode).toBe('e5.txt');
    expect(canon(withBible([['Mia', 'age', '30', 'asserted', 0]], [{ subject: 'Mia', predicate: 'age', object: '6' }]))[0].severity).toBe('error');
  });

  it('lets a narrated move or wedding change home and spouse after the canon, but flags a home without one', () => {
    const moved: FactRow[] = [['Eva', 'lives-in', 'Köln', 'asserted', 0], ['Eva', 'event', 'move', 'asserted', 2, 0], ['Eva', 'lives-in', 'Bonn', 'asserted', 3]];
    expect(canon(withBible(moved, [{ subject: 'Eva', predicate: 'lives-in', object: 'Köln', episode: 'e0.txt' }], 'de'))).toEqual([]);
    const found = canon(withBible([['Eva', 'lives-in', 'Bonn', 'asserted', 3]], [{ subject: 'Eva', predicate: 'residence', object: 'Köln', episode: 'e0.txt' }], 'de'));
    expect(found.map((f) => [f.kind, f.summary])).toEqual([['place', 'Laut Serienbibel ist Evas Wohnort Köln, in e3 aber Bonn.']]);
    expect(canon(withBible([['Eva', 'wife', 'Ute', 'asserted', 1], ['Eva', 'event', 'wedding', 'asserted', 1, 0]], [{ subject: 'Eva', predicate: 'spouse', object: 'Jan', episode: 'e0.txt' }]))).toEqual([]);
  });

  it('compares eye colours across languages and job titles by their family', () => {
    const eyes = withBible([['Tom', 'attribute:eyes', 'green', 'asserted', 1]], [{ subject: 'Tom', predicate: 'Augenfarbe', object: 'blau' }], 'de');
    expect(canon(eyes)[0].summary).toBe('Laut Serienbibel ist Toms Augenfarbe blau, in e1 aber grün.');
    expect(canon(withBible([['Tom', 'attribute:eyes', 'blue', 'asserted', 1]], [{ subject: 'Tom', predicate: 'eyes', object: 'blau' }]))).toEqual([]);
    expect(canon(withBible([['Tom', 'role', 'Krankenpfleger', 'asserted', 1]], [{ subject: 'Tom', predicate: 'role', object: 'Polizist' }], 'de'))).toHaveLength(1);
    expect(canon(withBible([['Tom', 'role', 'Polizist', 'asserted', 1]], [{ subject: 'Tom', predicate: 'role', object: 'Polizist' }], 'de'))).toEqual([]);
    // A head position against a plain job flags unless some episode states both at once.
    const head: FactRow[] = [['Frank', 'role', 'Verwaltungsdirektor', 'asserted', 0], ['Frank', 'role', 'Oberarzt', 'asserted', 5]];
    expect(canon(withBible(head, [{ subject: 'Frank', predicate: 'role', object: 'Verwaltungsdirektor' }], 'de')).map((f) => f.summary)).toEqual(['Laut Serienbibel ist Franks Beruf Verwaltungsdirektor, in e5 aber Oberarzt.']);
    expect(canon(withBible([...head, ['Frank', 'role', 'Oberarzt', 'asserted', 0, 40]], [{ subject: 'Frank', predicate: 'role', object: 'Verwaltungsdirektor' }], 'de'))).toEqual([]);
  });

  it('holds a canon death against acting after the death, not before it, and a canon life against any death', () => {
    const rows: FactRow[] = [['Tom', 'vital', 'acting', 'asserted', 0], ['Tom', 'vital', 'dead', 'asserted', 1], ['Tom', 'vital', 'acting', 'asserted', 3]];
    const dead = canon(withBible(rows, [{ subject: 'Tom', predicate: 'vital', object: 'dead' }]));
    expect(dead.map((f) => f.evidence.map((e) => e.episode))).toEqual([['e3.txt']]);
    const alive = canon(withBible(rows, [{ subject: 'Tom', predicate: 'vital', object: 'alive' }]));
    expect(alive.map((f) => [f.kind, f.evidence.map((e) => e.episode)])).toEqual([['vital-status', ['e1.txt']]]);
  });

  it('drops the pair conflict canon settles, keeps it while canon is silent, and offers each side as canon', () => {
    const rows: FactRow[] = [['Lukas', 'father', 'Friedrich', 'asserted', 0], ['Lukas', 'father', 'Bernd', 'asserted', 2]];
    const open = settledByCanon(relationship)(buildRuleInput(rows));
    expect(open).toHaveLength(1);
    expect(open[0].key).toBe(relationship(buildRuleInput(rows))[0].key);
    expect(open[0].fixes).toEqual([{ kind: 'canon', factId: 'f0' }, { kind: 'canon', factId: 'f1' }]);
    const settled = withBible(rows, [{ subject: 'Lukas', predicate: 'father', object: 'Bernd' }]);
    expect(settledByCanon(relationship)(settled)).toEqual([]);
    expect(canon(settled).map((f) => f.evidence[0].episode)).toEqual(['e0.txt']);
    // Canon that agrees with neither side settles nothing: both stay reported.
    const neither = withBible(rows, [{ subject: 'Lukas', predicate: 'father', object: 'Otto' }]);
    expect(settledByCanon(relationship)(neither)).toHaveLength(1);
    expect(canon(neither)).toHaveLength(2);
  });

  it('settles vital-status and age pairs too, and the registry runs canon last', () => {
    const vital: FactRow[] = [['Tom', 'vital', 'dead', 'asserted', 1], ['Tom', 'vital', 'acting', 'asserted', 3]];
    expect(settledByCanon(vitalStatus)(buildRuleInput(vital, { language: 'en' }))).toHaveLength(1);
    expect(settledByCanon(vitalStatus)(withBible(vital, [{ subject: 'Tom', predicate: 'vital', object: 'alive' }]))).toEqual([]);
    const ages: FactRow[] = [['Kieran', 'age', '17', 'asserted', 1], ['Kieran', 'age', '24', 'asserted', 2]];
    expect(settledByCanon(age)(withBible(ages, [{ subject: 'Kieran', predicate: 'age', object: '17', episode: 'e1.txt' }]))).toEqual([]);
    expect(rules.at(-1)).toBe(canon);
  });

  it('keeps its fingerprint when the passage moves or the text around it changes', () => {
    const at = (offset: number) => canon(withBible([['Lukas', 'father', 'Bernd', 'asserted', 2, offset]], [{ subject: 'Lukas', predicate: 'father', object: 'Friedrich' }]))[0].key;
    expect(at(10)).toBe(at(500));
  });

  it('works through the whole analysis of episodes, German and English', () => {
    const de: Episode[] = [
      { id: 'e1', file: '01.md', title: 'Pilot', index: 0, text: 'Lukas Weber kommt ins Krankenhaus. Lukas hat blaue Augen.' },
      { id: 'e2', file: '02.md', title: 'Zwei', index: 1, text: 'Lukas Weber trifft Bernd Hahn. Lukas hat grüne Augen.' },
    ];
    const before = analyzeSeries(de, { language: 'de' }).report.conflicts.filter((c) => c.kind === 'attribute');
    expect(before).toHaveLength(1);
    const bible = { entities: [], notNames: [], distinct: [], facts: [{ subject: 'Lukas Weber', predicate: 'attribute:eyes', object: 'green', episode: '02.md' }] };
    const after = analyzeSeries(de, { language: 'de', bible }).report.conflicts.filter((c) => c.kind === 'attribute');
    expect(after.map((c) => [c.summary, c.evidence.map((e) => e.episode)])).toEqual([['Laut Serienbibel ist Lukas Webers Augenfarbe grün, in Pilot aber blau.', ['01.md']]]);
    expect(after[0].id).not.toBe(before[0].id);
    expect(after[0].id).toBe(conflictFingerprint('attribute', `canon|attribute:eyes|${analyzeSeries(de, { language: 'de' }).report.entities.find((e) => e.name === 'Lukas Weber')!.id}|green|blue`));
    const en: Episode[] = [{ id: 'a', file: 'a.md', title: 'One', index: 0, text: 'Nora Quill walks in. Nora has brown eyes.' }];
    const flagged = analyzeSeries(en, { language: 'en', bible: { ...bible, facts: [{ subject: 'Nora', predicate: 'eyes', object: 'grey' }] } }).report.conflicts;
    expect(flagged.map((c) => c.summary)).toEqual(["The series bible says Nora Quill's eye colour is grey, but One says brown."]);
  });
});
