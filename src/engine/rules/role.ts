// Rule: one person's occupation or position changes between episodes with no narrated change (promotion, new job).
import { roleInfo } from '../facts/roleInfo';
import type { Fact, Severity } from '../types';
import type { Finding, Rule } from './rule';
import { SeriesView, evidenceFor, say, standing, weaken } from './ruleSupport';

const CHANGES = ['promotion', 'new-job'];
/** Families one person plausibly holds at once or that name the same work. */
const COMPATIBLE = [
  ['doctor', 'therapist'],
  ['nurse', 'midwife'],
  ['doctor', 'teacher'],
  ['trainee', 'doctor'],
  ['trainee', 'nurse'],
  ['trainee', 'police'],
  ['trainee', 'legal'],
  ['trainee', 'teacher'],
];
const compatible = (a: string, b: string): boolean => a === b || COMPATIBLE.some(([x, y]) => (x === a && y === b) || (x === b && y === a));

interface Held {
  fact: Fact;
  family: string;
  rank?: number;
}

export const role: Rule = (input) => {
  const view = new SeriesView(input);
  const findings: Finding[] = [];
  for (const subject of view.subjects('role')) {
    const held: Held[] = [];
    for (const f of standing(view.factsOf(subject, 'role'), input.facts)) {
      const info = roleInfo(f.object);
      if (info) held.push({ fact: f, family: info.family, rank: info.rank });
    }
    const episodesOf = (family: string): Set<string> => new Set(held.filter((h) => h.family === family).map((h) => h.fact.episode));
    const reported = new Set<string>();
    for (let i = 0; i < held.length; i++) {
      for (let j = i + 1; j < held.length; j++) {
        const a = held[i];
        const b = held[j];
        if (a.fact.episode === b.fact.episode) continue;
        const pa = a.family.startsWith('position:');
        const pb = b.family.startsWith('position:');
        let severity: Severity | undefined;
        let why = '';
        if (!pa && !pb && !compatible(a.family, b.family)) {
          // Two occupations that are never stated together.
          const ea = episodesOf(a.family);
          if ([...episodesOf(b.family)].some((e) => ea.has(e))) continue;
          severity = 'warning';
          why = 'occupation';
        } else if (pa !== pb && a.family !== b.family) {
          // A head in one episode, only a plain job in another, and never both at once.
          const pos = pa ? a : b;
          const job = pa ? b : a;
          const posEpisodes = episodesOf(pos.family);
          if (held.some((h) => h.family === job.family && posEpisodes.has(h.fact.episode))) continue;
          severity = 'warning';
          why = 'position';
        } else if (a.family === b.family && a.rank !== undefined && b.rank !== undefined && a.rank !== b.rank) {
          severity = b.rank < a.rank ? 'warning' : 'info';
          why = 'rank';
        }
        if (!severity) continue;
        if (view.changesBetween(subject, CHANGES, a.fact, b.fact).length) continue;
        const key = `role|${subject}|${[a.fact.object.toLowerCase(), b.fact.object.toLowerCase()].sort().join('|')}`;
        if (reported.has(why)) continue;
        reported.add(why);
        const name = view.name(subject);
        const lang = view.language(b.fact.episode);
        const ea = view.label(a.fact.episode);
        const eb = view.label(b.fact.episode);
        findings.push({
          key,
          kind: 'role',
          severity: weaken(severity, a.fact, b.fact),
          entity: name,
          summary: say(
            lang,
            `${name} ist in ${ea} ${a.fact.object}, in ${eb} aber ${b.fact.object} – ohne dass ein Wechsel erzählt wird.`,
            `${name} is ${a.fact.object} in ${ea} but ${b.fact.object} in ${eb}, with no change narrated in between.`,
          ),
          evidence: evidenceFor(a.fact, b.fact),
        });
      }
    }
  }
  return findings;
};
