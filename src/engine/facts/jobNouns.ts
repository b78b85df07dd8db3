// Job nouns by productive word formation: "Bäckermeister", "Oberförsterin", "Gemüsehändler", "harbourmaster", "sub-editor".
import type { FactLexicon, RoleNoun } from './lang/factLexicon';

type Lang = 'de' | 'en';

/** German ranks built into a compound's first part ("Oberkommissar", "Chefredakteurin", "Hauptbrandmeister"). */
const DE_RANK_PREFIXES: [string, number][] = [['chef', 3], ['haupt', 2], ['ober', 2], ['vize', 2], ['unter', 1], ['hilfs', 0], ['assistenz', 1]];
/** German heads of a compound job whose first part names the trade or place ("Hafen|meister", "Wein|händler", "Filial|leiterin"). */
const DE_HEADS = [
  'meister', 'händler', 'leiter', 'arzt', 'fahrer', 'berater', 'verkäufer', 'pfleger', 'beamter', 'beamte', 'beamtin', 'macher', 'schmied',
  'gärtner', 'förster', 'wirt', 'koch', 'lehrer', 'sekretär', 'mechaniker', 'techniker', 'ingenieur', 'inspektor', 'kommissar', 'wärter', 'hüter',
  'vorsteher', 'direktor', 'redakteur', 'sprecher', 'therapeut', 'trainer', 'verwalter', 'führer', 'pächter',
];
/** English heads of a compound job ("harbour|master", "game|keeper", "ferry|man", "dress|maker", "fish|monger"). */
const EN_HEADS = ['master', 'mistress', 'keeper', 'man', 'woman', 'maker', 'smith', 'wright', 'monger', 'men', 'women'];
/** "-man" words that are no job ("gentleman", "countryman", "Englishman"). */
const EN_NOT_JOBS = new Set([
  'woman', 'women', 'human', 'humans', 'gentleman', 'gentlemen', 'nobleman', 'noblemen', 'madman', 'madmen', 'layman', 'laymen', 'countryman', 'countrymen',
  'kinsman', 'kinsmen', 'clansman', 'snowman', 'superman', 'caveman', 'englishman', 'englishmen', 'frenchman', 'frenchmen', 'irishman', 'irishmen',
  'scotsman', 'scotsmen', 'welshman', 'welshmen', 'dutchman', 'cornishman', 'horseman', 'horsemen', 'sportsman', 'sportswoman', 'freeman', 'bogeyman',
  'everyman', 'strawman', 'frontman', 'henchman', 'henchmen', 'husbandman', 'churchman', 'statesman', 'yeoman', 'marksman', 'oarsman', 'helmsman',
  'webmaster', 'taskmaster', 'mistress', 'peacemaker', 'troublemaker', 'matchmaker', 'wordsmith', 'warmonger', 'scaremonger', 'rumourmonger',
  'gossipmonger', 'timekeeper', 'talisman', 'ottoman', 'caiman', 'middleman', 'sandman', 'superwoman', 'everywoman', 'mastermind',
]);
/** English prefixes of a hyphenated job: "sub-editor", "co-pilot", "vice-principal". */
const EN_HYPHEN_RANKS: Record<string, number | undefined> = { sub: 1, co: undefined, ex: undefined, vice: 2, deputy: 2, under: 1, assistant: 1, head: 3, chief: 3, senior: 2, junior: 1 };

const cache: Record<Lang, Map<string, RoleNoun | null>> = { de: new Map(), en: new Map() };

/** The word without a German feminine or plural ending, if the rest is a head ("meisterin" → "meister"). */
function germanHead(lower: string): [stem: string, head: string, female: boolean] | null {
  for (const head of DE_HEADS) {
    for (const [ending, female] of [['', false], ['in', true], ['innen', true], ['s', false], ['n', false], ['en', false]] as [string, boolean][]) {
      const form = head + ending;
      if (lower.length >= form.length + 3 && lower.endsWith(form)) return [lower.slice(0, -form.length), head, female];
    }
  }
  return null;
}

/** A job by the lexicon: its own form or the compound ending the lexicon lists ("Dorfwirtin" → "wirtin"). */
function listed(lex: FactLexicon, lower: string): RoleNoun | undefined {
  const direct = lex.roleNouns[lower];
  if (direct) return direct;
  for (const suffix of lex.roleSuffixes) {
    if (lower.length > suffix.length + 2 && lower.endsWith(suffix) && lex.roleNouns[suffix]) {
      const base = lex.roleNouns[suffix];
      return { ...base, rank: lex.rankPrefixes[lower.slice(0, -suffix.length)] ?? base.rank };
    }
  }
  return undefined;
}

