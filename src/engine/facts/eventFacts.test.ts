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

describe('ageFacts: ages stated with a date or an auxiliary', () => {
  it('reads "is 52 on Monday", "is forty-four." and "has just turned 19" / "ist gerade neunzehn geworden"', () => {
    const en = facts('en', 'Edda Rusk is 52 on Monday. On Wednesday Edda Rusk is forty-four. Timo Haas has just turned 19.', ['Edda Rusk', 'Timo Haas']);
    expect(of(en, 'Edda Rusk', 'age')).toEqual(['52', '44']);
    expect(of(en, 'Timo Haas', 'age')).toEqual(['19']);
    expect(of(facts('de', 'Timo Haas ist gerade neunzehn geworden.', ['Timo Haas']), 'Timo Haas', 'age')).toEqual(['19']);
  });

  it('does not read "is one of the crew", "is twelve steps ahead" or "is 5 minutes late" as ages', () => {
    const en = facts('en', 'Timo Haas is one of the crew. Timo Haas is twelve steps ahead. Timo Haas is 5 minutes late.', ['Timo Haas']);
    expect(of(en, 'Timo Haas', 'age')).toEqual([]);
  });
});

describe('attributeFacts: lasting conditions and scars further on', () => {
  it('reads a blind eye with its side, and a scar whose place comes after its story', () => {
    expect(of(facts('en', 'Edda Rusk is blind in her right eye.', [{ key: 'Edda Rusk', gender: 'female' }]), 'Edda Rusk', 'attribute:blind')).toEqual(['right eye']);
    expect(of(facts('de', 'Edda Rusk ist auf dem linken Auge blind.', [{ key: 'Edda Rusk', gender: 'female' }]), 'Edda Rusk', 'attribute:blind')).toEqual(['left eye']);
    expect(of(facts('en', "Edda Rusk's scar from the 1998 boatyard fire is over her left eyebrow.", [{ key: 'Edda Rusk', gender: 'female' }]), 'Edda Rusk', 'attribute:scar')).toEqual(['left eyebrow']);
  });

  it('does not take "blind" without an eye for a condition ("a blind date")', () => {
    expect(of(facts('en', 'Edda Rusk goes on a blind date with her left hand in a glove.', ['Edda Rusk']), 'Edda Rusk', 'attribute:blind')).toEqual([]);
  });
});

describe('ageFacts: ages in appositions after a comma', () => {
  it('reads "Edda, at forty-four the youngest skipper" and "Timo, gerade 19 geworden," (a birthday)', () => {
    expect(of(facts('en', 'Edda Rusk, at forty-four the youngest skipper in the fleet, speaks first.', ['Edda Rusk']), 'Edda Rusk', 'age')).toEqual(['44']);
    const de = facts('de', 'Ihr Sohn Timo Haas, gerade 19 geworden und lieber auf der Piste, fährt ins Tal.', ['Timo Haas']);
    expect(of(de, 'Timo Haas', 'age')).toEqual(['19']);
    expect(of(de, 'Timo Haas', 'event')).toContain('birthday');
  });

  it('does not read "Timo, at six," (a time of day) as an age', () => {
    expect(of(facts('en', 'Timo Haas, at six, is in bed.', ['Timo Haas']), 'Timo Haas', 'age')).toEqual([]);
  });
});

describe('attributeFacts: the part a mark is on', () => {
  it('takes the part after "on" over a part named earlier in the sentence ("rubs his face …, the scar on his right cheek")', () => {
    const list = facts('en', 'When Piet Varga rubs his face in anger, the pale scar on his right cheek stands out.', [{ key: 'Piet Varga', gender: 'male' }]);
    expect(of(list, 'Piet Varga', 'attribute:scar')).toEqual(['right cheek']);
    const de = facts('de', 'Als Piet Varga sich über das Gesicht reibt, leuchtet die Narbe auf seiner linken Wange.', [{ key: 'Piet Varga', gender: 'male' }]);
    expect(of(de, 'Piet Varga', 'attribute:scar')).toEqual(['left cheek']);
  });
});

describe('attributeFacts: an apposition with a nationality', () => {
  it('gives "Piet Varga, a tall Dane with a scar on his left cheek" to Piet, even when "Dane" was taken for a name', () => {
    const list = facts('en', 'Engineer Piet Varga, a tall Dane with a thin scar on his left cheek, runs the tests.', [{ key: 'Piet Varga', gender: 'male' }, 'Dane']);
    expect(of(list, 'Piet Varga', 'attribute:scar')).toEqual(['left cheek']);
    expect(of(list, 'Dane', 'attribute:scar')).toEqual([]);
  });
});

describe('eventFacts: a recurrence is not time passing', () => {
  it('takes no time-passes fact from "every year", "jedes Jahr", "alle zwei Jahre", "once a year"', () => {
    expect(clock(facts('en', 'Every year on the first of May, Bea sails out, as she does every year. Once a year on Sunday she fasts. Each spring passes too fast.', ['Bea']))).toEqual([]);
    expect(clock(facts('de', 'Jedes Jahr vergeht zu schnell für Bea. Alle zwei Jahre später als geplant fährt sie jährlich nach Sylt. Einmal im Jahr danach auch.', ['Bea']))).toEqual([]);
  });

  it('still counts "Years later" and "Jahre später"', () => {
    expect(clock(facts('en', 'Years later, Bea returns.', ['Bea']))).toEqual(['many']);
    expect(clock(facts('de', 'Jahre später kehrt Bea zurück.', ['Bea']))).toEqual(['many']);
  });
});
