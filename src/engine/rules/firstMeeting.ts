// Rule: two people meet "for the first time" (or one has never heard of the other) though earlier text has them know each other.
import { RELATIONS } from '../facts/relations';
import type { Fact, Severity } from '../types';
import type { Finding, Rule } from './rule';
import { relationWord } from './relationWords';
import { SeriesView, evidenceFor, genitive, holds, say, sortedKey } from './ruleSupport';

interface Prior {
  fact: Fact;
  severity: Severity;
  de: string;
  en: string;
}

const FAMILY_OF = new Set(['parent', 'sibling', 'spouse', 'grandparent']);

export const firstMeeting: Rule = (input) => {
  const view = new SeriesView(input);
  const findings: Finding[] = [];
  const before = (a: Fact, b: Fact): boolean => view.compare(a, b) < 0 && !(a.episode === b.episode && a.start === b.start);
  const pairFacts = new Map<string, Fact[]>();
  for (const f of input.facts) {
    if (!holds(f)) continue;
    if (!['knows', 'interacts', 'first-meeting', 'met-before'].includes(f.predicate) && !RELATIONS[f.predicate]) continue;
    const k = sortedKey(f.subject, f.object);
    const list = pairFacts.get(k);
    if (list) list.push(f);
    else pairFacts.set(k, [f]);
  }
  const done = new Set<string>();
  const claims = input.facts
    .filter((f) => (f.predicate === 'first-meeting' || f.predicate === 'never-heard-of') && holds(f))
    .sort((a, b) => view.compare(a, b));
  // Later claims in the same episode ("She introduces herself") tell the same first meeting: only the first one counts.
  const claimed = new Set<string>();
  for (const claim of claims) {
    const s = claim.subject;
    const o = claim.object;
    const pair = sortedKey(s, o);
    if (done.has(pair)) continue;
    const inEpisode = `${pair}|${claim.episode}`;
    if (claimed.has(inEpisode)) continue;
    claimed.add(inEpisode);
    const lang = view.language(claim.episode);
    const S = view.name(s);
    const O = view.name(o);
    let prior: Prior | undefined;
    const consider = (p: Prior): void => {
      const rank = { error: 2, warning: 1, info: 0 };
      if (!prior || rank[p.severity] > rank[prior.severity] || (rank[p.severity] === rank[prior.severity] && view.compare(p.fact, prior.fact) < 0)) prior = p;
    };
    for (const f of pairFacts.get(pair) ?? []) {
      // A flashback or memory of the two together lies before the story's present, whichever episode tells it.
      if (f.predicate === 'met-before') {
        if (f.episode !== claim.episode) consider({ fact: f, severity: 'warning', de: `zeigt ${view.label(f.episode)} die beiden schon früher miteinander`, en: `${view.label(f.episode)} shows the two together long before` });
        continue;
      }
      if (!before(f, claim)) continue;
      const ep = view.label(f.episode);
      if (f.predicate === 'first-meeting') {
        if (f.episode !== claim.episode) consider({ fact: f, severity: 'error', de: `treffen sie sich schon in ${ep} zum ersten Mal`, en: `they already meet for the first time in ${ep}` });
      } else if (f.predicate === 'knows') {
        consider({ fact: f, severity: 'error', de: `kennen sie sich in ${ep} bereits`, en: `they already know each other in ${ep}` });
      } else if (f.predicate === 'interacts') {
        // Dealing with each other earlier in the same episode is usually the first meeting being told ("serves him. She has never seen him before").
        if (f.episode !== claim.episode) consider({ fact: f, severity: 'warning', de: `haben sie in ${ep} bereits miteinander zu tun`, en: `they already deal with each other in ${ep}` });
      } else {
        const m = RELATIONS[f.predicate];
        // Meeting an absent parent for the first time is a story; knowing a sibling, friend or colleague is not.
        if (m && m.category !== 'parent') {
          consider({ fact: f, severity: 'error', de: `ist ${view.objectName(f.object)} in ${ep} bereits ${genitive(view.name(f.subject), 'de')} ${relationWord(f.predicate, 'de')}`, en: `${view.objectName(f.object)} is already ${genitive(view.name(f.subject), 'en')} ${relationWord(f.predicate, 'en')} in ${ep}` });
        }
      }
    }
    // One of them looks after the other's family in an earlier episode ("kümmert sich um Katrins Familie").
    for (const [x, y] of [
      [s, o],
      [o, s],
    ]) {
      for (const f of view.factsOf(x, 'interacts-family')) {
        if (!holds(f) || !before(f, claim) || f.episode === claim.episode) continue;
        const head = f.object;
        const related = view.factsOf(head).some((r) => r.object === y && holds(r) && FAMILY_OF.has(RELATIONS[r.predicate]?.category ?? '') && view.compare(r, claim) < 0);
        if (!related && head !== y) continue;
        const ep = view.label(f.episode);
        const X = view.name(x);
        const Y = view.name(y);
        const H = view.name(head);
        consider({ fact: f, severity: 'warning', de: `kümmert sich ${X} schon in ${ep} um die Familie von ${H}, zu der ${Y} gehört`, en: `${X} already looks after ${genitive(H, 'en')} family, which includes ${Y}, in ${ep}` });
      }
    }
    if (!prior) continue;
    done.add(pair);
    // Name the tie the series gives the two, if any ("seinen Vater Friedrich").
    // The pair's facts hold every candidate, in input order: no pass over all facts per finding.
    const tie = (pairFacts.get(pair) ?? []).find((f) => f.subject === s && f.object === o && RELATIONS[f.predicate] && holds(f));
    const tieDe = tie ? ` (${O} ist laut ${view.label(tie.episode)} ${genitive(S, 'de')} ${relationWord(tie.predicate, 'de')})` : '';
    const tieEn = tie ? ` (${O} is ${genitive(S, 'en')} ${relationWord(tie.predicate, 'en')} in ${view.label(tie.episode)})` : '';
    const heard = claim.predicate === 'never-heard-of';
    const here = view.label(claim.episode);
    findings.push({
      key: `first-meeting|${pair}|${prior.fact.episode}|${claim.episode}`,
      kind: 'first-meeting',
      severity: heard && prior.severity === 'error' ? 'warning' : prior.severity,
      entity: S,
      summary: say(
        lang,
        heard ? `${S} hat in ${here} noch nie von ${O} gehört${tieDe}, doch ${prior.de}.` : `${S} trifft ${O} in ${here} zum ersten Mal${tieDe}, doch ${prior.de}.`,
        heard ? `${S} has never heard of ${O} in ${here}${tieEn}, yet ${prior.en}.` : `${S} meets ${O} for the first time in ${here}${tieEn}, yet ${prior.en}.`,
      ),
      evidence: evidenceFor(prior.fact, claim),
    });
  }
  findings.push(...memoriesOfFirstMeeting(view, input.facts));
  return findings;
};

