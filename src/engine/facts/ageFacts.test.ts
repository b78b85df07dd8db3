import { describe, expect, it } from 'vitest';
import type { Fact } from '../types';
import { buildFactInput, type NameSpec } from './buildFactInput';
import { extractFacts } from './extractFacts';

const ages = (language: 'de' | 'en', text: string, names: (string | NameSpec)[]): string[] =>
  extractFacts(buildFactInput({ file: 'ep.txt', text }, language, names))
    .filter((f: Fact) => f.predicate === 'age' || (f.predicate === 'event' && f.object === 'birthday'))
    .map((f) => `${f.subject} ${f.predicate === 'age' ? f.object : 'birthday'}`);

describe('extractAges: relative clauses after a name', () => {
  it('reads a birthday or an age in a relative clause (English and German, verb-final)', () => {
    expect(ages('en', 'Wendell, who had just turned nineteen, carried the crates.', [{ key: 'Wendell', gender: 'male' }])).toEqual(['Wendell 19', 'Wendell birthday']);
    expect(ages('en', 'Priya, who is 52 years old, runs the kiosk.', [{ key: 'Priya', gender: 'female' }])).toEqual(['Priya 52']);
    expect(ages('de', 'Henning, der gestern fünfzig geworden ist, schläft lange.', [{ key: 'Henning', gender: 'male' }])).toEqual(['Henning 50', 'Henning birthday']);
    expect(ages('de', 'Svea, die 27 Jahre alt ist, führt den Laden.', [{ key: 'Svea', gender: 'female' }])).toEqual(['Svea 27']);
  });

  it('reads no age from a relative clause with a count of things', () => {
    expect(ages('en', 'Priya, who has 52 cousins, runs the kiosk.', [{ key: 'Priya', gender: 'female' }])).toEqual([]);
    expect(ages('de', 'Svea, die 27 Kühe hat, führt den Hof.', [{ key: 'Svea', gender: 'female' }])).toEqual([]);
  });
});

describe('extractAges: the "N-year-old" as a predicate or a reference back', () => {
  it('gives the age after a copula to its subject', () => {
    expect(ages('en', 'Wendell, as the regulars call him, is the 61-year-old landlord of the inn.', [{ key: 'Wendell', gender: 'male' }])).toEqual(['Wendell 61']);
    expect(ages('de', 'Svea ist die 27-jährige Chefin des Ladens.', [{ key: 'Svea', gender: 'female' }])).toEqual(['Svea 27']);
  });

  it('takes "Der 24-jährige" / "Die 41-jährige Wirtin" opening a clause for the person just named, by gender', () => {
    expect(ages('de', 'Henning bringt Svea die Post. Die 27-jährige Försterin liest sie sofort.', [{ key: 'Henning', gender: 'male' }, { key: 'Svea', gender: 'female' }])).toEqual(['Svea 27']);
    expect(ages('de', 'Svea ruft Henning an. Der 50-jährige hebt nicht ab.', [{ key: 'Henning', gender: 'male' }, { key: 'Svea', gender: 'female' }])).toEqual(['Henning 50']);
  });

  it('does not give a plural "die 40-jährigen" to anybody', () => {
    expect(ages('de', 'Svea lacht. Die 40-jährigen Kollegen lachen mit.', [{ key: 'Svea', gender: 'female' }])).toEqual([]);
  });
});

describe('extractAges: turning an age', () => {
  it('reads "turns forty this week" and "wird vierzig nächsten Monat" as a birthday', () => {
    expect(ages('en', 'Priya turns forty this week.', [{ key: 'Priya', gender: 'female' }])).toEqual(['Priya 40', 'Priya birthday']);
    expect(ages('de', 'Henning wird vierzig nächsten Monat.', [{ key: 'Henning', gender: 'male' }])).toEqual(['Henning 40', 'Henning birthday']);
  });

  it('does not read a count after "turns" as an age', () => {
    expect(ages('en', 'Priya turns forty pages before lunch.', [{ key: 'Priya', gender: 'female' }])).not.toContain('Priya 40');
  });
});

describe('extractAges: ages of an earlier time', () => {
  it('takes no current age from the past perfect, "damals", "years ago" or a dated sentence', () => {
    expect(ages('en', 'At nineteen, Priya had sailed to Oslo alone.', [{ key: 'Priya', gender: 'female' }])).toEqual([]);
    expect(ages('de', 'Mit 19 Jahren war Svea allein nach Oslo gesegelt.', [{ key: 'Svea', gender: 'female' }])).toEqual([]);
    expect(ages('en', 'Twelve years ago Priya was 19.', [{ key: 'Priya', gender: 'female' }])).toEqual([]);
    expect(ages('en', 'In 2004 Priya was nineteen.', [{ key: 'Priya', gender: 'female' }])).toEqual([]);
    expect(ages('de', 'Damals war Svea 19 Jahre alt.', [{ key: 'Svea', gender: 'female' }])).toEqual([]);
  });

  it('still reads the age of the story time, and a birthday just past', () => {
    expect(ages('de', 'Svea war 31 Jahre alt.', [{ key: 'Svea', gender: 'female' }])).toEqual(['Svea 31']);
    expect(ages('en', 'At fifty, Priya admits over tea, she had hoped to retire.', [{ key: 'Priya', gender: 'female' }])).toEqual(['Priya 50']);
    expect(ages('en', 'Priya is 36 years old, the youngest skipper the club has ever had.', [{ key: 'Priya', gender: 'female' }])).toEqual(['Priya 36']);
    expect(ages('de', 'Mit ihren 36 Jahren ist Svea die jüngste Kapitänin, die der Verein je hatte.', [{ key: 'Svea', gender: 'female' }])).toEqual(['Svea 36']);
    expect(ages('en', 'Priya, who had just turned nineteen, laughed.', [{ key: 'Priya', gender: 'female' }])).toEqual(['Priya 19', 'Priya birthday']);
  });
});

