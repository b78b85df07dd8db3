// Rule: relations that contradict each other: two biological fathers, two spouses at once, sister vs cousin, colleague vs father.
import { RELATIONS, isRelation } from '../facts/relations';
import { NO_PARTNER } from '../facts/extractFacts';
import type { Fact, Severity } from '../types';
import type { Finding, Rule } from './rule';
import { relationWord } from './relationWords';
import { SeriesView, evidenceFor, genitive, holds, say, sortedKey, standing, weaken } from './ruleSupport';

const SPOUSE = new Set(['husband', 'wife', 'spouse']);
const CLOSE_FAMILY = new Set(['parent', 'sibling', 'spouse', 'grandparent', 'pibling', 'cousin']);
const SOCIAL = new Set(['friend', 'colleague', 'superior', 'neighbour']);
const ROMANTIC = new Set(['partner', 'ex', 'spouse']);

/** "Lisa ist Martins Ehefrau" / "Lisa is Martin's wife". */
function phrase(view: SeriesView, f: Fact, lang: 'de' | 'en'): string {
  const o = view.objectName(f.object);
  const s = genitive(view.name(f.subject), lang);
  return say(lang, `${o} ist ${s} ${relationWord(f.predicate, 'de')}`, `${o} is ${s} ${relationWord(f.predicate, 'en')}`);
}

interface Tie {
  label: string;
  category: string;
  facts: Fact[];
}

function tieOf(f: Fact): { pair: string; label: string; category: string } | undefined {
  const m = RELATIONS[f.predicate];
  if (!m) return undefined;
  const pair = sortedKey(f.subject, f.object);
  const directed = m.up !== undefined && f.predicate !== 'stepsibling';
  const elder = m.up ? f.object : f.subject;
  return { pair, label: directed ? `${m.category}>${elder}` : m.category, category: m.category };
}

function severityFor(a: string, b: string): Severity | undefined {
  if (a === b) return undefined;
  const famA = CLOSE_FAMILY.has(a) || a === 'step' || a === 'in-law' || a === 'foster';
  const famB = CLOSE_FAMILY.has(b) || b === 'step' || b === 'in-law' || b === 'foster';
  if (ROMANTIC.has(a) && ROMANTIC.has(b)) return undefined;
  if (SOCIAL.has(a) && SOCIAL.has(b)) return undefined;
  if ((a === 'foster' && b === 'parent') || (b === 'foster' && a === 'parent')) return undefined;
  if (famA && famB) return (a === 'spouse' || b === 'spouse') && (a === 'in-law' || b === 'in-law') ? undefined : 'error';
  if ((ROMANTIC.has(a) && famB) || (ROMANTIC.has(b) && famA)) return 'warning';
  if ((SOCIAL.has(a) && CLOSE_FAMILY.has(b)) || (SOCIAL.has(b) && CLOSE_FAMILY.has(a))) return 'warning';
  return undefined;
}

