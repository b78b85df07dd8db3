// Checks the rename quick fix: whole words only, German endings kept, one undo step.
import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import { history, undo } from 'prosemirror-history';
import { docToText, textToDoc } from './docText';
import { renameInText, renameVariant } from './renameVariant';

const start = (text: string) => EditorState.create({ doc: textToDoc(text), plugins: [history()] });

describe('renameVariant', () => {
  it('renames the variant with its endings and leaves longer names alone', () => {
    const state = start('# Katrin\n\nKatrins Dienst. Katrina lacht. Dr. Katrin geht. ÜberKatrin');
    const tr = renameVariant(state, 'Katrin', 'Kathrin');
    expect(docToText(state.apply(tr!).doc)).toBe('# Kathrin\n\nKathrins Dienst. Katrina lacht. Dr. Kathrin geht. ÜberKatrin');
  });

  it('is undone in one step', () => {
    let state = start('Kreuzer und Kreuzers Frau.\nKreuzer!');
    state = state.apply(renameVariant(state, 'Kreuzer', 'Kreutzer')!);
    expect(docToText(state.doc)).toBe('Kreutzer und Kreutzers Frau.\nKreutzer!');
    undo(state, (tr) => (state = state.apply(tr)));
    expect(docToText(state.doc)).toBe('Kreuzer und Kreuzers Frau.\nKreuzer!');
  });

  it('renames in plain text the same way, counting the places', () => {
    expect(renameInText('Katrins Dienst.\n\nKatrina und Katrin.', 'Katrin', 'Kathrin')).toEqual({ text: 'Kathrins Dienst.\n\nKatrina und Kathrin.', count: 2 });
    expect(renameInText('Lukas', 'Katrin', 'Kathrin')).toEqual({ text: 'Lukas', count: 0 });
  });

  it('does nothing when the variant does not occur', () => {
    expect(renameVariant(start('Lukas'), 'Katrin', 'Kathrin')).toBeNull();
  });
});