function germanJob(lex: FactLexicon, lower: string): RoleNoun | undefined {
  for (const [prefix, rank] of DE_RANK_PREFIXES) {
    if (lower.length < prefix.length + 4 || !lower.startsWith(prefix)) continue;
    const rest = lex.roleNouns[lower.slice(prefix.length)] ?? (lower.slice(prefix.length).length >= 4 ? germanCompound(lex, lower.slice(prefix.length)) : undefined);
    if (rest) return { ...rest, rank };
  }
  return listed(lex, lower) ?? germanCompound(lex, lower);
}

/** "Bäckermeister" (a baker of master rank), "Hafenmeister", "Gemüsehändlerin": a job of its own named by the whole word. */
function germanCompound(lex: FactLexicon, lower: string): RoleNoun | undefined {
  const split = germanHead(lower);
  if (!split) return undefined;
  const [stem, head, female] = split;
  // A master of a trade the lexicon knows is of that trade ("Bäckermeister" → trade, rank 2).
  const trade = head === 'meister' ? (lex.roleNouns[stem] ?? lex.roleNouns[stem.replace(/s$/u, '')]) : undefined;
  if (trade) return { ...trade, rank: 2 };
  const base = lex.roleNouns[head];
  if (base && head !== 'meister') return { ...base, rank: base.rank };
  return { family: `job:${stem}${head}`, gender: female ? 'female' : undefined };
}

function englishJob(lex: FactLexicon, lower: string): RoleNoun | undefined {
  const found = listed(lex, lower);
  if (found) return found;
  const hyphen = lower.lastIndexOf('-');
  if (hyphen > 0) {
    const first = lower.slice(0, lower.indexOf('-'));
    const rest = lower.slice(hyphen + 1);
    if (first in EN_HYPHEN_RANKS || lower.endsWith('-keeper')) {
      const base = lex.roleNouns[rest] ?? englishCompound(rest) ?? (rest === 'keeper' ? { family: `job:${lower}` } : undefined);
      if (base) return { ...base, rank: EN_HYPHEN_RANKS[first] ?? base.rank };
    }
    return undefined;
  }
  // "ferrywoman" is what the lexicon lists as "ferryman", "postmistress" as "postmaster".
  const male = lower.replace(/woman$/u, 'man').replace(/women$/u, 'men').replace(/mistress$/u, 'master');
  return (male !== lower ? lex.roleNouns[male] : undefined) ?? englishCompound(lower);
}

function englishCompound(lower: string): RoleNoun | undefined {
  if (EN_NOT_JOBS.has(lower) || /\d/u.test(lower)) return undefined;
  for (const head of EN_HEADS) {
    if (lower.length < head.length + 3 || !lower.endsWith(head)) continue;
    const stem = lower.slice(0, -head.length);
    // "German", "Norman", "Roman": a "-man" word needs a first part of its own ("post|man", "ferry|man").
    if (stem.length < 4 && (head === 'man' || head === 'men')) continue;
    // "postwoman" and "postman", "postmistress" and "postmaster" are one job.
    const norm = head === 'woman' || head === 'men' || head === 'women' ? 'man' : head === 'mistress' ? 'master' : head;
    return { family: `job:${stem}${norm}`, gender: head === 'woman' || head === 'women' || head === 'mistress' ? 'female' : undefined };
  }
  return undefined;
}

/**
 * A job noun (lower case) by the lexicon or by the language's word formation: German compounds on a job head with a
 * rank prefix ("oberförster", "chefredakteurin") or a trade or place before it ("bäckermeister", "weinhändlerin",
 * "filialleiter"); English compounds ("harbourmaster", "gamekeeper", "ferryman") and hyphenated ranks ("sub-editor").
 */
export function jobNoun(lex: FactLexicon, language: Lang, lower: string): RoleNoun | undefined {
  const memo = cache[language];
  const seen = memo.get(lower);
  if (seen !== undefined) return seen ?? undefined;
  const found = (language === 'de' ? germanJob(lex, lower) : englishJob(lex, lower)) ?? null;
  if (memo.size > 50_000) memo.clear();
  memo.set(lower, found);
  return found ?? undefined;
}
