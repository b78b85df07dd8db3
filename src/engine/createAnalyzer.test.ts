import { describe, expect, it } from 'vitest';
import { analyzeSeries } from './analyzeSeries';
import { createAnalyzer } from './createAnalyzer';
import { conflictFingerprint } from './fingerprint';
import type { Episode } from './types';

const episodes = (): Episode[] => [
  { id: '01', file: '01-pilot.md', title: 'Pilot', index: 0, text: 'Am Morgen behandelt Dr. Katrin Vogel einen Patienten. Katrin ist müde.' },
  { id: '02', file: '02-zweite.md', title: 'Zweite', index: 1, text: 'Heute kommt Dr. Kathrin Vogel früher. Kathrin lacht mit Jonas.' },
  { id: '03', file: '03-dritte.md', title: 'Dritte', index: 2, text: 'Jonas fährt nach Quedlinburg.' },
];

describe('createAnalyzer', () => {
  it('re-analyses only the episode that changed, and the conflict keeps its id', () => {
    const analyzer = createAnalyzer();
    const first = analyzer.analyze(episodes());
    expect([...analyzer.lastReanalyzed]).toEqual(['01', '02', '03']);
    const edited = episodes();
    edited[2] = { ...edited[2], text: 'Jonas fährt mit dem Zug nach Quedlinburg und bleibt dort.' };
    const second = analyzer.analyze(edited);
    expect([...analyzer.lastReanalyzed]).toEqual(['03']);
    const ids = (a: typeof first) => a.report.conflicts.map((c) => c.id);
    expect(ids(second)).toEqual(ids(first));
    expect(first.report.conflicts.filter((c) => c.kind === 'spelling')).toHaveLength(1);
    analyzer.analyze(edited);
    expect([...analyzer.lastReanalyzed]).toEqual([]);
  });

  it('takes a pair the writers declare to be two people apart on the next run', () => {
    const analyzer = createAnalyzer();
    expect(analyzer.analyze(episodes()).report.conflicts.filter((c) => c.kind === 'spelling')).toHaveLength(1);
    const bible = { entities: [], facts: [], notNames: [], distinct: [['Katrin', 'Kathrin']] as [string, string][] };
    expect(analyzer.analyze(episodes(), { bible }).report.conflicts.filter((c) => c.kind === 'spelling')).toHaveLength(0);
  });

  it('applies the writers’ decisions to matching conflicts', () => {
    const conflict = analyzeSeries(episodes()).report.conflicts.find((c) => c.kind === 'spelling')!;
    expect(conflict.status).toBe('open');
    const decided = analyzeSeries(episodes(), {
      decisions: [{ conflictId: conflict.id, status: 'intended', note: 'Sie ändert ihren Namen.', at: '2026-01-01T00:00:00Z' }],
    }).report.conflicts.find((c) => c.id === conflict.id);
    expect(decided).toMatchObject({ id: conflict.id, status: 'intended', note: 'Sie ändert ihren Namen.' });
  });

  it('fingerprints are stable and differ by kind and key', () => {
    expect(conflictFingerprint('spelling', 'Katrin|Kathrin')).toBe(conflictFingerprint('spelling', 'Katrin|Kathrin'));
    expect(conflictFingerprint('spelling', 'Katrin|Kathrin')).not.toBe(conflictFingerprint('role', 'Katrin|Kathrin'));
    expect(conflictFingerprint('spelling', 'Katrin|Kathrin')).not.toBe(conflictFingerprint('spelling', 'Meier|Meyer'));
  });

  it('reports episodes, entities and mentions as design notes §4.2 describe', () => {
    const { report, mentions } = analyzeSeries(episodes(), { title: 'Test' });
    expect(report.schemaVersion).toBe(1);
    expect(report.project).toEqual({
      title: 'Test',
      language: 'de',
      episodes: [
        { id: '01', title: 'Pilot', file: '01-pilot.md', index: 0 },
        { id: '02', title: 'Zweite', file: '02-zweite.md', index: 1 },
        { id: '03', title: 'Dritte', file: '03-dritte.md', index: 2 },
      ],
    });
    const jonas = report.entities.find((e) => e.name === 'Jonas')!;
    expect(jonas.episodes).toEqual(['02', '03']);
    const place = report.entities.find((e) => e.name === 'Quedlinburg')!;
    expect(place.kind).toBe('place');
    const ids = new Set(report.entities.map((e) => e.id));
    expect(Object.keys(mentions)).toEqual(['01-pilot.md', '02-zweite.md', '03-dritte.md']);
    for (const [file, ms] of Object.entries(mentions)) {
      const text = episodes().find((e) => e.file === file)!.text;
      for (const m of ms) {
        expect(ids.has(m.entity)).toBe(true);
        expect(text.slice(m.start, m.end)).toBe(m.text);
      }
    }
    expect(report.conflicts.find((c) => c.kind === 'spelling')!.evidence.map((e) => e.episode)).toEqual(['01-pilot.md', '02-zweite.md']);
  });

  it('takes the manifest language over detection and survives empty or odd input', () => {
    const { report } = analyzeSeries([{ id: 'x', file: 'x.md', title: '', index: 0, text: 'The doctor arrives.' }], { language: 'de' });
    expect(report.project.language).toBe('de');
    const odd = analyzeSeries([{ id: 'y', file: 'y.md', title: '', index: 0, text: '' }]);
    expect(odd.report.entities).toEqual([]);
    expect(analyzeSeries([]).report.conflicts).toEqual([]);
  });
});
