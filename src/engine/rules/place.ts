// Rule: where a person lives or comes from changes with no narrated move, within or across episodes.
import type { Fact, Severity } from '../types';
import type { Finding, Rule } from './rule';
import { SeriesView, evidenceFor, say, standing, weaken } from './ruleSupport';

const norm = (view: SeriesView, v: string): string => view.objectName(v).toLowerCase().replace(/\s+/g, ' ').trim();

/** The first word's stem, for "Bremerhaven" / "Bremerhavener Innenstadt" / "Münchner" / "München". */
const stem = (s: string): string => (s.split(' ')[0] ?? '').replace(/(er|en)$/u, '').slice(0, 5);

/**
 * Could two written places be one (the same place, a part of it, or its adjective)? "Leeds" and "Leeds city centre",
 * "Bremerhaven" and "Bremerhavener" are; different named places are not.
 */
function samePlace(view: SeriesView, a: string, b: string, within: Map<string, Set<string>> = new Map()): boolean {
  const x = norm(view, a);
  const y = norm(view, b);
  if (x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `)) return true;
  // "Hamburg-Altona" and "Hamburg"; "Altona" once told to lie "in Hamburg": a district and its town are one origin.
  const hx = x.replace(/-/g, ' ');
  const hy = y.replace(/-/g, ' ');
  if (hx.startsWith(`${hy} `) || hy.startsWith(`${hx} `) || within.get(x)?.has(y) || within.get(y)?.has(x)) return true;
  const sx = stem(x);
  return sx.length >= 4 && sx === stem(y);
}

export const place: Rule = (input) => {
  const view = new SeriesView(input);
  const findings: Finding[] = [];
  // Places the series puts inside others ("aus Altona in Hamburg"), by written name, with one step through a middle place.
  const within = new Map<string, Set<string>>();
  for (const f of input.facts) {
    if (f.predicate !== 'located-in' || f.modality !== 'asserted') continue;
    const inner = norm(view, f.subject);
    if (!within.has(inner)) within.set(inner, new Set());
    within.get(inner)!.add(norm(view, f.object));
  }
  for (const outers of within.values()) for (const o of [...outers]) for (const further of within.get(o) ?? []) outers.add(further);
  const subjects = new Set([...view.subjects('lives-in'), ...view.subjects('comes-from'), ...view.subjects('born-in')]);
  for (const subject of subjects) {
    const name = view.name(subject);
    // Origin never changes.
    const origins = standing(view.factsOf(subject, (p) => p === 'comes-from' || p === 'born-in'), input.facts);
    for (let i = 1; i < origins.length; i++) {
      const a = origins[0];
      const b = origins[i];
      if (samePlace(view, a.object, b.object, within)) continue;
      findings.push(build(view, subject, name, a, b, 'origin', a.predicate === 'born-in' && b.predicate === 'born-in' ? 'error' : 'warning'));
      break;
    }
    // Residence changes only by a narrated move.
    let home: Fact | null = null;
    for (const f of standing(view.factsOf(subject, (p) => p === 'lives-in' || p === 'moves-to'), input.facts)) {
      if (f.predicate === 'moves-to') {
        home = f;
        continue;
      }
      if (home && !samePlace(view, home.object, f.object, within) && !view.changesBetween(subject, ['move'], home, f).length) {
        findings.push(build(view, subject, name, home, f, 'home', 'warning'));
        break;
      }
      home = f;
    }
  }
  return findings;
};

function build(view: SeriesView, subject: string, name: string, a: Fact, b: Fact, what: 'origin' | 'home', severity: Severity): Finding {
  const lang = view.language(b.episode);
  const ea = view.label(a.episode);
  const eb = view.label(b.episode);
  const pa = view.objectName(a.object);
  const pb = view.objectName(b.object);
  return {
    key: `place|${what}|${subject}|${[norm(view, a.object), norm(view, b.object)].sort().join('|')}`,
    kind: 'place',
    // A later reveal ("it turns out she was born in Carlow") exposes the earlier account as a lie or a mistake: the story, not an error.
    severity: b.modality === 'revealed' && a.modality !== 'revealed' ? 'info' : weaken(severity, a, b),
    entity: name,
    summary:
      what === 'origin'
        ? say(lang, `${name} stammt in ${ea} aus ${pa}, in ${eb} aber aus ${pb}.`, `${name} comes from ${pa} in ${ea} but from ${pb} in ${eb}.`)
        : say(lang, `${name} wohnt in ${ea} in ${pa}, in ${eb} aber in ${pb} – ohne erzählten Umzug.`, `${name} lives in ${pa} in ${ea} but in ${pb} in ${eb}, with no move narrated.`),
    evidence: evidenceFor(a, b),
  };
}
