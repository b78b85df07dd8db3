// Builds a FactInput from a text and the names it mentions: for tests and tools that run fact extraction alone.
import type { EntityKind, Episode, Language, Mention } from '../types';
import type { FactInput } from './factInput';

export interface NameSpec {
  /** The entity key; also matched in the text. */
  key: string;
  /** Other forms of the name in the text ("Dr. Katrin", "Katrin"). */
  forms?: string[];
  gender?: 'male' | 'female';
  kind?: EntityKind;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Mentions of every given name (longest form first, with a German genitive -s), in text order. */
export function buildFactInput(episode: Pick<Episode, 'file' | 'text'> & Partial<Episode>, language: Language, names: (string | NameSpec)[]): FactInput {
  const specs: NameSpec[] = names.map((n) => (typeof n === 'string' ? { key: n } : n));
  const forms = specs
    .flatMap((s) => [s.key, ...(s.forms ?? [])].map((form) => ({ form, key: s.key })))
    .sort((a, b) => b.form.length - a.form.length);
  const taken: boolean[] = [];
  const mentions: Mention[] = [];
  for (const { form, key } of forms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}s?(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of episode.text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      let free = true;
      for (let k = start; k < end; k++) if (taken[k]) free = false;
      if (!free) continue;
      for (let k = start; k < end; k++) taken[k] = true;
      mentions.push({ entity: key, episode: episode.file, start, end, text: m[0] });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const byKey = new Map(specs.map((s) => [s.key, s]));
  const full: Episode = { id: episode.file, title: episode.file, index: 0, language, ...episode };
  return {
    episode: full,
    language,
    mentions,
    kindOf: (key) => (byKey.has(key) ? (byKey.get(key)!.kind ?? 'character') : undefined),
    genderOf: (key) => byKey.get(key)?.gender,
  };
}
