import { describe, expect, it } from 'vitest';
import { analyzeSeries } from '../analyzeSeries';
import { emptyBible, type Bible, type Episode } from '../types';

const series = (...texts: string[]): Episode[] =>
  texts.map((text, index) => ({ id: `ep${index + 1}`, file: `ep${index + 1}.md`, title: `Folge ${index + 1}`, index, text }));
const spelling = (episodes: Episode[], bible?: Partial<Bible>) =>
  analyzeSeries(episodes, { bible: { ...emptyBible(), ...bible } }).report.conflicts.filter((c) => c.kind === 'spelling');

describe('spellingVariant rule: flags', () => {
  it('a name spelt two ways in two episodes, with evidence in each and a rename fix', () => {
    const eps = series(
      'Am Morgen behandelt Dr. Katrin Vogel einen Patienten. Katrin ist müde, aber Katrin bleibt.',
      'Heute kommt Dr. Kathrin Vogel früher. Kathrin lacht.',
    );
    const [c] = spelling(eps);
    expect(c).toBeDefined();
    expect(c.severity).toBe('warning');
    expect(c.summary).toBe('„Kathrin“ (Folge Folge 2) und „Katrin“ (Folge Folge 1) bezeichnen vermutlich dieselbe Person.');
    expect(new Set(c.evidence.map((e) => e.episode))).toEqual(new Set(['ep1.md', 'ep2.md']));
    for (const e of c.evidence) expect(eps.find((x) => x.file === e.episode)!.text.slice(e.start, e.end)).toBe(e.quote);
    expect(c.fixes).toEqual([{ kind: 'rename', from: 'Kathrin', to: 'Katrin' }]);
    expect(c.entity).toBe('Katrin Vogel');
  });

  it('a variant within one episode', () => {
    const [c] = spelling(series('Die Spedition gehört Uwe Reinecke. Im Hafen wartet Kalle. Später ruft Reineke bei Kalle an.'));
    expect(c?.fixes).toEqual([{ kind: 'rename', from: 'Reineke', to: 'Reinecke' }]);
    expect(c.evidence.every((e) => e.episode === 'ep1.md')).toBe(true);
  });

  it('a variant that only ever stands first in a sentence, confirmed by the rest of the series', () => {
    const eps = series('Heute kommt Kathrin Vogel früher. Später lacht Kathrin.', 'Katrin öffnet die Tür. Währenddessen regnet es.');
    const [c] = spelling(eps);
    expect(c?.fixes).toEqual([{ kind: 'rename', from: 'Katrin', to: 'Kathrin' }]);
    const { mentions } = analyzeSeries(eps);
    expect(mentions['ep2.md'].map((m) => m.text)).toEqual(['Katrin']);
  });

  it('first names that sound alike when the surname is the same, with an English summary', () => {
    const eps = series('Geoff Harker opens the garage early. Geoff whistles.', 'Later that year Jeff Harker sells the garage.');
    const [c] = spelling(eps);
    expect(c?.summary).toBe('“Jeff” (episode Folge 2) and “Geoff” (episode Folge 1) probably name the same person.');
  });
});

describe('spellingVariant rule: drift that sounds the same', () => {
  it('a surname gaining a silent final e, a vowel digraph and a dropped letter across episodes', () => {
    const eps = series(
      'Inspector Nadia Holcomb arrives in town. Holcomb questions the ferryman Tom Pardew. Pardew shrugs. The grocer Ellis Dorfner closes early.',
      'Inspector Holcombe returns at dawn. Holcombe thanks Pardoe for the boat. Dorfer opens the shop again.',
    );
    const fixes = spelling(eps).flatMap((c) => (c.fixes ?? []).map((f) => (f.kind === 'rename' ? [f.from, f.to].sort().join('/') : '')));
    expect(fixes).toEqual(expect.arrayContaining(['Holcomb/Holcombe', 'Pardew/Pardoe', 'Dorfer/Dorfner']));
  });

  it('a German surname written with ä and with e', () => {
    const eps = series('Heute öffnet Lukas Brandstätter die Werkstatt. Brandstätter pfeift.', 'Am Abend schließt Brandstetter die Werkstatt ab.');
    expect(spelling(eps).flatMap((c) => c.fixes)).toEqual([{ kind: 'rename', from: 'Brandstetter', to: 'Brandstätter' }]);
  });
});

describe('spellingVariant rule: stays quiet on', () => {
  it('a mother and son whose surnames sound alike, named in different sentences', () => {
    const eps = series('Marta Holcombe runs the inn. Her son is Oliver Holcomb.', 'Oliver Holcomb rows across the bay. Marta Holcombe waves.');
    expect(spelling(eps)).toEqual([]);
  });

  it('two women named Christine and Christina, and Louis beside Louise', () => {
    const eps = series('Christine Brenner and her sister Christina Brenner run the bakery. Louis helps Louise.', 'Christina bakes bread. Christine sells it. Louise laughs at Louis.');
    expect(spelling(eps)).toEqual([]);
  });

  it('two surnames that sound alike when the text names both men together', () => {
    const eps = series('At the quay, Ned Pardew and his neighbour Sam Pardoe mend the nets together.', 'Pardew sails north. Pardoe stays at home.');
    expect(spelling(eps)).toEqual([]);
  });

  it('cousins with similar names that the text introduces together', () => {
    const eps = series(
      'Two boys arrive: Callum, from Glasgow, and his cousin Calum, from Skye. Callum is tall.',
      'Callum plays football. Calum reads.',
    );
    expect(spelling(eps)).toEqual([]);
  });

  it('different people whose surnames are Meier and Maier in one episode', () => {
    const eps = series('Im Dorf streiten Hans Meier und Petra Maier. Später lacht Hans Meier. Dann geht Petra Maier nach Hause.');
    expect(spelling(eps)).toEqual([]);
  });

  it('a woman and a man with similar surnames', () => {
    expect(spelling(series('Heute kommt Frau Janssen in die Praxis.', 'Morgen kommt Herr Jansen in die Praxis.'))).toEqual([]);
  });

  it('capitalised common nouns', () => {
    expect(spelling(series('Die Wahrheit kommt ans Licht. Die Wahrheiten sind bitter. Die Geschichte endet.'))).toEqual([]);
  });

  it('pairs the bible declares distinct or declares as aliases', () => {
    const eps = series('Heute behandelt Dr. Katrin Vogel einen Patienten.', 'Morgen kommt Dr. Kathrin Vogel.');
    expect(spelling(eps, { distinct: [['Katrin Vogel', 'Kathrin Vogel']] })).toEqual([]);
    expect(spelling(eps, { entities: [{ id: 'kv', kind: 'character', name: 'Kathrin Vogel', aliases: ['Katrin Vogel'] }] })).toEqual([]);
    expect(spelling(eps, { entities: [{ id: 'kv', kind: 'character', name: 'Kathrin Vogel', aliases: [], notAliases: ['Katrin Vogel'] }] })).toEqual([]);
  });
});

describe('spellingVariant rule: German genitives', () => {
  it('flags a variant written only in the genitive, and names the plain form', () => {
    const eps = series('Heute kommt Kathrin Vogel. Kathrin lacht.', 'Dann steht Katrins Wagen vor der Tür. Der Wagen ist rot.');
    const [c] = spelling(eps);
    expect(c?.fixes).toEqual([{ kind: 'rename', from: 'Katrin', to: 'Kathrin' }]);
    expect(c.evidence.find((e) => e.episode === 'ep2.md')?.quote).toBe('Katrins');
  });
});
