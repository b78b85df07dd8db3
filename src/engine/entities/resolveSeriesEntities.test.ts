import { describe, expect, it } from 'vitest';
import { emptyBible, type Bible, type Language } from '../types';
import { episodeEntities } from './episodeEntities';
import { promoteCandidates } from './promoteCandidates';
import { resolveSeriesEntities } from './resolveSeriesEntities';

function resolve(texts: string[], language: Language = 'de', bible: Bible = emptyBible()) {
  const found = texts.map((text) => ({ ...episodeEntities(text, language, bible), language }));
  const local = promoteCandidates(found);
  const eps = local.map((l, i) => ({ episodeId: `e${i}`, language, entities: l.entities, related: [] as [string, string][] }));
  return resolveSeriesEntities(eps, bible);
}

describe('resolveSeriesEntities', () => {
  it('joins a name across episodes and a single name to the one full name it belongs to', () => {
    const { entities, idOf } = resolve(['Heute trifft Lukas Dr. Achim Kreutzer.', 'Später ruft Achim an. Dann kommt Lukas.']);
    expect(idOf('e0', 'Achim Kreutzer')).toBe(idOf('e1', 'Achim'));
    expect(idOf('e0', 'Lukas')).toBe(idOf('e1', 'Lukas'));
    const achim = entities.find((e) => e.name === 'Achim Kreutzer')!;
    expect(achim.episodes).toEqual(['e0', 'e1']);
    expect(achim.aliases).toEqual(expect.arrayContaining(['Achim', 'Dr. Achim Kreutzer']));
  });

  it('takes a nickname one episode declares for the person in every episode, unless two people are given it', () => {
    const one = resolve(['Im Hafen arbeitet Konrad Albers, von allen nur „Conny“ genannt. Abends trinkt Conny ein Bier.', 'Am Morgen repariert Conny das Boot.']);
    expect(one.idOf('e1', 'Conny')).toBe(one.idOf('e0', 'Konrad Albers'));
    const two = resolve([
      'Im Hafen arbeitet Konrad Albers, von allen nur „Conny“ genannt. Abends trinkt Conny ein Bier.',
      'Im Laden steht Cornelia Stein, genannt Conny. Dort verkauft Conny Brot.',
      'Am Morgen repariert Conny das Boot.',
    ]);
    expect(two.idOf('e2', 'Conny')).not.toBe(two.idOf('e0', 'Konrad Albers'));
    expect(two.idOf('e2', 'Conny')).not.toBe(two.idOf('e1', 'Cornelia Stein'));
  });

  it('merges spelling variants into one entity named by its fullest form', () => {
    const { entities, idOf } = resolve(['Heute arbeitet Dr. Katrin im Dienst.', 'Heute kommt Dr. Kathrin Globisch.']);
    expect(idOf('e0', 'Katrin')).toBe(idOf('e1', 'Kathrin Globisch'));
    expect(entities.find((e) => e.id === idOf('e0', 'Katrin'))!.name).toBe('Kathrin Globisch');
  });

  it('keeps apart similar names of different people: other surname, relatives, named together', () => {
    const r1 = resolve(['Heute kommt Katrin Vogel.', 'Morgen kommt Kathrin Globisch.']);
    expect(r1.idOf('e0', 'Katrin Vogel')).not.toBe(r1.idOf('e1', 'Kathrin Globisch'));
    const eps = [{ episodeId: 'e0', language: 'de' as const, entities: episodeEntities('Heute kommen Marek und Mareck.', 'de', emptyBible()).entities, related: [] as [string, string][] }];
    const r2 = resolveSeriesEntities(eps, emptyBible());
    expect(r2.idOf('e0', 'Marek')).not.toBe(r2.idOf('e0', 'Mareck'));
    const text = 'Heute besucht Marek die Schule. Morgen besucht Mareck das Amt.';
    const related = [{ episodeId: 'e0', language: 'de' as const, entities: episodeEntities(text, 'de', emptyBible()).entities, related: [['Marek', 'Mareck']] as [string, string][] }];
    const r3 = resolveSeriesEntities(related, emptyBible());
    expect(r3.idOf('e0', 'Marek')).not.toBe(r3.idOf('e0', 'Mareck'));
  });

  it('uses the bible: declared aliases join, the declared name and id win', () => {
    const bible: Bible = { ...emptyBible(), entities: [{ id: 'kg', kind: 'character', name: 'Kathrin Globisch', aliases: ['Die Chefin', 'Kati'] }] };
    const { entities, idOf } = resolve(['Heute kommt Kati.', 'Morgen kommt Kathrin Globisch.'], 'de', bible);
    expect(idOf('e0', 'Kathrin Globisch')).toBe('kg');
    expect(idOf('e1', 'Kathrin Globisch')).toBe('kg');
    expect(entities.find((e) => e.id === 'kg')!.name).toBe('Kathrin Globisch');
  });
});

describe('resolveSeriesEntities: German genitives across episodes', () => {
  it('joins "Kalles" to Kalle named in another episode, but not Andreas to Andrea', () => {
    const r = resolve(['Heute kommt Kalle Brösel.', 'Dann liegt dort Kalles Boot.']);
    expect(r.idOf('e1', 'Kalles')).toBe(r.idOf('e0', 'Kalle Brösel'));
    const r2 = resolve(['Heute kommt Andrea.', 'Morgen kommt Andreas.']);
    expect(r2.idOf('e1', 'Andreas')).not.toBe(r2.idOf('e0', 'Andrea'));
  });
});

describe('resolveSeriesEntities: families', () => {
  it('joins a first name to its full name before a surname, and keeps the related father apart', () => {
    const bible = emptyBible();
    const texts = ['Heute wartet Herr Okonkwo auf die Entlassung. Sein Sohn Tobias holt ihn ab.', 'Später arbeitet Tobias Okonkwo als Pfleger. Dann lacht Tobias.'];
    const found = texts.map((text) => ({ ...episodeEntities(text, 'de', bible), language: 'de' as const }));
    const local = promoteCandidates(found);
    const related: [string, string][][] = [[['Okonkwo', 'Tobias']], []];
    const eps = local.map((l, i) => ({ episodeId: `e${i}`, language: 'de' as const, entities: l.entities, related: related[i] }));
    const r = resolveSeriesEntities(eps, bible);
    expect(r.idOf('e0', 'Tobias')).toBe(r.idOf('e1', 'Tobias Okonkwo'));
    expect(r.idOf('e0', 'Okonkwo')).not.toBe(r.idOf('e1', 'Tobias Okonkwo'));
  });
});