export const relationship: Rule = (input) => {
  const view = new SeriesView(input);
  const all = standing(input.facts.filter((f) => isRelation(f.predicate)), input.facts).sort((a, b) => view.compare(a, b));
  const facts = all.filter((f) => !NO_PARTNER.has(f.object));
  const findings: Finding[] = [];

  // Single-valued relations: one biological father and mother; one spouse at a time.
  const single = new Map<string, Fact[]>();
  for (const f of facts) {
    const p = SPOUSE.has(f.predicate) ? 'spouse' : f.predicate;
    if (p !== 'father' && p !== 'mother' && p !== 'spouse') continue;
    const k = `${f.subject}|${p}`;
    const list = single.get(k);
    if (list) list.push(f);
    else single.set(k, [f]);
  }
  for (const [k, list] of single) {
    const [subject, p] = k.split('|');
    const firstByObject = new Map<string, Fact>();
    for (const f of list) if (!firstByObject.has(f.object)) firstByObject.set(f.object, f);
    const firsts = [...firstByObject.values()];
    for (let i = 1; i < firsts.length; i++) {
      const a = firsts[i - 1];
      const b = firsts[i];
      // Two "fathers" read from one sentence are one name split in two ("Yusuf" + "Aydın"), not two men.
      if (a.episode === b.episode && a.start === b.start) continue;
      if (p === 'spouse') {
        const changes = [
          ...view.changesBetween(subject, ['wedding', 'divorce', 'separation', 'death'], a, b),
          ...view.changesBetween(a.object, ['divorce', 'separation', 'death'], a, b),
        ];
        const earlierDead = view.factsOf(a.object, 'vital').some((v) => v.object === 'dead' && holds(v) && view.compare(v, b) < 0);
        if (changes.length || earlierDead) continue;
      }
      const lang = view.language(b.episode);
      const name = view.name(subject);
      const word = relationWord(p, lang);
      findings.push({
        key: `relationship|${p}|${subject}|${sortedKey(a.object, b.object)}`,
        kind: 'relationship',
        severity: weaken(p === 'spouse' ? 'warning' : 'error', a, b),
        entity: name,
        summary: say(
          lang,
          `${genitive(name, 'de')} ${word} ist in ${view.label(a.episode)} ${view.objectName(a.object)}, in ${view.label(b.episode)} aber ${view.objectName(b.object)}.`,
          `${genitive(name, 'en')} ${word} is ${view.objectName(a.object)} in ${view.label(a.episode)} but ${view.objectName(b.object)} in ${view.label(b.episode)}.`,
        ),
        evidence: evidenceFor(a, b),
      });
    }
  }

  // "never married" / "single" against a spouse.
  for (const lone of all.filter((f) => NO_PARTNER.has(f.object))) {
    const subject = lone.subject;
    const spouses = facts.filter((f) => f.subject === subject && SPOUSE.has(f.predicate));
    for (const sp of spouses) {
      const [a, b] = [sp, lone].sort((p, q) => view.compare(p, q));
      if (lone.object === 'single') {
        const kinds = a === sp ? ['divorce', 'separation', 'death'] : ['wedding'];
        if (view.changesBetween(subject, kinds, a, b).length || view.changesBetween(sp.object, kinds, a, b).length) continue;
        if (a === sp && view.factsOf(sp.object, 'vital').some((v) => v.object === 'dead' && holds(v) && view.compare(v, b) < 0)) continue;
      }
      const lang = view.language(b.episode);
      const name = view.name(subject);
      const seen = facts.find((f) => f.subject === sp.object && f.object === subject && SPOUSE.has(f.predicate) && f.episode === sp.episode) ?? sp;
      const spouseLine = say(lang, `${phrase(view, seen, 'de')} (${view.label(sp.episode)})`, `${phrase(view, seen, 'en')} (${view.label(sp.episode)})`);
      const loneLine =
        lone.object === 'never-married'
          ? say(lang, `${name} war laut ${view.label(lone.episode)} nie verheiratet`, `${name} never married according to ${view.label(lone.episode)}`)
          : say(lang, `${name} ist laut ${view.label(lone.episode)} alleinstehend`, `${name} is single according to ${view.label(lone.episode)}`);
      findings.push({
        key: `relationship|${lone.object}|${subject}|${sp.object}`,
        kind: 'relationship',
        severity: weaken(lone.object === 'never-married' ? 'error' : 'warning', lone, sp),
        entity: name,
        summary: a === sp ? say(lang, `${spouseLine}, aber ${loneLine}.`, `${spouseLine}, but ${loneLine}.`) : say(lang, `${loneLine}, aber ${spouseLine}.`, `${loneLine}, but ${spouseLine}.`),
        evidence: evidenceFor(a, b),
      });
      break;
    }
  }

  // A tie that changes kind between the same two people.
  const ties = new Map<string, Map<string, Tie>>();
  for (const f of facts) {
    const t = tieOf(f);
    if (!t) continue;
    const byLabel = ties.get(t.pair) ?? new Map<string, Tie>();
    const tie = byLabel.get(t.label) ?? { label: t.label, category: t.category, facts: [] };
    tie.facts.push(f);
    byLabel.set(t.label, tie);
    ties.set(t.pair, byLabel);
  }
  for (const [pair, byLabel] of ties) {
    const list = [...byLabel.values()];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const x = list[i];
        const y = list[j];
        let severity: Severity | undefined;
        if (x.category === y.category) severity = x.label !== y.label ? 'error' : undefined;
        else severity = severityFor(x.category, y.category);
        if (!severity) continue;
        const episodesX = new Set(x.facts.map((f) => f.episode));
        const episodesY = new Set(y.facts.map((f) => f.episode));
        const together = [...episodesX].some((e) => episodesY.has(e));
        // A social tie beside a family tie is only odd when no episode states both.
        if (severity === 'warning' && together) continue;
        const pick = (t: Tie): Fact => t.facts.find(holds) ?? t.facts[0];
        const [a, b] = [pick(x), pick(y)].sort((p, q) => view.compare(p, q));
        // Girlfriend, then wife, with the engagement or wedding narrated in between (or a divorce the other way): the story moved on.
        if (narratedCoupleChange(view, x.category, y.category, a, b)) continue;
        // Partner first, spouse later is how couples go: with no wedding told (or none we could tie to them, as with two
        // first names shared by others) it is worth a look, not a warning. Spouse first, partner later stays one.
        if (forwardCouple(view, a, b, x, y)) severity = 'info';
        severity = weaken(severity, a, b);
        const lang = view.language(b.episode);
        findings.push({
          key: `relationship|${pair}|${sortedKey(x.label.replace(/>.*/, '>'), y.label.replace(/>.*/, '>'))}`,
          kind: 'relationship',
          severity,
          entity: view.name(a.object),
          summary: say(
            lang,
            `${phrase(view, a, 'de')} (${view.label(a.episode)}), aber ${phrase(view, b, 'de')} (${view.label(b.episode)}).`,
            `${phrase(view, a, 'en')} (${view.label(a.episode)}), but ${phrase(view, b, 'en')} (${view.label(b.episode)}).`,
          ),
          evidence: evidenceFor(a, b),
        });
      }
    }
    // The same person as someone's brother and sister.
    const genders = new Map<string, Map<string, Fact>>();
    for (const tie of list) {
      for (const f of tie.facts) {
        const g = RELATIONS[f.predicate]?.gender;
        // A derived inverse ("Teo's brother" → "Sol's sister") carries our guess of a gender, not the text's word.
        if (!g || f.id.endsWith('~')) continue;
        const m = genders.get(f.object) ?? new Map<string, Fact>();
        if (!m.has(g)) m.set(g, f);
        genders.set(f.object, m);
      }
    }
    for (const [person, m] of genders) {
      if (m.size < 2) continue;
      const [a, b] = [...m.values()].sort((p, q) => view.compare(p, q));
      const lang = view.language(b.episode);
      findings.push({
        key: `relationship|gender|${pair}|${person}`,
        kind: 'relationship',
        severity: weaken('warning', a, b),
        entity: view.name(person),
        summary: say(lang, `${phrase(view, a, 'de')} (${view.label(a.episode)}), aber ${phrase(view, b, 'de')} (${view.label(b.episode)}).`, `${phrase(view, a, 'en')} (${view.label(a.episode)}), but ${phrase(view, b, 'en')} (${view.label(b.episode)}).`),
        evidence: evidenceFor(a, b),
      });
    }
  }
  findings.push(...genderAcrossTies(view, facts));
  return dedupe(findings);
};

