import { describe, expect, it } from 'vitest';
import type { Fact } from '../types';
import { buildFactInput, type NameSpec } from './buildFactInput';
import { extractFacts } from './extractFacts';

const facts = (language: 'de' | 'en', text: string, names: (string | NameSpec)[]): Fact[] => extractFacts(buildFactInput({ file: 'ep.txt', text }, language, names));
const has = (list: Fact[], subject: string, predicate: string, object: string, modality?: Fact['modality']): boolean =>
  list.some((f) => f.subject === subject && f.predicate === predicate && f.object === object && (!modality || f.modality === modality));

describe('extractFacts: relations', () => {
  it('reads German apposition, genitive and copula patterns with inflected nouns and derives inverses', () => {
    const list = facts('de', 'Er geht zu einer Ausstellung, bei der sein Vater Friedrich oft ist. Anna, Toms Schwester, lacht. Jonas ist der Sohn von Eva.', [
      { key: 'Lukas', gender: 'male' },
      'Friedrich',
      'Anna',
      'Tom',
      'Jonas',
      { key: 'Eva', gender: 'female' },
    ]);
    expect(has(list, 'Tom', 'sister', 'Anna')).toBe(true);
    expect(has(list, 'Eva', 'son', 'Jonas')).toBe(true);
    expect(has(list, 'Jonas', 'mother', 'Eva')).toBe(true);
  });

  it('resolves a possessive to the nearest person of the right gender', () => {
    const list = facts('de', 'Katrin macht sich Sorgen um ihren Sohn Lukas. Lukas sucht seinen Vater. Er geht zu einer Ausstellung, bei der sein Vater Friedrich regelmäßig vorbeikommt.', [
      { key: 'Katrin', gender: 'female' },
      'Lukas',
      'Friedrich',
    ]);
    expect(has(list, 'Katrin', 'son', 'Lukas')).toBe(true);
    expect(has(list, 'Lukas', 'father', 'Friedrich')).toBe(true);
    expect(has(list, 'Friedrich', 'son', 'Lukas')).toBe(true);
  });

  it('reads English possessive appositions, "X and Y are siblings" and working together', () => {
    const list = facts('en', "The body is identified by his wife, Lisa, at noon. Martin's younger brother Danny runs a garage. Tom and Anna are cousins. Ruth and Ben work together.", [
      { key: 'Martin', gender: 'male' },
      'Lisa',
      'Danny',
      'Tom',
      'Anna',
      'Ruth',
      'Ben',
    ]);
    expect(has(list, 'Martin', 'brother', 'Danny')).toBe(true);
    expect(has(list, 'Tom', 'cousin', 'Anna')).toBe(true);
    expect(has(list, 'Ruth', 'colleague', 'Ben')).toBe(true);
    expect(has(list, 'Ben', 'colleague', 'Ruth')).toBe(true);
  });

  it('keeps relation nouns that name nobody out of the facts', () => {
    const list = facts('en', 'Tom misses his father. Anna calls her mother.', ['Tom', 'Anna']);
    expect(list.filter((f) => ['father', 'mother'].includes(f.predicate))).toEqual([]);
  });
});

