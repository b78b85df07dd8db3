// Screenplay typing as in script software: Enter after a cue goes to dialogue, Tab cycles the line's element, cues and scene headings in capitals.
import { Plugin, TextSelection, type Command, type EditorState } from 'prosemirror-state';
import type { Node as PMNode, NodeType } from 'prosemirror-model';
import { keymap } from 'prosemirror-keymap';
import { closeHistory } from 'prosemirror-history';
import { episodeSchema } from './schema';

const { paragraph, scene_heading, character, dialogue, parenthetical } = episodeSchema.nodes;

/** The order Tab walks through (Shift+Tab backwards): action (a paragraph), scene heading, cue, dialogue, parenthetical. */
export const elementCycle: readonly NodeType[] = [paragraph, scene_heading, character, dialogue, parenthetical];
const screenplayTypes = new Set<NodeType>([scene_heading, character, dialogue, parenthetical]);
const capitalTypes = new Set<NodeType>([scene_heading, character]);

/** A document reads as a script when any line is a screenplay element; a synopsis has none. */
export function isScreenplayDoc(doc: PMNode): boolean {
  let found = false;
  doc.forEach((block) => {
    if (!found && screenplayTypes.has(block.type)) found = true;
  });
  return found;
}

/** Capitals of the text when they keep its length (so "ß" and friends stay as typed and offsets hold). */
function capitals(text: string): string {
  let out = '';
  for (const ch of text) {
    const upper = ch.toLocaleUpperCase();
    out += upper.length === ch.length ? upper : ch;
  }
  return out;
}

/** The element a new line after this one gets, as script software does it. */
function nextElement(type: NodeType, empty: boolean): NodeType | null {
  if (type === character || type === parenthetical) return dialogue;
  if (type === dialogue) return empty ? null : dialogue;
  if (type === scene_heading) return paragraph;
  return null;
}

/**
 * Enter in a script: after a cue or a parenthetical the new line is dialogue; in dialogue it is more dialogue; an
 * empty dialogue line becomes a blank line, which ends the speech. Elsewhere the usual Enter runs.
 */
export const screenplayEnter: Command = (state, dispatch) => {
  const { $from, $to, empty } = state.selection;
  const type = $from.parent.type;
  if (!screenplayTypes.has(type) || !$from.sameParent($to)) return false;
  const lineEmpty = $from.parent.content.size === 0;
  if (type === dialogue && lineEmpty) {
    if (dispatch) dispatch(state.tr.setBlockType($from.pos, $from.pos, paragraph).scrollIntoView());
    return true;
  }
  const after = nextElement(type, lineEmpty);
  if (!after) return false;
  if (dispatch) {
    const tr = state.tr;
    if (!empty) tr.deleteSelection();
    const pos = tr.mapping.map($from.pos);
    const atEnd = pos === tr.doc.resolve(pos).end();
    tr.split(pos, 1, [{ type: atEnd ? after : type }]);
    dispatch(tr.scrollIntoView());
  }
  return true;
};

/** Rewrites the line's text for its new element: capitals for cues and scene headings, brackets for parentheticals. */
function retext(text: string, from: NodeType, to: NodeType): string {
  let next = text;
  if (from === parenthetical && to !== parenthetical) next = next.replace(/^\((.*)\)$/, '$1');
  if (to === parenthetical && !/^\(.*\)$/.test(next)) next = `(${next})`;
  if (capitalTypes.has(to)) next = capitals(next);
  return next;
}

/** Tab (dir 1) or Shift+Tab (dir -1) in a script: the current line becomes the next element in the cycle. */
export function cycleElement(dir: 1 | -1): Command {
  return (state: EditorState, dispatch) => {
    const { $from } = state.selection;
    const block = $from.parent;
    const index = elementCycle.indexOf(block.type);
    if (index < 0 || !isScreenplayDoc(state.doc)) return false;
    if (!dispatch) return true;
    const to = elementCycle[(index + dir + elementCycle.length) % elementCycle.length];
    const start = $from.start();
    const offset = $from.parentOffset;
    const text = block.textContent;
    const next = retext(text, block.type, to);
    const tr = state.tr.setBlockType(start, start, to);
    if (next !== text) tr.replaceWith(start, start + text.length, next ? episodeSchema.text(next) : []);
    const shift = to === parenthetical && !text.startsWith('(') ? 1 : block.type === parenthetical && next.length < text.length ? -1 : 0;
    const caret = Math.max(0, Math.min(next.length, offset + shift));
    tr.setSelection(TextSelection.create(tr.doc, start + caret));
    // Its own undo step, never merged with the typing just before it.
    dispatch(closeHistory(tr).scrollIntoView());
    return true;
  };
}

/** Typing in a cue or scene heading comes out in capitals. */
function capitalsPlugin(): Plugin {
  return new Plugin({
    props: {
      handleTextInput(view, from, to, text) {
        const $from = view.state.doc.resolve(from);
        if (!capitalTypes.has($from.parent.type)) return false;
        const upper = capitals(text);
        if (upper === text) return false;
        view.dispatch(view.state.tr.insertText(upper, from, to));
        return true;
      },
    },
  });
}

/** The screenplay keys and capitals; put before the base keymap. */
export function screenplayPlugins(): Plugin[] {
  return [keymap({ Enter: screenplayEnter, Tab: cycleElement(1), 'Shift-Tab': cycleElement(-1) }), capitalsPlugin()];
}
