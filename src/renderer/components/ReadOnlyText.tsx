// An episode text shown read only in ProseMirror, with one passage highlighted and scrolled into view.
import { useEffect, useRef } from 'react';
import { EditorState, Plugin } from 'prosemirror-state';
import { Decoration, DecorationSet, EditorView } from 'prosemirror-view';
import { docToText, textOffsetToPos, textToDoc } from '../editor/docText';
import { locateQuote } from '../editor/analysisPlugin';

interface Props {
  text: string;
  label: string;
  /** The passage to highlight (located by its quote if the offsets moved). */
  passage?: { start: number; end: number; quote: string };
}

export function ReadOnlyText({ text, label, passage }: Props) {
  const mount = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!mount.current) return;
    const doc = textToDoc(text);
    const found = passage ? locateQuote(docToText(doc), passage.start, passage.end, passage.quote) : null;
    const from = found ? textOffsetToPos(doc, found[0]) : 0;
    const to = found ? textOffsetToPos(doc, found[1]) : 0;
    const highlight = new Plugin({
      props: { decorations: (s) => (found ? DecorationSet.create(s.doc, [Decoration.inline(from, to, { class: 'cd-evidence' })]) : null) },
    });
    const view = new EditorView(mount.current, {
      state: EditorState.create({ doc, plugins: [highlight] }),
      editable: () => false,
      attributes: { class: 'cd-prose cd-prose-readonly', role: 'document', 'aria-label': label, 'aria-readonly': 'true' },
    });
    let frame = 0;
    if (found) {
      const at = view.domAtPos(from);
      const element = at.node instanceof HTMLElement ? at.node : at.node.parentElement;
      frame = requestAnimationFrame(() => element?.scrollIntoView({ block: 'center' }));
    }
    return () => {
      cancelAnimationFrame(frame);
      view.destroy();
    };
  }, [text, label, passage]);
  return <div ref={mount} className="cd-mount" />;
}
