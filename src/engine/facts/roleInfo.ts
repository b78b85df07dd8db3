// Looks up a job title as written ("Chefarzt", "senior nurse") in the German and English lexicons: its family and rank.
import { de } from './lang/de';
import { en } from './lang/en';
import type { FactLexicon, RoleNoun } from './lang/factLexicon';

function lookup(lex: FactLexicon, word: string): RoleNoun | undefined {
  const words = word.toLowerCase().split(/\s+/);
  const head = words[words.length - 1];
  const prefixRank = words.length > 1 ? lex.rankPrefixes[words[words.length - 2]] : undefined;
  const direct = lex.roleNouns[head];
  if (direct) return { ...direct, rank: direct.rank ?? prefixRank };
  for (const suffix of lex.roleSuffixes) {
    if (head.length > suffix.length + 2 && head.endsWith(suffix) && lex.roleNouns[suffix]) {
      const base = lex.roleNouns[suffix];
      return { ...base, rank: lex.rankPrefixes[head.slice(0, -suffix.length)] ?? base.rank ?? prefixRank };
    }
  }
  return undefined;
}

/** Family ("doctor", "nurse", "position:head" …) and rank of a job title, if the lexicons know it. */
export function roleInfo(word: string): RoleNoun | undefined {
  return lookup(de, word) ?? lookup(en, word);
}
