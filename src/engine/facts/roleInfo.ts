// Looks up a job title as written ("Chefarzt", "senior nurse", "Bäckermeister") in the German and English lexicons: its family and rank.
import { jobNoun } from './jobNouns';
import { de } from './lang/de';
import { en } from './lang/en';
import type { FactLexicon, RoleNoun } from './lang/factLexicon';

function lookup(lex: FactLexicon, language: 'de' | 'en', word: string): RoleNoun | undefined {
  const words = word.toLowerCase().split(/\s+/);
  const head = words[words.length - 1];
  const prefixRank = words.length > 1 ? lex.rankPrefixes[words[words.length - 2]] : undefined;
  const found = jobNoun(lex, language, head);
  return found ? { ...found, rank: found.rank ?? prefixRank } : undefined;
}

/** Family ("doctor", "nurse", "position:head", "job:hafenmeister" …) and rank of a job title, if the lexicons know it. */
export function roleInfo(word: string): RoleNoun | undefined {
  return lookup(de, 'de', word) ?? lookup(en, 'en', word);
}
