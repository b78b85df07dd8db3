// Checks find in episode: all matches highlighted, next/previous wrap around, matches follow edits.
import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import { textToDoc } from './docText';
import { history, undo } from 'prosemirror-history';
import { docToText } from './docText';
import { currentMatchIndex, findKey, findNext, findPlugin, replaceAll, replaceCurrent, setFindQuery } from './findPlugin';

const make = (text: string) => EditorState.create({ doc: textToDoc(text), plugins: [findPlugin()] });

describe('findPlugin', () => {
  it('finds every match regardless of case and walks through them, wrapping', () => {
    let state = make('Lukas kommt.\n\nlukas geht. Lukas!');
    state = state.apply(setFindQuery(state, 'lukas'));
    expect(findKey.getState(state)!.matches).toHaveLength(3);
    const seen: number[] = [];
    for (let i = 0; i < 4; i++) {
      state = state.apply(findNext(state)!);
      seen.push(currentMatchIndex(state));
    }
    expect(seen).toEqual([1, 2, 3, 1]);
    state = state.apply(findNext(state, true)!);
    expect(currentMatchIndex(state)).toBe(3);
  });

  it('replaces the current match and moves on, or all matches in one undoable step', () => {
    let state = EditorState.create({ doc: textToDoc('Anna sieht Anna.\nANNA!'), plugins: [findPlugin(), history()] });
    state = state.apply(setFindQuery(state, 'anna'));
    state = state.apply(findNext(state)!);
    state = state.apply(replaceCurrent(state, 'Berta')!);
    expect(docToText(state.doc)).toBe('Berta sieht Anna.\nANNA!');
    expect(currentMatchIndex(state)).toBe(1);
    expect(state.doc.textBetween(state.selection.from, state.selection.to)).toBe('Anna');
    state = state.apply(replaceAll(state, 'Berta')!);
    expect(docToText(state.doc)).toBe('Berta sieht Berta.\nBerta!');
    undo(state, (tr) => (state = state.apply(tr)));
    expect(docToText(state.doc)).toBe('Berta sieht Anna.\nANNA!');
  });

  it('updates the matches when the text changes', () => {
    let state = make('Anna');
    state = state.apply(setFindQuery(state, 'anna'));
    state = state.apply(state.tr.insertText(' und Anna', state.doc.content.size - 1));
    expect(findKey.getState(state)!.matches).toHaveLength(2);
    expect(findNext(make('x'))).toBeNull();
  });
});
