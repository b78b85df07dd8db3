// Find in the open episode: highlights every match of the query and moves the selection from one match to the next.
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';

export interface FindState {
  query: string;
  matches: { from: number; to: number }[];
  decorations: DecorationSet;
}

export const findKey = new PluginKey<FindState>('continuity-find');

/** Case-insensitive matches of the query inside text blocks, in document order. */
export function findMatches(doc: PMNode, query: string): { from: number; to: number }[] {
  if (!query) return [];
  const needle = query.toLocaleLowerCase();
  const found: { from: number; to: number }[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText || !node.text) return true;
    const hay = node.text.toLocaleLowerCase();
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) found.push({ from: pos + at, to: pos + at + needle.length });
    return false;
  });
  return found;
}

function compute(doc: PMNode, query: string): FindState {
  const matches = findMatches(doc, query);
  return { query, matches, decorations: DecorationSet.create(doc, matches.map((m) => Decoration.inline(m.from, m.to, { class: 'cd-find-match' }))) };
}

export function findPlugin(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findKey,
    state: {
      init: () => ({ query: '', matches: [], decorations: DecorationSet.empty }),
      apply(tr, value, _old, state) {
        const query = tr.getMeta(findKey) as string | undefined;
        if (query !== undefined) return compute(state.doc, query);
        if (!tr.docChanged || !value.query) return value;
        return compute(state.doc, value.query);
      },
    },
    props: {
      decorations(state) {
        const find = findKey.getState(state);
        if (!find || find.matches.length === 0) return find?.decorations;
        const { from, to } = state.selection;
        const current = find.matches.find((m) => m.from === from && m.to === to);
        return current ? find.decorations.add(state.doc, [Decoration.inline(current.from, current.to, { class: 'cd-find-current' })]) : find.decorations;
      },
    },
  });
}

export function setFindQuery(state: EditorState, query: string): Transaction {
  return state.tr.setMeta(findKey, query).setMeta('addToHistory', false);
}

/** Selects the next (or previous) match after the selection, wrapping around; null when nothing matches. */
export function findNext(state: EditorState, backwards = false): Transaction | null {
  const matches = findKey.getState(state)?.matches ?? [];
  if (matches.length === 0) return null;
  const { from, to } = state.selection;
  const target = backwards ? ([...matches].reverse().find((m) => m.from < from) ?? matches[matches.length - 1]) : (matches.find((m) => (from === to ? m.from >= from : m.from > from)) ?? matches[0]);
  return state.tr.setSelection(TextSelection.create(state.doc, target.from, target.to)).scrollIntoView();
}

/** 1-based index of the match the selection is on (0 when none), for "3 / 7". */
export function currentMatchIndex(state: EditorState): number {
  const matches = findKey.getState(state)?.matches ?? [];
  const { from, to } = state.selection;
  return matches.findIndex((m) => m.from === from && m.to === to) + 1;
}

/** Replaces the match the selection is on (then moves to the next); null when the selection is not on a match. */
export function replaceCurrent(state: EditorState, replacement: string): Transaction | null {
  const matches = findKey.getState(state)?.matches ?? [];
  const { from, to } = state.selection;
  const hit = matches.find((m) => m.from === from && m.to === to);
  if (!hit) return null;
  const tr = state.tr.insertText(replacement, hit.from, hit.to);
  const next = findKey.getState(state.apply(tr))?.matches.find((m) => m.from >= hit.from + replacement.length);
  if (next) tr.setSelection(TextSelection.create(tr.doc, next.from, next.to)).scrollIntoView();
  return tr;
}

/** Replaces every match in one undoable step; null when there is none. */
export function replaceAll(state: EditorState, replacement: string): Transaction | null {
  const matches = findKey.getState(state)?.matches ?? [];
  if (matches.length === 0) return null;
  const tr = state.tr;
  for (const m of [...matches].reverse()) tr.insertText(replacement, m.from, m.to);
  return tr;
}
