// Rule: facts the episodes assert against the series bible's canon facts; canon also settles pair conflicts it decides.
import { roleInfo } from '../facts/roleInfo';
import type { CanonFact, ConflictKind, Fact, Language, QuickFix, Severity } from '../types';
import type { Finding, Rule, RuleInput } from './rule';
import { relationWord } from './relationWords';
import { SeriesView, evidenceFor, genitive, holds, say } from './ruleSupport';

/** A single-valued property of a person that canon can fix. */
export type CanonSlot = 'father' | 'mother' | 'spouse' | 'role' | 'age' | 'lives-in' | 'origin' | 'attribute:eyes' | 'attribute:hair' | 'vital';

const SLOT_OF_PREDICATE: Record<string, CanonSlot> = {
  father: 'father',
  mother: 'mother',
  spouse: 'spouse',
  husband: 'spouse',
  wife: 'spouse',
  role: 'role',
  occupation: 'role',
  job: 'role',
  beruf: 'role',
  age: 'age',
  alter: 'age',
  'lives-in': 'lives-in',
  residence: 'lives-in',
  'wohnt-in': 'lives-in',
  'comes-from': 'origin',
  'born-in': 'origin',
  origin: 'origin',
  'attribute:eyes': 'attribute:eyes',
  eyes: 'attribute:eyes',
  'eye-colour': 'attribute:eyes',
  'eye-color': 'attribute:eyes',
  augenfarbe: 'attribute:eyes',
  'attribute:hair': 'attribute:hair',
  hair: 'attribute:hair',
  'hair-colour': 'attribute:hair',
  'hair-color': 'attribute:hair',
  haarfarbe: 'attribute:hair',
  vital: 'vital',
  'vital-status': 'vital',
  status: 'vital',
};

/** The canon slot a fact or canon predicate fills, if canon governs it ("husband" → spouse, "Eye colour" → attribute:eyes). */
export function canonSlot(predicate: string): CanonSlot | undefined {
  return SLOT_OF_PREDICATE[predicate.trim().toLowerCase().replace(/\s+/g, '-')];
}

const KIND: Record<CanonSlot, ConflictKind> = {
  father: 'relationship',
  mother: 'relationship',
  spouse: 'relationship',
  role: 'role',
  age: 'age',
  'lives-in': 'place',
  origin: 'place',
  'attribute:eyes': 'attribute',
  'attribute:hair': 'attribute',
  vital: 'vital-status',
};

const WORD: Partial<Record<CanonSlot, [string, string]>> = {
  role: ['Beruf', 'occupation'],
  age: ['Alter', 'age'],
  'lives-in': ['Wohnort', 'home'],
  origin: ['Herkunft', 'origin'],
  'attribute:eyes': ['Augenfarbe', 'eye colour'],
  'attribute:hair': ['Haarfarbe', 'hair colour'],
  vital: ['Lebensstatus', 'vital status'],
};

/** Colour words a writer may type into the bible in German, as the fact extractor writes them. */
const COLOURS: Record<string, string> = {
  blau: 'blue', grün: 'green', braun: 'brown', grau: 'grey', gray: 'grey', schwarz: 'black', blond: 'blond', rot: 'red', weiß: 'white',
  haselnussbraun: 'hazel', 'brünett': 'brown', brunette: 'brown',
};
const VITAL: Record<string, 'dead' | 'alive'> = { dead: 'dead', tot: 'dead', died: 'dead', verstorben: 'dead', gestorben: 'dead', alive: 'alive', lebendig: 'alive', lebt: 'alive', living: 'alive', 'am leben': 'alive' };
const VITAL_SHOWN: Record<string, [string, string]> = { dead: ['tot', 'dead'], alive: ['am Leben', 'alive'], acting: ['handelnd am Leben', 'alive and acting'] };
const CHANGES: Partial<Record<CanonSlot, string[]>> = {
  spouse: ['wedding', 'divorce', 'separation', 'death'],
  role: ['promotion', 'new-job'],
  'lives-in': ['move'],
};
const ROLE_COMPATIBLE = [['doctor', 'therapist'], ['nurse', 'midwife'], ['trainee', 'doctor'], ['trainee', 'nurse'], ['trainee', 'police']];
const NO_PARTNER = new Set(['single', 'never-married']);

