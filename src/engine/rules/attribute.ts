// Rule: physical details that disagree: eye or hair colour, the side or place of a scar or tattoo, an injured limb.
import { reportStrings } from '../report/reportStrings';
import type { Fact, Severity } from '../types';
import type { Finding, Rule } from './rule';
import { SeriesView, evidenceFor, holds, say, standing, weaken } from './ruleSupport';

const WORDS: Record<string, [string, string]> = {
  eyes: ['Augenfarbe', 'eye colour'],
  hair: ['Haarfarbe', 'hair colour'],
  scar: ['Narbe', 'scar'],
  tattoo: ['Tattoo', 'tattoo'],
  injury: ['Verletzung', 'injury'],
  lame: ['steifes oder lahmes Glied', 'stiff or lame limb'],
  handedness: ['Händigkeit', 'handedness'],
  blind: ['blindes Auge', 'blind eye'],
};
const DE_VALUES: Record<string, string> = {
  blue: 'blau', green: 'grün', brown: 'braun', grey: 'grau', black: 'schwarz', blond: 'blond', red: 'rot', white: 'weiß', hazel: 'haselnussbraun',
  left: 'links', right: 'rechts', cheek: 'Wange', arm: 'Arm', leg: 'Bein', hand: 'Hand', forehead: 'Stirn', chin: 'Kinn', shoulder: 'Schulter',
  knee: 'Knie', foot: 'Fuß', neck: 'Hals', back: 'Rücken', chest: 'Brust', face: 'Gesicht', wrist: 'Handgelenk', ankle: 'Knöchel', hip: 'Hüfte',
  eyebrow: 'Augenbraue', lip: 'Lippe', ear: 'Ohr', temple: 'Schläfe', belly: 'Bauch', eye: 'Auge', 'left-handed': 'Linkshänder', 'right-handed': 'Rechtshänder',
};
/** A value in the episode's language: "left hand" reads "linke Hand" in German (the report's body-part grammar). */
const show = (value: string, lang: 'de' | 'en'): string => {
  if (lang === 'en') return value;
  const [side, part] = value.split(' ');
  const sided = part !== undefined && (side === 'left' || side === 'right') ? reportStrings('de').bodyPart(part, side) : undefined;
  return sided ?? value.split(' ').map((w) => DE_VALUES[w] ?? w).join(' ');
};

/** How two values of one detail disagree, if they do. */
function disagreement(kind: string, a: string, b: string): Severity | undefined {
  if (a === b) return undefined;
  if (kind === 'eyes' || kind === 'handedness') return 'error';
  if (kind === 'hair') return 'warning';
  const [sa, pa] = a.includes(' ') ? a.split(' ') : [undefined, a];
  const [sb, pb] = b.includes(' ') ? b.split(' ') : [undefined, b];
  if (pa === pb && sa && sb && sa !== sb) return kind === 'injury' || kind === 'lame' ? 'warning' : 'error';
  return undefined;
}

