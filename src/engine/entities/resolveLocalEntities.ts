// Groups one episode's name mentions into episode-local entities: "Achim Kreutzer" = "Kreutzer" = "Dr. Kreutzer" = "Achim".
import { englishPlaceEnding, germanPlaceEnding } from '../lang/closedClass';
import { givenNameGender, isKnownSurname } from '../lang/lexicon';
import type { Gender } from '../lang/titles';
import type { EntityKind, Language } from '../types';
import type { RawMention } from './findMentions';

/** An entity as one episode shows it, keyed by its fullest name in that episode. */
export interface LocalEntity {
  key: string;
  tokens: string[];
  kind: EntityKind;
  gender?: Gender;
  count: number;
  /** Forms as written without titles or possessives, with counts: { "Kathrin": 7, "Kathrin Globisch": 1 }. */
  forms: Record<string, number>;
  /** Title + name forms seen ("Dr. Kathrin Globisch"). */
  titledForms: string[];
  /** Sentence numbers the entity is named in. */
  sentences: number[];
}

export interface KeyedMention extends RawMention {
  key: string;
}

/** German compounds end in the head (Hauptstraße); English names end in it as a word (Baker Street). */
const PLACE_HEAD = /(straße|strasse|platz|allee|gasse|^weg|^street|^road|^lane|^square|^avenue|^terrace|^crescent|^bridge|^park|^gardens|^row|^hill|^drive|^close|^harbour|^harbor|^pier)$/iu;
const ORG_HEAD = /(klinik|krankenhaus|spital|verlag|^gmbh|^ag|^hospital|^bank|^company|^club|^hotel|^college|^university|^universität|schule|^school|^yard|^office|^station|^church|^museum|^library|^theatre|^theater)$/iu;

const placeEnding: Record<Language, RegExp> = { de: germanPlaceEnding, en: englishPlaceEnding };

/** Assigns every mention an episode-local entity key and describes the entities. */
export function resolveLocalEntities(
  mentions: RawMention[],
  language: Language,
  aliasToName: ReadonlyMap<string, string> = new Map(),
): { mentions: KeyedMention[]; entities: LocalEntity[] } {
  const allTokens = new Set<string>();
  for (const m of mentions) for (const t of m.name) allTokens.add(t);

  // German genitive without apostrophe: "Friedrichs" is "Friedrich" when that form occurs.
  const degenitive = (tokens: string[]): string[] => {
    if (language !== 'de') return tokens;
    const last = tokens[tokens.length - 1];
    const n = last.length;
    if (n >= 2 && last.charCodeAt(n - 1) === 115 && last.charCodeAt(n - 2) !== 115 && allTokens.has(last.slice(0, -1))) {
      return [...tokens.slice(0, -1), last.slice(0, -1)];
    }
    return tokens;
  };
  const normal = mentions.map((m) => degenitive(m.name));
  const joinedNormal = normal.map((tokens) => (tokens.length === 1 ? tokens[0] : tokens.join(' ')));

  // Multi-word names each single word may stand for (as first or last word).
  const multi = new Map<string, Set<string>>();
  for (let i = 0; i < normal.length; i++) {
    const tokens = normal[i];
    if (tokens.length < 2) continue;
    const key = joinedNormal[i];
    for (const t of [tokens[0], tokens[tokens.length - 1]]) {
      let fulls = multi.get(t);
      if (!fulls) multi.set(t, (fulls = new Set()));
      fulls.add(key);
    }
  }
  // A two-word name contained in a longer one ("Sherlock Holmes" in "Mr Sherlock Holmes") maps up too.
  const keyOf = (i: number): string => {
    const tokens = normal[i];
    const joined = joinedNormal[i];
    if (aliasToName.size > 0) {
      const declared = aliasToName.get(joined);
      if (declared) return declared;
    }
    if (tokens.length === 1) {
      const fulls = multi.get(tokens[0]);
      if (fulls && fulls.size === 1) {
        const full = fulls.values().next().value as string;
        return aliasToName.get(full) ?? full;
      }
    }
    return joined;
  };

  // An institution's name ("Weingut Hollerbach") is not the family of the same name.
  const keyed: KeyedMention[] = mentions.map((m, i) => ({ ...m, key: m.orgCue ? joinedNormal[i] : keyOf(i) }));
  const byKey = new Map<string, number[]>();
  for (let i = 0; i < keyed.length; i++) {
    const list = byKey.get(keyed[i].key);
    if (list) list.push(i);
    else byKey.set(keyed[i].key, [i]);
  }

  const entities: LocalEntity[] = [];
  for (const [key, indexes] of byKey) {
    const tokens = key.split(' ');
    const forms: Record<string, number> = {};
    const titled = new Set<string>();
    const sentences = new Set<number>();
    let female = 0;
    let male = 0;
    let placeCues = 0;
    let orgCues = 0;
    let placeNouns = 0;
    let titles = 0;
    for (const i of indexes) {
      const m = keyed[i];
      const form = joinedNormal[i];
      forms[form] = (forms[form] ?? 0) + 1;
      if (m.titles.length) {
        titles++;
        titled.add(m.text.replace(/['’]s?$/u, ''));
      }
      if (m.gender === 'female') female++;
      if (m.gender === 'male') male++;
      if (m.placeCue) placeCues++;
      if (m.orgCue) orgCues++;
      if (m.placeNoun) placeNouns++;
      sentences.add(m.sentence);
    }
    const count = indexes.length;
    let gender: Gender | undefined = female > male ? 'female' : male > female ? 'male' : undefined;
    const given = givenNameGender(tokens[0]);
    if (!gender && given) gender = given;
    const last = tokens[tokens.length - 1];
    let kind: EntityKind = 'character';
    if ((ORG_HEAD.test(last) || orgCues * 2 > count) && titles === 0) kind = 'organisation';
    else if (PLACE_HEAD.test(last) && titles === 0) kind = 'place';
    else if (titles === 0 && given === undefined && placeCues * 2 > count) kind = 'place';
    // "Galway, a fishing town": called a town once, it is one.
    else if (titles === 0 && given === undefined && placeNouns > 0) kind = 'place';
    else if (tokens.length === 1 && titles === 0 && !gender && placeEnding[language].test(last) && !isKnownSurname(last)) kind = 'place';
    entities.push({
      key,
      tokens,
      kind,
      gender,
      count,
      forms,
      titledForms: [...titled],
      sentences: [...sentences],
    });
  }
  return { mentions: keyed, entities };
}
