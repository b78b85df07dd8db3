// Quick fix: renames a spelling variant throughout the open episode in one undoable step, keeping German endings.
import type { EditorState, Transaction } from 'prosemirror-state';
import { renameInText, variantPattern } from '../../engine/fixes/renameInText';

export { renameInText, variantPattern };

/** Replaces every occurrence of `from` with `to` (endings stay as written); null when there is none. */
export function renameVariant(state: EditorState, from: string, to: string): Transaction | null {
  if (!from || from === to) return null;
  const pattern = variantPattern(from);
  const hits: { from: number; to: number }[] = [];
  state.doc.descendants((node, pos) => {
    if (!node.isText || !node.text) return true;
    for (const match of node.text.matchAll(pattern)) hits.push({ from: pos + match.index, to: pos + match.index + from.length });
    return false;
  });
  if (hits.length === 0) return null;
  const tr = state.tr;
  for (const hit of hits.reverse()) tr.insertText(to, hit.from, hit.to);
  return tr.setMeta('continuity-quick-fix', 'rename');
}