/** Two memories of how a pair first met that name different years ("first met in 1995" here, "in the winter of 1996" there). */
function memoriesOfFirstMeeting(view: SeriesView, facts: Fact[]): Finding[] {
  const years = new Map<string, string>();
  for (const f of facts) if (f.predicate === 'first-met-year' && holds(f)) years.set(`${f.subject}|${f.episode}|${f.start}`, f.object);
  if (!years.size) return [];
  const byPair = new Map<string, { fact: Fact; year: string }[]>();
  for (const f of facts) {
    if (f.predicate !== 'first-met' || !holds(f) || f.subject > f.object) continue;
    const year = years.get(`${f.subject}|${f.episode}|${f.start}`);
    if (!year) continue;
    const pair = sortedKey(f.subject, f.object);
    const list = byPair.get(pair) ?? [];
    list.push({ fact: f, year });
    byPair.set(pair, list);
  }
  const out: Finding[] = [];
  for (const [pair, list] of byPair) {
    list.sort((p, q) => view.compare(p.fact, q.fact));
    const other = list.find((m) => m.year !== list[0].year && m.fact.episode !== list[0].fact.episode);
    if (!other) continue;
    const a = list[0];
    const S = view.name(a.fact.subject);
    const O = view.name(a.fact.object);
    out.push({
      key: `first-meeting|${pair}|${a.year}|${other.year}`,
      kind: 'first-meeting',
      severity: 'warning',
      entity: S,
      summary: say(
        view.language(other.fact.episode),
        `${S} und ${O} haben sich laut ${view.label(a.fact.episode)} ${a.year} kennengelernt, laut ${view.label(other.fact.episode)} aber ${other.year}.`,
        `${S} and ${O} first met in ${a.year} according to ${view.label(a.fact.episode)}, but in ${other.year} according to ${view.label(other.fact.episode)}.`,
      ),
      evidence: evidenceFor(a.fact, other.fact),
    });
  }
  return out;
}
