// Checks that scripts become screenplay blocks in the editor, give back their exact text, and keep offsets on the right words.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { docToText, posToTextOffset, textOffsetToPos, textToDoc } from './docText';

const script = '# Die Fähre\n\nEXT. HARBOUR - NIGHT\n\nRegen. Anna wartet am Kai.\n\nANNA\n(flüstert)\nDu kommst zu spät, Kathrin.\n\nKATHRIN (O.S.)\nIch weiß.\n\nINNEN. KÜCHE – TAG\n';

describe('docText with scripts', () => {
  it('loads scene headings, cues, parentheticals and dialogue as their own blocks and gives back the exact text', () => {
    const doc = textToDoc(script);
    const types: string[] = [];
    doc.forEach((b) => types.push(b.type.name));
    expect(types).toEqual([
      'heading', 'paragraph', 'scene_heading', 'paragraph', 'paragraph', 'paragraph', 'character', 'parenthetical', 'dialogue',
      'paragraph', 'character', 'dialogue', 'paragraph', 'scene_heading', 'paragraph',
    ]);
    expect(docToText(doc)).toBe(script);
  });

  it('maps offsets of words in cues, dialogue and parentheticals to their positions and back', () => {
    const doc = textToDoc(script);
    for (const word of ['HARBOUR', 'Anna', 'ANNA', 'flüstert', 'Kathrin', 'KATHRIN', 'weiß', 'KÜCHE']) {
      const start = script.indexOf(word);
      const from = textOffsetToPos(doc, start);
      const to = textOffsetToPos(doc, start + word.length);
      expect(doc.textBetween(from, to)).toBe(word);
      expect(posToTextOffset(doc, from)).toBe(start);
      expect(posToTextOffset(doc, to)).toBe(start + word.length);
    }
  });

  const scriptish = fc.array(
    fc.constantFrom('INT. KÜCHE – TAG', 'EXT. HAFEN - NACHT', 'INNEN. BÜRO', 'ANNA', 'DR. TOM (V.O.)', '(leise)', 'Wo warst du?', '# Folge', '', '', 'Sie geht.', ' ', 'ß', '😀', '\t(', 'CUT TO:'),
    { maxLength: 30 },
  ).map((lines) => lines.join('\n'));

  it('round-trips any script-like text exactly', () => {
    fc.assert(fc.property(scriptish, (text) => {
      expect(docToText(textToDoc(text))).toBe(text);
    }));
  });

  it('maps every offset of any script-like text to a position and back to the same offset', () => {
    fc.assert(fc.property(scriptish, (text) => {
      const doc = textToDoc(text);
      for (let offset = 0; offset <= text.length; offset++) {
        // Offsets inside a "# " heading marker go to the heading's start; every other offset comes back unchanged.
        const lineStart = offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
        const marker = /^#{1,3} /.exec(text.slice(lineStart))?.[0].length ?? 0;
        const expected = offset - lineStart < marker ? lineStart + marker : offset;
        expect(posToTextOffset(doc, textOffsetToPos(doc, offset))).toBe(expected);
      }
    }));
  });
});
