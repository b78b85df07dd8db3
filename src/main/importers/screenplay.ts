// The screenplay elements Fountain and FDX share, and how they become an episode's plain text and known characters.
import type { ImportedEpisode } from './importTypes';

export type ScreenplayElementType =
  | 'scene'
  | 'action'
  | 'character'
  | 'dialogue'
  | 'parenthetical'
  | 'transition'
  | 'centered'
  | 'lyrics'
  | 'section'
  | 'synopsis'
  | 'note'
  | 'pagebreak';

export interface ScreenplayElement {
  type: ScreenplayElementType;
  text: string;
  /** Section depth (1 = "#"). */
  depth?: number;
  /** Character cue of dual dialogue. */
  dual?: boolean;
}

export interface Screenplay {
  /** Title page fields, keys in lower case ("title", "author", "credit" …). */
  titlePage: Record<string, string>;
  elements: ScreenplayElement[];
}

/** The name in a character cue without extensions: "STEEL (V.O.) ^" → "STEEL". */
export function cueName(cue: string): string {
  return cue
    .replace(/^@/, '')
    .replace(/\^\s*$/, '')
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "DR. KATHRIN GLOBISCH" → "Dr. Kathrin Globisch"; names already in mixed case stay as written. */
export function displayName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s\-'.])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Removes Fountain emphasis markers (*, **, ***, _) and backslash escapes, keeping the words. */
export function plainEmphasis(text: string): string {
  if (!/[*_\\]/.test(text)) return text;
  return text
    .replace(/\\([*_\\])/g, (_m, c: string) => `\u0000${c.charCodeAt(0)}\u0000`)
    .replace(/(\*{1,3})(?=\S)([^*\n]*?\S)\1/g, '$2')
    .replace(/_(?=\S)([^_\n]*?\S)_/g, '$1')
    .replace(/\u0000(\d+)\u0000/g, (_m, c: string) => String.fromCharCode(Number(c)));
}

/** Renders a screenplay as episode text: title heading, sections as headings, scenes, action, dialogue blocks. */
export function screenplayToEpisode(play: Screenplay, fallbackTitle: string): { episode: ImportedEpisode; warnings: string[] } {
  const blocks: string[] = [];
  const title = (play.titlePage.title ?? '').replace(/\s*\n\s*/g, ' ').trim();
  const cleanTitle = plainEmphasis(title) || fallbackTitle;
  if (title) blocks.push(`# ${cleanTitle}`);
  const names: string[] = [];
  const seen = new Set<string>();
  let dialogue: string[] | undefined;
  let skippedNotes = 0;
  let skippedSynopses = 0;
  const flush = () => {
    if (dialogue) blocks.push(dialogue.join('\n'));
    dialogue = undefined;
  };
  for (const el of play.elements) {
    const text = plainEmphasis(el.text).trim();
    if (el.type === 'dialogue' || el.type === 'parenthetical' || (el.type === 'lyrics' && dialogue)) {
      if (!dialogue) dialogue = [];
      if (text) dialogue.push(text);
      continue;
    }
    flush();
    switch (el.type) {
      case 'character': {
        dialogue = [text];
        const name = displayName(cueName(el.text));
        if (name && /\p{L}/u.test(name) && !seen.has(name.toLowerCase())) {
          seen.add(name.toLowerCase());
          names.push(name);
        }
        break;
      }
      case 'section':
        if (text) blocks.push(`${'#'.repeat(Math.min(6, (el.depth ?? 1) + 1))} ${text}`);
        break;
      case 'note':
        skippedNotes++;
        break;
      case 'synopsis':
        skippedSynopses++;
        break;
      case 'pagebreak':
        break;
      default:
        if (text) blocks.push(text);
    }
  }
  flush();
  const warnings: string[] = [];
  if (skippedNotes) warnings.push(`${fallbackTitle}: ${skippedNotes} note(s) were left out of the episode text.`);
  if (skippedSynopses) warnings.push(`${fallbackTitle}: ${skippedSynopses} synopsis line(s) were left out of the episode text.`);
  return { episode: { title: cleanTitle, text: `${blocks.join('\n\n')}\n`, knownCharacters: names }, warnings };
}
