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

describe('meetingFacts: memories of a first meeting and introductions', () => {
  const meetings = (list: Fact[]): string[] => list.filter((f) => ['first-meeting', 'knows', 'first-met', 'first-met-year'].includes(f.predicate)).map((f) => `${f.subject} ${f.predicate} ${f.object}`);
  const people = [{ key: 'Tamsin', gender: 'female' as const }, { key: 'Osric', gender: 'male' as const }];

  it('reads a remembered first meeting (past perfect, remembers, back then, erinnert sich, damals) as knowing each other, with the year it names', () => {
    const en = meetings(facts('en', 'Tamsin remembered the evening she had first met Osric at a harvest fair in 1987.', people));
    expect(en).toEqual(expect.arrayContaining(['Tamsin knows Osric', 'Tamsin first-met Osric', 'Tamsin first-met-year 1987', 'Osric first-met-year 1987']));
    expect(en.some((m) => m.includes('first-meeting'))).toBe(false);
    const de = meetings(facts('de', 'Tamsin hatte Osric damals auf einem Schützenfest kennengelernt.', people));
    expect(de).toEqual(expect.arrayContaining(['Tamsin knows Osric', 'Tamsin first-met Osric']));
    expect(de.some((m) => m.includes('first-meeting'))).toBe(false);
    expect(meetings(facts('en', 'Back then, Tamsin saw Osric for the first time at the fair.', people)).some((m) => m.includes('first-meeting'))).toBe(false);
  });

  it('still reads a first meeting on screen, and "had never met" as one', () => {
    expect(meetings(facts('en', 'Tamsin meets Osric for the first time at the fair.', people))).toContain('Tamsin first-meeting Osric');
    expect(meetings(facts('en', 'At the fair Tamsin greets Osric, whom she had never met.', people)).some((m) => m.includes('first-met '))).toBe(false);
  });

  it('reads "lernt sie kennen" with "sie" as the person met', () => {
    expect(meetings(facts('de', 'Tamsin betritt die Werkstatt. Osric lernt sie heute kennen.', people))).toContain('Osric first-meeting Tamsin');
  });

  it('reads "stellt sich (ihm) vor" as introducing oneself, but not imagining something', () => {
    expect(meetings(facts('de', 'Osric wartet im Flur. Dort stellt sich ihm die Tierärztin Tamsin vor.', people))).toContain('Tamsin first-meeting Osric');
    expect(meetings(facts('de', 'Osric wartet im Flur. Tamsin stellt sich knapp vor, nickt und geht.', people))).toContain('Tamsin first-meeting Osric');
    expect(meetings(facts('de', 'Osric wartet im Flur. Tamsin stellt sich den Sommer vor.', people))).toEqual([]);
    expect(meetings(facts('de', 'Osric wartet im Flur. Tamsin stellt sich das vor.', people))).toEqual([]);
    expect(meetings(facts('de', 'Osric wartet im Flur. Tamsin betritt den Raum, stellt sich ihm mit kräftigem Handschlag vor und setzt sich.', people))).toContain('Tamsin first-meeting Osric');
    expect(meetings(facts('de', 'Osric wartet im Flur. Tamsin stellt sich den Winter vor und friert.', people))).toEqual([]);
    expect(meetings(facts('de', 'Osric wartet im Flur. Tamsin stellt sich vor, wie Osric tanzt.', people))).toEqual([]);
  });
});

describe('meetingFacts: knowing each other as a group', () => {
  it('reads "The two have known each other since sailing school" / "Die beiden kennen sich seit der Schulzeit" for the two named before', () => {
    const knows = (list: Fact[]) => list.some((f) => f.predicate === 'knows' && f.subject === 'Iona Reid' && f.object === 'Kofi' && f.modality === 'asserted');
    expect(knows(facts('en', 'Iona Reid and Kofi argue on deck. The two have known each other since sailing school.', [{ key: 'Iona Reid', gender: 'female' }, { key: 'Kofi', gender: 'male' }]))).toBe(true);
    expect(knows(facts('de', 'Iona Reid und Kofi streiten an Deck. Die beiden kennen sich seit der Schulzeit.', [{ key: 'Iona Reid', gender: 'female' }, { key: 'Kofi', gender: 'male' }]))).toBe(true);
  });
});

