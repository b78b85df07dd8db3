import { describe, expect, it } from 'vitest';
import type { Fact } from '../types';
import { buildFactInput, type NameSpec } from './buildFactInput';
import { extractFacts } from './extractFacts';

const facts = (language: 'de' | 'en', text: string, names: (string | NameSpec)[]): Fact[] => extractFacts(buildFactInput({ file: 'ep.txt', text }, language, names));
const roles = (list: Fact[], who: string): string[] => list.filter((f) => f.subject === who && f.predicate === 'role' && f.modality !== 'negated').map((f) => f.object);
const promoted = (list: Fact[], who: string): boolean => list.some((f) => f.subject === who && f.predicate === 'event' && f.object === 'promotion');

describe('extractRoles: jobs told by activity', () => {
  it('reads teaching a subject and running a business as a job (German)', () => {
    const list = facts('de', 'Hilde Sommer unterrichtet Biologie am Lessing-Gymnasium. Ihr Nachbar Ole Brandt führt die Bäckerei am Markt. Vera, die seit Jahren die Bücher der Firma führt, schweigt.', [
      'Hilde Sommer',
      'Ole Brandt',
      'Vera',
    ]);
    expect(roles(list, 'Hilde Sommer')).toEqual(['Lehrer']);
    expect(roles(list, 'Ole Brandt')).toEqual(['Bäcker']);
    expect(roles(list, 'Vera')).toEqual(['Buchhalter']);
  });

  it('reads teaching and running a pub as a job (English), but not teaching a person', () => {
    const list = facts('en', 'Gareth Lowe teaches chemistry at the grammar school. Bridget runs the pub on the quay. Later Gareth teaches Bridget to sail.', ['Gareth Lowe', 'Bridget']);
    expect(roles(list, 'Gareth Lowe')).toEqual(['teacher']);
    expect(roles(list, 'Bridget')).toEqual(['landlord']);
    const hobby = facts('en', 'On Sundays Nia Bell teaches yoga in the village hall.', ['Nia Bell']);
    expect(roles(hobby, 'Nia Bell')).toEqual([]);
  });

  it('does not make a job of a question or a wish', () => {
    const list = facts('de', 'Niemand weiß, ob Ole Brandt die Bäckerei führt. Hilde möchte Biologie unterrichten.', ['Ole Brandt', 'Hilde']);
    expect(roles(list, 'Ole Brandt')).toEqual([]);
    expect(roles(list, 'Hilde')).toEqual([]);
  });

  it('reads a job in a relative clause after "where" (English), and a name before an apposition and a copula', () => {
    const en = facts('en', 'They end up at the Crown, the only pub, where the landlord, Dougie Reid, pours them a whisky.', ['Dougie Reid', 'Crown']);
    expect(roles(en, 'Dougie Reid')).toEqual(['landlord']);
    const de = facts('de', 'Ihr Bruder, der Schotte Callum Reid, ist seit zwölf Jahren Kellermeister im Ort.', ['Callum Reid']);
    expect(roles(de, 'Callum Reid')).toEqual(['Kellermeister']);
  });
});

describe('extractRoles: narrated changes of job', () => {
  it('takes "der neue Stationsleiter" and "the new sergeant" as a narrated change', () => {
    const de = facts('de', 'Emil, der neue Stationsleiter, verteilt die Dienste.', ['Emil']);
    expect(roles(de, 'Emil')).toEqual(['Stationsleiter']);
    expect(promoted(de, 'Emil')).toBe(true);
    const en = facts('en', 'Priya Shah, the new sergeant, briefs the team.', ['Priya Shah']);
    expect(promoted(en, 'Priya Shah')).toBe(true);
  });

  it('takes "is made sergeant" and "übernimmt die Leitung" as a promotion', () => {
    const en = facts('en', 'At the end of the week Tom Hale is made sergeant.', ['Tom Hale']);
    expect(roles(en, 'Tom Hale')).toEqual(['sergeant']);
    expect(promoted(en, 'Tom Hale')).toBe(true);
    const de = facts('de', 'Im Herbst übernimmt Greta Lindner die Leitung der Station.', ['Greta Lindner']);
    expect(promoted(de, 'Greta Lindner')).toBe(true);
  });

  it('does not take a plain apposition or "takes charge of the children" as a change', () => {
    const de = facts('de', 'Emil, der erfahrene Pfleger, verteilt die Dienste.', ['Emil']);
    expect(promoted(de, 'Emil')).toBe(false);
    const en = facts('en', 'Maud Price, the headmistress, takes charge of the children.', ['Maud Price']);
    expect(promoted(en, 'Maud Price')).toBe(false);
    expect(roles(en, 'Maud Price')).toEqual(['headmistress']);
  });
});