/** One person called a man's word by one relative and a woman's by another ("Pauls Vater" and "Lenas Schwester"): stated words only, not derived inverses. */
function genderAcrossTies(view: SeriesView, facts: Fact[]): Finding[] {
  const byPerson = new Map<string, Map<string, Fact>>();
  for (const f of facts) {
    const g = RELATIONS[f.predicate]?.gender;
    if (!g || f.id.endsWith('~') || !holds(f)) continue;
    const m = byPerson.get(f.object) ?? new Map<string, Fact>();
    if (!m.has(g)) m.set(g, f);
    byPerson.set(f.object, m);
  }
  const out: Finding[] = [];
  for (const [person, m] of byPerson) {
    if (m.size < 2) continue;
    const [a, b] = [...m.values()].sort((p, q) => view.compare(p, q));
    // The same pair is the ties check's business.
    if (a.subject === b.subject) continue;
    const lang = view.language(b.episode);
    out.push({
      key: `relationship|gender|${person}`,
      kind: 'relationship',
      severity: weaken('warning', a, b),
      entity: view.name(person),
      summary: say(lang, `${phrase(view, a, 'de')} (${view.label(a.episode)}), aber ${phrase(view, b, 'de')} (${view.label(b.episode)}).`, `${phrase(view, a, 'en')} (${view.label(a.episode)}), but ${phrase(view, b, 'en')} (${view.label(b.episode)}).`),
      evidence: evidenceFor(a, b),
    });
  }
  return out;
}

const COUPLE_CHANGES = ['wedding', 'divorce', 'separation', 'death'];

/** A friend / partner tie and a marriage between the same two people, with a wedding, divorce or separation of either narrated between them. */
function narratedCoupleChange(view: SeriesView, x: string, y: string, a: Fact, b: Fact): boolean {
  const friendly = (c: string): boolean => c === 'friend' || ROMANTIC.has(c);
  if (!friendly(x) || !friendly(y) || (x !== 'spouse' && y !== 'spouse')) return false;
  return view.changesBetween(a.subject, COUPLE_CHANGES, a, b).length > 0 || view.changesBetween(a.object, COUPLE_CHANGES, a, b).length > 0;
}

/** The earlier fact a friend or partner tie and the later one a marriage between the same two people. */
function forwardCouple(view: SeriesView, a: Fact, b: Fact, x: Tie, y: Tie): boolean {
  const friendly = (c: string): boolean => c === 'friend' || c === 'partner';
  const categoryOf = (f: Fact): string | undefined => (x.facts.includes(f) ? x.category : y.facts.includes(f) ? y.category : undefined);
  const ca = categoryOf(a);
  const cb = categoryOf(b);
  return ca !== undefined && cb === 'spouse' && friendly(ca) && view.index(a.episode) < view.index(b.episode);
}

/** One finding per key. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => (seen.has(f.key) ? false : (seen.add(f.key), true)));
}
