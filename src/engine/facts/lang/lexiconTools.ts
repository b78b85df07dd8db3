// Small builders that let the per-language lexicons list inflected forms compactly as data.
import type { Gender, RelationNoun, RoleNoun } from './factLexicon';

/** "vater väter vaters vätern" → each form mapped to the same relation. */
export function relationForms(
  table: [forms: string, predicate: string, gender?: Gender, plural?: boolean][],
): Record<string, RelationNoun> {
  const out: Record<string, RelationNoun> = {};
  for (const [forms, predicate, gender, plural] of table) {
    for (const f of forms.split(/\s+/).filter(Boolean)) out[f] = { predicate, gender, plural };
  }
  return out;
}

/** "arzt ärzte arztes" → each form mapped to the same role family. */
export function roleForms(table: [forms: string, family: string, rank?: number, gender?: Gender][]): Record<string, RoleNoun> {
  const out: Record<string, RoleNoun> = {};
  for (const [forms, family, rank, gender] of table) {
    for (const f of forms.split(/\s+/).filter(Boolean)) out[f] = { family, rank, gender };
  }
  return out;
}

/** "blau blaue blauen blauer" → each form mapped to one value. */
export function valueForms<T extends string | number>(table: [forms: string, value: T][]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [forms, value] of table) for (const f of forms.split(/\s+/).filter(Boolean)) out[f] = value;
  return out;
}
