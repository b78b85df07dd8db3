// Spelling drift of names as writers' rooms produce it (Kathrin/Katrin, Kreuzer/Kreutzer), and a key that ignores it.
import type { Rng } from './rng';

/** One way a name is misspelt: where it applies and what it becomes. */
interface VariantRule {
  pattern: RegExp;
  replace: string;
}

/** Rules that change a name's spelling but not how it sounds; every one keeps `spellingKey` unchanged. */
const rules: VariantRule[] = [
  { pattern: /th/u, replace: 't' },
  { pattern: /(?<=[aeiou])t(?=[aeiour])/u, replace: 'th' },
  { pattern: /tz/u, replace: 'z' },
  { pattern: /(?<=[aeiouäöü]u?)z/u, replace: 'tz' },
  { pattern: /ck/u, replace: 'k' },
  { pattern: /ph/u, replace: 'f' },
  { pattern: /(?<=[aeiou])f(?=[aeiou])/u, replace: 'ph' },
  { pattern: /ei/u, replace: 'ai' },
  { pattern: /ai/u, replace: 'ei' },
  { pattern: /ey/u, replace: 'ei' },
  { pattern: /dt/u, replace: 'tt' },
  { pattern: /(?<=[a-zäöü])([lmnrtsf])\1/u, replace: '$1' },
  { pattern: /(?<=[aeiou])([lmnt])(?=[aeiou])/u, replace: '$1$1' },
  { pattern: /ä/u, replace: 'ae' },
  { pattern: /ö/u, replace: 'oe' },
  { pattern: /ü/u, replace: 'ue' },
  { pattern: /^C(?=[aolr])/u, replace: 'K' },
  { pattern: /^K(?=[aolr])/u, replace: 'C' },
  { pattern: /ie$/u, replace: 'y' },
  { pattern: /(?<=[a-z])y$/u, replace: 'ie' },
  { pattern: /son$/u, replace: 'sen' },
];

/** A comparison key under which a name and each of its drifted spellings coincide. */
export function spellingKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/gu, 'ae')
    .replace(/ö/gu, 'oe')
    .replace(/ü/gu, 'ue')
    .replace(/ß/gu, 'ss')
    .replace(/ph/gu, 'f')
    .replace(/th/gu, 't')
    .replace(/dt/gu, 't')
    .replace(/tz/gu, 'z')
    .replace(/ck/gu, 'k')
    .replace(/c/gu, 'k')
    .replace(/ai/gu, 'ei')
    .replace(/ey/gu, 'ei')
    .replace(/ie$/gu, 'i')
    .replace(/y/gu, 'i')
    .replace(/s[eo]n$/gu, 'sn')
    .replace(/(.)\1+/gu, '$1');
}

/** Every drifted spelling of `name` the rules allow (each differs from the name). */
export function spellingVariants(name: string): string[] {
  const out = new Set<string>();
  for (const rule of rules) {
    if (!rule.pattern.test(name)) continue;
    const variant = name.replace(rule.pattern, rule.replace);
    if (variant !== name && spellingKey(variant) === spellingKey(name)) out.add(variant);
  }
  return [...out];
}

/** One drifted spelling of `name`, or null when no rule applies to it. */
export function pickSpellingVariant(name: string, rng: Rng): string | null {
  const all = spellingVariants(name);
  return all.length ? rng.pick(all) : null;
}
