// Vital status end to end: beliefs in relative clauses and announced reveals stay quiet; an unexplained return still flags.
import { describe, expect, it } from 'vitest';
import { analyzeSeries } from '../analyzeSeries';
import type { Language } from '../types';

const series = (language: Language, ...texts: string[]) =>
  texts.map((text, index) => ({ id: `f${index + 1}`, file: `f${index + 1}.txt`, title: `Folge ${index + 1}`, index, text, language }));
const alarms = (language: Language, ...texts: string[]) =>
  analyzeSeries(series(language, ...texts)).report.conflicts.filter((c) => c.kind === 'vital-status' && c.severity !== 'info');

describe('vitalStatus over a series', () => {
  const deBefore = [
    'Im Bergdorf Hochried betreibt Paula Reiter die kleine Pension am See. Paula Reiter kocht für die Gäste, und Bernd Kogler repariert das Dach.',
    'Im Winter geht eine Lawine über den Pass. Paula Reiter stirbt unter der Lawine. Bernd Kogler trägt ihren Sarg. Das Dorf trauert.',
  ];

  it('stays quiet on a German reveal announced as news, in a relative clause, or as a surprise', () => {
    for (const reveal of [
      'Der Donnerstag bringt eine Nachricht, mit der niemand gerechnet hat: Paula Reiter lebt. Paula Reiter betritt die Pension.',
      'Paula Reiter, die alle unter der Lawine begraben glaubten, lebt. Paula Reiter betritt die Pension.',
      'Die größte Überraschung des Winters: Paula Reiter ist am Leben. Paula Reiter betritt die Pension.',
      'Paula Reiter hat die Lawine überlebt. Paula Reiter betritt die Pension.',
    ]) expect(alarms('de', ...deBefore, reveal), reveal).toEqual([]);
  });

  it('still flags a dead German character who simply acts again with no comment', () => {
    const found = alarms('de', ...deBefore, 'Am Morgen öffnet Paula Reiter die Pension. Paula Reiter kocht Kaffee für Bernd Kogler.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ entity: 'Paula Reiter' });
    expect(['error', 'warning']).toContain(found[0].severity);
  });

  const enBefore = [
    'In the harbour town of Saltmere, Owen Marsh runs the ferry. Owen Marsh argues with Claire Dunn about the timetable.',
    'A storm hits the coast. Owen Marsh drowns when the ferry sinks. Claire Dunn speaks at his funeral.',
  ];

  it('stays quiet on an English reveal announced as news, in a relative clause, or as a recognition', () => {
    for (const reveal of [
      'The news nobody expected: Owen Marsh is alive. Owen Marsh opens the ticket office.',
      'Owen Marsh, whom everyone believed dead, is alive. Owen Marsh opens the ticket office.',
      'A stranger knocks at the door of the inn. It is Owen Marsh, whom the whole town believed drowned. Owen Marsh opens the ticket office.',
      'Owen Marsh survived the storm. Owen Marsh opens the ticket office.',
    ]) expect(alarms('en', ...enBefore, reveal), reveal).toEqual([]);
  });

  it('still flags a dead English character who simply acts again with no comment', () => {
    const found = alarms('en', ...enBefore, 'Owen Marsh opens the ticket office. Owen Marsh sells Claire Dunn a ticket.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ entity: 'Owen Marsh' });
  });

  it('stays quiet when the only death is a belief held in a relative clause, and the person acts later', () => {
    expect(alarms('de', 'Bernd Kogler sucht Paula Reiter, die alle im See ertrunken glaubten, seit Wochen.', 'Paula Reiter kocht für die Gäste.')).toEqual([]);
    expect(alarms('en', 'Claire Dunn looks for Owen Marsh, who the whole town thought had drowned.', 'Owen Marsh opens the ticket office.')).toEqual([]);
  });
});

describe('vitalStatus: beliefs, staged deaths and deaths that did not happen', () => {
  const de0 = 'In Lindau führt Jonas Brenner die Bäckerei am Hafen. Jonas Brenner backt Brot, und Marta Vogt verkauft es im Laden.';
  const en0 = 'In Harwick, Daniel Pike runs the bakery by the harbour. Daniel Pike bakes bread, and Ruth Hale sells it in the shop.';
  const deAct = 'Jonas Brenner backt am Morgen Brot und verkauft es Marta Vogt.';
  const enAct = 'Daniel Pike bakes bread in the morning and sells it to Ruth Hale.';

  it('stays quiet when a German death held only as likely or a staged death is followed by the return, in any order', () => {
    for (const belief of ['Nach dem Sturm ist Jonas Brenner vermutlich im See ertrunken. Marta Vogt trauert.', 'Jonas Brenner ist wahrscheinlich tot.', 'Jonas Brenner galt als tot.']) {
      for (const reveal of ['Jonas Brenner steht plötzlich vor der Tür.', 'Jonas Brenner hat seinen Tod nur vorgetäuscht.', 'Jonas Brenner ist doch nicht tot.']) {
        expect(alarms('de', de0, belief, deAct, reveal), `${belief} / later ${reveal}`).toEqual([]);
        expect(alarms('de', de0, belief, reveal, deAct), `${belief} / before ${reveal}`).toEqual([]);
        expect(alarms('de', de0, belief, `${reveal} ${deAct}`), `${belief} / same ${reveal}`).toEqual([]);
      }
    }
  });

  it('stays quiet when an English death held only as likely or a staged death is followed by the return, in any order', () => {
    for (const belief of ['Daniel Pike probably drowned in the storm. Ruth Hale grieves.', 'Daniel Pike is presumably dead.', 'Daniel Pike was presumed drowned.']) {
      for (const reveal of ['Daniel Pike knocks at the door.', 'Daniel Pike had faked his death.', 'Daniel Pike was not dead after all.']) {
        expect(alarms('en', en0, belief, enAct, reveal), `${belief} / later ${reveal}`).toEqual([]);
        expect(alarms('en', en0, belief, reveal, enAct), `${belief} / before ${reveal}`).toEqual([]);
        expect(alarms('en', en0, belief, `${reveal} ${enAct}`), `${belief} / same ${reveal}`).toEqual([]);
      }
    }
  });

  it('a narrated death later explained as staged is only a reveal, not an alarm', () => {
    expect(alarms('de', de0, 'Jonas Brenner stirbt im Sturm.', deAct, 'Jonas Brenner hat seinen Tod inszeniert.')).toEqual([]);
    expect(alarms('en', en0, 'Daniel Pike dies in the storm.', enAct, 'Daniel Pike had staged his death.')).toEqual([]);
  });

  it('stays quiet on deaths that did not happen: negated, avoided, almost, feared, possible', () => {
    for (const d of ['Jonas Brenner ist nicht ertrunken.', 'Jonas Brenner lief davon, statt zu sterben.', 'Jonas Brenner wäre fast gestorben.', 'Jonas Brenner überlebte den Unfall.', 'Jonas Brenner hätte sterben können.', 'Marta Vogt fürchtet, dass Jonas Brenner tot ist.'])
      expect(alarms('de', de0, d, deAct), d).toEqual([]);
    for (const d of ['Daniel Pike did not drown.', 'Daniel Pike ran away rather than died.', 'Daniel Pike ran away instead of dying.', 'Daniel Pike almost died.', 'Daniel Pike survived the crash.', 'Daniel Pike could have died.', 'Ruth Hale fears Daniel Pike is dead.'])
      expect(alarms('en', en0, d, enAct), d).toEqual([]);
  });

  it('still flags a narrated death followed by an unexplained return, also when others only believe it later', () => {
    for (const d of ['Jonas Brenner stirbt im Sturm. Marta Vogt trauert.', 'Jonas Brenner ertrinkt im See.', 'Jonas Brenner wird erschossen.'])
      expect(alarms('de', de0, d, deAct), d).toHaveLength(1);
    for (const d of ['Daniel Pike dies in the storm. Ruth Hale grieves.', 'Daniel Pike drowns in the lake.', 'Daniel Pike is shot dead.'])
      expect(alarms('en', en0, d, enAct), d).toHaveLength(1);
    expect(alarms('de', de0, 'Jonas Brenner stirbt im Sturm.', 'Marta Vogt glaubt, dass Jonas Brenner tot ist.', deAct)).toHaveLength(1);
    expect(alarms('en', en0, 'Daniel Pike dies in the storm.', 'Ruth Hale thinks he is dead.', enAct)).toHaveLength(1);
  });
});

describe('vitalStatus: hearsay deaths and denials that come after the return', () => {
  const de0 = 'In Lindau führt Jonas Brenner die Bäckerei am Hafen. Jonas Brenner backt Brot, und Marta Vogt verkauft es im Laden.';
  const en0 = 'In Harwick, Daniel Pike runs the bakery by the harbour. Daniel Pike bakes bread, and Ruth Hale sells it in the shop.';
  const deAct = 'Jonas Brenner backt am Morgen Brot und verkauft es Marta Vogt.';
  const enAct = 'Daniel Pike bakes bread in the morning and sells it to Ruth Hale.';

  it('treats a death on a source\'s word or by hearsay as a belief', () => {
    for (const d of ['Laut Polizei ist Jonas Brenner im See ertrunken.', 'Jonas Brenner ist mutmaßlich ertrunken.']) expect(alarms('de', de0, d, deAct), d).toEqual([]);
    for (const d of ['Daniel Pike is said to have drowned.', 'According to the coroner, Daniel Pike drowned in the lake.', 'Daniel Pike was reported to have died in the war.'])
      expect(alarms('en', en0, d, enAct), d).toEqual([]);
    // The speaker of an active "said" is still a person telling of their own life: the narration's own death stays a death.
    expect(alarms('en', en0, 'Daniel Pike dies in the storm. Ruth Hale said nothing.', enAct)).toHaveLength(1);
  });

  it('a narrated death denied in a later episode explains a return told before the denial', () => {
    const deDeath = 'Jonas Brenner ertrinkt im See. Marta Vogt trauert.';
    const enDeath = 'Daniel Pike drowns in the lake. Ruth Hale grieves.';
    for (const r of ['Jonas Brenner ist doch nicht tot.', 'Jonas Brenner ist gar nicht ertrunken.', 'Jonas Brenner war nie tot.'])
      expect(alarms('de', de0, deDeath, deAct, r), r).toEqual([]);
    for (const r of ['Daniel Pike was not dead after all.', 'Daniel Pike never drowned.', 'Daniel Pike did not die after all.', 'It turns out Daniel Pike faked his own drowning.']) {
      expect(alarms('en', en0, enDeath, enAct, r), r).toEqual([]);
      expect(alarms('en', en0, enDeath, r, enAct), r).toEqual([]);
    }
    // Without the denial the same return is an alarm.
    expect(alarms('de', de0, deDeath, deAct, 'Marta Vogt backt Kuchen.')).toHaveLength(1);
    expect(alarms('en', en0, enDeath, enAct, 'Ruth Hale bakes a cake.')).toHaveLength(1);
  });
});

describe('vitalStatus: feigned, dreamt, feared, untrue and narrowly survived deaths', () => {
  const de0 = 'In Lindau führt Jonas Brenner die Bäckerei am Hafen. Jonas Brenner backt Brot, und Marta Vogt verkauft es im Laden.';
  const en0 = 'In Harwick, Daniel Pike runs the bakery by the harbour. Daniel Pike bakes bread, and Ruth Hale sells it in the shop.';
  const deAct = 'Jonas Brenner backt am Morgen Brot und verkauft es Marta Vogt.';
  const enAct = 'Daniel Pike bakes bread in the morning and sells it to Ruth Hale.';

  it('stays quiet when the death is feigned, dreamt, feared, called a lie, or narrowly survived', () => {
    for (const d of ['Jonas Brenner stellte sich tot, bis die Räuber gingen.', 'Marta Vogt träumt, dass Jonas Brenner ertrinkt.', 'Marta Vogt hat Angst, dass Jonas Brenner tot ist.', 'Jonas Brenner hat den Brand knapp überlebt.', 'Jonas Brenner täuschte seinen Tod vor und verschwand.', 'Die Nachricht von Jonas Brenners Tod war erlogen.'])
      expect(alarms('de', de0, d, deAct), d).toEqual([]);
    for (const d of ['Daniel Pike played dead until the robbers left.', 'Ruth Hale dreams that Daniel Pike drowns.', "In Ruth Hale's nightmare, Daniel Pike drowns.", 'Ruth Hale is afraid that Daniel Pike is dead.', "The story of Daniel Pike's death was a lie.", 'Daniel Pike barely survived the fire.'])
      expect(alarms('en', en0, d, enAct), d).toEqual([]);
  });

  it('still flags a real death near such words: a death after the dream, a story that is true, a fear that comes true', () => {
    expect(alarms('en', en0, 'Ruth Hale dreams of the sea. Daniel Pike drowns in the lake.', enAct)).toHaveLength(1);
    expect(alarms('en', en0, 'The story is true: Daniel Pike is found dead in the hallway.', enAct)).toHaveLength(1);
    expect(alarms('de', de0, 'Marta Vogt hat Angst vor dem Sturm. Jonas Brenner ertrinkt im See.', deAct)).toHaveLength(1);
    expect(alarms('de', de0, 'Jonas Brenner überlebt den Brand nicht.', deAct)).toHaveLength(1);
  });
});

describe('vitalStatus: reveals that say the person is well', () => {
  it('a narrated death followed by "taucht lebend wieder auf", "ist wohlauf", "is safe and well" is a reveal, before or after the return', () => {
    const de = ['In Lindau führt Jonas Brenner die Bäckerei am Hafen. Jonas Brenner backt Brot.', 'Jonas Brenner ertrinkt im See. Marta Vogt trauert.'];
    const en = ['In Harwick, Daniel Pike runs the bakery by the harbour. Daniel Pike bakes bread.', 'Daniel Pike drowns in the lake. Ruth Hale grieves.'];
    for (const r of ['Jonas Brenner taucht lebend wieder auf.', 'Jonas Brenner ist wohlauf.']) {
      expect(alarms('de', ...de, 'Jonas Brenner backt am Morgen Brot.', r), r).toEqual([]);
      expect(alarms('de', ...de, r, 'Jonas Brenner backt am Morgen Brot.'), r).toEqual([]);
    }
    expect(alarms('en', ...en, 'Daniel Pike bakes bread in the morning.', 'Daniel Pike is safe and well.')).toEqual([]);
    expect(alarms('en', ...en, 'Daniel Pike is safe and well.', 'Daniel Pike bakes bread in the morning.')).toEqual([]);
    // Without such a statement the same return still flags.
    expect(alarms('de', ...de, 'Jonas Brenner backt am Morgen Brot.', 'Marta Vogt backt Kuchen.')).toHaveLength(1);
  });
});

describe('vitalStatus: deaths declared by a court or reported by a paper', () => {
  it('treats a declaration of death and a reported death as beliefs, so the return is quiet', () => {
    const de0 = 'In Lindau führt Jonas Brenner die Bäckerei am Hafen. Jonas Brenner backt Brot.';
    const en0 = 'In Harwick, Daniel Pike runs the bakery by the harbour. Daniel Pike bakes bread.';
    for (const d of ['Das Gericht erklärte Jonas Brenner für tot.', 'Die Zeitung meldet, dass Jonas Brenner im Feuer gestorben ist.', 'Jonas Brenner wurde amtlich für tot erklärt.'])
      expect(alarms('de', de0, d, 'Jonas Brenner backt am Morgen Brot.'), d).toEqual([]);
    for (const d of ['The court declared Daniel Pike dead.', 'Daniel Pike was declared legally dead.', 'The newspaper reports that Daniel Pike died in the fire.'])
      expect(alarms('en', en0, d, 'Daniel Pike bakes bread in the morning.'), d).toEqual([]);
  });
  it('still flags a death the narration tells next to a report about something else', () => {
    expect(alarms('en', 'In Harwick, Daniel Pike runs the bakery. Daniel Pike bakes bread.', 'The newspaper reports a storm. Daniel Pike dies in the fire.', 'Daniel Pike bakes bread in the morning.')).toHaveLength(1);
    expect(alarms('de', 'In Lindau führt Jonas Brenner die Bäckerei. Jonas Brenner backt Brot.', 'Die Zeitung meldet einen Sturm. Jonas Brenner stirbt im Feuer.', 'Jonas Brenner backt am Morgen Brot.')).toHaveLength(1);
  });
});
