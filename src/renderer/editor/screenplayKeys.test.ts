// Checks screenplay typing: Enter after a cue gives dialogue, Tab cycles the element, capitals in cues; a synopsis keeps Tab.
import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection, type Command } from 'prosemirror-state';
import { docToText, textToDoc } from './docText';
import { createEditorState } from './createEditorState';
import { cycleElement, screenplayEnter } from './screenplayKeys';

const script = 'INT. KÜCHE – TAG\n\nANNA\nHallo.\n';

function stateAt(text: string, needle: string, after = true): EditorState {
  const state = createEditorState(text, { onHover: () => undefined, onOpen: () => undefined });
  let pos = -1;
  state.doc.descendants((node, at) => {
    if (pos < 0 && node.isText && node.text!.includes(needle)) pos = at + node.text!.indexOf(needle) + (after ? needle.length : 0);
  });
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));
}

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  expect(command(state, (tr) => (next = state.apply(tr)))).toBe(true);
  return next;
}

const types = (state: EditorState) => {
  const list: string[] = [];
  state.doc.forEach((b) => list.push(b.type.name));
  return list;
};

describe('screenplay keys', () => {
  it('Enter at the end of a cue starts a dialogue line; the new speech survives saving and loading', () => {
    let state = stateAt('INT. KÜCHE – TAG\n\nANNA\nHallo.\n\nTOM\nJa.', 'TOM');
    state = run(state, screenplayEnter);
    expect(state.selection.$from.parent.type.name).toBe('dialogue');
    state = state.apply(state.tr.insertText('Endlich.'));
    const text = docToText(state.doc);
    expect(text).toBe('INT. KÜCHE – TAG\n\nANNA\nHallo.\n\nTOM\nEndlich.\nJa.');
    expect(types(state)).toEqual(types(EditorState.create({ doc: textToDoc(text) })));
  });

  it('Enter on an empty dialogue line ends the speech with a blank line', () => {
    let state = stateAt(script, 'Hallo.');
    state = run(state, screenplayEnter);
    expect(state.selection.$from.parent.type.name).toBe('dialogue');
    state = run(state, screenplayEnter);
    expect(state.selection.$from.parent.type.name).toBe('paragraph');
  });

  it('Tab cycles the line: action → scene heading (capitals) → cue → dialogue → parenthetical (brackets) → action', () => {
    let state = stateAt('INT. KÜCHE – TAG\n\ninnen. flur – nacht\n', 'flur');
    const seen: [string, string][] = [];
    for (let i = 0; i < 5; i++) {
      state = run(state, cycleElement(1));
      seen.push([state.selection.$from.parent.type.name, state.selection.$from.parent.textContent]);
    }
    expect(seen).toEqual([
      ['scene_heading', 'INNEN. FLUR – NACHT'],
      ['character', 'INNEN. FLUR – NACHT'],
      ['dialogue', 'INNEN. FLUR – NACHT'],
      ['parenthetical', '(INNEN. FLUR – NACHT)'],
      ['paragraph', 'INNEN. FLUR – NACHT'],
    ]);
    state = run(state, cycleElement(-1));
    expect(state.selection.$from.parent.type.name).toBe('parenthetical');
  });

  it('Tab does nothing in a synopsis, so it still moves the focus', () => {
    const state = stateAt('# Folge 1\n\nKathrin kommt zu spät.', 'Kathrin');
    expect(cycleElement(1)(state, () => undefined)).toBe(false);
    expect(screenplayEnter(state, () => undefined)).toBe(false);
  });

  it('a cycle step is one undoable step', async () => {
    const { undo } = await import('prosemirror-history');
    let state = stateAt(script, 'Hallo');
    state = run(state, cycleElement(1));
    expect(docToText(state.doc)).toBe('INT. KÜCHE – TAG\n\nANNA\n(Hallo.)\n');
    state = run(state, undo);
    expect(docToText(state.doc)).toBe(script);
  });
});