describe('meetingFacts: a pronoun subject carries over to coordinated verbs', () => {
  const deal = (text: string): boolean =>
    facts('en', text, [{ key: 'Tamsin Vale' }, { key: 'Osric Penn' }]).some((f) => f.predicate === 'interacts' && f.subject === 'Tamsin Vale' && f.object === 'Osric Penn');

  it('reads "She wraps the ankle, warns him and sends him home" as the woman named before dealing with him', () => {
    expect(deal('Osric Penn twists an ankle. The nurse, Tamsin Vale, reaches him first. She wraps the ankle, warns him and sends him home.')).toBe(true);
  });

  it('does not hand the pronoun to a clause led by an article or after another name ("the baker who …")', () => {
    const list = facts('en', 'Tamsin Vale runs the shop. She is fond, as everyone knows, of Osric Penn, the baker who helps the vicar.', [{ key: 'Tamsin Vale', gender: 'female' }, { key: 'Osric Penn', gender: 'male' }]);
    expect(list.some((f) => f.subject === 'Tamsin Vale' && f.predicate === 'role')).toBe(false);
  });
});

describe('meetingFacts: dealing with someone named before (pronouns, joint activities)', () => {
  const him = [{ key: 'Gernot Seidl', gender: 'male' as const }, { key: 'Vroni', gender: 'female' as const }];
  const en = [{ key: 'Hal Brewer', gender: 'male' as const }, { key: 'Nell', gender: 'female' as const }];
  const dealsAny = (list: Fact[], a: string, b: string): boolean => deals(list, a, b) && deals(list, b, a);

  it('reads a pronoun object resolved to the person named before as dealing with them', () => {
    expect(dealsAny(facts('de', 'Gernot Seidl repariert den Zaun. Als Vroni ihn zur Rede stellt, schweigt er.', him), 'Vroni', 'Gernot Seidl')).toBe(true);
    expect(dealsAny(facts('de', 'Gernot Seidl kommt spät. Vroni kocht mit ihm.', him), 'Vroni', 'Gernot Seidl')).toBe(true);
    expect(dealsAny(facts('en', 'Hal Brewer fixes the boat. Nell thanks him.', en), 'Nell', 'Hal Brewer')).toBe(true);
    expect(dealsAny(facts('en', 'Nell arrives at the camp. Hal Brewer carries her bags up to the caravan.', en), 'Hal Brewer', 'Nell')).toBe(true);
    expect(dealsAny(facts('de', 'Vroni kommt an. Gernot Seidl trägt ihre Koffer ins Haus.', him), 'Gernot Seidl', 'Vroni')).toBe(true);
  });

  it('does not read a possessive of the subject\'s own gender as someone else', () => {
    expect(deals(facts('en', 'Hal Brewer waves. Nell carries her bags to the car.', en), 'Nell', 'Hal Brewer')).toBe(false);
    expect(deals(facts('en', 'Hal Brewer calls. Nell loses her keys.', en), 'Nell', 'Hal Brewer')).toBe(false);
  });

  it('reads joint activities in both languages as dealing with each other', () => {
    for (const s of ['Nell confronts Hal Brewer about the money.', 'Nell questions Hal Brewer.', 'Nell cooks with Hal Brewer.', 'Nell works a night shift with Hal Brewer.', 'Nell and Hal Brewer shake hands.', 'Nell and Hal Brewer share a table at the inn.', 'Nell interrogates Hal Brewer.']) {
      expect(dealsAny(facts('en', s, en), 'Nell', 'Hal Brewer'), s).toBe(true);
    }
    for (const s of ['Vroni verhandelt mit Gernot Seidl.', 'Vroni arbeitet mit Gernot Seidl zusammen.', 'Vroni verhört Gernot Seidl.', 'Vroni stellt Gernot Seidl ein.', 'Vroni entlässt Gernot Seidl.', 'Vroni schüttelt Gernot Seidl die Hand.', 'Vroni und Gernot Seidl teilen sich einen Tisch.']) {
      expect(dealsAny(facts('de', s, him), 'Vroni', 'Gernot Seidl'), s).toBe(true);
    }
  });

  it('does not read two people merely named together as dealing with each other', () => {
    expect(deals(facts('en', 'Nell and Hal Brewer both attend the party.', en), 'Nell', 'Hal Brewer')).toBe(false);
    expect(deals(facts('de', 'Vroni und Gernot Seidl sind beide auf dem Fest.', him), 'Vroni', 'Gernot Seidl')).toBe(false);
  });
});

