// Recognises the screenplay layout of imported scripts line by line: scene headings, character cues, dialogue, parentheticals.

/** What one line of an episode's text is in the editor. */
export type LineKind = 'paragraph' | 'heading' | 'scene_heading' | 'character' | 'dialogue' | 'parenthetical';

/** The screenplay block types, in the order Tab cycles through them (after the plain paragraph, "action"). */
export const screenplayKinds = ['scene_heading', 'character', 'dialogue', 'parenthetical'] as const;
export type ScreenplayKind = (typeof screenplayKinds)[number];

export const headingPattern = /^(#{1,3}) /;

/**
 * A scene heading starts with the place marker in capitals, English or German, followed by a dot or a space:
 * "INT. KÜCHE – TAG", "EXT. HARBOUR - NIGHT", "INNEN. BÜRO – NACHT", "INT./EXT. AUTO", "I/E WAGEN".
 * Capitals only, so a German sentence starting "Innen ist es still." stays prose.
 */
const scenePattern = /^(?:INT\.?\/EXT|EXT\.?\/INT|INNEN\/AUSSEN|AUSSEN\/INNEN|INT|EXT|EST|I\/E|INNEN|AUSSEN|AUẞEN)(\.|\s)/u;

/** With a dot after the marker any heading counts; with only a space the rest must be in capitals too ("INNEN ist es …" is prose). */
export function isSceneHeadingLine(line: string): boolean {
  const match = scenePattern.exec(line);
  return !!match && (match[1] === '.' || !/\p{Ll}/u.test(line));
}

/** A character cue: a short line in capitals ("ANNA", "DR. KATHRIN GLOBISCH (V.O.)", "STEEL (cont'd) ^"). */
export function isCueLine(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed || trimmed.length > 50 || trimmed !== line.trimEnd() || /^[#!>=~@.]/.test(trimmed) || trimmed.endsWith(':')) return false;
  if (isSceneHeadingLine(trimmed)) return false;
  const name = trimmed.replace(/\^\s*$/, '').replace(/\s*\([^)]*\)/g, '');
  return /\p{Lu}/u.test(name) && !/\p{Ll}/u.test(name);
}

export const isParentheticalLine = (line: string): boolean => /^\s*\(.*\)\s*$/.test(line);

/**
 * The kind of every line. Screenplay kinds are used only when the text reads as a script (a scene heading, or at
 * least two dialogue blocks); a synopsis stays paragraphs and headings. A cue needs a blank line (or the start)
 * before it and a line after it; the lines after a cue up to the next blank line are dialogue and parentheticals.
 */
export function classifyLines(lines: readonly string[]): LineKind[] {
  const kinds: LineKind[] = lines.map((line) => (headingPattern.test(line) ? 'heading' : 'paragraph'));
  let scenes = 0;
  let cues = 0;
  const screenplay: LineKind[] = [...kinds];
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] === 'heading') continue;
    const line = lines[i];
    if (isSceneHeadingLine(line)) {
      screenplay[i] = 'scene_heading';
      scenes++;
      continue;
    }
    const afterBlank = i === 0 || lines[i - 1].trim() === '';
    const next = lines[i + 1];
    if (afterBlank && isCueLine(line) && next !== undefined && next.trim() !== '' && !isSceneHeadingLine(next) && !headingPattern.test(next)) {
      screenplay[i] = 'character';
      cues++;
      let j = i + 1;
      for (; j < lines.length && lines[j].trim() !== '' && !headingPattern.test(lines[j]); j++) {
        screenplay[j] = isParentheticalLine(lines[j]) ? 'parenthetical' : 'dialogue';
      }
      i = j - 1;
    }
  }
  return scenes > 0 || cues >= 2 ? screenplay : kinds;
}
