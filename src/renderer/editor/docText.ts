// Converts an episode's plain text to a ProseMirror document and back, and maps text offsets to positions.
import type { Node as PMNode } from 'prosemirror-model';
import { episodeSchema } from './schema';
import { classifyLines, headingPattern } from './screenplayLines';

/**
 * One line of the text becomes one block: "# " … "### " lines become headings; in a script, scene headings, cues,
 * dialogue and parentheticals keep their whole line as their text (so offsets stay the same); every other line
 * (blank ones too) is a paragraph.
 */
export function textToDoc(text: string): PMNode {
  const lines = text.split('\n');
  const kinds = classifyLines(lines);
  const blocks = lines.map((line, i) => {
    const heading = kinds[i] === 'heading' ? headingPattern.exec(line) : null;
    if (heading) {
      const body = line.slice(heading[0].length);
      return episodeSchema.nodes.heading.create({ level: heading[1].length }, body ? episodeSchema.text(body) : null);
    }
    const type = kinds[i] === 'heading' ? episodeSchema.nodes.paragraph : episodeSchema.nodes[kinds[i]];
    return type.create(null, line ? episodeSchema.text(line) : null);
  });
  return episodeSchema.nodes.doc.create(null, blocks);
}

/** The marker a block's line starts with in the plain text ("## " for a level-2 heading). */
function linePrefix(block: PMNode): string {
  return block.type.name === 'heading' ? `${'#'.repeat(block.attrs.level as number)} ` : '';
}

/** Gives back the plain text: an untouched document yields exactly the text it was made from. */
export function docToText(doc: PMNode): string {
  const lines: string[] = [];
  doc.forEach((block) => lines.push(linePrefix(block) + block.textContent));
  return lines.join('\n');
}

/** Maps a UTF-16 offset of the plain text to a document position (offsets inside a heading marker go to the heading's start). */
export function textOffsetToPos(doc: PMNode, offset: number): number {
  let lineStart = 0;
  let result = -1;
  let lastEnd = 0;
  doc.forEach((block, blockPos) => {
    if (result >= 0) return;
    const prefix = linePrefix(block).length;
    const lineEnd = lineStart + prefix + block.textContent.length;
    const contentStart = blockPos + 1;
    if (offset <= lineEnd) {
      result = contentStart + Math.max(0, offset - lineStart - prefix);
    }
    lastEnd = contentStart + block.content.size;
    lineStart = lineEnd + 1;
  });
  return result >= 0 ? result : lastEnd;
}

/** Maps a document position back to a UTF-16 offset of the plain text. */
export function posToTextOffset(doc: PMNode, pos: number): number {
  let lineStart = 0;
  let result = -1;
  doc.forEach((block, blockPos) => {
    if (result >= 0) return;
    const prefix = linePrefix(block).length;
    const contentStart = blockPos + 1;
    const contentEnd = contentStart + block.content.size;
    if (pos <= contentEnd) result = lineStart + prefix + Math.max(0, pos - contentStart);
    lineStart += prefix + block.textContent.length + 1;
  });
  return result >= 0 ? result : Math.max(0, lineStart - 1);
}
