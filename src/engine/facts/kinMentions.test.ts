import { describe, expect, it } from 'vitest';
import type { Fact, Mention } from '../types';
import { buildFactInput } from './buildFactInput';
import { extractFacts } from './extractFacts';
import { kinTrimmedMentions } from './kinMentions';
import { de } from './lang/de';

const mention = (text: string, start: number, entity = text): Mention => ({ entity, episode: 'e.txt', start, end: start + text.length, text });
const has = (list: Fact[], s: string, p: string, o: string): boolean => list.some((f) => f.subject === s && f.predicate === p && f.object === o);

describe('kinTrimmedMentions', () => {
  it('cuts a kinship word off a name and drops a relation noun taken for a name, keeping titles and plain names', () => {
    const out = kinTrimmedMentions([mention('Tante Gerda', 10, 'Gerda'), mention('Ehemann', 30), mention('Frau Roth', 40), mention('Paul', 60)], de);
    expect(out.map((m) => [m.text, m.start])).toEqual([['Gerda', 16], ['Frau Roth', 40], ['Paul', 60]]);
  });

  it('lets "ihr jüngerer Bruder Paul" read as a relation when the name detector took "Bruder Paul" for the name', () => {
    const text = 'Stella Kolb hat Sorgen. Ihr jüngerer Bruder Paul bittet sie um Geld.';
    const input = buildFactInput({ file: 'e.txt', text }, 'de', [{ key: 'Stella Kolb', gender: 'female' }, { key: 'Paul', forms: ['Bruder Paul'] }]);
    expect(input.mentions.map((m) => m.text)).toContain('Bruder Paul');
    expect(has(extractFacts(input), 'Stella Kolb', 'brother', 'Paul')).toBe(true);
  });
});
