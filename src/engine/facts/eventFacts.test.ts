// Change over time: the story's clock ("drei Jahre später", "after two days"), ages in appositions, a dyed hair colour, a healed injury.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../types';
import { buildFactInput, type NameSpec } from './buildFactInput';
import { SERIES_CLOCK } from './eventFacts';
import { extractFacts } from './extractFacts';

const facts = (language: 'de' | 'en', text: string, names: (string | NameSpec)[]): Fact[] => extractFacts(buildFactInput({ file: 'ep.txt', text }, language, names));
const clock = (list: Fact[]): string[] => list.filter((f) => f.subject === SERIES_CLOCK && f.predicate === 'time-passes').map((f) => f.object);
const of = (list: Fact[], subject: string, predicate: string): string[] => list.filter((f) => f.subject === subject && f.predicate === predicate).map((f) => f.object);

describe('eventFacts: the story clock', () => {
  it('counts time the story lets pass ("Drei Jahre sind vergangen", "Nach zwei Wochen …", "Two years later", "After a year, …")', () => {
    expect(clock(facts('de', 'Drei Jahre sind vergangen. Nach zwei Wochen kehrt Bea zurück.', ['Bea']))).toEqual(['3', String(2 / 52)]);
    expect(clock(facts('en', 'Two years later, Bea returns. After a year, Bea sells the boat.', ['Bea']))).toEqual(['2', '1']);
  });

  it('does not take a span of a life for the story clock ("nach 31 Jahren als Wirtin", "after ten years of marriage")', () => {
    expect(clock(facts('de', 'Am Montag geht Bea Lorenz nach einunddreißig Jahren als Wirtin in den Ruhestand. Sie hat, so sagt sie, nach zwanzig Jahren genug.', ['Bea Lorenz']))).toEqual([]);
    expect(clock(facts('en', 'Bea Lorenz left him after ten years of marriage.', ['Bea Lorenz']))).toEqual([]);
  });
});

describe('ageFacts: ages in appositions and phrases', () => {
  it('reads "Mika, Idas zwölfjähriger Sohn" and "die mit ihren siebzehn Jahren …" as ages of the named person', () => {
    const list = facts('de', 'Am Tor wartet Mika, Idas zwölfjähriger Sohn, auf den Bus. Ihre Tochter Runa, die mit ihren siebzehn Jahren schon Auto fährt, holt ihn ab.', [
      { key: 'Mika', gender: 'male' },
      { key: 'Ida', gender: 'female' },
      { key: 'Runa', gender: 'female' },
    ]);
    expect(of(list, 'Mika', 'age')).toEqual(['12']);
    expect(of(list, 'Runa', 'age')).toEqual(['17']);
    expect(of(list, 'Ida', 'age')).toEqual([]);
  });

  it('does not read "mit 40 Kollegen" as an age', () => {
    expect(of(facts('de', 'Ida Brenner feiert mit 40 Kollegen.', ['Ida Brenner']), 'Ida Brenner', 'age')).toEqual([]);
  });
});

describe('attributeFacts: changes the story narrates', () => {
  it('reads a dyed hair colour as the new colour and a narrated change', () => {
    const en = facts('en', 'Two weeks later, Pia Holm dyes her hair black.', [{ key: 'Pia Holm', gender: 'female' }]);
    expect(of(en, 'Pia Holm', 'attribute:hair')).toEqual(['black']);
    expect(of(en, 'Pia Holm', 'event')).toContain('hair-change');
    const de = facts('de', 'Pia Holm färbt sich die Haare rot.', [{ key: 'Pia Holm', gender: 'female' }]);
    expect(of(de, 'Pia Holm', 'attribute:hair')).toEqual(['red']);
    expect(of(de, 'Pia Holm', 'event')).toContain('hair-change');
  });

  it('reads plain hair colour as no change, and dyeing other things as no hair at all', () => {
    expect(of(facts('en', 'Pia Holm has black hair.', ['Pia Holm']), 'Pia Holm', 'event')).toEqual([]);
    expect(of(facts('de', 'Pia Holm färbt Ostereier rot.', ['Pia Holm']), 'Pia Holm', 'attribute:hair')).toEqual([]);
  });

  it('reads a healed injury as an event, and a scar on "the back of his left hand" as on the left hand', () => {
    expect(of(facts('de', 'Der Arm von Jens Kolb ist verheilt. Jens Kolb spielt wieder Handball.', ['Jens Kolb']), 'Jens Kolb', 'event')).toContain('injury-healed');
    expect(of(facts('en', 'Jens Kolb has a scar on the back of his left hand.', [{ key: 'Jens Kolb', gender: 'male' }]), 'Jens Kolb', 'attribute:scar')).toEqual(['left hand']);
    expect(of(facts('de', 'Jens Kolb hat eine Narbe auf dem rechten Handrücken.', ['Jens Kolb']), 'Jens Kolb', 'attribute:scar')).toEqual(['right hand']);
  });
});
