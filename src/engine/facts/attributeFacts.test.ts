import { describe, expect, it } from 'vitest';
import type { Fact } from '../types';
import { buildFactInput, type NameSpec } from './buildFactInput';
import { extractFacts } from './extractFacts';

const facts = (language: 'de' | 'en', text: string, names: (string | NameSpec)[]): Fact[] =>
  extractFacts(buildFactInput({ file: 'ep.txt', text }, language, names)).filter((f) => f.predicate.startsWith('attribute:'));
const pick = (list: Fact[]): string[] => list.map((f) => `${f.subject} ${f.predicate} ${f.object}`);

describe('extractAttributes: lasting limps and stiff limbs', () => {
  it('reads a limp, a stiff leg and a dragged leg as a lasting condition of that side (German and English)', () => {
    expect(pick(facts('de', 'Seit dem Reitunfall humpelte Ulrich; sein rechtes Knie war steif.', [{ key: 'Ulrich', gender: 'male' }]))).toEqual(['Ulrich attribute:lame right knee']);
    expect(pick(facts('de', 'Beim Aufstehen zieht Greta das linke Bein nach.', [{ key: 'Greta', gender: 'female' }]))).toEqual(['Greta attribute:lame left leg']);
    expect(pick(facts('en', 'Rufus limped on his left leg all the way to the barn.', [{ key: 'Rufus', gender: 'male' }]))).toEqual(['Rufus attribute:lame left leg']);
  });

  it('keeps a fresh break an injury of its moment, and a broken thing no injury at all', () => {
    expect(pick(facts('en', 'Rufus broke his right wrist on the ice.', [{ key: 'Rufus', gender: 'male' }]))).toEqual(['Rufus attribute:injury right wrist']);
    expect(pick(facts('en', 'Rufus swept up a broken jug with his left hand.', [{ key: 'Rufus', gender: 'male' }]))).toEqual([]);
    expect(pick(facts('de', 'Greta trägt eine verletzte Taube in der linken Hand zum Tierarzt.', [{ key: 'Greta', gender: 'female' }]))).toEqual([]);
  });
});

describe('extractAttributes: the only scar', () => {
  it('marks a scar said to be the only one, with its place before or after it', () => {
    const de = pick(facts('de', 'Die Narbe an seiner linken Schläfe ist Ulrichs einzige Narbe.', [{ key: 'Ulrich', gender: 'male' }]));
    expect(de).toContain('Ulrich attribute:only-scar left temple');
    const en = pick(facts('en', 'Rufus has one scar, he claims, the little one under his right ear.', [{ key: 'Rufus', gender: 'male' }]));
    expect(en).toContain('Rufus attribute:only-scar right ear');
  });

  it('does not take any scar for the only one', () => {
    expect(pick(facts('en', 'Rufus has a scar under his right ear.', [{ key: 'Rufus', gender: 'male' }]))).toEqual(['Rufus attribute:scar right ear']);
  });
});

describe('extractAttributes: whose body part', () => {
  it('gives a scar to the genitive name before the body part ("down Rufus\'s right cheek", "auf Ulrichs linker Wange")', () => {
    expect(pick(facts('en', "A pale scar runs down Rufus's right cheek.", [{ key: 'Rufus', gender: 'male' }]))).toEqual(['Rufus attribute:scar right cheek']);
    expect(pick(facts('de', 'Auf Ulrichs linker Wange sieht man noch die Narbe vom Sturz.', [{ key: 'Ulrich', gender: 'male' }]))).toEqual(['Ulrich attribute:scar left cheek']);
  });

  it('gives a scar touched with a reflexive to the subject ("reibt sich die Narbe"), and one merely looked at to nobody', () => {
    expect(pick(facts('de', 'Greta reibt sich die Narbe auf der rechten Wange.', [{ key: 'Greta', gender: 'female' }]))).toEqual(['Greta attribute:scar right cheek']);
    expect(facts('de', 'Greta betrachtet die Narbe auf der linken Wange.', [{ key: 'Greta', gender: 'female' }])).toEqual([]);
  });
});

