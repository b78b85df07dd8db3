// Checks that episodes survive the trip into the editor and back, and that evidence offsets land on the right words.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { docToText, posToTextOffset, textOffsetToPos, textToDoc } from './docText';

describe('docText', () => {
  it('gives back the episode text exactly, blank lines and headings included', () => {
    const text = '# Folge 1: Nachtdienst\n\nKathrin Globisch kommt zu spät.\n\n\n## Szene 2\nLukas wartet.\n';
    const doc = textToDoc(text);
    expect(docToText(doc)).toBe(text);
    expect(doc.child(0).type.name).toBe('heading');
    expect(doc.child(1).type.name).toBe('paragraph');
  });

  it('round-trips any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'ä', '#', ' ', '\n', '\t', 'Z', '😀') }), (text) => {
        expect(docToText(textToDoc(text))).toBe(text);
      }),
    );
  });

  it('maps evidence offsets to the positions of the quoted words and back', () => {
    const text = '# Titel\n\nDr. Katrin Globisch operiert.\nKathrins Bruder kommt.';
    const doc = textToDoc(text);
    for (const word of ['Titel', 'Katrin', 'operiert', 'Kathrins', 'kommt']) {
      const start = text.indexOf(word);
      const from = textOffsetToPos(doc, start);
      const to = textOffsetToPos(doc, start + word.length);
      expect(doc.textBetween(from, to)).toBe(word);
      expect(posToTextOffset(doc, from)).toBe(start);
      expect(posToTextOffset(doc, to)).toBe(start + word.length);
    }
  });

  it('clamps offsets past the end to the end of the document', () => {
    const doc = textToDoc('abc\ndef');
    expect(textOffsetToPos(doc, 999)).toBe(doc.content.size - 1);
  });
});
