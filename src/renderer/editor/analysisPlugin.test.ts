// Checks that conflict flags and name underlines follow the text as the writer edits, and that stale analyses are ignored.
import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import type { Conflict } from '../../engine/types';
import { analysisKey, analysisPlugin, conflictRanges, focusConflict, locateQuote, setAnalysis, type AnalysisMarks } from './analysisPlugin';
import { textToDoc } from './docText';

const text = '# Folge 2\n\nDr. Katrin Globisch kommt in die Notaufnahme.\nLukas wartet.';
const katrin = text.indexOf('Katrin');
const conflict: Conflict = {
  id: 'c1',
  kind: 'spelling',
  severity: 'warning',
  status: 'open',
  entity: 'Kathrin Globisch',
  summary: 'Katrin / Kathrin',
  evidence: [
    { episode: '01.md', quote: 'Kathrin', start: 5, end: 12 },
    { episode: '02.md', quote: 'Katrin', start: katrin, end: katrin + 6 },
  ],
};
const marks = (version: number, conflicts: Conflict[] = [conflict]): AnalysisMarks => ({
  version,
  episodeFile: '02.md',
  conflicts,
  mentions: [{ entity: 'e-lukas', episode: '02.md', start: text.indexOf('Lukas'), end: text.indexOf('Lukas') + 5, text: 'Lukas' }],
});
const handlers = { onHover: () => undefined, onOpen: () => undefined };
const fresh = () => EditorState.create({ doc: textToDoc(text), plugins: [analysisPlugin(handlers)] });
const decoCount = (state: EditorState) => analysisKey.getState(state)!.decorations.find().length;

describe('analysisPlugin', () => {
  it('flags the conflict passage of the open episode and underlines the names', () => {
    const state = fresh().apply(setAnalysis(fresh(), marks(1)));
    const [range] = conflictRanges(state, 'c1');
    expect(state.doc.textBetween(range.from, range.to)).toBe('Katrin');
    const all = analysisKey.getState(state)!.decorations.find();
    expect(all.some((d) => d.spec.entity === 'e-lukas' && state.doc.textBetween(d.from, d.to) === 'Lukas')).toBe(true);
    expect(all.some((d) => Array.isArray(d.spec.conflictIds) && d.spec.conflictIds.includes('c1'))).toBe(true);
  });

  it('draws places differently from characters', () => {
    let state = fresh();
    state = state.apply(setAnalysis(state, { ...marks(1, []), entityKinds: { 'e-lukas': 'place' } }));
    const [mention] = analysisKey.getState(state)!.decorations.find(undefined, undefined, (s) => s.entity === 'e-lukas');
    expect((mention as unknown as { type: { attrs: { class: string } } }).type.attrs.class).toBe('cd-mention cd-mention-place');
  });

  it('keeps the flag on the same words when text is typed before them', () => {
    let state = fresh();
    state = state.apply(setAnalysis(state, marks(1)));
    const pos = conflictRanges(state, 'c1')[0].from;
    state = state.apply(state.tr.insertText('Heute: ', pos - 4));
    const [range] = conflictRanges(state, 'c1');
    expect(state.doc.textBetween(range.from, range.to)).toBe('Katrin');
  });

  it('ignores an analysis older than the one shown and takes a newer one', () => {
    let state = fresh();
    state = state.apply(setAnalysis(state, marks(5)));
    state = state.apply(setAnalysis(state, marks(4, [])));
    expect(conflictRanges(state, 'c1')).toHaveLength(1);
    state = state.apply(setAnalysis(state, marks(6, [])));
    expect(conflictRanges(state, 'c1')).toHaveLength(0);
    expect(decoCount(state)).toBe(1);
  });

  it('draws the usual spelling of a spelling conflict softly, without a flag', () => {
    const body = 'Kathrin kommt. Später Katrin.';
    const at = (w: string) => ({ episode: '02.md', quote: w, start: body.indexOf(w), end: body.indexOf(w) + w.length });
    const spelling: Conflict = { ...conflict, fixes: [{ kind: 'rename', from: 'Katrin', to: 'Kathrin' }], evidence: [at('Kathrin'), at('Katrin')] };
    let state = EditorState.create({ doc: textToDoc(body), plugins: [analysisPlugin(handlers)] });
    state = state.apply(setAnalysis(state, { ...marks(1, [spelling]), mentions: [] }));
    const flagged = conflictRanges(state, 'c1');
    expect(flagged.map((r) => state.doc.textBetween(r.from, r.to))).toEqual(['Katrin']);
    const set = analysisKey.getState(state)!.decorations;
    const related = set.find(undefined, undefined, (s) => s.relatedConflictId === 'c1');
    expect(related.map((d) => state.doc.textBetween(d.from, d.to))).toEqual(['Kathrin']);
    expect(set.find(undefined, undefined, (s) => Array.isArray(s.conflictIds))).toHaveLength(1);
  });

  it('does not flag decided conflicts', () => {
    let state = fresh();
    state = state.apply(setAnalysis(state, marks(1, [{ ...conflict, status: 'intended' }])));
    expect(conflictRanges(state, 'c1')).toHaveLength(0);
  });

  it('marks the focused conflict without losing it', () => {
    let state = fresh();
    state = state.apply(setAnalysis(state, marks(1)));
    state = state.apply(focusConflict(state, 'c1'));
    const deco = analysisKey.getState(state)!.decorations.find(undefined, undefined, (s) => s.conflictId === 'c1');
    expect(deco).toHaveLength(1);
    expect((deco[0] as unknown as { type: { attrs: { class: string } } }).type.attrs.class).toContain('cd-conflict-active');
  });

  it('finds a quote that moved since the analysis ran', () => {
    expect(locateQuote('xx Katrin yy Katrin', 2, 8, 'Katrin')).toEqual([3, 9]);
    expect(locateQuote('nothing here', 0, 6, 'Katrin')).toBeNull();
  });
});