describe('extractFacts: vital status and modality', () => {
  it('marks a death everyone believes as a belief and the later denial as a reveal of life', () => {
    const list = facts('de', 'Alle denken, dass Friedrich gestorben ist. Am Ende erfährt Lukas, dass Friedrich nicht wirklich tot ist.', ['Friedrich', 'Lukas']);
    expect(has(list, 'Friedrich', 'vital', 'dead', 'believed')).toBe(true);
    expect(has(list, 'Friedrich', 'vital', 'alive', 'revealed')).toBe(true);
    expect(has(list, 'Friedrich', 'vital', 'dead', 'asserted')).toBe(false);
  });

  it('reads Konjunktiv I reported speech as a claim', () => {
    const list = facts('de', 'Kathrin hat ihm erzählt, dass Friedrich gestorben sei.', ['Kathrin', 'Friedrich']);
    expect(has(list, 'Friedrich', 'vital', 'dead', 'believed')).toBe(true);
  });

  it('reads a narrated English death, a killing, and someone acting on-screen', () => {
    const list = facts('en', 'Stan dies in his sleep. Later Flint killed Danny. Rosa opens the café.', ['Stan', 'Flint', 'Danny', 'Rosa']);
    expect(has(list, 'Stan', 'vital', 'dead', 'asserted')).toBe(true);
    expect(has(list, 'Danny', 'vital', 'dead', 'asserted')).toBe(true);
    expect(has(list, 'Flint', 'vital', 'dead')).toBe(false);
    expect(has(list, 'Rosa', 'vital', 'acting', 'asserted')).toBe(true);
  });

  it('does not read a feared or supposed death as one', () => {
    const list = facts('en', 'Anna is afraid that Tom might die. Tom is presumed dead.', ['Anna', 'Tom']);
    expect(list.filter((f) => f.subject === 'Tom' && f.object === 'dead' && f.modality === 'asserted')).toEqual([]);
  });

  it('reads what a character says in quotation marks as a claim, not narration', () => {
    const list = facts('en', 'Holmes looked at the bed. "Roylott is dead," said Holmes. Roylott stood up.', ['Holmes', 'Roylott']);
    expect(has(list, 'Roylott', 'vital', 'dead', 'believed')).toBe(true);
    expect(has(list, 'Roylott', 'vital', 'dead', 'asserted')).toBe(false);
  });

  it('does not take "the dead man" for a death of the nearest name', () => {
    const list = facts('en', 'Holmes took the whip from the dead man\'s lap.', ['Holmes']);
    expect(list.filter((f) => f.object === 'dead')).toEqual([]);
  });

  it('reads a death inside a relative clause that a later verb of believing governs as a belief (German)', () => {
    const dead = (text: string, who: string): Fact[] => facts('de', text, [who]).filter((f) => f.subject === who && f.object === 'dead');
    for (const text of [
      'Paula Reiter, die alle im Moor ertrunken glaubten, steht am Tor.',
      'Paula Reiter, die man für tot hielt, kommt ins Dorf zurück.',
      'Paula Reiter, von der alle annahmen, dass sie ertrunken sei, kauft Brot.',
      'Paula Reiter, die das Dorf seit Jahren tot wähnte, klopft an.',
      'Paula Reiter, die, wie alle glauben, längst gestorben ist, schreibt einen Brief.',
      'Paula Reiter starb im Krieg, wie das ganze Dorf annimmt.',
      'Paula Reiter ist tot, glauben alle.',
    ]) {
      const list = dead(text, 'Paula Reiter');
      expect(list.length, text).toBeGreaterThan(0);
      expect(list.every((f) => f.modality === 'believed'), text).toBe(true);
    }
  });

  it('reads a death inside a relative clause that a verb of believing governs as a belief (English)', () => {
    for (const text of [
      'Owen Marsh, whom the whole harbour believed drowned, buys a boat.',
      'Owen Marsh, who his sister thought had died in the fire, rings the bell.',
      'The painter Owen Marsh, who, as the whole company believes, died ten years ago, sends a postcard.',
      'Owen Marsh died in the war, as the village assumes.',
      'Owen Marsh, whom they all took for dead, walks in.',
      'Owen Marsh drowned, everyone thinks.',
    ]) {
      const list = facts('en', text, ['Owen Marsh']).filter((f) => f.object === 'dead');
      expect(list.length, text).toBeGreaterThan(0);
      expect(list.every((f) => f.modality === 'believed'), text).toBe(true);
    }
  });

  it('keeps a narrated death asserted when nobody believes or assumes it', () => {
    expect(has(facts('de', 'Paula Reiter, die im Moor versinkt, ruft um Hilfe. Paula Reiter stirbt im Moor.', ['Paula Reiter']), 'Paula Reiter', 'vital', 'dead', 'asserted')).toBe(true);
    expect(has(facts('en', 'Owen Marsh dies, as everyone feared.', ['Owen Marsh']), 'Owen Marsh', 'vital', 'dead', 'asserted')).toBe(true);
    expect(has(facts('de', 'Paula Reiter stirbt, ihr Bruder hält sie.', ['Paula Reiter']), 'Paula Reiter', 'vital', 'dead', 'asserted')).toBe(true);
    expect(has(facts('de', 'Paula Reiter ertrinkt im Fluss, und ihr Bruder hält die Hand ihres Kindes.', ['Paula Reiter']), 'Paula Reiter', 'vital', 'dead', 'asserted')).toBe(true);
  });

  it('does not let the believing verb of a relative clause make the main clause a belief: being alive there is a reveal', () => {
    expect(has(facts('de', 'Paula Reiter, die alle unter dem Eis begraben glaubten, lebt.', ['Paula Reiter']), 'Paula Reiter', 'vital', 'alive', 'revealed')).toBe(true);
    expect(has(facts('en', 'Owen Marsh, whom everyone believed dead, is alive.', ['Owen Marsh']), 'Owen Marsh', 'vital', 'alive', 'revealed')).toBe(true);
  });

  it('reads a plain statement of being alive after a death or believed death in the same episode as a reveal, however it is announced', () => {
    for (const text of [
      'Alle halten Paula Reiter für ertrunken. Der Montag bringt eine Nachricht, mit der keiner gerechnet hat: Paula Reiter lebt.',
      'Paula Reiter stirbt im Feuer. Die größte Überraschung am Ende: Paula Reiter ist am Leben.',
      'Paula Reiter ertrinkt im See. Doch Paula Reiter hat überlebt.',
    ]) expect(has(facts('de', text, ['Paula Reiter']), 'Paula Reiter', 'vital', 'alive', 'revealed'), text).toBe(true);
    for (const text of [
      'Everyone believes Owen Marsh drowned. The news nobody expected: Owen Marsh is alive.',
      'Owen Marsh dies in the blaze. The biggest shock of the night: Owen Marsh survived.',
      'It is Owen Marsh, whom the town believed dead.',
    ]) expect(has(facts('en', text, ['Owen Marsh']), 'Owen Marsh', 'vital', 'alive', 'revealed'), text).toBe(true);
  });

  it('gives a death in a "dessen"/"whose" clause to the relative, never to the person the clause hangs on', () => {
    for (const [lang, text] of [
      ['de', 'Paula Reiter, deren Vater im Winter starb, führt die Pension.'],
      ['de', 'Owen Marsh, dessen Bruder ertrunken ist, repariert das Boot.'],
      ['en', 'Owen Marsh, whose father died last spring, mends the nets.'],
    ] as const) expect(facts(lang, text, ['Paula Reiter', 'Owen Marsh']).some((f) => f.object === 'dead'), text).toBe(false);
    expect(has(facts('en', 'Owen Marsh, whose brother Ned drowned last spring, mends the nets.', ['Owen Marsh', 'Ned']), 'Ned', 'vital', 'dead', 'asserted')).toBe(true);
  });

  it('does not take where someone lives for a statement that they are alive', () => {
    const list = facts('de', 'Paula Reiter stirbt. Paula Reiter lebt in Kiel.', ['Paula Reiter']);
    expect(list.some((f) => f.object === 'alive')).toBe(false);
    expect(has(list, 'Paula Reiter', 'vital', 'acting', 'asserted')).toBe(true);
    expect(facts('en', 'Owen Marsh dies. Owen Marsh lives with his aunt.', ['Owen Marsh']).some((f) => f.object === 'alive')).toBe(false);
  });

  it('quotes the sentence with offsets into the text', () => {
    const text = 'Erst regnet es. Dann stirbt Tom im Krankenhaus.';
    const death = facts('de', text, ['Tom']).find((f) => f.object === 'dead')!;
    expect(text.slice(death.start, death.end)).toBe(death.quote);
    expect(death.quote).toBe('Dann stirbt Tom im Krankenhaus.');
  });
});

