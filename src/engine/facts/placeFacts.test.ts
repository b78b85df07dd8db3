// Places: homes named through a home noun, "never left X", relative "where"/"in dem" after a home in apposition, and moves.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../types';
import { buildFactInput, type NameSpec } from './buildFactInput';
import { extractFacts } from './extractFacts';

const facts = (language: 'de' | 'en', text: string, names: (string | NameSpec)[]): Fact[] => extractFacts(buildFactInput({ file: 'ep.txt', text }, language, names));
const places = (list: Fact[], subject: string): string[] =>
  list.filter((f) => f.subject === subject && ['lives-in', 'comes-from', 'moves-to'].includes(f.predicate)).map((f) => `${f.predicate}:${f.object}`);
const moved = (list: Fact[], subject: string): boolean => list.some((f) => f.subject === subject && f.predicate === 'event' && f.object === 'move');

describe('placeFacts: homes', () => {
  it('reads where someone lives from a home noun with its owner ("seine Wohnung in der Lindengasse", "her flat in Leith")', () => {
    const de = facts('de', 'Bruno Seidel bittet Vera in seine Wohnung in der Lindengasse, gleich über dem Blumenladen.', [{ key: 'Bruno Seidel', gender: 'male' }, { key: 'Vera', gender: 'female' }]);
    expect(places(de, 'Bruno Seidel')).toEqual(['lives-in:Lindengasse']);
    const en = facts('en', 'Maud Ferrier has a flat in Leith. Her cottage on Kestrel Lane is let to students.', [{ key: 'Maud Ferrier', gender: 'female' }, { key: 'Leith', kind: 'place' }]);
    expect(places(en, 'Maud Ferrier')).toContain('lives-in:Leith');
  });

  it('takes no common noun for a place ("in seinem Zimmer am Fenster", "the flat above the bakery")', () => {
    const de = facts('de', 'Bruno Seidel sitzt in seinem Zimmer am Fenster. Bruno Seidel wohnt im Haus am See.', [{ key: 'Bruno Seidel', gender: 'male' }]);
    expect(places(de, 'Bruno Seidel')).toEqual([]);
    const en = facts('en', 'Maud Ferrier lives in the flat above the bakery.', [{ key: 'Maud Ferrier', gender: 'female' }]);
    expect(places(en, 'Maud Ferrier')).toEqual([]);
  });

  it('does not give a family\'s home to a woman named earlier (German "ihr" is also "their")', () => {
    const list = facts('de', 'Vera Lenz gießt die Beete. Die Ottens bleiben im Garten, weil es in ihrem Reihenhaus in Taucha zu heiß ist.', [{ key: 'Vera Lenz', gender: 'female' }, { key: 'Taucha', kind: 'place' }]);
    expect(places(list, 'Vera Lenz')).toEqual([]);
  });

  it('reads a home given up as a move, not as where the person lives', () => {
    const list = facts('de', 'Jetzt hat Bruno Seidel seine Wohnung in Giesing aufgegeben und zieht zurück in sein Kinderzimmer.', [{ key: 'Bruno Seidel', gender: 'male' }, { key: 'Giesing', kind: 'place' }]);
    expect(places(list, 'Bruno Seidel')).toEqual([]);
    expect(moved(list, 'Bruno Seidel')).toBe(true);
  });
});

