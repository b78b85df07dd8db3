// What a writer reads in the report model: grouping, filters, counts, fact history, name variants and the grid.
import { describe, expect, it } from 'vitest';
import { buildReportModel, ReportOptionsError, resolveReportOptions } from './buildReportModel';
import { englishReport, germanReport } from './sampleReports';

const de = germanReport();
const model = (partial = {}) => buildReportModel(de, resolveReportOptions(de, { date: '2026-11-23', ...partial }));

describe('buildReportModel', () => {
  it('fills the title page with series, localised date, episodes covered and the options', () => {
    const m = model();
    expect(m.title.series).toBe('Station 7 – Staffel 2');
    expect(m.title.reportTitle).toBe('Kontinuitätsbericht');
    expect(m.title.date).toBe('23. November 2026');
    expect(m.title.episodesCovered).toBe('5 Folgen: E01 · Nachtdienst bis E05 · Die Wahrheit');
    expect(m.title.optionLines.map((l) => `${l.label}: ${l.value}`)).toEqual([
      'Folgenbereich: alle Folgen',
      'Mindestschwere: Fehler, Warnung, Hinweis',
      'Entschiedene Konflikte: enthalten',
      'Berichtssprache: Deutsch',
    ]);
  });

  it('writes the report in English for a German project when asked', () => {
    const m = model({ language: 'en' });
    expect(m.title.reportTitle).toBe('Continuity report');
    expect(m.title.date).toBe('23 November 2026');
    expect(m.summary.bySeverity.map((r) => r.label)).toEqual(['Error', 'Warning', 'Info']);
    const lukas = m.characters.find((c) => c.name === 'Lukas Globisch')!;
    expect(lukas.conflicts[0].kindLabel).toBe('Relationship');
    // The writers' own text stays as written.
    expect(lukas.conflicts[0].summary).toContain('Lukas’ Vater');
  });

  it('counts by kind, severity and status and ranks characters by open conflicts', () => {
    const m = model();
    expect(m.summary.total).toBe(8);
    expect(Object.fromEntries(m.summary.bySeverity.map((r) => [r.key, r.count]))).toEqual({ error: 2, warning: 4, info: 2 });
    expect(Object.fromEntries(m.summary.byStatus.map((r) => [r.key, r.count]))).toEqual({ open: 6, intended: 1, resolved: 1 });
    expect(m.summary.byKind.find((r) => r.key === 'spelling')).toMatchObject({ label: 'Schreibweise', count: 2 });
    expect(m.summary.mostOpen[0]).toMatchObject({ name: 'Kathrin Globisch', open: 2 });
    expect(m.summary.mostOpen.map((c) => c.name)).toContain('Lukas Globisch');
    expect(m.summary.mostOpen.map((c) => c.name)).not.toContain('Friedrich Brandt'); // only a decided conflict
  });

  it('groups conflicts under the canonical character even when a conflict names an alias', () => {
    const m = model();
    const kathrin = m.characters.find((c) => c.name === 'Kathrin Globisch')!;
    expect(kathrin.conflicts.map((c) => c.kind).sort()).toEqual(['age', 'spelling']);
    expect(m.characters.filter((c) => c.name === 'Kathrin')).toHaveLength(0);
    expect(kathrin.tagline).toBe('Kathrin, Dr. Katrin');
    expect(m.characters.find((c) => c.name === 'St. Marien')!.tagline).toBe('Ort · Marienkrankenhaus');
    expect(m.characters.find((c) => c.name === 'Frau Bram')!.tagline).toBe('');
  });

  it('quotes every passage with its episode and carries the decision and note', () => {
    const m = model();
    const friedrich = m.characters.find((c) => c.name === 'Friedrich Brandt')!;
    const vital = friedrich.conflicts[0];
    expect(vital).toMatchObject({ status: 'intended', statusLabel: 'beabsichtigt', severityLabel: 'Fehler', kindLabel: 'Lebend/tot' });
    expect(vital.note).toContain('Enthüllung');
    expect(vital.passages.map((p) => p.episodeLabel)).toEqual(['E01 · Nachtdienst', 'E05 · Die Wahrheit']);
    expect(vital.passages[1].quote).toBe('Friedrich steht in der Tür, lebendig.');
  });

  it('leaves out decided conflicts and lower severities when asked', () => {
    const m = model({ includeDecided: false, minSeverity: 'warning' });
    const all = m.characters.flatMap((c) => c.conflicts);
    expect(all.every((c) => c.status === 'open')).toBe(true);
    expect(all.some((c) => c.severity === 'info')).toBe(false);
    expect(m.summary.total).toBe(4);
    expect(m.title.optionLines[1].value).toBe('Fehler, Warnung');
    expect(m.title.optionLines[2].value).toBe('ausgelassen');
  });

  it('keeps only conflicts touching the episode range and marks passages outside it', () => {
    const m = model({ fromEpisode: 3, toEpisode: 4 });
    expect(m.title.episodesCovered).toBe('2 Folgen: E04 · Visite bis E05 · Die Wahrheit');
    expect(m.title.optionLines[0].value).toBe('E04–E05');
    const ids = m.characters.flatMap((c) => c.conflicts.map((x) => x.id));
    expect(ids).not.toContain('spelling:kathrin:katrin');
    expect(ids).toContain('vital:friedrich');
    const vital = m.characters.flatMap((c) => c.conflicts).find((c) => c.id === 'vital:friedrich')!;
    expect(vital.passages.map((p) => p.outsideRange)).toEqual([true, false]);
    expect(m.grid.episodes.map((e) => e.code)).toEqual(['E04', 'E05']);
    const kathrinFacts = m.characters.find((c) => c.name === 'Kathrin Globisch')!.facts;
    expect(kathrinFacts.map((f) => f.value)).toEqual(['39']);
  });

  it('rejects an empty or negative episode range and a bad date with a typed error', () => {
    expect(() => model({ fromEpisode: 4, toEpisode: 1 })).toThrow(ReportOptionsError);
    expect(() => model({ fromEpisode: -1 })).toThrow(/fromEpisode/);
    expect(() => model({ date: '23.11.2026' })).toThrow(ReportOptionsError);
  });

  it('lists each character’s facts in series order with entity names resolved', () => {
    const m = model();
    const lukas = m.characters.find((c) => c.name === 'Lukas Globisch')!;
    expect(lukas.facts.map((f) => [f.episodeLabel, f.predicateLabel, f.value, f.modalityLabel])).toEqual([
      ['E01 · Nachtdienst', 'Vater', 'unbekannt', 'vermutet'],
      ['E03 · Modellbahn', 'Vater', 'Friedrich Brandt', 'enthüllt'],
    ]);
    const kathrin = m.characters.find((c) => c.name === 'Kathrin Globisch')!;
    expect(kathrin.facts.map((f) => f.predicateLabel)).toEqual(['Merkmal: Augenfarbe', 'Alter', 'Alter']);
  });

  it('joins the same claim made in several episodes into one row and names vital values in the report language', () => {
    const report = germanReport();
    report.facts.push({ id: 'f9', subject: 'friedrich', predicate: 'vital', object: 'alive', modality: 'asserted', episode: '03-modellbahn.md', quote: 'Friedrich winkt vom Bahnsteig.', start: 5, end: 35 });
    const m = buildReportModel(report, resolveReportOptions(report, { date: '2026-11-23' }));
    const rows = m.characters.find((c) => c.name === 'Friedrich Brandt')!.facts;
    expect(rows.map((r) => [r.where, r.value, r.modalityLabel, r.count])).toEqual([
      ['E01 · Nachtdienst', 'tot', 'vermutet', 1],
      ['E03, E05 (2×)', 'lebt', 'erzählt', 2],
    ]);
    expect(rows[1].quote).toBe('Friedrich winkt vom Bahnsteig.');
  });

  it('shows the values the engine normalises (colours, body parts, events, time passed) in the report language', () => {
    const report = germanReport();
    const fact = (id: string, predicate: string, object: string) =>
      ({ id, subject: 'kathrin', predicate, object, modality: 'asserted' as const, episode: '02-der-brief.md', quote: 'Kathrin im Flur.', start: 0, end: 16 });
    report.facts.push(
      fact('c1', 'attribute:hair', 'grey'),
      fact('c2', 'attribute:scar', 'left cheek'),
      fact('c3', 'attribute:tattoo', 'right arm'),
      fact('c4', 'attribute:injury', 'left leg'),
      fact('c5', 'attribute:has', 'glasses'),
      fact('c6', 'event', 'wedding'),
      fact('c7', 'time-passes', String(1 / 52)),
      fact('c8', 'spouse', 'never-married'),
      fact('c9', 'role', 'Oberärztin'),
    );
    const rows = (language: 'de' | 'en') =>
      Object.fromEntries(
        buildReportModel(report, resolveReportOptions(report, { date: '2026-11-23', language }))
          .characters.find((c) => c.name === 'Kathrin Globisch')!
          .facts.filter((f) => f.quote === 'Kathrin im Flur.')
          .map((f) => [f.predicateLabel, f.value]),
      );
    expect(rows('de')).toEqual({
      'Merkmal: Haarfarbe': 'grau',
      'Merkmal: Narbe': 'linke Wange',
      'Merkmal: Tattoo': 'rechter Arm',
      'Merkmal: Verletzung': 'linkes Bein',
      'Merkmal: hat': 'Brille',
      Ereignis: 'Hochzeit',
      Zeitsprung: '1 Woche',
      Ehepartner: 'nie verheiratet',
      // A role stays as the text writes it.
      Rolle: 'Oberärztin',
    });
    expect(rows('en')).toMatchObject({
      'attribute: hair colour': 'grey',
      'attribute: scar': 'left cheek',
      event: 'wedding',
      'time passes': '1 week',
      spouse: 'never married',
    });
  });

  it('is plain data to every reader: fact histories, name variants and grid survive JSON and structured clone, also frozen', () => {
    const m = model();
    const viaJson = JSON.parse(JSON.stringify(m));
    expect(viaJson.characters.find((c: { name: string }) => c.name === 'Lukas Globisch').facts).toHaveLength(2);
    expect(viaJson.nameVariants.length).toBeGreaterThan(0);
    expect(viaJson.grid.rows.length).toBeGreaterThan(0);
    expect(structuredClone(model())).toEqual(viaJson);
    const frozen = Object.freeze(model());
    expect(frozen.nameVariants).toEqual(viaJson.nameVariants);
    expect(frozen.grid).toEqual(viaJson.grid);
  });

  it('tables each spelling of a name with the episodes whose passages use it', () => {
    const m = model();
    const kathrin = m.nameVariants.find((v) => v.entity === 'Kathrin Globisch')!;
    const where = Object.fromEntries(kathrin.spellings.map((s) => [s.spelling, s.episodes]));
    expect(where['Dr. Katrin']).toEqual(['E01 · Nachtdienst']);
    expect(where['Kathrin Globisch']).toEqual(['E02 · Der Brief']);
    expect(where['Kathrin']).toEqual(['E02 · Der Brief']);
    expect(kathrin.spellings.find((s) => s.isMainForm)?.spelling).toBe('Kathrin Globisch');
    expect(m.nameVariants.find((v) => v.entity === 'Achim Kreutzer')!.spellings.map((s) => s.spelling)).toContain('Dr. Kreuzer');
    // spelling conflicts come first; other entities list their known short forms and where they are named
    expect(m.nameVariants.filter((v) => v.inConflict).map((v) => v.entity)).toEqual(['Achim Kreutzer', 'Kathrin Globisch']);
    const friedrich = m.nameVariants.find((v) => v.entity === 'Friedrich Brandt')!;
    expect(friedrich).toMatchObject({ inConflict: false, appearsIn: 'E01, E03, E05' });
    expect(kathrin.appearsIn).toBe('E01–E05');
    expect(model({ fromEpisode: 3 }).nameVariants.find((v) => v.entity === 'Lukas Globisch')!.appearsIn).toBe('E05');
  });

  it('writes where a spelling occurs as episode runs once it is in more than two episodes', () => {
    const report = germanReport();
    for (const [i, file] of ['03-modellbahn.md', '04-visite.md', '05-die-wahrheit.md'].entries()) {
      report.facts.push({ id: `k${i}`, subject: 'kathrin', predicate: 'role', object: 'Oberärztin', modality: 'asserted', episode: file, quote: `Kathrin, die Oberärztin (${i})`, start: 0, end: 20 });
    }
    const m = buildReportModel(report, resolveReportOptions(report, { date: '2026-11-23' }));
    const spellings = m.nameVariants.find((v) => v.entity === 'Kathrin Globisch')!.spellings;
    expect(spellings.find((s) => s.spelling === 'Kathrin')!.where).toBe('E02–E05');
    expect(spellings.find((s) => s.spelling === 'Dr. Katrin')!.where).toBe('E01 · Nachtdienst');
  });

  it('draws the character × episode grid from the entities’ episodes, characters only', () => {
    const m = model();
    expect(m.grid.rows.map((r) => r.name)).not.toContain('St. Marien');
    const friedrich = m.grid.rows.find((r) => r.name === 'Friedrich Brandt')!;
    expect(friedrich.present).toEqual([true, false, true, false, true]);
    expect(m.grid.rows.find((r) => r.name === 'Frau Bram')!.present).toEqual([false, false, false, true, false]);
    expect(m.grid.omitted).toBe(0);
  });

  it('handles an English report and one without any conflicts', () => {
    const en = englishReport();
    const m = buildReportModel(en, resolveReportOptions(en, { date: '2026-01-05' }));
    expect(m.characters[0].name).toBe('Tom Hale');
    expect(m.nameVariants[0].spellings.find((s) => s.spelling === "Meg O'Brian")!.episodes).toEqual(['E02 · Low Tide']);
    const empty = buildReportModel({ ...en, conflicts: [] }, resolveReportOptions(en, { date: '2026-01-05' }));
    expect(empty.summary.total).toBe(0);
    expect(empty.summary.mostOpen).toEqual([]);
    expect(empty.characters.every((c) => c.conflicts.length === 0)).toBe(true);
  });
});
