// Rule: the order of events the series states disagrees: a wedding narrated again, "never been to X" after being there, two times for one death.
import type { Fact } from '../types';
import type { Finding, Rule } from './rule';
import { SeriesView, evidenceFor, holds, say, sortedKey } from './ruleSupport';

const SPOUSE = new Set(['spouse', 'husband', 'wife']);
/** A spouse relation read from a sentence about marrying (planned, hoped for, happening) is no proof of an earlier wedding. */
const WEDDING_WORDS = /heirat|hochzeit|jawort|verlob|trauung|marr|wedding|engage|propos/iu;
/** Changes that end a marriage: after one, a new wedding of the same two is a story. */
const ENDINGS = ['divorce', 'separation', 'death'];
/** Facts that put a person in a place: having lived there is certain, having travelled there nearly so. */
const THERE: Record<string, 'error' | 'warning'> = { 'lives-in': 'error', 'comes-from': 'error', 'born-in': 'error', 'moves-to': 'error', 'been-to': 'warning' };
/** A place as a writer reads it, for comparing an entity with a name written plainly. */
const norm = (view: SeriesView, v: string): string => view.objectName(v).toLowerCase().trim();
/** Years an unstated gap between two episodes may hide (as for ages): a season's worth per ten episodes. */
const slack = (a: number, b: number): number => 1 + Math.floor(Math.abs(b - a) / 10);

export const timeline: Rule = (input) => {
  const view = new SeriesView(input);
  const findings: Finding[] = [];
  weddings(view, findings);
  neverBeen(view, findings);
  deathTimes(view, findings);
  return findings;
};

/** A wedding narrated as happening in a later episode though an earlier one already has the two married. */
function weddings(view: SeriesView, findings: Finding[]): void {
  const done = new Set<string>();
  for (const subject of view.subjects('wed-now')) {
    for (const now of view.factsOf(subject, 'wed-now')) {
      if (!holds(now)) continue;
      const pair = sortedKey(subject, now.object);
      if (done.has(pair)) continue;
      const before = view.factsOf(subject).find(
        (f) =>
          f.object === now.object &&
          holds(f) &&
          (f.predicate === 'wed-now' || f.predicate === 'wed-done' || (SPOUSE.has(f.predicate) && !WEDDING_WORDS.test(f.quote))) &&
          view.index(f.episode) < view.index(now.episode),
      );
      if (!before) continue;
      const ended = [...view.changesBetween(subject, ENDINGS, before, now), ...view.changesBetween(now.object, ENDINGS, before, now)].filter((e) => e.episode !== now.episode || e.start < now.start);
      if (ended.length) continue;
      done.add(pair);
      const lang = view.language(now.episode);
      const A = view.name(subject);
      const B = view.objectName(now.object);
      const ea = view.label(before.episode);
      const eb = view.label(now.episode);
      findings.push({
        key: `timeline|wedding|${pair}|${before.episode}|${now.episode}`,
        kind: 'timeline',
        severity: 'warning',
        entity: A,
        summary: say(lang, `${A} und ${B} heiraten in ${eb}, sind aber schon in ${ea} verheiratet – ohne erzählte Trennung.`, `${A} and ${B} marry in ${eb}, but they are already married in ${ea}, with no separation narrated.`),
        evidence: evidenceFor(before, now),
      });
    }
  }
}

/** "has never been to X" though the series has the person live in, come from or travel to X. */
function neverBeen(view: SeriesView, findings: Finding[]): void {
  for (const subject of view.subjects('never-been')) {
    const facts = view.factsOf(subject);
    for (const never of view.factsOf(subject, 'never-been')) {
      if (!holds(never)) continue;
      let prior: Fact | undefined;
      for (const f of facts) {
        const severity = THERE[f.predicate];
        if (!severity || !holds(f) || norm(view, f.object) !== norm(view, never.object)) continue;
        // Before the claim; or, for a lifelong tie (born or grown up there), anywhere.
        const earlier = view.compare(f, never) < 0;
        if (!earlier && f.predicate !== 'comes-from' && f.predicate !== 'born-in') continue;
        if (!prior || (THERE[prior.predicate] === 'warning' && severity === 'error')) prior = f;
      }
      if (!prior) continue;
      const severity = THERE[prior.predicate];
      const [a, b] = [prior, never].sort((x, y) => view.compare(x, y));
      const lang = view.language(b.episode);
      const name = view.name(subject);
      const place = view.objectName(never.object);
      const where = view.label(prior.episode);
      const lived = severity === 'error';
      findings.push({
        key: `timeline|never-been|${subject}|${never.object}`,
        kind: 'timeline',
        severity,
        entity: name,
        summary: say(
          lang,
          `${name} war laut ${view.label(never.episode)} noch nie in ${place}, doch in ${where} ${lived ? 'lebt oder stammt ' + name + ' dort' : 'reist ' + name + ' dorthin'}.`,
          `${name} has never been to ${place} in ${view.label(never.episode)}, yet in ${where} ${name} ${lived ? 'lives there or comes from there' : 'travels there'}.`,
        ),
        evidence: evidenceFor(a, b),
      });
      break;
    }
  }
}

/** Two statements of when one person died that cannot both hold (a year, or "N years ago" the series' clock cannot bridge). */
function deathTimes(view: SeriesView, findings: Finding[]): void {
  for (const subject of view.subjects('died-when')) {
    const list = view.factsOf(subject, 'died-when').filter(holds);
    let reported = false;
    for (let i = 0; i < list.length && !reported; i++) {
      for (let j = i + 1; j < list.length && !reported; j++) {
        const [a, b] = [list[i], list[j]];
        const [ka, va] = a.object.split(':');
        const [kb, vb] = b.object.split(':');
        if (ka !== kb) continue;
        let wrong = false;
        if (ka === 'year') wrong = va !== vb;
        else {
          const passed = view.yearsBetween(a, b);
          if (!Number.isFinite(passed)) continue;
          const expected = Number(va) + passed;
          const room = a.episode === b.episode ? 0 : slack(view.index(a.episode), view.index(b.episode));
          wrong = Math.abs(Number(vb) - expected) > room;
        }
        if (!wrong) continue;
        reported = true;
        const lang = view.language(b.episode);
        const name = view.name(subject);
        const show = (v: string, k: string, de: boolean): string => (k === 'year' ? v : de ? `vor ${v} Jahren` : `${v} years ago`);
        findings.push({
          key: `timeline|death-time|${subject}|${[a.object, b.object].sort().join('|')}`,
          kind: 'timeline',
          severity: ka === 'year' ? 'error' : 'warning',
          entity: name,
          summary: say(
            lang,
            `${name} stirbt laut ${view.label(a.episode)} ${show(va, ka, true)}, laut ${view.label(b.episode)} aber ${show(vb, kb, true)}.`,
            `${name} died ${show(va, ka, false)} according to ${view.label(a.episode)}, but ${show(vb, kb, false)} according to ${view.label(b.episode)}.`,
          ),
          evidence: evidenceFor(a, b),
        });
      }
    }
  }
}
