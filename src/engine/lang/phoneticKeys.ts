// Phonetic codes of a name for blocking spelling-variant candidates: Kölner Phonetik and Double Metaphone.
import { colognePhonetic } from 'cologne-phonetic';
import { doubleMetaphone } from 'double-metaphone';
import type { Language } from '../types';

/** Blocking keys of a name token; two spellings of one name share at least one key. */
export function phoneticKeys(name: string, language: Language): string[] {
  const keys: string[] = [];
  if (language === 'de') {
    const c = colognePhonetic(name);
    if (c) keys.push('k:' + c);
  }
  const [primary, secondary] = doubleMetaphone(name);
  if (primary) keys.push('m:' + primary);
  if (secondary && secondary !== primary) keys.push('m:' + secondary);
  return keys;
}
