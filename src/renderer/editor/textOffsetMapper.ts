// Maps many plain-text offsets of one document to positions at O(log blocks) each (textOffsetToPos walks every block per call).
import type { Node as PMNode } from 'prosemirror-model';
import { docToText } from './docText';

export interface TextOffsetMapper {
  /** The document's plain text (docToText), computed once. */
  text: string;
  /** The same position textOffsetToPos(doc, offset) gives. */
  toPos(offset: number): number;
}

export function textOffsetMapper(doc: PMNode): TextOffsetMapper {
  const text = docToText(doc);
  const lines = text.split('\n');
  const lineEnds: number[] = [];
  const starts: number[] = [];
  const prefixes: number[] = [];
  const contentStarts: number[] = [];
  let lineStart = 0;
  let lastEnd = 0;
  let i = 0;
  doc.forEach((block, blockPos) => {
    const length = lines[i]?.length ?? block.textContent.length;
    // The line's marker ("## ") is whatever docToText put before the block's own text.
    prefixes.push(Math.max(0, length - block.textContent.length));
    starts.push(lineStart);
    lineEnds.push(lineStart + length);
    contentStarts.push(blockPos + 1);
    lastEnd = blockPos + 1 + block.content.size;
    lineStart += length + 1;
    i++;
  });
  return {
    text,
    toPos(offset) {
      // The first line whose end is at or after the offset.
      let lo = 0;
      let hi = lineEnds.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (lineEnds[mid] >= offset) hi = mid;
        else lo = mid + 1;
      }
      if (lo >= lineEnds.length) return lastEnd;
      return contentStarts[lo] + Math.max(0, offset - starts[lo] - prefixes[lo]);
    },
  };
}