const norm = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** One canon fact resolved against the series: the subject's entity id, its slot and where it was declared. */
interface ResolvedCanon {
  fact: CanonFact;
  subject: string;
  slot: CanonSlot;
  /** Entity ids the canon object names (for relations and places given as entities). */
  objectIds: Set<string>;
  value: string;
}

export type CanonVerdict = 'agrees' | 'contradicts';

interface CanonIndex {
  canon: Map<string, ResolvedCanon>;
  /** Governed facts by "episode|start|end". */
  byPassage: Map<string, Fact[]>;
  verdicts: Map<Fact, CanonVerdict | undefined>;
  view: SeriesView;
  /** What the index was built from: rebuilt when the input's lists were replaced. */
  from: [unknown, unknown, unknown, number];
}

const indexCache = new WeakMap<RuleInput, CanonIndex>();

/** Entity ids by their id, name and every alias (lower-cased), from the series and the bible. */
function entityLookup(input: RuleInput): (name: string) => string[] {
  const byName = new Map<string, Set<string>>();
  const add = (n: string, id: string) => {
    const k = norm(n);
    if (!k) return;
    const set = byName.get(k) ?? new Set<string>();
    set.add(id);
    byName.set(k, set);
  };
  for (const e of input.entities) for (const n of [e.id, e.name, ...e.aliases]) add(n, e.id);
  for (const b of input.bible.entities) {
    const ids = new Set<string>();
    for (const n of [b.id, b.name, ...b.aliases]) for (const id of byName.get(norm(n)) ?? []) ids.add(id);
    for (const id of ids) for (const n of [b.id, b.name, ...b.aliases]) add(n, id);
  }
  return (name) => [...(byName.get(norm(name)) ?? [])];
}

function canonIndex(input: RuleInput): CanonIndex {
  const from: CanonIndex['from'] = [input.bible.facts, input.entities, input.facts, input.facts.length];
  const cached = indexCache.get(input);
  if (cached && cached.from.every((x, i) => x === from[i])) return cached;
  const view = new SeriesView(input);
  const lookup = entityLookup(input);
  const canon = new Map<string, ResolvedCanon>();
  for (const fact of input.bible.facts ?? []) {
    const slot = canonSlot(fact.predicate);
    if (!slot) continue;
    const objectIds = new Set(lookup(fact.object));
    const value = slot === 'vital' ? VITAL[norm(fact.object)] ?? norm(fact.object) : norm(fact.object);
    // The last declaration of a subject's slot wins (a writer's newer decision).
    for (const subject of lookup(fact.subject)) canon.set(`${subject}|${slot}`, { fact, subject, slot, objectIds, value });
  }
  const byPassage = new Map<string, Fact[]>();
  for (const f of input.facts) {
    if (!canonSlot(f.predicate)) continue;
    const k = `${f.episode}|${f.start}|${f.end}`;
    const list = byPassage.get(k);
    if (list) list.push(f);
    else byPassage.set(k, [f]);
  }
  const built: CanonIndex = { canon, byPassage, verdicts: new Map(), view, from };
  indexCache.set(input, built);
  return built;
}

/** A stand-in fact at the start of the episode the canon was declared for (the series start when none). */
function anchorOf(view: SeriesView, c: ResolvedCanon, f: Fact): Fact | undefined {
  const file = c.fact.episode;
  if (file && view.episode(file)) return { ...f, id: '~canon', episode: file, start: 0, end: 0 };
  return undefined;
}

/** Facts ordered in the series. */
const ordered = (view: SeriesView, a: Fact, b: Fact): [Fact, Fact] => (view.compare(a, b) <= 0 ? [a, b] : [b, a]);

