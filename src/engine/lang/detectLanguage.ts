// Guesses whether an episode is German or English from its most frequent function words.
import type { Language } from '../types';

const DE = new Set('der die das und ist nicht sich ein eine mit auf den dem des zu sie er ich es wir ihr auch aber dass wird wurde sein ihre von im für nach wie noch'.split(' '));
const EN = new Set('the and is not a an with on to of she he i it we you his her that was were be their from in for after as but have had'.split(' '));

/** 'de' or 'en' by counting function words; English when the text gives no evidence either way. */
export function detectLanguage(text: string): Language {
  let de = 0;
  let en = 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (const m of sample.toLowerCase().matchAll(/[a-zäöüß]+/gu)) {
    const w = m[0];
    if (DE.has(w)) de++;
    if (EN.has(w)) en++;
    if (/[äöüß]/u.test(w)) de += 0.5;
  }
  return de > en ? 'de' : 'en';
}
