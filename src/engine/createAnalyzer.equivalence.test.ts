import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeSeries } from './analyzeSeries';
import { createAnalyzer } from './createAnalyzer';
import { emptyBible, type AnalyzeOptions, type Episode } from './types';

// Small series of our own with conflicts of several kinds, so that edits move, make and remove findings.
const german = [
  'Dr. Katrin Vogel ist Oberärztin in der Klinik am See. Ihr Vater ist Bernd Vogel. Katrin trifft Jonas Brandt zum ersten Mal. Jonas ist 34 Jahre alt.',
  'Bernd Vogel stirbt bei einem Unfall. Alle trauern um Bernd. Kathrin Vogel spricht mit Jonas. Jonas wohnt in Leipzig.',
  'Am Morgen kommt Bernd Vogel in die Klinik und lacht. Katrins Vater ist Rolf Vogel. Jonas ist 29 Jahre alt. Jonas wohnt in Dresden.',
  'Kathrin sieht Jonas Brandt zum ersten Mal. Jonas hat eine Narbe an der Stirn. Dr. Katrin Vogel ist Chirurgin.',
];
const english = [
  'Sergeant Tom Walsh works at the harbour station. Tom and Ellen Walsh are cousins. Tom meets Mary Dunn for the first time. Tom Walsh is 41 years old. Rosa lives in Whitby.',
  'Ellen Walsh dies in the fire. Mary talks to Tom about the letter. Rosa Penrose has green eyes.',
  'In the morning Ellen Walsh walks into the station and laughs. Tom Walsh is 35 years old. Tom and Ellen are siblings. Rosa has blue eyes.',
  'Tom Welsh meets Mary Dunn for the first time. Rosa lives in Leeds.',
];

const series = (texts: string[], prefix: string): Episode[] =>
  texts.map((text, index) => ({ id: `${prefix}${index}`, file: `${prefix}${index}.md`, title: `Folge ${index + 1}`, index, text }));

/** One edit a writer might make: type at a place, delete a stretch, rename, mark a belief, drop or copy an episode. */
type Edit =
  | { kind: 'type'; episode: number; at: number; text: string }
  | { kind: 'delete'; episode: number; at: number; length: number }
  | { kind: 'belief'; episode: number; at: number; length: number }
  | { kind: 'drop'; episode: number }
  | { kind: 'copy'; episode: number };

const typed = fc.oneof(
  fc.constantFrom('a', 'e', 'x', ' ', 'n', 'er', ' und', ' and', '.', ', '),
  fc.constantFrom(' Jonas', ' Katrin', 'Kathrin ', ' Bernd stirbt. ', ' Tom', ' Ellen dies. ', ' Mary', ' Rosa has grey eyes. ', ' Welsh', '. Sie ist 50 Jahre alt. ', ' is his wife', 'Notaufnahme '),
);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('type' as const), episode: fc.nat(), at: fc.nat(), text: typed }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), episode: fc.nat(), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('belief' as const), episode: fc.nat(), at: fc.nat(), length: fc.integer({ min: 5, max: 80 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const), episode: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('copy' as const), episode: fc.nat() }) },
);

function apply(episodes: Episode[], options: AnalyzeOptions, e: Edit, step: number): [Episode[], AnalyzeOptions] {
  if (episodes.length === 0) return [episodes, options];
  const i = e.episode % episodes.length;
  const ep = episodes[i];
  const at = e.kind === 'drop' || e.kind === 'copy' ? 0 : e.at % (ep.text.length + 1);
  switch (e.kind) {
    case 'type':
      return [episodes.map((x, j) => (j === i ? { ...x, text: x.text.slice(0, at) + e.text + x.text.slice(at) } : x)), options];
    case 'delete':
      return [episodes.map((x, j) => (j === i ? { ...x, text: x.text.slice(0, at) + x.text.slice(at + e.length) } : x)), options];
    case 'belief':
      return [episodes, { ...options, beliefs: { ...options.beliefs, [ep.file]: [{ start: at, end: at + e.length }] } }];
    case 'drop':
      return episodes.length > 1 ? [episodes.filter((_, j) => j !== i).map((x, index) => ({ ...x, index })), options] : [episodes, options];
    case 'copy':
      return [[...episodes, { ...ep, id: `copy${step}`, file: `copy${step}.md`, index: episodes.length }], options];
  }
}

