// The editor's document schema: one block per line of text: paragraphs and headings, and for scripts scene headings, cues, dialogue and parentheticals.
import { Schema, type NodeSpec } from 'prosemirror-model';

/** A screenplay line: a paragraph with the element's class, so it prints and reads like a script page. */
const screenplayLine = (name: string, label: string): NodeSpec => ({
  group: 'block',
  content: 'text*',
  parseDOM: [{ tag: `p.cd-sp-${name}`, priority: 60 }],
  toDOM: () => ['p', { class: `cd-sp cd-sp-${name}`, 'data-element': label }, 0],
});

export const episodeSchema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: {
      group: 'block',
      content: 'text*',
      parseDOM: [{ tag: 'p' }],
      toDOM: () => ['p', 0],
    },
    heading: {
      group: 'block',
      content: 'text*',
      attrs: { level: { default: 1 } },
      defining: true,
      parseDOM: [1, 2, 3].map((level) => ({ tag: `h${level}`, attrs: { level } })),
      toDOM: (node) => [`h${node.attrs.level as number}`, 0],
    },
    scene_heading: { ...screenplayLine('scene', 'scene heading'), defining: true },
    character: screenplayLine('character', 'character'),
    dialogue: screenplayLine('dialogue', 'dialogue'),
    parenthetical: screenplayLine('parenthetical', 'parenthetical'),
    text: {},
  },
  marks: {},
});
