// Words for relation predicates in German and English, for the rules' summaries.
import type { Language } from '../types';

const WORDS: Record<string, [de: string, en: string]> = {
  father: ['Vater', 'father'],
  mother: ['Mutter', 'mother'],
  parent: ['Elternteil', 'parent'],
  son: ['Sohn', 'son'],
  daughter: ['Tochter', 'daughter'],
  child: ['Kind', 'child'],
  brother: ['Bruder', 'brother'],
  sister: ['Schwester', 'sister'],
  sibling: ['Geschwister', 'sibling'],
  cousin: ['Cousin/Cousine', 'cousin'],
  uncle: ['Onkel', 'uncle'],
  aunt: ['Tante', 'aunt'],
  nephew: ['Neffe', 'nephew'],
  niece: ['Nichte', 'niece'],
  grandfather: ['Großvater', 'grandfather'],
  grandmother: ['Großmutter', 'grandmother'],
  grandparent: ['Großelternteil', 'grandparent'],
  grandson: ['Enkel', 'grandson'],
  granddaughter: ['Enkelin', 'granddaughter'],
  grandchild: ['Enkelkind', 'grandchild'],
  husband: ['Ehemann', 'husband'],
  wife: ['Ehefrau', 'wife'],
  spouse: ['Ehepartner', 'spouse'],
  partner: ['Partner', 'partner'],
  fiance: ['Verlobte(r)', 'fiancé(e)'],
  'ex-partner': ['Ex-Partner', 'ex-partner'],
  stepfather: ['Stiefvater', 'stepfather'],
  stepmother: ['Stiefmutter', 'stepmother'],
  stepparent: ['Stiefelternteil', 'step-parent'],
  stepchild: ['Stiefkind', 'stepchild'],
  stepsibling: ['Stiefgeschwister', 'stepsibling'],
  'in-law': ['angeheiratete(r) Verwandte(r)', 'in-law'],
  foster: ['Pflege-/Adoptivfamilie', 'foster family'],
  friend: ['Freund(in)', 'friend'],
  colleague: ['Kollege/Kollegin', 'colleague'],
  superior: ['Vorgesetzte(r)', 'superior'],
  subordinate: ['Mitarbeiter(in)', 'subordinate'],
  neighbour: ['Nachbar(in)', 'neighbour'],
};

/** "Vater" / "father" for a relation predicate. */
export function relationWord(predicate: string, language: Language): string {
  const w = WORDS[predicate];
  if (!w) return predicate;
  return language === 'en' ? w[1] : w[0];
}
