// Titles, forms of address and roles that stand before a name, with the gender they show, per language.
import { isJobTitleWord, jobTitleGender } from '../facts/jobTitles';
import type { Language } from '../types';

export type Gender = 'female' | 'male';

/** Title word (as written, without its period) → the gender it shows, or null when it shows none. */
const TITLES: Record<Language, Record<string, Gender | null>> = {
  de: {
    Dr: null, Prof: null, Professor: 'male', Professorin: 'female', Doktor: null,
    Frau: 'female', Herr: 'male', Herrn: 'male', Fräulein: 'female',
    Schwester: 'female', Pfleger: 'male', Pflegerin: 'female', Bruder: 'male',
    Oberarzt: 'male', Oberärztin: 'female', Chefarzt: 'male', Chefärztin: 'female', Assistenzarzt: 'male', Assistenzärztin: 'female',
    Arzt: 'male', Ärztin: 'female', Kommissar: 'male', Kommissarin: 'female', Hauptkommissar: 'male', Hauptkommissarin: 'female',
    Inspektor: 'male', Inspektorin: 'female', Pfarrer: 'male', Pastor: 'male', Pastorin: 'female',
    Graf: 'male', Gräfin: 'female', Baron: 'male', Baronin: 'female', Fürst: 'male', Fürstin: 'female',
    König: 'male', Königin: 'female', Prinz: 'male', Prinzessin: 'female', Onkel: 'male', Tante: 'female',
    Bürgermeister: 'male', Bürgermeisterin: 'female', Staatsanwalt: 'male', Staatsanwältin: 'female',
    Richter: 'male', Richterin: 'female', Direktor: 'male', Direktorin: 'female', Oberkommissar: 'male', Oberkommissarin: 'female',
    Kriminalkommissar: 'male', Kriminalkommissarin: 'female', Polizeimeister: 'male', Polizeimeisterin: 'female',
    Hauptmann: 'male', Leutnant: 'male', Major: 'male', Oberst: 'male', General: 'male', Pater: 'male', Kaplan: 'male',
    Sankt: null, St: null, Dipl: null, Ing: null, Mag: null,
  },
  en: {
    Mr: 'male', Mrs: 'female', Ms: 'female', Miss: 'female', Mister: 'male', Madam: 'female', Madame: 'female',
    Dr: null, Doctor: null, Prof: null, Professor: null, Rev: null, Reverend: null,
    Sir: 'male', Lady: 'female', Lord: 'male', Dame: 'female', Master: 'male',
    Sergeant: null, Sgt: null, Inspector: null, Constable: null, Detective: null, Officer: null, Superintendent: null,
    Captain: null, Capt: null, Colonel: null, Col: null, Major: null, General: null, Admiral: null, Lieutenant: null, Lt: null,
    Nurse: null, Sister: 'female', Father: 'male', Brother: 'male', Uncle: 'male', Aunt: 'female',
    Sheriff: null, Deputy: null, Coach: null, Pastor: null, Rabbi: null, Councillor: null, Alderman: null,
    Matron: 'female', Headmaster: 'male', Headmistress: 'female', Vicar: null, Canon: null, Bishop: null, Chief: null, Superintendant: null,
    Judge: null, Senator: null, Governor: null, Mayor: null, Count: 'male', Countess: 'female', Duke: 'male', Duchess: 'female',
    King: 'male', Queen: 'female', Prince: 'male', Princess: 'female', Baron: 'male', Baroness: 'female', St: null, Saint: null,
  },
};

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'Dr', 'Prof', 'Mr', 'Mrs', 'Ms', 'St', 'Sgt', 'Capt', 'Col', 'Lt', 'Rev', 'Jr', 'Sr', 'Nr', 'Dipl', 'Ing', 'Mag',
  'bzw', 'ca', 'usw', 'etc', 'vgl', 'z', 'B', 'd', 'h', 'u', 'a', 'e', 'i', 'g', 'vs', 'No',
]);

/** The same tables as Maps: one hashed lookup per word, no prototype check. */
const TITLE_MAPS: Record<Language, ReadonlyMap<string, Gender | null>> = {
  de: new Map(Object.entries(TITLES.de)),
  en: new Map(Object.entries(TITLES.en)),
};

export function titleGender(language: Language, word: string): Gender | null | undefined {
  return TITLE_MAPS[language].get(word) ?? (TITLE_MAPS[language].has(word) ? null : jobTitleGender(language, word));
}

/** A title of the list, or a job title by the job lexicons and word formation ("Harbourmaster", "Bäckermeisterin"). */
/** A title of address or rank from the closed list (Dr, Frau, Sergeant), not a job word used as one. */
export function isAddressTitle(language: Language, word: string): boolean {
  return TITLE_MAPS[language].has(word);
}

export function isTitle(language: Language, word: string): boolean {
  return TITLE_MAPS[language].has(word) || isJobTitleWord(language, word);
}

/** German titles that are no common noun (abbreviations and "Sankt"): a title even after an article. */
const PURE_TITLES = new Set(['Dr', 'Prof', 'St', 'Dipl', 'Ing', 'Mag', 'Sankt']);

/** Titles that are also common nouns ("die Frau", "seine Schwester"): a title only when no article precedes. */
export function isNounTitle(language: Language, word: string): boolean {
  return language === 'de' ? (TITLE_MAPS.de.has(word) && !PURE_TITLES.has(word)) || isJobTitleWord('de', word) : false;
}

export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word);
}
