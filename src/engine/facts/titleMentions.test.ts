import { describe, expect, it } from 'vitest';
import type { Fact, Mention } from '../types';
import { buildFactInput } from './buildFactInput';
import { extractFacts } from './extractFacts';
import { titleTrimmedMentions } from './titleMentions';
import { de } from './lang/de';

const mention = (text: string, start: number, entity = text): Mention => ({ entity, episode: 'e.txt', start, end: start + text.length, text });
const has = (list: Fact[], s: string, p: string, o: string): boolean => list.some((f) => f.subject === s && f.predicate === p && f.object === o);

describe('titleTrimmedMentions', () => {
  it('cuts a kinship word off a name and drops a relation noun taken for a name, keeping titles and plain names', () => {
    const out = titleTrimmedMentions([mention('Tante Gerda', 10, 'Gerda'), mention('Ehemann', 30), mention('Frau Roth', 40), mention('Paul', 60), mention('Koch', 70)], de);
    expect(out.map((m) => [m.text, m.start])).toEqual([['Gerda', 16], ['Frau Roth', 40], ['Paul', 60], ['Koch', 70]]);
  });

  it('cuts a job title off a name, so the title reads as the job ("Richterin Carolin Fenske", "die Dorfwirtin Gerda Wiesenthal")', () => {
    const out = titleTrimmedMentions([mention('Richterin Carolin Fenske', 0, 'Carolin Fenske'), mention('Oberkommissar Aydın', 40, 'Aydın')], de);
    expect(out.map((m) => m.text)).toEqual(['Carolin Fenske', 'Aydın']);
    const text = 'Richterin Carolin Fenske eröffnet die Sitzung. Im Zelt schenkt die Dorfwirtin Gerda Wiesenthal Bier aus.';
    const input = buildFactInput({ file: 'e.txt', text }, 'de', [
      { key: 'Carolin Fenske', forms: ['Richterin Carolin Fenske'] },
      { key: 'Gerda Wiesenthal', forms: ['Dorfwirtin Gerda Wiesenthal'] },
    ]);
    const facts = extractFacts(input);
    expect(has(facts, 'Carolin Fenske', 'role', 'Richterin')).toBe(true);
    expect(has(facts, 'Gerda Wiesenthal', 'role', 'Dorfwirtin')).toBe(true);
  });

  it('lets "ihr jüngerer Bruder Paul" read as a relation when the name detector took "Bruder Paul" for the name', () => {
    const text = 'Stella Kolb hat Sorgen. Ihr jüngerer Bruder Paul bittet sie um Geld.';
    const input = buildFactInput({ file: 'e.txt', text }, 'de', [{ key: 'Stella Kolb', gender: 'female' }, { key: 'Paul', forms: ['Bruder Paul'] }]);
    expect(input.mentions.map((m) => m.text)).toContain('Bruder Paul');
    expect(has(extractFacts(input), 'Stella Kolb', 'brother', 'Paul')).toBe(true);
  });
});
