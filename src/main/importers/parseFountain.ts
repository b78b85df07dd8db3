// Parses Fountain screenplay text into elements: title page, scenes, action, cues, dialogue, notes, boneyard, sections, synopses.
import type { Deadline } from './deadline';
import type { Screenplay, ScreenplayElement } from './screenplay';

const sceneStart = /^(?:INT|EXT|EST|INT\.?\/EXT|I\/E)[. ]/i;
const titleKey = /^([A-Za-z][A-Za-z0-9 _-]{0,40}):(.*)$/;

function parseTitlePage(lines: string[]): { titlePage: Record<string, string>; rest: number } {
  const titlePage: Record<string, string> = {};
  if (!titleKey.test(lines[0] ?? '')) return { titlePage, rest: 0 };
  let key = '';
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') break;
    const m = titleKey.exec(line);
    if (m && !/^\s/.test(line)) {
      key = m[1].trim().toLowerCase();
      titlePage[key] = m[2].trim();
    } else if (key && /^(\s{2,}|\t)/.test(line)) {
      titlePage[key] = titlePage[key] ? `${titlePage[key]}\n${line.trim()}` : line.trim();
    } else {
      return { titlePage: {}, rest: 0 };
    }
  }
  // A lone "CUT TO:" or "NOTE:" line is not a title page: every key needs a value.
  if (Object.values(titlePage).some((v) => v === '')) return { titlePage: {}, rest: 0 };
  return { titlePage, rest: i };
}

/** Drops /* boneyard *\/ spans (an unclosed one is left as text); linear in the input. */
function removeBoneyard(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('/*', from);
    if (open < 0) break;
    const close = text.indexOf('*/', open + 2);
    if (close < 0) break;
    out += text.slice(from, open);
    from = close + 2;
  }
  return out + text.slice(from);
}

/** Replaces [[notes]]; a note cannot span an empty line (a line of two spaces is allowed). Linear in the input. */
function replaceNotes(text: string, replace: (note: string) => string): string {
  const blank = /\n[ \t]?\n/g;
  let out = '';
  let from = 0;
  let search = 0;
  let close = -1;
  for (;;) {
    const open = text.indexOf('[[', search);
    if (open < 0) break;
    if (close < open + 2) close = text.indexOf(']]', open + 2);
    if (close < 0) break;
    blank.lastIndex = open;
    const gap = blank.exec(text);
    if (gap && gap.index < close) {
      search = gap.index + 1;
      continue;
    }
    out += text.slice(from, open) + replace(text.slice(open + 2, close));
    from = search = close + 2;
  }
  return out + text.slice(from);
}

const isUpperCue = (line: string): boolean => {
  if (line.length > 120) return false;
  const name = line.replace(/\^\s*$/, '').replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (!name || name.endsWith(':') || name.length > 60) return false;
  return /\p{L}/u.test(name) && name === name.toUpperCase() && /^[\p{Lu}\d]/u.test(name);
};

/** Parses Fountain text (\n line endings). Notes become 'note' elements; the boneyard is dropped. */
export function parseFountain(source: string, deadline?: Deadline): Screenplay {
  let text = removeBoneyard(source.replace(/^\ufeff/, '').replace(/\t/g, '    '));
  const notes: string[] = [];
  text = replaceNotes(text, (n) => {
    notes.push(n.trim());
    return `\u0001${notes.length - 1}\u0001`;
  });
  const lines = text.split('\n');
  const { titlePage, rest } = parseTitlePage(lines);
  const elements: ScreenplayElement[] = [];
  const push = (type: ScreenplayElement['type'], t: string, extra: Partial<ScreenplayElement> = {}) => {
    const parts = t.split(/\u0001(\d+)\u0001/);
    let body = '';
    for (let k = 0; k < parts.length; k++) {
      if (k % 2 === 1) elements.push({ type: 'note', text: notes[Number(parts[k])] ?? '' });
      else body += parts[k];
    }
    if (body.trim() || type === 'pagebreak') elements.push({ type, text: body.trim(), ...extra });
  };
  let inDialogue = false;
  let prevBlank = true;
  let actionOpen = false;
  for (let i = rest; i < lines.length; i++) {
    deadline?.check();
    const line = lines[i];
    const trimmed = line.trim();
    const next = lines[i + 1];
    const nextBlank = next === undefined || next.trim() === '';
    if (trimmed === '') {
      if (inDialogue && line.length >= 2 && !nextBlank) {
        const last = elements[elements.length - 1];
        if (last?.type === 'dialogue') last.text += '\n';
        continue;
      }
      inDialogue = false;
      actionOpen = false;
      prevBlank = true;
      continue;
    }
    if (/^\u0001\d+\u0001$/.test(trimmed)) {
      push('note', trimmed);
      prevBlank = false;
      continue;
    }
    if (inDialogue) {
      if (/^\(.*\)$/.test(trimmed)) push('parenthetical', trimmed);
      else if (trimmed.startsWith('~')) push('lyrics', trimmed.slice(1).trim());
      else {
        const last = elements[elements.length - 1];
        if (last?.type === 'dialogue') last.text += `\n${trimmed}`;
        else push('dialogue', trimmed);
      }
      prevBlank = false;
      continue;
    }
    let handled = true;
    if (/^={3,}$/.test(trimmed)) push('pagebreak', '');
    else if (/^#+/.test(trimmed)) {
      const m = /^(#+)\s*(.*)$/.exec(trimmed)!;
      push('section', m[2], { depth: m[1].length });
    } else if (/^=(?!=)/.test(trimmed)) push('synopsis', trimmed.slice(1).trim());
    else if (/^>.*<$/.test(trimmed)) push('centered', trimmed.slice(1, -1).trim());
    else if (trimmed.startsWith('>')) push('transition', trimmed.slice(1).trim());
    else if (trimmed.startsWith('~')) push('lyrics', trimmed.slice(1).trim());
    else if (/^\.[^.]/.test(trimmed)) push('scene', trimmed.slice(1).replace(/\s*#[^#]+#\s*$/, ''));
    else if (prevBlank && sceneStart.test(trimmed)) push('scene', trimmed.replace(/\s*#[^#]+#\s*$/, ''));
    else if (prevBlank && nextBlank && /^[^a-z]*TO:$/.test(line.trimStart()) && trimmed === trimmed.toUpperCase()) push('transition', trimmed);
    else if (trimmed.startsWith('!')) {
      handled = false;
    } else if (prevBlank && !nextBlank && (/^@/.test(trimmed) || isUpperCue(trimmed))) {
      push('character', trimmed.replace(/^@/, '').replace(/\s*\^\s*$/, ''), trimmed.trimEnd().endsWith('^') ? { dual: true } : {});
      inDialogue = true;
    } else handled = false;
    if (!handled) {
      const body = trimmed.startsWith('!') ? line.replace(/^(\s*)!/, '$1') : line;
      const last = elements[elements.length - 1];
      if (actionOpen && last?.type === 'action') last.text += `\n${body.trim()}`;
      else {
        const before = elements.length;
        push('action', body.trim());
        actionOpen = elements.length > before && elements[elements.length - 1].type === 'action';
        prevBlank = false;
        continue;
      }
      actionOpen = true;
    } else actionOpen = false;
    prevBlank = false;
  }
  return { titlePage, elements };
}
