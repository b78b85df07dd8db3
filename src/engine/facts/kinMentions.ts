// Kinship words inside name mentions ("Tante Gerda", "Bruder Paul", "Uncle Ted") are relation nouns for fact extraction, not part of the name.
import type { Mention } from '../types';
import type { FactLexicon } from './lang/factLexicon';

/** Relation predicates whose noun can stand before a name as a form of address. */
const KIN_TITLES = new Set(['father', 'mother', 'brother', 'sister', 'uncle', 'aunt', 'cousin', 'grandfather', 'grandmother', 'nephew', 'niece']);
const FIRST_WORD = /^[\p{L}\p{M}-]+/u;

/**
 * The mentions fact extraction should see: a leading kinship word is cut off the mention ("Tante Gerda" → "Gerda",
 * so "ihrer Tante Gerda" reads as a relation phrase), and a mention that is nothing but a relation noun ("Ehemann"
 * taken for a name) is dropped. Other mentions are returned unchanged (the same objects).
 */
export function kinTrimmedMentions(mentions: Mention[], lex: FactLexicon): Mention[] {
  let changed = false;
  const out: Mention[] = [];
  for (const m of mentions) {
    const first = FIRST_WORD.exec(m.text)?.[0];
    const rel = first ? lex.relationNouns[first.toLowerCase()] : undefined;
    if (!first || !rel) {
      out.push(m);
      continue;
    }
    if (first.length === m.text.length) {
      changed = true;
      continue;
    }
    if (!KIN_TITLES.has(rel.predicate) || rel.plural) {
      out.push(m);
      continue;
    }
    changed = true;
    const rest = m.text.slice(first.length);
    const skip = first.length + (rest.length - rest.trimStart().length);
    if (skip >= m.text.length) continue;
    out.push({ ...m, start: m.start + skip, text: m.text.slice(skip) });
  }
  return changed ? out : mentions;
}