/** Runs the edits through one analyzer and checks each result against a fresh analysis of the same series. */
function checkEdits(start: Episode[], edits: Edit[], startOptions: AnalyzeOptions = {}): void {
  const analyzer = createAnalyzer();
  let episodes = start;
  let options: AnalyzeOptions = startOptions;
  analyzer.analyze(episodes, options);
  edits.forEach((e, step) => {
    [episodes, options] = apply(episodes, options, e, step);
    const incremental = analyzer.analyze(episodes, options);
    const fresh = analyzeSeries(episodes, options);
    expect(incremental.report.conflicts).toEqual(fresh.report.conflicts);
    expect(JSON.stringify(incremental)).toBe(JSON.stringify(fresh));
  });
}

describe('createAnalyzer after edits', () => {
  it('the series has conflicts of several kinds to keep track of', () => {
    const kinds = (texts: string[], p: string) => new Set(analyzeSeries(series(texts, p)).report.conflicts.map((c) => c.kind));
    expect(kinds(german, 'de').size).toBeGreaterThanOrEqual(3);
    expect(kinds(english, 'en').size).toBeGreaterThanOrEqual(3);
  });

  it('gives the same entities, facts and conflicts as a fresh analysis, edit after edit (German)', () => {
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => checkEdits(series(german, 'de'), edits)), { numRuns: 30 });
  });

  it('gives the same conflicts as a fresh analysis with canon facts in the bible (conflicts against the bible, canon quick fixes)', () => {
    const bible = {
      ...emptyBible(),
      facts: [
        { subject: 'Jonas Brandt', predicate: 'age', object: '34' },
        { subject: 'Jonas Brandt', predicate: 'lives-in', object: 'Leipzig' },
        { subject: 'Bernd Vogel', predicate: 'vital', object: 'dead' },
      ],
    };
    expect(analyzeSeries(series(german, 'de'), { bible }).report.conflicts.some((c) => c.fixes?.some((f) => f.kind === 'canon'))).toBe(true);
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 10 }), (edits) => checkEdits(series(german, 'de'), edits, { bible })), { numRuns: 25 });
  });

  it('gives the same entities, facts and conflicts as a fresh analysis, edit after edit (English)', () => {
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => checkEdits(series(english, 'en'), edits)), { numRuns: 30 });
  });

  it('moves the evidence of a conflict when typing before it shifts its passage', () => {
    const analyzer = createAnalyzer();
    const eps = series(german, 'de');
    const before = analyzer.analyze(eps).report.conflicts.find((c) => c.kind === 'vital-status' && c.evidence.some((e) => e.episode === 'de2.md'));
    expect(before).toBeDefined();
    const edited = eps.map((x, j) => (j === 2 ? { ...x, text: 'Heute ' + x.text.charAt(0).toLowerCase() + x.text.slice(1) } : x));
    const after = analyzer.analyze(edited).report.conflicts.find((c) => c.id === before!.id)!;
    const moved = after.evidence.find((e) => e.episode === 'de2.md')!;
    expect(edited[2].text.slice(moved.start, moved.end)).toBe(moved.quote);
    expect(moved.start).toBeGreaterThanOrEqual(before!.evidence.find((e) => e.episode === 'de2.md')!.start);
  });

  it('redoes no series-wide step for a letter typed inside a sentence, and the entity step for a new name', () => {
    const analyzer = createAnalyzer();
    const eps = series(german, 'de');
    analyzer.analyze(eps);
    const at = eps[1].text.indexOf('trauern');
    const typedLetter = eps.map((x, j) => (j === 1 ? { ...x, text: x.text.slice(0, at) + 'n' + x.text.slice(at) } : x));
    analyzer.analyze(typedLetter);
    expect(analyzer.lastReanalyzed).toEqual(['de1']);
    expect(analyzer.lastRedone).toEqual({ promotions: false, entities: false, facts: false, rules: false });
    const newName = typedLetter.map((x, j) => (j === 1 ? { ...x, text: x.text + ' Dr. Miriam Sander kommt dazu.' } : x));
    analyzer.analyze(newName);
    expect(analyzer.lastRedone.entities).toBe(true);
    expect(analyzer.lastRedone.rules).toBe(true);
  });
});
