// The answer key of a generated series (the format of /work/shared/seeds/expected.json) and its scoring, as score-continuity.mjs does it.
import type { Conflict, ConflictKind, ContinuityReport, Language, Severity } from '../src/engine/types';

/** A passage the generator planted: the key's proof that the conflict is in the text. */
export interface PlantedPassage {
  /** Episode file name. */
  episode: string;
  quote: string;
}

export interface KeyConflict {
  id: string;
  kind: ConflictKind;
  terms: string[];
  /** One or two lists of episode file names; a found conflict has evidence in each. */
  sides: string[][];
  note: string;
  stretch?: boolean;
  passages: PlantedPassage[];
}

export interface KeyNonConflict {
  id: string;
  why: string;
  terms: string[];
  kind?: ConflictKind;
  passages: PlantedPassage[];
}

export interface AnswerKey {
  corpus: string;
  language: Language;
  about: string;
  conflicts: KeyConflict[];
  non_conflicts: KeyNonConflict[];
}

export interface Score {
  /** Key conflicts (not stretch) found. */
  found: number;
  required: number;
  /** Reported conflicts that match a key conflict. */
  matched: number;
  reported: number;
  /** Known non-conflicts that drew an unmatched alarm. */
  falseAlarms: number;
  nonConflicts: number;
  recall: number;
  precision: number;
  /** Recall per conflict kind: found / planted. */
  byKind: Record<string, { found: number; planted: number }>;
  /** Reported conflicts per kind: how many match a planted conflict. */
  reportedByKind: Record<string, { matched: number; reported: number }>;
  /** Planted non-conflicts per kind that drew a false alarm. */
  falseAlarmsByKind: Record<string, { alarmed: number; planted: number }>;
}

const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

const basename = (file: string): string => file.slice(file.lastIndexOf('/') + 1);

/**
 * Scores a report against a key exactly as /work/shared/tools/score-continuity.mjs does: a key conflict is found when
 * an open conflict at or above the minimum severity names one of its terms (entity, summary, kind or evidence quotes,
 * case-insensitive) and has evidence in an episode of each side.
 */
export function scoreReport(report: Pick<ContinuityReport, 'conflicts'>, key: AnswerKey, minSeverity: Severity = 'warning'): Score {
  const floor = rank[minSeverity];
  const conflicts = report.conflicts.filter((c) => (rank[c.severity] ?? 0) >= floor && (!c.status || c.status === 'open'));
  const texts = new Map<Conflict, string>();
  const episodes = new Map<Conflict, Set<string>>();
  for (const c of conflicts) {
    texts.set(c, [c.entity, c.summary, c.kind, ...c.evidence.map((e) => e.quote)].filter((s) => typeof s === 'string').join(' \u0001 ').toLowerCase());
    episodes.set(c, new Set(c.evidence.map((e) => basename(String(e.episode ?? '')))));
  }
  const mentionsTerm = (c: Conflict, terms: string[]): boolean => terms.some((t) => texts.get(c)!.includes(t.toLowerCase()));
  const coversSides = (c: Conflict, sides: string[][]): boolean => {
    const eps = episodes.get(c)!;
    if (sides.length === 1) return sides[0].some((s) => eps.has(basename(s)));
    return sides.every((side) => side.some((s) => eps.has(basename(s))));
  };
  // Index conflicts by episode so a key of thousands of entries does not scan every conflict per entry.
  const byEpisode = new Map<string, Conflict[]>();
  for (const c of conflicts) {
    for (const ep of episodes.get(c)!) {
      if (!byEpisode.has(ep)) byEpisode.set(ep, []);
      byEpisode.get(ep)!.push(c);
    }
  }
  const candidates = (sides: string[][]): Conflict[] => {
    const out = new Set<Conflict>();
    for (const file of sides[0]) for (const c of byEpisode.get(basename(file)) ?? []) out.add(c);
    return [...out];
  };
  const matched = new Set<Conflict>();
  const byKind: Score['byKind'] = {};
  let found = 0;
  const required = key.conflicts.filter((k) => !k.stretch);
  for (const k of key.conflicts) {
    const hits = candidates(k.sides).filter((c) => mentionsTerm(c, k.terms) && coversSides(c, k.sides));
    hits.forEach((c) => matched.add(c));
    if (k.stretch) continue;
    const tally = (byKind[k.kind] ??= { found: 0, planted: 0 });
    tally.planted++;
    if (hits.length) {
      found++;
      tally.found++;
    }
  }
  let falseAlarms = 0;
  const falseAlarmsByKind: Score['falseAlarmsByKind'] = {};
  for (const n of key.non_conflicts) {
    const bad = conflicts.some((c) => (!n.kind || c.kind === n.kind) && !matched.has(c) && mentionsTerm(c, n.terms));
    const tally = (falseAlarmsByKind[n.kind ?? 'any'] ??= { alarmed: 0, planted: 0 });
    tally.planted++;
    if (bad) {
      falseAlarms++;
      tally.alarmed++;
    }
  }
  const reportedByKind: Score['reportedByKind'] = {};
  for (const c of conflicts) {
    const tally = (reportedByKind[c.kind] ??= { matched: 0, reported: 0 });
    tally.reported++;
    if (matched.has(c)) tally.matched++;
  }
  return {
    found,
    required: required.length,
    matched: matched.size,
    reported: conflicts.length,
    falseAlarms,
    nonConflicts: key.non_conflicts.length,
    recall: required.length ? found / required.length : 1,
    precision: conflicts.length ? matched.size / conflicts.length : 1,
    byKind,
    reportedByKind,
    falseAlarmsByKind,
  };
}