/** Whether the subject's narrated changes of the given kinds fall between the canon's anchor and the fact (anywhere, without an anchor). */
function changedBetween(view: SeriesView, c: ResolvedCanon, f: Fact, kinds: string[]): boolean {
  const anchor = anchorOf(view, c, f);
  if (!anchor) return view.factsOf(c.subject, 'event').some((e) => kinds.includes(e.object) && holds(e)) || (kinds.includes('move') && view.factsOf(c.subject, 'moves-to').some(holds));
  const [a, b] = ordered(view, anchor, f);
  if (view.changesBetween(c.subject, kinds, a, b).length) return true;
  return kinds.includes('move') && view.factsOf(c.subject, 'moves-to').some((m) => holds(m) && view.compare(m, a) >= 0 && view.compare(m, b) <= 0);
}

function sameObject(view: SeriesView, c: ResolvedCanon, object: string): boolean {
  return c.objectIds.has(object) || norm(view.objectName(object)) === c.value || norm(object) === c.value;
}

function roleVerdict(view: SeriesView, subject: string, canonRole: string, factRole: string): CanonVerdict | undefined {
  if (norm(canonRole) === norm(factRole)) return 'agrees';
  const a = roleInfo(canonRole);
  const b = roleInfo(factRole);
  if (!a || !b) return undefined;
  if (a.family === b.family) return a.rank === undefined || b.rank === undefined || a.rank === b.rank ? 'agrees' : 'contradicts';
  const posA = a.family.startsWith('position:');
  const posB = b.family.startsWith('position:');
  if (posA !== posB) {
    // A position beside a job: both may hold at once, unless no episode ever states them together.
    const episodesOf = (family: string) => new Set(view.factsOf(subject, 'role').filter((f) => roleInfo(f.object)?.family === family).map((f) => f.episode));
    const withA = episodesOf(a.family);
    return [...episodesOf(b.family)].some((e) => withA.has(e)) ? 'agrees' : 'contradicts';
  }
  return ROLE_COMPATIBLE.some(([x, y]) => (x === a.family && y === b.family) || (x === b.family && y === a.family)) ? 'agrees' : 'contradicts';
}

function ageVerdict(view: SeriesView, c: ResolvedCanon, f: Fact): CanonVerdict | undefined {
  const canonAge = Number(c.value);
  const factAge = Number(f.object);
  if (!Number.isFinite(canonAge) || !Number.isFinite(factAge)) return undefined;
  const first = view.input.episodes[0];
  const anchor = anchorOf(view, c, f) ?? (first ? { ...f, id: '~canon', episode: first.file, start: 0, end: 0 } : undefined);
  if (!anchor) return factAge === canonAge ? 'agrees' : 'contradicts';
  const later = view.compare(anchor, f) <= 0;
  const [a, b] = later ? [anchor, f] : [f, anchor];
  const passed = view.yearsBetween(a, b);
  if (passed === Number.POSITIVE_INFINITY) return undefined;
  const birthdays = view.changesBetween(c.subject, ['birthday'], a, b).length;
  const gap = Math.abs(view.index(b.episode) - view.index(a.episode));
  const slack = a.episode === b.episode ? 0 : 1 + Math.floor(gap / 10);
  const grow = [Math.floor(passed) - 1, Math.ceil(passed) + birthdays + slack];
  const [low, high] = later ? [canonAge + grow[0], canonAge + grow[1]] : [canonAge - grow[1], canonAge - grow[0]];
  return factAge >= low && factAge <= high ? 'agrees' : 'contradicts';
}

