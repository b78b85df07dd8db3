// Reads the name words out of a mention as written: drops titles, periods and possessive endings.
import { isTitle } from '../lang/titles';
import type { Language } from '../types';
import { stripPossessive } from './findMentions';

/** "Dr. Kathrin Globisch's" → ["Kathrin", "Globisch"]. */
export function nameTokens(text: string, language: Language): string[] {
  const words = text.split(/\s+/u).filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && isTitle(language, words[i].replace(/\.$/u, ''))) i++;
  return words.slice(i).map((w, k, all) => (k === all.length - 1 ? stripPossessive(w) : w));
}