describe('placeFacts: never left, relative clauses, moves', () => {
  it('reads "has never left X" / "X nie verlassen hat" as living there all along, also for the subject of "the only one who"', () => {
    const en = facts('en', 'Maud Ferrier is the only one of the sisters who has never left Kirkwall.', [{ key: 'Maud Ferrier', gender: 'female' }, { key: 'Kirkwall', kind: 'place' }]);
    expect(places(en, 'Maud Ferrier')).toEqual(['lives-in:Kirkwall', 'comes-from:Kirkwall']);
    const de = facts('de', 'Vera ist die Einzige der vier Geschwister, die Hallstadt nie verlassen hat.', [{ key: 'Vera', gender: 'female' }]);
    expect(places(de, 'Vera')).toEqual(['lives-in:Hallstadt', 'comes-from:Hallstadt']);
  });

  it('does not read leaving a place once as never leaving it', () => {
    const list = facts('en', 'Maud Ferrier left Kirkwall at dawn.', [{ key: 'Maud Ferrier', gender: 'female' }, { key: 'Kirkwall', kind: 'place' }]);
    expect(places(list, 'Maud Ferrier')).toEqual([]);
  });

  it('reads a home in apposition to a named place with a relative "where" / "in dem"', () => {
    const de = facts('de', 'Bruno ist müde. Er fährt hinaus nach Velden, in das Haus mit dem Nussbaum, in dem er aufgewachsen ist und in dem er bis heute wohnt.', [{ key: 'Bruno', gender: 'male' }, { key: 'Velden', kind: 'place' }]);
    expect(places(de, 'Bruno')).toEqual(['comes-from:Velden', 'lives-in:Velden']);
    const en = facts('en', 'Owen drives out to Marsh End, to the farmhouse where he grew up and where he still lives.', [{ key: 'Owen', gender: 'male' }, { key: 'Marsh End', kind: 'place' }]);
    expect(places(en, 'Owen')).toEqual(['comes-from:Marsh End', 'lives-in:Marsh End']);
  });

  it('reads a move even to a place with no name, and "has moved back to"', () => {
    expect(moved(facts('de', 'Vera zieht für den Sommer in ihre Gartenlaube.', [{ key: 'Vera', gender: 'female' }]), 'Vera')).toBe(true);
    expect(places(facts('de', 'Vera zog im Mai mit den Kindern nach Kiel.', [{ key: 'Vera', gender: 'female' }, { key: 'Kiel', kind: 'place' }]), 'Vera')).toEqual(['moves-to:Kiel']);
    expect(moved(facts('de', 'Vera zieht den Wagen in die Garage. Vera zieht die Jacke in der Küche aus.', [{ key: 'Vera', gender: 'female' }]), 'Vera')).toBe(false);
    const en = facts('en', 'Owen has moved back to Dunmore.', [{ key: 'Owen', gender: 'male' }, { key: 'Dunmore', kind: 'place' }]);
    expect(places(en, 'Owen')).toEqual(['moves-to:Dunmore']);
    expect(moved(en, 'Owen')).toBe(true);
  });
});

describe('placeFacts: a place further on', () => {
  it('reads "lives with her husband in a stone cottage in Dunmore" and "Haukes Hof liegt in Ostermoor"', () => {
    const en = facts('en', 'Maud Ferrier lives with her husband Owen in a stone cottage on the harbour in Dunmore.', [{ key: 'Maud Ferrier', gender: 'female' }, { key: 'Owen', gender: 'male' }, { key: 'Dunmore', kind: 'place' }]);
    expect(places(en, 'Maud Ferrier')).toEqual(['lives-in:Dunmore']);
    expect(places(en, 'Owen')).toEqual([]);
    const de = facts('de', 'Brunos Hof liegt in Velden. Vera lebt mit ihrem Mann in einem Backsteinhaus am Deich in Husum.', [{ key: 'Bruno', gender: 'male' }, { key: 'Vera', gender: 'female' }, { key: 'Husum', kind: 'place' }]);
    expect(places(de, 'Bruno')).toEqual(['lives-in:Velden']);
    expect(places(de, 'Vera')).toEqual(['lives-in:Husum']);
  });

  it('reads "where he has spent his whole life" as a home, but not "where he spent the evening"', () => {
    const list = facts('en', 'Owen drives to Marsh End, where he has spent his whole life. Later Owen drives to Carlow, where he spent the evening.', [{ key: 'Owen', gender: 'male' }, { key: 'Marsh End', kind: 'place' }, { key: 'Carlow', kind: 'place' }]);
    expect(places(list, 'Owen')).toEqual(['lives-in:Marsh End', 'comes-from:Marsh End']);
  });
});

describe('placeFacts: German verb-final homes and town adjectives', () => {
  it('reads "…, die in Taucha in einem Reihenhaus nahe der Kirche lebt" after a separable verb, and "am Deich von Husum wohnt"', () => {
    const list = facts('de', 'Bea ruft ihre Schwester Vera an, die in Taucha in einem Reihenhaus nahe der Kirche lebt. Man hört, dass Jens mit seiner Frau in einem Backsteinhaus am Deich von Husum wohnt.', [
      { key: 'Bea', gender: 'female' },
      { key: 'Vera', gender: 'female' },
      { key: 'Jens', gender: 'male' },
      { key: 'Taucha', kind: 'place' },
      { key: 'Husum', kind: 'place' },
    ]);
    expect(places(list, 'Vera')).toEqual(['lives-in:Taucha']);
    expect(places(list, 'Jens')).toEqual(['lives-in:Husum']);
    expect(places(list, 'Bea')).toEqual([]);
    expect(list.some((f) => f.subject === 'Vera' && f.predicate === 'vital' && f.object === 'alive')).toBe(false);
  });

  it('reads "in der Kieler Innenstadt, in der er lebt" as Kiel, not as a place called Innenstadt', () => {
    const list = facts('de', 'Jens fährt in seine Wohnung in der Kieler Innenstadt, in der er seit Jahren lebt.', [{ key: 'Jens', gender: 'male' }]);
    expect(places(list, 'Jens')).toContain('lives-in:Kiel');
    expect(places(list, 'Jens')).not.toContain('lives-in:Innenstadt');
  });

  it('takes a name with no known gender after "on"/"in" for a place ("lives with his aunt in a cottage on Skellig")', () => {
    const list = facts('en', 'Owen, who lives with his aunt in a cottage on Skellig, misses the boat.', [{ key: 'Owen', gender: 'male' }, 'Skellig']);
    expect(places(list, 'Owen')).toEqual(['lives-in:Skellig']);
  });
});

