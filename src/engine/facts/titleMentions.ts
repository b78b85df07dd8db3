// Kinship words and job titles inside name mentions ("Tante Gerda", "Uncle Ted", "Richterin Carolin Fenske") are nouns for fact extraction, not part of the name.
import type { Language, Mention } from '../types';
import { jobNoun } from './jobNouns';
import { de } from './lang/de';
import type { FactLexicon } from './lang/factLexicon';

/** Relation predicates whose noun can stand before a name as a form of address. */
const KIN_TITLES = new Set(['father', 'mother', 'brother', 'sister', 'uncle', 'aunt', 'cousin', 'grandfather', 'grandmother', 'nephew', 'niece']);
const FIRST_WORD = /^[\p{L}\p{M}-]+/u;

/** Is the word a job noun of the lexicon, directly or as a compound ("Dorfwirtin", "Oberkommissar", "Bäckermeister", "Harbourmaster")? */
function isJobTitle(lex: FactLexicon, lower: string): boolean {
  const language: Language = lex === de ? 'de' : 'en';
  return !!jobNoun(lex, language, lower);
}

/**
 * The mentions fact extraction should see: a leading kinship word or job title is cut off the mention ("Tante Gerda" →
 * "Gerda", so "ihrer Tante Gerda" reads as a relation phrase; "Richterin Carolin Fenske" → "Carolin Fenske", so the title
 * reads as her job), and a mention that is nothing but a relation noun ("Ehemann" taken for a name) is dropped. Other
 * mentions are returned unchanged (the same objects).
 */
export function titleTrimmedMentions(mentions: Mention[], lex: FactLexicon): Mention[] {
  let changed = false;
  const out: Mention[] = [];
  for (const m of mentions) {
    const first = FIRST_WORD.exec(m.text)?.[0];
    const lower = first?.toLowerCase() ?? '';
    const rel = first ? lex.relationNouns[lower] : undefined;
    if (!first || (!rel && !isJobTitle(lex, lower))) {
      out.push(m);
      continue;
    }
    if (first.length === m.text.length) {
      // A lone relation noun is no name; a lone job word may be a surname ("Koch", "Richter") and stays.
      if (rel) changed = true;
      else out.push(m);
      continue;
    }
    if (rel && (!KIN_TITLES.has(rel.predicate) || rel.plural)) {
      out.push(m);
      continue;
    }
    const rest = m.text.slice(first.length);
    const skip = first.length + (rest.length - rest.trimStart().length);
    if (skip >= m.text.length || rest.trimStart().startsWith("'") || !/^\s/u.test(rest)) {
      out.push(m);
      continue;
    }
    changed = true;
    out.push({ ...m, start: m.start + skip, text: m.text.slice(skip) });
  }
  return changed ? out : mentions;
}