function vitalVerdict(view: SeriesView, c: ResolvedCanon, f: Fact): CanonVerdict | undefined {
  if (c.value === 'alive') return f.object === 'dead' ? 'contradicts' : 'agrees';
  if (c.value !== 'dead') return undefined;
  if (f.object === 'dead') return 'agrees';
  // Canon says the person is dead: acting or alive after the series' first death of them contradicts it.
  const death = view.factsOf(c.subject, 'vital').find((v) => v.object === 'dead' && holds(v));
  return death && view.compare(death, f) < 0 && f.episode !== death.episode ? 'contradicts' : undefined;
}

/** Whether an extracted fact agrees with, contradicts, or is not settled by canon. */
function verdictOf(index: CanonIndex, f: Fact): CanonVerdict | undefined {
  if (index.verdicts.has(f)) return index.verdicts.get(f);
  const v = computeVerdict(index, f);
  index.verdicts.set(f, v);
  return v;
}

function computeVerdict(index: CanonIndex, f: Fact): CanonVerdict | undefined {
  const slot = canonSlot(f.predicate);
  if (!slot || !holds(f)) return undefined;
  const c = index.canon.get(`${f.subject}|${slot}`);
  if (!c) return undefined;
  const { view } = index;
  switch (slot) {
    case 'father':
    case 'mother':
    case 'spouse':
      if (NO_PARTNER.has(f.object)) return undefined;
      if (sameObject(view, c, f.object)) return 'agrees';
      if (slot === 'spouse' && changedBetween(view, c, f, CHANGES.spouse!)) return undefined;
      return 'contradicts';
    case 'role': {
      const v = roleVerdict(view, c.subject, c.fact.object, f.object);
      return v === 'contradicts' && changedBetween(view, c, f, CHANGES.role!) ? undefined : v;
    }
    case 'age':
      return ageVerdict(view, c, f);
    case 'lives-in':
      if (sameObject(view, c, f.object)) return 'agrees';
      return changedBetween(view, c, f, CHANGES['lives-in']!) ? undefined : 'contradicts';
    case 'origin':
      return sameObject(view, c, f.object) ? 'agrees' : 'contradicts';
    case 'attribute:eyes':
    case 'attribute:hair': {
      const want = COLOURS[c.value] ?? c.value;
      const got = norm(f.object);
      return got === want || COLOURS[got] === want ? 'agrees' : 'contradicts';
    }
    case 'vital':
      return vitalVerdict(view, c, f);
  }
}

function shownValue(view: SeriesView, slot: CanonSlot, value: string, lang: Language): string {
  if (slot === 'vital') {
    const w = VITAL_SHOWN[value];
    if (w) return lang === 'en' ? w[1] : w[0];
  }
  if ((slot === 'attribute:eyes' || slot === 'attribute:hair') && lang === 'de') {
    const de = Object.keys(COLOURS).find((k) => COLOURS[k] === value && !['gray', 'brünett', 'brunette'].includes(k));
    if (de) return de;
  }
  return view.objectName(value);
}

function slotWord(slot: CanonSlot, lang: Language): string {
  if (slot === 'father' || slot === 'mother' || slot === 'spouse') return relationWord(slot, lang);
  const w = WORD[slot]!;
  return lang === 'en' ? w[1] : w[0];
}