describe('extractRoles: appointments and plain errands', () => {
  it('reads "wird zum Oberarzt befördert" as a promotion but not "auf dem Weg zum Bäcker" or "wird zum Hof gerufen"', () => {
    const list = facts('de', 'Auf dem Weg zum Bäcker trifft Mira Kant ihren Nachbarn. Danach wird Mira zum Hof der Familie gerufen. Am Abend wird Tom Rieck zum Oberarzt befördert.', [
      { key: 'Mira Kant', forms: ['Mira'] },
      'Tom Rieck',
    ]);
    expect(roles(list, 'Mira Kant')).toEqual([]);
    expect(promoted(list, 'Mira Kant')).toBe(false);
    expect(roles(list, 'Tom Rieck')).toEqual(['Oberarzt']);
    expect(promoted(list, 'Tom Rieck')).toBe(true);
  });

  it('knows common jobs beyond medicine and police (librarian, spokeswoman, designer, practice assistant)', () => {
    expect(roles(facts('en', 'Sheriff Ada Crane drives out.', [{ key: 'Ada Crane', forms: ['Sheriff Ada Crane'] }]), 'Ada Crane')).toEqual(['Sheriff']);
    const en = facts('en', 'Nell Price, the librarian, opens early. Ada Moss works as a spokeswoman for the council. Kit Law is a lighting designer.', ['Nell Price', 'Ada Moss', 'Kit Law']);
    expect(roles(en, 'Nell Price')).toEqual(['librarian']);
    expect(roles(en, 'Ada Moss')).toEqual(['spokeswoman']);
    expect(roles(en, 'Kit Law')).toEqual(['designer']);
    const de = facts('de', 'Ruth Engel, die Pressesprecherin der Stadt, wartet. Pia Kern arbeitet als Tiermedizinische Fachangestellte.', ['Ruth Engel', 'Pia Kern']);
    expect(roles(de, 'Ruth Engel')).toEqual(['Pressesprecherin']);
    expect(roles(de, 'Pia Kern')).toEqual(['Fachangestellte']);
  });
});

describe('extractRoles: former jobs', () => {
  const former = (list: Fact[], who: string): string[] => list.filter((f) => f.subject === who && f.predicate === 'former-role').map((f) => f.object);

  it('reads "former", "retired", "used to be" and "no longer" as a past job, not a present one (English)', () => {
    const list = facts('en', 'Tom Hale, a former teacher, runs the pub. Ann Webb is a retired sergeant. Ed Cole used to be a nurse. Kit Moss is an ex-policeman.', ['Tom Hale', 'Ann Webb', 'Ed Cole', 'Kit Moss']);
    expect(roles(list, 'Tom Hale')).toEqual(['landlord']);
    expect(former(list, 'Tom Hale')).toEqual(['teacher']);
    expect(roles(list, 'Ann Webb')).toEqual([]);
    expect(former(list, 'Ann Webb')).toEqual(['sergeant']);
    expect(former(list, 'Ed Cole')).toEqual(['nurse']);
    expect(former(list, 'Kit Moss')).toEqual(['ex-policeman']);
  });

  it('reads "ehemalige", "pensionierter", "war früher" and "kein … mehr" as a past job (German), but a plain job stays present', () => {
    const list = facts('de', 'Greta Lindner, eine ehemalige Lehrerin, führt das Café. Ute Rau war früher Krankenschwester. Ole Brandt ist kein Lehrer mehr. Ina Vogt ist Lehrerin.', ['Greta Lindner', 'Ute Rau', 'Ole Brandt', 'Ina Vogt']);
    expect(former(list, 'Greta Lindner')).toEqual(['Lehrerin']);
    expect(roles(list, 'Ute Rau')).toEqual([]);
    expect(former(list, 'Ute Rau')).toEqual(['Krankenschwester']);
    expect(former(list, 'Ole Brandt')).toEqual(['Lehrer']);
    expect(list.some((f) => f.subject === 'Ole Brandt' && f.modality === 'negated')).toBe(false);
    expect(roles(list, 'Ina Vogt')).toEqual(['Lehrerin']);
    expect(former(list, 'Ina Vogt')).toEqual([]);
  });

  it('reads "has never worked as" as a denied job in both languages', () => {
    const en = facts('en', 'Ann Webb has never worked as a nurse.', ['Ann Webb']);
    expect(en.filter((f) => f.predicate === 'role').map((f) => f.modality)).toEqual(['negated']);
    const de = facts('de', 'Ann Webb hat nie als Krankenschwester gearbeitet.', ['Ann Webb']);
    expect(de.filter((f) => f.predicate === 'role').map((f) => f.modality)).toEqual(['negated']);
  });
});
