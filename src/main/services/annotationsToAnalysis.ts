// Turns the writers' annotations into analysis input: tagged names join the bible, belief passages mark beliefs, facts become canon.
import type { Annotation } from '../../shared/contract';
import type { AnalyzeOptions, Bible, EntityKind, EpisodeRef } from '../../engine/types';

const entityTags: Record<string, EntityKind> = { character: 'character', place: 'place', object: 'object' };

/**
 * Only text shaped like a name is declared: one to four capitalised words, with the usual particles between them
 * (Anna, Dr. Achim Kreutzer, Ludwig van Beethoven). A tagged heading or sentence would turn its words into names.
 */
const nameShape = /^(?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:(?:von|van|der|de|da|di|du|del|la|le|zu|ten|ter|den)\s+)?\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/**
 * `annotations` must already be anchored to each episode's current text. Names the bible already knows (as a name
 * or an alias) are left as declared there; orphaned annotations are ignored until they can be placed again.
 */
export function annotationsToAnalysis(
  bible: Bible,
  episodes: readonly EpisodeRef[],
  annotationsOf: (id: string) => readonly Annotation[],
): { bible: Bible; beliefs: NonNullable<AnalyzeOptions['beliefs']> } {
  const known = new Set(bible.entities.flatMap((e) => [e.name, ...e.aliases]));
  const added: Bible['entities'] = [];
  const facts: Bible['facts'] = [];
  /** The bible's own canon wins: a fact annotation on the same subject and relation is left out. */
  const declared = new Set(bible.facts.map((f) => `${f.subject}|${f.predicate}`));
  const beliefs: NonNullable<AnalyzeOptions['beliefs']> = {};
  for (const episode of episodes) {
    for (const annotation of annotationsOf(episode.id)) {
      if (annotation.orphaned) continue;
      const tag = annotation.body.find((b) => b.purpose === 'tagging')?.value ?? '';
      const [quote, position] = annotation.target.selector;
      if (tag === 'fact' && annotation.fact) {
        const { subject, predicate, object } = annotation.fact;
        const key = `${subject.trim()}|${predicate}`;
        if (!subject.trim() || !object.trim() || declared.has(key)) continue;
        declared.add(key);
        facts.push({ subject: subject.trim(), predicate, object: object.trim(), episode: episode.file, note: `annotation ${annotation.id}` });
      } else if (tag === 'belief') {
        (beliefs[episode.file] ??= []).push({ start: position.start, end: position.end });
      } else if (entityTags[tag]) {
        const name = quote.exact.trim();
        if (!nameShape.test(name) || known.has(name)) continue;
        known.add(name);
        added.push({ id: `annotated-${entityTags[tag]}-${name}`, kind: entityTags[tag], name, aliases: [] });
      }
    }
  }
  const out = added.length || facts.length ? { ...bible, entities: [...bible.entities, ...added], facts: [...bible.facts, ...facts] } : bible;
  return { bible: out, beliefs };
}