/** Every asserted fact that contradicts a canon fact of its subject's single-valued property is a conflict against the bible. */
export const canon: Rule = (input) => {
  if (!input.bible.facts?.length) return [];
  const index = canonIndex(input);
  if (!index.canon.size) return [];
  const { view } = index;
  const groups = new Map<string, { c: ResolvedCanon; value: string; facts: Fact[] }>();
  for (const c of index.canon.values()) {
    for (const f of view.factsOf(c.subject, (p) => canonSlot(p) === c.slot)) {
      if (verdictOf(index, f) !== 'contradicts') continue;
      const k = `${c.subject}|${c.slot}|${norm(view.objectName(f.object))}`;
      const g = groups.get(k) ?? { c, value: f.object, facts: [] };
      // One passage per episode is enough evidence.
      if (!g.facts.some((x) => x.episode === f.episode)) g.facts.push(f);
      groups.set(k, g);
    }
  }
  const findings: Finding[] = [];
  for (const { c, value, facts } of groups.values()) {
    const first = facts[0];
    const lang = view.language(first.episode);
    const name = view.name(c.subject);
    const episodes = facts.map((f) => view.label(f.episode));
    const where = episodes.length > 3 ? `${episodes.slice(0, 3).join(', ')} …` : episodes.join(', ');
    const canonShown = shownValue(view, c.slot, c.slot === 'vital' ? c.value : c.fact.object, lang);
    const factShown = shownValue(view, c.slot, value, lang);
    const word = slotWord(c.slot, lang);
    let severity: Severity = ['father', 'mother', 'vital', 'attribute:eyes', 'origin'].includes(c.slot) ? 'error' : 'warning';
    if (c.slot === 'age' && Math.abs(Number(value) - Number(c.value)) > 3) severity = 'error';
    // Either the episode's side becomes canon instead, or the canon fact leaves the bible.
    const fixes: QuickFix[] = [{ kind: 'canon', factId: first.id }, { kind: 'uncanon', fact: { ...c.fact } }];
    findings.push({
      key: `canon|${c.slot}|${c.subject}|${c.value}|${norm(view.objectName(value))}`,
      kind: KIND[c.slot],
      severity,
      entity: name,
      summary: say(
        lang,
        `Laut Serienbibel ist ${genitive(name, 'de')} ${word} ${canonShown}, in ${where} aber ${factShown}.`,
        `The series bible says ${genitive(name, 'en')} ${word} is ${canonShown}, but ${where} says ${factShown}.`,
      ),
      evidence: evidenceFor(...facts),
      fixes,
    });
  }
  return findings;
};

/** The governed facts behind a finding's passages, grouped by subject and slot, for the group with two or more values. */
function sidesOf(index: CanonIndex, finding: Finding): Fact[] | undefined {
  const groups = new Map<string, Fact[]>();
  for (const e of finding.evidence) {
    for (const f of index.byPassage.get(`${e.episode}|${e.start}|${e.end}`) ?? []) {
      const k = `${f.subject}|${canonSlot(f.predicate)}`;
      const list = groups.get(k) ?? [];
      if (!list.some((x) => x.episode === f.episode && x.start === f.start)) list.push(f);
      groups.set(k, list);
    }
  }
  for (const list of groups.values()) {
    const values = new Set(list.map((f) => norm(f.object)));
    if (list.length >= 2 && values.size >= 2) return list;
  }
  return undefined;
}

/**
 * Runs a rule, then drops the pair conflicts canon settles (one side agrees with the bible, the others contradict it
 * and are reported against the bible by `canon`) and offers "take as canon" for each side of a single-valued property.
 * Kept findings keep their keys, so their fingerprints do not change.
 */
export function settledByCanon(rule: Rule): Rule {
  const wrapped: Rule = (input) => {
    const findings = rule(input);
    if (!findings.length) return findings;
    const index = canonIndex(input);
    const out: Finding[] = [];
    for (const finding of findings) {
      const sides = sidesOf(index, finding);
      if (!sides) {
        out.push(finding);
        continue;
      }
      const verdicts = sides.map((f) => verdictOf(index, f));
      if (verdicts.includes('agrees') && verdicts.includes('contradicts') && verdicts.every((v) => v !== undefined)) continue;
      const seen = new Set<string>();
      const fixes: QuickFix[] = [...(finding.fixes ?? [])];
      for (const f of sides) {
        const v = norm(f.object);
        if (seen.has(v)) continue;
        seen.add(v);
        fixes.push({ kind: 'canon', factId: f.id });
      }
      out.push({ ...finding, fixes });
    }
    return out;
  };
  Object.defineProperty(wrapped, 'name', { value: rule.name });
  return wrapped;
}

/** The rules with canon's settling applied to each, and the canon rule itself last. */
export function withCanon(list: Rule[]): Rule[] {
  return [...list.map(settledByCanon), canon];
}
