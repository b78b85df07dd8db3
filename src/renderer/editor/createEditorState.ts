// Builds the editor state for one episode: its text, undo history, keys, analysis marks and find.
import { EditorState, type Plugin } from 'prosemirror-state';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';
import { textToDoc } from './docText';
import { analysisPlugin, type FlagHandlers } from './analysisPlugin';
import { findPlugin } from './findPlugin';
import { annotationPlugin } from './annotationPlugin';
import { screenplayPlugins } from './screenplayKeys';

export function createEditorState(text: string, handlers: FlagHandlers, extra: Plugin[] = []): EditorState {
  return EditorState.create({
    doc: textToDoc(text),
    plugins: [
      history(),
      keymap({ 'Mod-z': undo, 'Mod-Shift-z': redo, 'Mod-y': redo }),
      ...screenplayPlugins(),
      keymap(baseKeymap),
      analysisPlugin(handlers),
      findPlugin(),
      annotationPlugin(),
      ...extra,
    ],
  });
}