describe('extractAttributes: a description after a copula', () => {
  it('gives "ist ein hagerer Mann mit grauen Augen" / "is a quiet man with a scar" to the subject', () => {
    expect(pick(facts('de', 'Ulrich ist ein hagerer Mann mit grauen Augen.', [{ key: 'Ulrich', gender: 'male' }]))).toEqual(['Ulrich attribute:eyes grey']);
    expect(pick(facts('en', 'Rufus is a quiet man with a scar above his left eye.', [{ key: 'Rufus', gender: 'male' }]))).toEqual(['Rufus attribute:scar left eye']);
  });
});

describe('extractAttributes: owners and clauses of degree', () => {
  it('reads a colour inside a clause of degree ("how pale her grey eyes were", "wie dunkel seine Augen")', () => {
    expect(pick(facts('en', 'Rufus stood at the door, and Greta saw how pale his grey eyes were.', [{ key: 'Rufus', gender: 'male' }, { key: 'Greta', gender: 'female' }]))).toEqual(['Rufus attribute:eyes grey']);
    expect(pick(facts('de', 'Ulrich steht am Fenster, und Greta sieht, wie hell seine blauen Augen sind.', [{ key: 'Ulrich', gender: 'male' }, { key: 'Greta', gender: 'female' }]))).toEqual(['Ulrich attribute:eyes blue']);
  });

  it('still leaves an open question or a guess alone', () => {
    expect(facts('en', 'Greta wonders how pale his grey eyes might look at dawn, and asks Rufus.', [{ key: 'Rufus', gender: 'male' }, { key: 'Greta', gender: 'female' }])).toEqual([]);
  });

  it('gives a feature of "Die 34-jährige Försterin hat …" to the woman just named, but not one of "Die Katze hat …"', () => {
    expect(pick(facts('de', 'Im Wald wartet Greta. Die 34-jährige Försterin hat eine Narbe an der rechten Wange.', [{ key: 'Greta', gender: 'female' }]))).toEqual(['Greta attribute:scar right cheek']);
    expect(facts('de', 'Im Wald wartet Greta. Die Katze hat eine Narbe am rechten Ohr.', [{ key: 'Greta', gender: 'female' }])).toEqual([]);
  });

  it('gives hair after "whose" to the name before it, and to nobody after a common noun', () => {
    expect(pick(facts('en', 'Greta danced with Rufus, whose red hair glowed in the lamplight.', [{ key: 'Rufus', gender: 'male' }, { key: 'Greta', gender: 'female' }]))).toEqual(['Rufus attribute:hair red']);
    expect(facts('en', 'Greta danced with the best man, whose red hair glowed in the lamplight.', [{ key: 'Greta', gender: 'female' }])).toEqual([]);
  });

  it('gives hair after "the groom, whose" / "die Braut, deren" to the partner of that gender married in the episode, and to nobody without a wedding', () => {
    const pair = [{ key: 'Rufus', gender: 'male' as const }, { key: 'Greta', gender: 'female' as const }, { key: 'Ivy', gender: 'female' as const }];
    expect(pick(facts('en', 'In June Rufus and Greta were married in the chapel. Ivy watched the groom, whose red hair shone.', pair))).toEqual(['Rufus attribute:hair red']);
    expect(pick(facts('de', 'Im Juni heiraten Rufus und Greta in der Kapelle. Ivy sieht die Braut, deren rote Haare glänzen.', pair))).toEqual(['Greta attribute:hair red']);
    expect(facts('en', 'Ivy watched the groom, whose red hair shone.', pair)).toEqual([]);
    expect(pick(facts('de', 'Greta tanzt mit Ulrich, dessen rote Haare im Licht glänzen.', [{ key: 'Ulrich', gender: 'male' }, { key: 'Greta', gender: 'female' }]))).toEqual(['Ulrich attribute:hair red']);
  });
});