export const attribute: Rule = (input) => {
  const view = new SeriesView(input);
  const findings: Finding[] = [];
  for (const subject of view.subjects((p) => p.startsWith('attribute:') && p !== 'attribute:has')) {
    const byKind = new Map<string, Fact[]>();
    for (const f of standing(view.factsOf(subject, (p) => p.startsWith('attribute:') && p !== 'attribute:has'), input.facts)) {
      const kind = f.predicate.slice('attribute:'.length);
      const list = byKind.get(kind);
      if (list) list.push(f);
      else byKind.set(kind, [f]);
    }
    for (const [kind, facts] of byKind) {
      if (kind.startsWith('only-')) continue;
      // A tattoo or scar may have company ("another scar"); only the same body part on different sides disagrees.
      const reported = new Set<string>();
      for (let i = 0; i < facts.length; i++) {
        for (let j = i + 1; j < facts.length; j++) {
          const a = facts[i];
          const b = facts[j];
          const severity = disagreement(kind, a.object, b.object);
          if (!severity) continue;
          // A new hair colour the story narrates (dyed), or an injury healed in between, is a change, not a contradiction.
          if (kind === 'hair' && view.changesBetween(subject, ['hair-change'], a, b).length) continue;
          if ((kind === 'injury' || kind === 'lame') && view.changesBetween(subject, ['injury-healed'], a, b).length) continue;
          if (kind === 'injury') {
            // A new injury (narrated as an event) or one long past is no contradiction.
            if (Math.abs(view.index(b.episode) - view.index(a.episode)) > 2) continue;
            const fresh = view.factsOf(subject, 'event').some((e) => e.object === 'injury' && e.episode === b.episode && e.start === b.start);
            if (fresh) continue;
          }
          const key = `attribute|${kind}|${subject}|${[a.object, b.object].sort().join('|')}`;
          if (reported.has(key)) continue;
          reported.add(key);
          const name = view.name(subject);
          const lang = view.language(b.episode);
          const [wd, we] = WORDS[kind] ?? [kind, kind];
          findings.push({
            key,
            kind: 'attribute',
            severity: weaken(severity, a, b),
            entity: name,
            summary: say(
              lang,
              `${wd} von ${name}: in ${view.label(a.episode)} ${show(a.object, 'de')}, in ${view.label(b.episode)} ${show(b.object, 'de')}.`,
              `${name}'s ${we}: ${show(a.object, 'en')} in ${view.label(a.episode)}, ${show(b.object, 'en')} in ${view.label(b.episode)}.`,
            ),
            evidence: evidenceFor(a, b),
          });
        }
      }
    }
  }
  // "his only scar is on his chin" in one episode, a scar over the eye in another.
  for (const subject of view.subjects((p) => p.startsWith('attribute:only-'))) {
    for (const only of standing(view.factsOf(subject, (p) => p.startsWith('attribute:only-')), input.facts)) {
      const kind = only.predicate.slice('attribute:only-'.length);
      const other = standing(view.factsOf(subject, `attribute:${kind}`), input.facts).find(
        (f) => f.episode !== only.episode && f.object !== only.object && !view.changesBetween(subject, ['injury'], ...([f, only].sort((p, q) => view.compare(p, q)) as [Fact, Fact])).length,
      );
      if (!other) continue;
      const [a, b] = [other, only].sort((p, q) => view.compare(p, q));
      const key = `attribute|${kind}|${subject}|${[a.object, b.object].sort().join('|')}`;
      if (findings.some((f) => f.key === key)) continue;
      const name = view.name(subject);
      const lang = view.language(b.episode);
      const [wd, we] = WORDS[kind] ?? [kind, kind];
      findings.push({
        key,
        kind: 'attribute',
        severity: weaken('warning', a, b),
        entity: name,
        summary: say(
          lang,
          `${wd} von ${name}: in ${view.label(a.episode)} ${show(a.object, 'de')}, in ${view.label(b.episode)} ${show(b.object, 'de')}${a === only ? ' (als einzige)' : ''}${b === only ? ' (als einzige)' : ''}.`,
          `${name}'s ${we}: ${show(a.object, 'en')} in ${view.label(a.episode)}, ${show(b.object, 'en')} in ${view.label(b.episode)}${a === only || b === only ? ' (said to be the only one)' : ''}.`,
        ),
        evidence: evidenceFor(a, b),
      });
    }
  }
  // Something a person has in one episode and has never had in another (glasses, a beard).
  for (const subject of view.subjects('attribute:has')) {
    const list = view.factsOf(subject, 'attribute:has');
    for (const never of list.filter((f) => f.modality === 'negated')) {
      const had = list.find((f) => holds(f) && f.object === never.object && f.episode !== never.episode);
      if (!had) continue;
      const [a, b] = [had, never].sort((p, q) => view.compare(p, q));
      const name = view.name(subject);
      const lang = view.language(b.episode);
      const thing = ITEM_WORDS[never.object] ?? [never.object, never.object];
      findings.push({
        key: `attribute|has|${subject}|${never.object}`,
        kind: 'attribute',
        severity: 'warning',
        entity: name,
        summary: say(
          lang,
          `${name} hat in ${view.label(had.episode)} ${thing[0]}, in ${view.label(never.episode)} aber nie.`,
          `${name} has ${thing[1]} in ${view.label(had.episode)}, but never in ${view.label(never.episode)}.`,
        ),
        evidence: evidenceFor(a, b),
      });
      break;
    }
  }
  return findings;
};

const ITEM_WORDS: Record<string, [string, string]> = { glasses: ['eine Brille', 'glasses'], 'facial-hair': ['einen Bart', 'a beard'] };