describe('placeFacts: a wish in a coordinated part of the clause', () => {
  it('keeps "…, die in Taucha lebt und zur Hochzeit kommen will" as where she lives, but not "will in Taucha leben"', () => {
    const list = facts('de', 'Bea telefoniert mit ihrer Schwester Vera, die in Taucha in einer Altbauwohnung nahe der Kirche lebt und zur Hochzeit kommen will.', [{ key: 'Bea', gender: 'female' }, { key: 'Vera', gender: 'female' }, { key: 'Taucha', kind: 'place' }]);
    expect(places(list, 'Vera')).toEqual(['lives-in:Taucha']);
    const wish = facts('de', 'Vera will später einmal in Taucha in einem Haus am See leben.', [{ key: 'Vera', gender: 'female' }, { key: 'Taucha', kind: 'place' }]);
    expect(places(wish, 'Vera')).toEqual([]);
  });
});

describe('placeFacts: upbringing, nationality with a town, a town inside a region', () => {
  const mara = { key: 'Mara Quint', gender: 'female' as const };
  const towns = ['Tullow', 'Plovdiv', 'Plowdiw', 'Altona', 'Hamburg', 'County Carlow'].map((key) => ({ key, kind: 'place' as const }));
  const origin = (list: Fact[]): string[] => list.filter((f) => f.subject === 'Mara Quint' && ['comes-from', 'born-in', 'lives-in'].includes(f.predicate)).map((f) => `${f.predicate}:${f.object}`).sort();

  it('reads a whole childhood or life spent in a town as where someone comes from (main and verb-final clauses)', () => {
    expect(origin(facts('en', 'Mara Quint spent her whole childhood in Tullow.', [mara, ...towns]))).toEqual(['comes-from:Tullow']);
    expect(origin(facts('en', 'Mara Quint spent her entire life in Tullow.', [mara, ...towns]))).toEqual(['comes-from:Tullow', 'lives-in:Tullow']);
    expect(origin(facts('de', 'Mara Quint verbrachte ihre ganze Kindheit in Tullow.', [mara, ...towns]))).toEqual(['comes-from:Tullow']);
    expect(origin(facts('de', 'Mara Quint, die ihr ganzes Leben in Tullow verbracht hat, lacht.', [mara, ...towns]))).toEqual(['comes-from:Tullow', 'lives-in:Tullow']);
  });

  it('takes no day or holiday spent in a town for an origin', () => {
    expect(origin(facts('en', 'Mara Quint spent the whole day in Tullow.', [mara, ...towns]))).toEqual([]);
    expect(origin(facts('de', 'Mara Quint verbrachte den ganzen Sommer in Tullow.', [mara, ...towns]))).toEqual([]);
  });

  it('reads a nationality noun with a named town ("a Bulgarian from Plovdiv", "eine Bulgarin aus Plowdiw") as the town of origin', () => {
    expect(origin(facts('en', 'Mara Quint, a Bulgarian from Plovdiv, runs the pub.', [mara, ...towns]))).toEqual(['comes-from:Plovdiv']);
    expect(origin(facts('de', 'Mara Quint ist eine Bulgarin aus Plowdiw.', [mara, ...towns]))).toEqual(['comes-from:Plowdiw']);
  });

  it('takes no letter, parcel or cup from a town for an origin', () => {
    expect(origin(facts('en', 'Mara Quint got a Christmas card from Plovdiv.', [mara, ...towns]))).toEqual([]);
    expect(origin(facts('de', 'Mara Quint bekommt einen Becher aus Plowdiw. Sie liest einen Brief aus Plowdiw.', [mara, ...towns]))).toEqual([]);
  });

  it('takes the town as the origin and records that it lies in the place named after it ("aus Altona in Hamburg")', () => {
    const de = facts('de', 'Mara Quint stammt aus Altona in Hamburg.', [mara, ...towns]);
    expect(origin(de)).toEqual(['comes-from:Altona']);
    expect(de.some((f) => f.predicate === 'located-in' && f.subject === 'Altona' && f.object === 'Hamburg')).toBe(true);
    const en = facts('en', 'Mara Quint comes from Tullow in County Carlow.', [mara, ...towns]);
    expect(origin(en)).toEqual(['comes-from:Tullow']);
    expect(en.some((f) => f.predicate === 'located-in' && f.subject === 'Tullow' && f.object === 'County Carlow')).toBe(true);
  });

  it('keeps a birthplace someone claims as a claim, and one told in narration as asserted', () => {
    const claimed = facts('en', 'Mara Quint claims she was born in Tullow.', [mara, ...towns]).find((f) => f.predicate === 'born-in');
    expect(claimed).toMatchObject({ object: 'Tullow', modality: 'believed' });
    expect(facts('de', 'Mara Quint ist in Tullow geboren und aufgewachsen.', [mara, ...towns]).find((f) => f.predicate === 'born-in')).toMatchObject({ object: 'Tullow', modality: 'asserted' });
  });

  it('reads "had grown up in X" and an origin told in the first person in a quotation, for the speaker the speech tag names', () => {
    expect(origin(facts('en', 'At the bar stood Mara Quint, who had grown up in Tullow above a forge.', [mara, ...towns]))).toEqual(['comes-from:Tullow']);
    const de = facts('de', 'Mara Quint lachte. „Ich bin in Tullow aufgewachsen und nie von dort weg“, sagte sie.', [mara, ...towns]);
    expect(de.filter((f) => f.predicate === 'comes-from').map((f) => `${f.subject}:${f.object}:${f.modality}`)).toEqual(['Mara Quint:Tullow:asserted']);
    const tom = { key: 'Tom Hale', gender: 'male' as const };
    const en = facts('en', 'Mara Quint poured tea for Tom Hale. "I was born in Tullow," he said.', [mara, tom, ...towns]);
    expect(en.filter((f) => f.predicate === 'born-in').map((f) => `${f.subject}:${f.object}`)).toEqual(['Tom Hale:Tullow']);
  });

  it('gives a first-person origin to nobody when no plain speech tag names the speaker, or the tag calls it a lie', () => {
    const tom = { key: 'Tom Hale', gender: 'male' as const };
    expect(facts('en', 'Mara Quint poured tea for Tom Hale. "I was born in Tullow."', [mara, tom, ...towns]).filter((f) => f.predicate === 'born-in')).toEqual([]);
    expect(facts('de', 'Mara Quint goss Tee ein. „Ich bin in Tullow geboren“, log sie.', [mara, ...towns]).filter((f) => f.predicate === 'born-in' && f.modality === 'asserted')).toEqual([]);
  });

  it('gives "X thinks Declan grew up in Cork" to Declan, as a belief, and takes "County Carlow" whole', () => {
    const names = [mara, { key: 'Declan', gender: 'male' as const }, { key: 'Cork', kind: 'place' as const }, { key: 'Carlow', kind: 'place' as const }];
    const list = facts('en', 'Mara Quint thinks Declan grew up in Cork. Mara Quint comes from County Carlow.', names);
    expect(list.filter((f) => f.predicate === 'comes-from').map((f) => `${f.subject}:${f.object}:${f.modality}`)).toEqual(['Declan:Cork:believed', 'Mara Quint:County Carlow:asserted']);
  });

  it('takes no month after the town for a place holding it ("born in Tullow in May")', () => {
    const list = facts('en', 'Mara Quint was born in Tullow in March.', [mara, ...towns]);
    expect(list.filter((f) => f.predicate === 'located-in')).toEqual([]);
    expect(origin(list)).toEqual(['born-in:Tullow']);
  });

  it('reads a family seat ("her family has lived in X for generations", "die Familie Quint lebt seit Generationen in X", "the Quint family of X") as her origin', () => {
    expect(origin(facts('en', 'Mara Quint pours tea. Her family has lived in Tullow for generations.', [mara, ...towns]))).toEqual(['comes-from:Tullow']);
    expect(origin(facts('en', 'Mara Quint, of the Quint family of Tullow, pours tea.', [mara, ...towns]))).toEqual(['comes-from:Tullow']);
    expect(origin(facts('de', 'Mara Quint schenkt Tee ein. Die Familie Quint lebt seit Generationen in Tullow.', [mara, ...towns]))).toEqual(['comes-from:Tullow']);
  });

  it('takes no visit to a family, nor another family\'s seat, for an origin', () => {
    expect(origin(facts('en', 'Mara Quint visits the Hale family of Tullow. The Hale family has lived in Tullow for generations.', [mara, ...towns]))).toEqual([]);
    expect(origin(facts('de', 'Mara Quint besucht ihre Familie in Tullow.', [mara, ...towns]))).toEqual([]);
  });

  it('keeps a truth someone tells about themself as their account, and a truth the narration tells as a reveal', () => {
    const own = facts('en', 'Mara Quint told him the truth: she had been born in Tullow.', [mara, ...towns]).find((f) => f.predicate === 'born-in');
    expect(own).toMatchObject({ object: 'Tullow', modality: 'asserted' });
    const told = facts('en', 'It turns out that Mara Quint was born in Tullow.', [mara, ...towns]).find((f) => f.predicate === 'born-in');
    expect(told).toMatchObject({ object: 'Tullow', modality: 'revealed' });
  });
});
