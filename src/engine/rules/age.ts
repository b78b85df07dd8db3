// Rule: a person's age does not fit the time the series says has passed (birthdays, "a year later"), within or across episodes.
import type { Fact, Severity } from '../types';
import type { Finding, Rule } from './rule';
import { SeriesView, evidenceFor, say, standing, weaken } from './ruleSupport';

/** Years an unstated gap between two episodes may hide: a season's worth per ten episodes. */
const slack = (a: number, b: number): number => 1 + Math.floor(Math.abs(b - a) / 10);

export const age: Rule = (input) => {
  const view = new SeriesView(input);
  const findings: Finding[] = [];
  for (const subject of view.subjects('age')) {
    const ages = standing(view.factsOf(subject, 'age'), input.facts);
    let done = false;
    for (let i = 0; i < ages.length && !done; i++) {
      for (let j = i + 1; j < ages.length && !done; j++) {
        const a = ages[i];
        const b = ages[j];
        const na = Number(a.object);
        const nb = Number(b.object);
        if (!Number.isFinite(na) || !Number.isFinite(nb)) continue;
        const passed = view.yearsBetween(a, b);
        if (na === nb && !(passed >= 2 && Number.isFinite(passed))) continue;
        const birthdays = view.changesBetween(subject, ['birthday'], a, b).length;
        const ia = view.index(a.episode);
        const ib = view.index(b.episode);
        // Time never makes anyone younger; an uncounted "years later" ("many") allows any age from the last one up.
        const low = Number.isFinite(passed) ? Math.max(na, na + Math.floor(passed) - 1) : na;
        const high = passed === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : na + Math.ceil(passed) + birthdays + (a.episode === b.episode ? 0 : slack(ia, ib));
        if (nb >= low && nb <= high) continue;
        done = true;
        findings.push(finding(view, subject, a, b, passed, weaken(nb < na || Math.abs(nb - na) > 3 ? 'error' : 'warning', a, b)));
      }
    }
  }
  return findings;
};

function finding(view: SeriesView, subject: string, a: Fact, b: Fact, passed: number, severity: Severity): Finding {
  const name = view.name(subject);
  const lang = view.language(b.episode);
  const ea = view.label(a.episode);
  const eb = view.label(b.episode);
  const same = a.episode === b.episode;
  const months = Math.round(passed * 12);
  const span = !Number.isFinite(passed) || months < 1
    ? ''
    : passed >= 1
      ? say(lang, `; dazwischen vergehen laut Serie ${Math.round(passed * 10) / 10} Jahr(e)`, `; the series lets ${Math.round(passed * 10) / 10} year(s) pass in between`)
      : say(lang, `; dazwischen vergehen laut Serie ${months} Monat(e)`, `; the series lets ${months} month(s) pass in between`);
  return {
    key: `age|${subject}|${[a.object, b.object].sort().join('|')}|${a.episode === b.episode ? a.episode : ''}`,
    kind: 'age',
    severity,
    entity: name,
    summary: say(
      lang,
      same ? `${name} ist in ${ea} ${a.object} und ${b.object} Jahre alt.` : `${name} ist in ${ea} ${a.object} Jahre alt, in ${eb} aber ${b.object}${span}.`,
      same ? `${name} is both ${a.object} and ${b.object} years old in ${ea}.` : `${name} is ${a.object} in ${ea} but ${b.object} in ${eb}${span}.`,
    ),
    evidence: evidenceFor(a, b),
  };
}
