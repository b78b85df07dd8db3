import { describe, expect, it } from 'vitest';
import { textOffsetToPos, textToDoc } from './docText';
import { textOffsetMapper } from './textOffsetMapper';

describe('textOffsetMapper', () => {
  it('gives the same positions as textOffsetToPos for every offset, headings, blank lines and scripts included', () => {
    const texts = [
      '# Folge 1\n\nAnna kommt.\n## Szene\nTom geht.\n',
      'INT. KRANKENHAUS - NACHT\n\nANNA\n(leise)\nWo ist Tom?\n\nTom schweigt.',
      '',
      'ein Satz ohne Zeilenende',
    ];
    for (const text of texts) {
      const doc = textToDoc(text);
      const mapper = textOffsetMapper(doc);
      expect(mapper.text).toBe(text);
      for (let offset = 0; offset <= text.length + 2; offset++) expect([text, offset, mapper.toPos(offset)]).toEqual([text, offset, textOffsetToPos(doc, offset)]);
    }
  });
});
