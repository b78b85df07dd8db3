// What the fact form offers: the engine's relations and properties, and a subject and object guessed from the selected passage.
import { RELATIONS } from '../../engine/facts/relations';

/** Properties the series bible can hold as canon first (one value per person), then the engine's relation words. */
export const factPredicates: readonly string[] = [
  'father', 'mother', 'spouse', 'role', 'age', 'lives-in', 'born-in', 'attribute:eyes', 'attribute:hair', 'vital',
  ...Object.keys(RELATIONS).filter((p) => !['father', 'mother', 'spouse'].includes(p)),
];

export interface NamedEntity {
  name: string;
  aliases: readonly string[];
}

export interface FactGuess {
  subject: string;
  object: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The sentence around [start, end): from after the last . ! ? or line break before it to the next one after it. */
export function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1])) from--;
  // "Dr." inside a sentence is no sentence end: keep going over a short abbreviation.
  while (from > 1 && text[from - 1] === '.' && /(?<!\p{L})(?:Dr|Prof|Hr|Fr|Mr|Mrs|Ms|St|Nr)\.$/u.test(text.slice(Math.max(0, from - 6), from))) {
    from--;
    while (from > 0 && !/[.!?\n]/.test(text[from - 1])) from--;
  }
  let to = end;
  while (to < text.length && !/[.!?\n]/.test(text[to])) to++;
  return { from, to: Math.min(text.length, to + 1) };
}

/** Where each known name (or alias) occurs in the span, longest spellings first, as [offset, entity name]. */
function namesIn(text: string, from: number, to: number, entities: readonly NamedEntity[]): { at: number; end: number; name: string }[] {
  const span = text.slice(from, to);
  const spellings = entities.flatMap((e) => [e.name, ...e.aliases].filter((s) => s.length > 1).map((s) => ({ s, name: e.name })));
  spellings.sort((a, b) => b.s.length - a.s.length);
  const found: { at: number; end: number; name: string }[] = [];
  for (const { s, name } of spellings) {
    for (const m of span.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(s)}(?![\\p{L}\\p{N}])`, 'gu'))) {
      const at = from + m.index;
      if (found.some((f) => at < f.end && at + s.length > f.at)) continue;
      found.push({ at, end: at + s.length, name });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * The subject is the known name in the selection's sentence nearest before the selection (else the nearest at all),
 * never the name selected; the object is the name selected when it is a known one, else the selected words.
 */
export function suggestFact(text: string, start: number, end: number, entities: readonly NamedEntity[]): FactGuess {
  const selected = text.slice(start, end).trim();
  const inSelection = namesIn(text, start, end, entities);
  const object = inSelection.length === 1 && text.slice(inSelection[0].at, inSelection[0].end) === selected ? inSelection[0].name : selected;
  const sentence = sentenceAround(text, start, end);
  const around = namesIn(text, sentence.from, sentence.to, entities).filter((n) => n.end <= start || n.at >= end);
  const before = around.filter((n) => n.end <= start).pop();
  const subject = before?.name ?? around[0]?.name ?? (inSelection[0] && inSelection[0].name !== object ? inSelection[0].name : '');
  return { subject, object };
}
