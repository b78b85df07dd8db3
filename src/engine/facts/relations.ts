// What each relation predicate means: its kind, direction, single-valuedness and inverse ("A's father is B" ⇒ "B's child is A").
import type { Gender } from './lang/factLexicon';

/**
 * A relation fact reads "<object> is <subject>'s <predicate>". Categories group predicates that describe the
 * same tie; `up` marks that the object is the elder / superior side of a directed tie.
 */
export interface RelationMeaning {
  category: 'parent' | 'sibling' | 'cousin' | 'pibling' | 'grandparent' | 'spouse' | 'partner' | 'ex' | 'step' | 'in-law' | 'foster' | 'friend' | 'colleague' | 'superior' | 'neighbour';
  /** For directed categories: true when the object is the parent / elder / superior. */
  up?: boolean;
  /** Gender of the object the predicate implies. */
  gender?: Gender;
  family: boolean;
}

export const RELATIONS: Record<string, RelationMeaning> = {
  father: { category: 'parent', up: true, gender: 'male', family: true },
  mother: { category: 'parent', up: true, gender: 'female', family: true },
  parent: { category: 'parent', up: true, family: true },
  son: { category: 'parent', up: false, gender: 'male', family: true },
  daughter: { category: 'parent', up: false, gender: 'female', family: true },
  child: { category: 'parent', up: false, family: true },
  brother: { category: 'sibling', gender: 'male', family: true },
  sister: { category: 'sibling', gender: 'female', family: true },
  sibling: { category: 'sibling', family: true },
  cousin: { category: 'cousin', family: true },
  uncle: { category: 'pibling', up: true, gender: 'male', family: true },
  aunt: { category: 'pibling', up: true, gender: 'female', family: true },
  nephew: { category: 'pibling', up: false, gender: 'male', family: true },
  niece: { category: 'pibling', up: false, gender: 'female', family: true },
  grandfather: { category: 'grandparent', up: true, gender: 'male', family: true },
  grandmother: { category: 'grandparent', up: true, gender: 'female', family: true },
  grandparent: { category: 'grandparent', up: true, family: true },
  grandson: { category: 'grandparent', up: false, gender: 'male', family: true },
  granddaughter: { category: 'grandparent', up: false, gender: 'female', family: true },
  grandchild: { category: 'grandparent', up: false, family: true },
  husband: { category: 'spouse', gender: 'male', family: true },
  wife: { category: 'spouse', gender: 'female', family: true },
  spouse: { category: 'spouse', family: true },
  partner: { category: 'partner', family: false },
  fiance: { category: 'partner', family: false },
  'ex-partner': { category: 'ex', family: false },
  stepfather: { category: 'step', up: true, gender: 'male', family: true },
  stepmother: { category: 'step', up: true, gender: 'female', family: true },
  stepparent: { category: 'step', up: true, family: true },
  stepchild: { category: 'step', up: false, family: true },
  stepsibling: { category: 'step', family: true },
  'in-law': { category: 'in-law', family: true },
  foster: { category: 'foster', family: true },
  friend: { category: 'friend', family: false },
  colleague: { category: 'colleague', family: false },
  superior: { category: 'superior', up: true, family: false },
  subordinate: { category: 'superior', up: false, family: false },
  neighbour: { category: 'neighbour', family: false },
};

/** Predicates where a person has at most one object at a time. */
export const SINGLE_VALUED = new Set(['father', 'mother', 'husband', 'wife', 'spouse']);

const gendered = (g: Gender | undefined, male: string, female: string, neutral: string): string =>
  g === 'male' ? male : g === 'female' ? female : neutral;

/**
 * The inverse of "<object> is <subject>'s <predicate>", as a predicate of the object's view:
 * "<subject> is <object>'s <inverse>". `subjectGender` picks son vs daughter and the like.
 */
export function inversePredicate(predicate: string, subjectGender: Gender | undefined): string | undefined {
  const m = RELATIONS[predicate];
  if (!m) return undefined;
  switch (m.category) {
    case 'parent':
      return m.up ? gendered(subjectGender, 'son', 'daughter', 'child') : gendered(subjectGender, 'father', 'mother', 'parent');
    case 'sibling':
      return gendered(subjectGender, 'brother', 'sister', 'sibling');
    case 'pibling':
      return m.up ? gendered(subjectGender, 'nephew', 'niece', 'nephew') : gendered(subjectGender, 'uncle', 'aunt', 'uncle');
    case 'grandparent':
      return m.up ? gendered(subjectGender, 'grandson', 'granddaughter', 'grandchild') : gendered(subjectGender, 'grandfather', 'grandmother', 'grandparent');
    case 'spouse':
      return gendered(subjectGender, 'husband', 'wife', 'spouse');
    case 'step':
      if (predicate === 'stepsibling') return 'stepsibling';
      return m.up ? 'stepchild' : 'stepparent';
    case 'superior':
      return m.up ? 'subordinate' : 'superior';
    default:
      return predicate;
  }
}

export function isRelation(predicate: string): boolean {
  return predicate in RELATIONS;
}