describe('extractFacts: roles, ages, places, details, meetings', () => {
  it('reads German job appositions, titles and promotions', () => {
    const list = facts('de', 'Roland, ein erfahrener Chefarzt, operiert. Ein Praktikant namens Vladi hilft. Dr. Kreuzer wurde zum Leiter der Abteilung ernannt.', ['Roland', 'Vladi', 'Dr. Kreuzer']);
    expect(has(list, 'Roland', 'role', 'Chefarzt')).toBe(true);
    expect(has(list, 'Vladi', 'role', 'Praktikant')).toBe(true);
    expect(has(list, 'Dr. Kreuzer', 'role', 'Leiter')).toBe(true);
    expect(has(list, 'Dr. Kreuzer', 'event', 'promotion')).toBe(true);
  });

  it('reads ages in several forms, in both languages', () => {
    expect(has(facts('de', 'Leon Auer, fünfzehn, kommt aus München.', ['Leon Auer']), 'Leon Auer', 'age', '15')).toBe(true);
    expect(has(facts('de', 'Der 34-jährige Tom lacht.', ['Tom']), 'Tom', 'age', '34')).toBe(true);
    expect(has(facts('en', 'Martin Rourke, forty-six, ran betting shops.', ['Martin Rourke']), 'Martin Rourke', 'age', '46')).toBe(true);
    expect(has(facts('en', 'Kieran is 17 years old.', ['Kieran']), 'Kieran', 'age', '17')).toBe(true);
  });

  it('reads places of origin and residence, also verb-final in German, and moves', () => {
    expect(has(facts('de', 'Sie erzählt, dass Frieda aus Flensburg stammt.', ['Frieda']), 'Frieda', 'comes-from', 'Flensburg', 'believed')).toBe(true);
    expect(has(facts('en', 'Rosa lives in Whitby. In spring Tom moves to Leeds.', ['Rosa', 'Tom']), 'Rosa', 'lives-in', 'Whitby')).toBe(true);
    expect(has(facts('en', 'In spring Tom moves to Leeds.', ['Tom']), 'Tom', 'event', 'move')).toBe(true);
  });

  it('takes what someone tells about themself as the account, and what others tell as a claim', () => {
    const self = facts('de', 'Frieda erzählt ihm, dass sie aus Flensburg stammt.', [{ key: 'Frieda', gender: 'female' }]);
    expect(has(self, 'Frieda', 'comes-from', 'Flensburg', 'asserted')).toBe(true);
    const other = facts('de', 'Tom erzählt, dass Frieda aus Flensburg stammt.', [{ key: 'Tom', gender: 'male' }, { key: 'Frieda', gender: 'female' }]);
    expect(has(other, 'Frieda', 'comes-from', 'Flensburg', 'believed')).toBe(true);
  });

  it('reads eye colour, the side of a scar and handedness', () => {
    const list = facts('en', 'Anna has green eyes. Tom has a scar on his left cheek. Leon writes with his left hand.', ['Anna', { key: 'Tom', gender: 'male' }, { key: 'Leon', gender: 'male' }]);
    expect(has(list, 'Anna', 'attribute:eyes', 'green')).toBe(true);
    expect(has(list, 'Tom', 'attribute:scar', 'left cheek')).toBe(true);
    expect(has(list, 'Leon', 'attribute:handedness', 'left-handed')).toBe(true);
  });

  it('reads first meetings and contact between people, but not a reunion after years', () => {
    const list = facts('de', 'Dort trifft Lukas erstmals auf Friedrich. Anna hilft Tom.', ['Lukas', 'Friedrich', 'Anna', 'Tom']);
    expect(has(list, 'Lukas', 'first-meeting', 'Friedrich')).toBe(true);
    expect(has(list, 'Anna', 'interacts', 'Tom')).toBe(true);
    expect(has(facts('en', 'Tom sees Anna for the first time in years.', ['Tom', 'Anna']), 'Tom', 'first-meeting', 'Anna')).toBe(false);
  });

  it('reads time passing for the series clock', () => {
    expect(has(facts('de', 'Ein Jahr später ist alles anders.', []), '*', 'time-passes', '1')).toBe(true);
    expect(has(facts('en', 'Two years later, Tom returns.', ['Tom']), '*', 'time-passes', '2')).toBe(true);
  });

  it('returns nothing for empty text', () => {
    expect(facts('de', '   ', ['Tom'])).toEqual([]);
  });
});

describe('extractFacts: hostile input', () => {
  it('finishes quickly on a long text without a single full stop, and on odd mentions', () => {
    const words = Array.from({ length: 30000 }, (_, i) => (i % 7 === 0 ? 'Tom' : i % 11 === 0 ? 'er' : i % 13 === 0 ? 'sein Vater' : 'und')).join(' ');
    const started = Date.now();
    const list = facts('de', words, ['Tom']);
    expect(Date.now() - started).toBeLessThan(8000);
    expect(Array.isArray(list)).toBe(true);
    const input = buildFactInput({ file: 'x.txt', text: 'Tom stirbt.' }, 'de', ['Tom']);
    input.mentions.push({ entity: 'Ghost', episode: 'x.txt', start: 500, end: 400, text: '' }, { entity: 'Tom', episode: 'x.txt', start: 0, end: 3, text: 'Tom' });
    expect(() => extractFacts(input)).not.toThrow();
  });
});