describe('meetingFacts: not knowing someone', () => {
  const first = (list: Fact[], a: string, b: string): boolean => list.some((f) => f.predicate === 'first-meeting' && f.subject === a && f.object === b && f.modality === 'asserted');
  const people = [{ key: 'Hal', gender: 'male' as const }, { key: 'Vera', gender: 'female' as const }];

  it('reads "kennt ihn/sie nicht", "does not know X at all" as strangers meeting', () => {
    expect(first(facts('de', 'Hal kommt herein. Vera kennt ihn nicht.', people), 'Vera', 'Hal')).toBe(true);
    expect(first(facts('de', 'Vera kommt herein. Hal kennt sie nicht.', people), 'Hal', 'Vera')).toBe(true);
    expect(first(facts('en', 'Vera does not know Hal at all.', people), 'Vera', 'Hal')).toBe(true);
  });

  it('does not read "nicht mehr", "not really", "doesn\'t know Hal is …" or a pretence as strangers', () => {
    expect(first(facts('de', 'Hal kommt herein. Vera kennt ihn nicht mehr.', people), 'Vera', 'Hal')).toBe(false);
    expect(first(facts('en', "Vera doesn't really know Hal.", people), 'Vera', 'Hal')).toBe(false);
    expect(first(facts('en', "Vera doesn't know Hal is her brother.", people), 'Vera', 'Hal')).toBe(false);
    expect(first(facts('en', 'Vera pretends never to have met Hal.', people), 'Vera', 'Hal')).toBe(false);
    expect(first(facts('de', 'Vera tut so, als habe sie Hal nie gesehen.', people), 'Vera', 'Hal')).toBe(false);
  });
});

describe('meetingFacts: not knowing someone, with a second verb', () => {
  it('makes only the object of "kennt … nicht" a stranger, not the object of a verb joined by "und"', () => {
    const people = [{ key: 'Hal', gender: 'male' as const }, { key: 'Lene', gender: 'female' as const }, { key: 'Vroni', gender: 'female' as const }];
    const list = facts('de', 'Hal steht an der Tür. Lene kennt ihn nicht und fragt Vroni, wer der Mann sei.', people);
    const firsts = list.filter((f) => f.predicate === 'first-meeting').map((f) => `${f.subject}>${f.object}`);
    expect(firsts).toContain('Lene>Hal');
    expect(firsts).not.toContain('Lene>Vroni');
  });
});

describe('meetingFacts: flashbacks and memories', () => {
  const people = [{ key: 'Hal', gender: 'male' as const }, { key: 'Vera', gender: 'female' as const }];
  const before = (list: Fact[]): boolean => list.some((f) => f.predicate === 'met-before' && f.subject === 'Vera' && f.object === 'Hal');

  it('reads dealings in a flashback or a memory of long ago as the two having met before', () => {
    expect(before(facts('en', 'Flashback: the harvest fair of 1998. Vera dances with Hal by the cider tent.', people))).toBe(true);
    expect(before(facts('de', 'Rückblende, Sommer 1998. Vera tanzt mit Hal auf dem Fest.', people))).toBe(true);
  });

  it('does not read a dream as having met before, nor a present scene', () => {
    expect(before(facts('en', 'In a dream Vera dances with Hal by the cider tent.', people))).toBe(false);
    expect(before(facts('en', 'Vera dances with Hal by the cider tent.', people))).toBe(false);
  });

  it('reads a first meeting shown in a flashback as knowing each other, not a first meeting now', () => {
    const list = facts('de', 'Rückblende, Sommer 1998. Vera lernt Hal auf dem Schützenfest kennen.', people);
    expect(list.some((f) => f.predicate === 'first-meeting' && f.modality === 'asserted')).toBe(false);
    expect(list.some((f) => f.predicate === 'knows' && f.subject === 'Vera' && f.object === 'Hal')).toBe(true);
  });
});
