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
    for (const f of view.factsOf(subject, 'vital')) {
      if (f.modality === 'believed') continue;
      if (f.object === 'dead') {
        if (f.modality === 'negated') dead = null;
        else dead ??= f;
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
      const acting = f.object === 'acting';
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
      dead = null;
    }
  }
  return findings;
};
