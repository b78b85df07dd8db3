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
