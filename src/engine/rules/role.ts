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
  for (const subject of view.subjects('role')) findings.push(...deniedThenHeld(view, subject));
  for (const subject of view.subjects('former-role')) findings.push(...formerJobs(view, subject));
  return findings;
};

/**
 * "has never worked as a nurse" / "ist kein Arzt" in one episode, then that very job asserted in a later one with no
 * change narrated between. (A denial after the job is often a lie found out, the story's reveal: left alone.)
 */
function deniedThenHeld(view: SeriesView, subject: string): Finding[] {
  const facts = view.factsOf(subject, 'role');
  for (const no of facts) {
    if (no.modality !== 'negated') continue;
    const family = roleInfo(no.object)?.family;
    if (!family) continue;
    for (const yes of facts) {
      if (yes.modality !== 'asserted' || view.index(yes.episode) <= view.index(no.episode) || roleInfo(yes.object)?.family !== family) continue;
      if (view.changesBetween(subject, CHANGES, no, yes).length) continue;
      const name = view.name(subject);
      const lang = view.language(yes.episode);
      const ea = view.label(no.episode);
      const eb = view.label(yes.episode);
      return [
        {
          key: `role|denied|${subject}|${family}`,
          kind: 'role',
          severity: weaken('warning', no, yes),
          entity: name,
          summary: say(
            lang,
            `${name} ist in ${ea} ausdrücklich nicht ${no.object}, in ${eb} aber ${yes.object} – ohne dass ein Wechsel erzählt wird.`,
            `${name} is said not to be ${no.object} in ${ea} but is ${yes.object} in ${eb}, with no change narrated in between.`,
          ),
          evidence: evidenceFor(no, yes),
        },
      ];
    }
  }
  return [];
}

/** Two different former jobs told in different episodes and never together: worth a look (one past may hold both). */
function formerJobs(view: SeriesView, subject: string): Finding[] {
  const facts = view.factsOf(subject, 'former-role').filter((f) => f.modality === 'asserted' || f.modality === 'revealed');
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const a = facts[i];
      const b = facts[j];
      const fa = roleInfo(a.object)?.family;
      const fb = roleInfo(b.object)?.family;
      if (!fa || !fb || a.episode === b.episode || compatible(fa, fb) || fa.startsWith('position:') || fb.startsWith('position:')) continue;
      if (facts.some((x) => x.episode === a.episode && roleInfo(x.object)?.family === fb) || facts.some((x) => x.episode === b.episode && roleInfo(x.object)?.family === fa)) continue;
      const name = view.name(subject);
      const lang = view.language(b.episode);
      const ea = view.label(a.episode);
      const eb = view.label(b.episode);
      return [
        {
          key: `role|former|${subject}|${[a.object.toLowerCase(), b.object.toLowerCase()].sort().join('|')}`,
          kind: 'role',
          severity: 'info',
          entity: name,
          summary: say(lang, `${name} war laut ${ea} früher ${a.object}, laut ${eb} aber ${b.object}.`, `${name} used to be ${a.object} according to ${ea}, but ${b.object} according to ${eb}.`),
          evidence: evidenceFor(a, b),
        },
      ];
    }
  }
  return [];
}