describe('extractAges: an age goes to the person it modifies, not to the sentence subject', () => {
  const people: NameSpec[] = [{ key: 'Tamsin', gender: 'female' }, { key: 'Osric Penhale', gender: 'male' }, { key: 'Bruno', gender: 'male' }, { key: 'Greta Voss', gender: 'female' }];
  it('gives "at eighty-four" / "mit 84 noch" to the nearest name before it', () => {
    expect(ages('en', 'Tamsin rows out. Her uncle, Osric Penhale, still mends nets at eighty-four.', people)).toEqual(['Osric Penhale 84']);
    expect(ages('en', 'Tamsin learned to row from Osric Penhale, still racing at eighty.', people)).toEqual(['Osric Penhale 80']);
    expect(ages('de', 'Bruno besucht seine Tante Greta Voss, die mit 84 noch Ziegen hält.', people)).toEqual(['Greta Voss 84']);
    expect(ages('en', 'Tamsin rows out. She still mends nets at sixty-one.', people)).toEqual(['Tamsin 61']);
  });

  it('gives nobody an age that modifies a nameless relative or an object', () => {
    expect(ages('en', 'Tamsin, 17, rows out with her uncle at eighty-four.', people)).toEqual(['Tamsin 17']);
    expect(ages('en', 'Tamsin rows out. Her uncle still mends nets at eighty-four.', people)).toEqual([]);
    expect(ages('de', 'Bruno geht. Sein Onkel hält mit 84 noch Ziegen.', people)).toEqual([]);
    expect(ages('de', 'Bruno spielt mit 11 Freunden.', people)).toEqual([]);
  });
});

describe('extractAges: prenominal age adjectives before a name', () => {
  const people: NameSpec[] = [{ key: 'Bruno', gender: 'male' }, { key: 'Greta', gender: 'female' }, { key: 'Tamsin', gender: 'female' }];
  it('reads digits and spelled-out numbers up to ninety-nine in both languages', () => {
    expect(ages('de', 'Der elfjährige Bruno lacht. Die dreiundzwanzigjährige Greta schweigt.', people)).toEqual(['Bruno 11', 'Greta 23']);
    expect(ages('de', 'Die 23-jährige Greta schweigt.', people)).toEqual(['Greta 23']);
    expect(ages('en', 'The sixteen-year-old Tamsin laughs. Ninety-nine-year-old Bruno sleeps.', people)).toEqual(['Tamsin 16', 'Bruno 99']);
    expect(ages('de', 'Greta trifft Bruno. Die 61-jährige Revierleiterin nickt.', people)).toEqual(['Greta 61']);
  });
});

describe('extractAges: flashbacks', () => {
  it('takes no current age from a flashback paragraph or "back then"', () => {
    const kai: NameSpec[] = [{ key: 'Kai', gender: 'male' }];
    expect(ages('en', 'Flashback: Kai, 17, stands on the pier.\n\nKai, 22, locks the boathouse.', kai)).toEqual(['Kai 22']);
    expect(ages('de', 'Rückblende: Kai, 17, steht am Steg.\n\nKai, 22, schließt das Bootshaus ab.', kai)).toEqual(['Kai 22']);
    expect(ages('en', 'Back then, Kai was 17. Kai, 22, locks the boathouse.', kai)).toEqual(['Kai 22']);
  });
});

describe('extractAges: ages of a remembered or earlier time', () => {
  const carla = [{ key: 'Carla', gender: 'female' as const }];
  it('reads no present age from a time jump back or a remembered "als"/"when" clause', () => {
    expect(ages('en', 'Twenty-eight years earlier: Carla, six, plays in the garden.', carla)).toEqual([]);
    expect(ages('de', 'Zwanzig Jahre zuvor spielt Carla, sechs, im Garten.', carla)).toEqual([]);
    expect(ages('de', 'Carla erinnert sich an den Sommer, als sie mit sechs Jahren vom Apfelbaum fiel.', carla)).toEqual([]);
    expect(ages('en', 'Carla remembers the summer when, at six, she fell from the apple tree.', carla)).toEqual([]);
  });
  it('still reads the present age of someone who remembers, or an age beside "years"', () => {
    expect(ages('en', 'Carla, 34, remembers the summer by the lake.', carla)).toEqual(['Carla 34']);
    expect(ages('de', 'Carla, 34, erinnert sich an den Sommer am See.', carla)).toEqual(['Carla 34']);
    expect(ages('en', 'Carla is 34 years old and runs the shop.', carla)).toEqual(['Carla 34']);
  });
});
