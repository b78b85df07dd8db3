// Guesses whether an episode is German or English from its most frequent function words.
import type { Language } from '../types';

const DE = new Set(
  ('der die das und ist nicht sich ein eine einer einen einem mit auf den dem des zu zum zur sie er ich es wir ihr auch aber dass wird wurde ' +
    'sein seine ihre von im für nach wie noch bei um am sind war haben hat kann nur oder vor bis mehr durch man dann heute kommt geht ' +
    'doch schon sehr über unter wieder immer')
    .split(' '),
);
const EN = new Set(
  ('the and is not a an with on to of she he i it we you his her that was were be their from for after as but have had ' +
    'this they them what which who would will could there been into out up about then when than just more some only over')
    .split(' '),
);

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
