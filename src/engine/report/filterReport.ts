// The JSON report narrowed to the chosen options, in schema v1 with exactly the fields design notes §4.2 lists.
import type { Conflict, ContinuityReport, Entity, EpisodeRef, Evidence, Fact, QuickFix } from '../types';
import type { ReportOptions } from './reportModel';
import { reportScope } from './reportScope';

/**
 * Keeps the conflicts the options select (severity, decided, episode range) and the facts inside the range;
 * episodes and entities stay whole so every reference resolves. Extra fields a producer added are dropped.
 */
export function filterReport(report: ContinuityReport, options: ReportOptions): ContinuityReport {
  const scope = reportScope(report, options);
  return {
    schemaVersion: 1,
    project: {
      title: report.project.title,
      language: report.project.language,
      episodes: report.project.episodes.map(episodeRef),
    },
    entities: report.entities.map(entity),
    facts: report.facts.filter((f) => scope.isInRange(f.episode)).map(fact),
    conflicts: scope.conflicts.map(conflict),
  };
}

const episodeRef = (e: EpisodeRef): EpisodeRef => ({ id: e.id, title: e.title, file: e.file, index: e.index });

const entity = (e: Entity): Entity => ({
  id: e.id, kind: e.kind, name: e.name, aliases: [...e.aliases], mentions: e.mentions, episodes: [...e.episodes],
});

const fact = (f: Fact): Fact => ({
  id: f.id, subject: f.subject, predicate: f.predicate, object: f.object, modality: f.modality,
  episode: f.episode, quote: f.quote, start: f.start, end: f.end,
});

const evidence = (e: Evidence): Evidence => ({ episode: e.episode, quote: e.quote, start: e.start, end: e.end });

const fix = (f: QuickFix): QuickFix =>
  f.kind === 'rename' ? { kind: 'rename', from: f.from, to: f.to } : f.kind === 'canon' ? { kind: 'canon', factId: f.factId } : { kind: 'uncanon', fact: { ...f.fact } };

function conflict(c: Conflict): Conflict {
  const out: Conflict = {
    id: c.id, kind: c.kind, severity: c.severity, status: c.status, entity: c.entity, summary: c.summary,
    evidence: c.evidence.map(evidence),
  };
  if (c.fixes?.length) out.fixes = c.fixes.map(fix);
  if (c.note !== undefined) out.note = c.note;
  return out;
}
