import { describe, expect, it } from 'vitest';
import { analyzeSeries } from '../analyzeSeries';
import type { Episode } from '../types';
import { jobNoun } from './jobNouns';
import { isJobTitleWord } from './jobTitles';
import { de } from './lang/de';
import { en } from './lang/en';
import { roleInfo } from './roleInfo';

const series = (language: 'de' | 'en', ...texts: string[]) => {
  const episodes: Episode[] = texts.map((text, index) => ({ id: `f${index + 1}`, file: `f${index + 1}.txt`, title: `F${index + 1}`, index, text }));
  return analyzeSeries(episodes, { language }).report;
};
const rolesOf = (report: ReturnType<typeof series>, name: string): string[] => {
  const id = report.entities.find((e) => e.name === name)?.id;
  return report.facts.filter((f) => f.subject === id && f.predicate === 'role' && f.modality !== 'negated').map((f) => f.object);
};

describe('jobNoun: jobs by word formation', () => {
  it('reads German compounds on a job head and rank prefixes', () => {
    expect(jobNoun(de, 'de', 'bäckermeister')).toMatchObject({ family: 'trade', rank: 2 });
    expect(jobNoun(de, 'de', 'oberförsterin')).toMatchObject({ family: 'forester', rank: 2 });
    expect(jobNoun(de, 'de', 'gemüsehändlerin')?.family).toBe(jobNoun(de, 'de', 'gemüsehändler')?.family);
    expect(jobNoun(de, 'de', 'filialleiterin')?.family).toBe('position:head');
    expect(jobNoun(de, 'de', 'lkw-fahrer')?.family).toBe('driver');
    expect(jobNoun(de, 'de', 'zahnärztin')?.family).toBe('doctor');
  });

  it('reads English compounds and hyphenated ranks, but not nationalities or idle "-man" words', () => {
    expect(jobNoun(en, 'en', 'harbourmaster')?.family).toBe('job:harbourmaster');
    expect(jobNoun(en, 'en', 'postmistress')?.family).toBe('postal');
    expect(jobNoun(en, 'en', 'ferrywoman')?.family).toBe(jobNoun(en, 'en', 'ferryman')?.family ?? 'none');
    expect(jobNoun(en, 'en', 'sub-editor')).toMatchObject({ family: 'journalist' });
    expect(jobNoun(en, 'en', 'deputy-head')?.family).toBe('position:head');
    for (const word of ['german', 'roman', 'gentleman', 'englishman', 'woman', 'talisman', 'troublemaker']) expect(jobNoun(en, 'en', word)).toBeUndefined();
  });

  it('gives the role rule a family and rank for written titles', () => {
    expect(roleInfo('Bäckermeisterin')?.family).toBe('trade');
    expect(roleInfo('Head Gardener')).toMatchObject({ family: 'gardener', rank: 3 });
  });
});

describe('isJobTitleWord: titles before a name', () => {
  it('takes job titles but not surnames, given names or trade words before a street', () => {
    for (const w of ['Harbourmaster', 'Councillor', 'Sub-editor', 'Gamekeeper']) expect(isJobTitleWord('en', w)).toBe(true);
    for (const w of ['Bürgermeisterin', 'Oberkommissar', 'Bäckermeister', 'Hafenmeisterin', 'Försterin']) expect(isJobTitleWord('de', w)).toBe(true);
    for (const w of ['Baker', 'Butcher', 'Head', 'German', 'Harbourmasters']) expect(isJobTitleWord('en', w)).toBe(false);
    for (const w of ['Koch', 'Fischer', 'Leiter', 'Lehrern']) expect(isJobTitleWord('de', w)).toBe(false);
  });
});

describe('job titles before a name in a series', () => {
  it('makes "Bäckermeister Rau" and "Ulrich Rau" one person with the job as a role (German)', () => {
    const report = series('de', 'Bäckermeister Ulrich Rau backt Brot. Bürgermeisterin Petra Lenz kauft Brezeln.', 'Bäckermeister Rau ist müde. Ulrich Rau schließt den Laden.');
    const people = report.entities.filter((e) => e.kind === 'character').map((e) => e.name);
    expect(people.filter((n) => /Rau/u.test(n))).toEqual(['Ulrich Rau']);
    expect(rolesOf(report, 'Ulrich Rau')).toEqual(['Bäckermeister', 'Bäckermeister']);
    expect(rolesOf(report, 'Petra Lenz')).toEqual(['Bürgermeisterin']);
  });

  it('reads an English title as the job, not part of the name', () => {
    const report = series('en', 'Harbourmaster Alun Reece watches the boats. Sub-editor Tam Hardy types up the tide tables.');
    const people = report.entities.filter((e) => e.kind === 'character').map((e) => e.name).sort();
    expect(people).toEqual(['Alun Reece', 'Tam Hardy']);
    expect(rolesOf(report, 'Alun Reece')).toEqual(['Harbourmaster']);
    expect(rolesOf(report, 'Tam Hardy')).toEqual(['Sub-editor']);
  });

  it('joins "Harbourmaster Reece" in a later episode to "Owen Reece"', () => {
    const report = series('en', 'Harbourmaster Owen Reece watches the boats.', 'Harbourmaster Reece frowns at the sky. Owen Reece goes home.');
    expect(report.entities.filter((e) => e.kind === 'character').map((e) => e.name)).toEqual(['Owen Reece']);
  });

  it('flags a harbourmaster who is a teacher elsewhere, and stays quiet on the same title twice', () => {
    const flagged = series('en', 'Harbourmaster Owen Reece watches the boats come in.', 'Owen Reece is a teacher at the primary school.');
    expect(flagged.conflicts.filter((c) => c.kind === 'role')).toHaveLength(1);
    const quiet = series('de', 'Hafenmeisterin Gesa Brandt winkt den Fischern.', 'Gesa Brandt ist seit Jahren Hafenmeisterin und kennt jedes Boot.');
    expect(quiet.conflicts.filter((c) => c.kind === 'role')).toHaveLength(0);
  });

  it('keeps "Baker Street" a street', () => {
    const report = series('en', 'Mr Holmes walks down Baker Street with Dr Watson.');
    expect(report.entities.map((e) => e.name)).toContain('Baker Street');
  });
});
