import { describe, expect, it } from 'vitest';
import { findDeclaredAliases } from './declaredAliases';
import { episodeEntities } from './episodeEntities';
import { findNames } from './findMentions';
import type { Language } from '../types';

const emptyBible = { entities: [], facts: [], notNames: [], distinct: [] };

function aliases(text: string, language: Language): Record<string, string> {
  const { mentions } = findNames(text, language);
  return Object.fromEntries(findDeclaredAliases(text, mentions, language));
}

describe('findDeclaredAliases', () => {
  it('reads nicknames the text declares, German and English', () => {
    expect(aliases('Am Hafen wartet Johanna Hansen, von allen nur „Hanni“ genannt, auf die Fähre. Die Kälte macht Hanni nichts aus.', 'de')).toEqual({ Hanni: 'Johanna Hansen' });
    expect(aliases('Konrad Albers hat die Werkstatt geerbt. Conny, wie ihn alle nennen, repariert seit vierzig Jahren Boote.', 'de')).toEqual({ Conny: 'Konrad Albers' });
    expect(aliases('Der Bürgermeister, Friedrich Ostkamp, genannt Fiete, eröffnet das Fest. Danach hält Fiete eine Rede.', 'de')).toEqual({ Fiete: 'Friedrich Ostkamp' });
    expect(aliases('The new vet, Philippa Ashworth, known to the whole village as Pip, arrives in the rain. The rain soaks Pip to the skin.', 'en')).toEqual({ Pip: 'Philippa Ashworth' });
    expect(aliases('Bartholomew Crane runs the forge. Barty, as everyone calls him, has not missed a market day in years.', 'en')).toEqual({ Barty: 'Bartholomew Crane' });
  });

  it('reads no nickname where none is declared', () => {
    expect(aliases('Johanna Hansen sieht nur Konrad am Steg.', 'de')).toEqual({});
    expect(aliases('Philippa Ashworth called Barty from the station.', 'en')).toEqual({});
    expect(aliases('Philippa Ashworth and her brother called Barty to the door.', 'en')).toEqual({});
    expect(aliases("Philippa Ashworth, known as Barty's sister, keeps to herself.", 'en')).toEqual({});
    expect(aliases('Johanna Hansen ruft Konrad an. Er kommt sofort.', 'de')).toEqual({});
  });

  it('lets the episode group a full name and its nickname as one person', () => {
    const text = 'Johanna Hansen, von allen nur „Hanni“ genannt, führt den Kiosk. Hanni kennt jeden im Ort.';
    const { entities } = episodeEntities(text, 'de', emptyBible);
    const people = entities.filter((e) => e.kind === 'character').map((e) => e.key);
    expect(people).toEqual(['Johanna Hansen']);
  });
});
