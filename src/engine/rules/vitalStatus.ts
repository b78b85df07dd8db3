// Rule: a character who is dead (narrated, not merely believed) acts again later with no reveal in between; a statement that they live is the reveal.
import type { Fact } from '../types';
import type { Finding, Rule } from './rule';
import { SeriesView, evidenceFor, say } from './ruleSupport';

export const vitalStatus: Rule = (input) => {
  const view = new SeriesView(input);
  const findings: Finding[] = [];
  /** Episodes told in the past tense, gathered once (not one pass over all facts per finding). */
  let pastEpisodes: Set<string> | undefined;
  for (const subject of view.subjects('vital')) {
    let dead: Fact | null = null;
    let sameReported = false;
    const vital = view.factsOf(subject, 'vital');
    /** A reveal of life, or a denial of the death ("was not dead after all"), later in the series (or in f's own episode): what comes between is the story, not a return unexplained. */
    const revealedAfter = (from: Fact, f: Fact): Fact | undefined =>
      vital.find((r) => ((r.object === 'alive' && (r.modality === 'revealed' || r.modality === 'asserted')) || (r.object === 'dead' && r.modality === 'negated')) && view.compare(r, from) > 0 && (view.compare(r, f) > 0 || r.episode === f.episode));
    /** Episodes that reveal the subject alive: a death told there is the background of the reveal ("whom all thought dead"). */
    const revealEpisodes = new Set(vital.filter((r) => r.object === 'alive' && r.modality === 'revealed').map((r) => r.episode));
    for (const f of vital) {
      if (f.modality === 'believed') continue;
      if (f.object === 'dead') {
        if (revealEpisodes.has(f.episode)) continue;
        if (f.modality === 'negated') dead = null;
        else if (!dead) {
          dead = f;
          sameReported = false;
        }
        continue;
      }
      if (!dead) continue;
      // The same sentence as the death (a relative clause about the dying person) is not a return.
      if (f.episode === dead.episode && f.start === dead.start) continue;
      const name = view.name(subject);
      const lang = view.language(f.episode);
      const a = view.label(dead.episode);
      const b = view.label(f.episode);
      // An explicit statement of being alive or having survived after a death is the story's reveal, not a return unexplained.
      const statedAlive = f.object === 'alive' && f.modality === 'asserted';
      if (f.modality === 'revealed' || statedAlive || (f.object === 'alive' && f.modality === 'negated')) {
        if (f.episode !== dead.episode) {
          findings.push({
            key: `vital-status|${subject}|reveal|${dead.episode}|${f.episode}`,
            kind: 'vital-status',
            severity: 'info',
            entity: name,
            summary: say(lang, `${name} ist in ${a} tot; in ${b} stellt sich heraus, dass ${name} lebt – gewollte Auflösung?`, `${name} is dead in ${a}; ${b} reveals that ${name} is alive – an intended reveal?`),
            evidence: evidenceFor(dead, f),
          });
        }
        dead = null;
        continue;
      }
      const sameEpisode = f.episode === dead.episode;
      if (sameEpisode && sameReported) continue;
      const acting = f.object === 'acting';
      const reveal = revealedAfter(dead, f);
      if (reveal) {
        // Acting before the reveal that explains it (the one presumed dead returns, then is recognised): a reveal, only info.
        if (reveal.episode !== dead.episode) {
          findings.push({
            key: `vital-status|${subject}|reveal|${dead.episode}|${reveal.episode}`,
            kind: 'vital-status',
            severity: 'info',
            entity: name,
            summary: say(lang, `${name} ist in ${a} tot; in ${view.label(reveal.episode)} stellt sich heraus, dass ${name} lebt – gewollte Auflösung?`, `${name} is dead in ${a}; ${view.label(reveal.episode)} reveals that ${name} is alive – an intended reveal?`),
            evidence: evidenceFor(dead, f, reveal),
          });
        }
        dead = null;
        continue;
      }
      // Within one episode told in the past tense, events are often told out of order: only worth a look.
      pastEpisodes ??= new Set(input.facts.filter((n) => n.predicate === 'narration' && n.object === 'past').map((n) => n.episode));
      const pastTold = pastEpisodes.has(f.episode);
      findings.push({
        key: `vital-status|${subject}|${dead.episode}|${f.episode}`,
        kind: 'vital-status',
        severity: sameEpisode ? (pastTold || !acting ? 'info' : 'warning') : acting && !pastTold ? 'error' : 'warning',
        entity: name,
        summary: acting
          ? say(lang, sameEpisode ? `${name} stirbt in ${a}, handelt aber später in derselben Episode wieder lebend.` : `${name} ist in ${a} tot, tritt aber in ${b} wieder lebend auf, ohne dass eine Auflösung erzählt wird.`, sameEpisode ? `${name} dies in ${a} but acts alive again later in the same episode.` : `${name} is dead in ${a} but appears alive in ${b}, with no reveal in between.`)
          : say(lang, `${name} ist in ${a} tot, aber ${b} sagt, ${name} lebe – ohne Auflösung.`, `${name} is dead in ${a}, but ${b} says ${name} is alive, with no reveal.`),
        evidence: evidenceFor(dead, f),
      });
      // After a return within the death's own episode (often told out of order), a return in a later episode still counts.
      if (sameEpisode) sameReported = true;
      else dead = null;
    }
  }
  return findings;
};
