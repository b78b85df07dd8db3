// Renames a spelling variant in plain text as a whole word, keeping endings (Katrins, Kreutzers, Katrin's).

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Matches `name` as a whole word, also when followed by a genitive or plural ending (Katrins, Kreutzers, Katrin's),
 * but not inside a longer name (Katrina).
 */
export function variantPattern(name: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escape(name)}(?=(?:s|es|'s|’s|’|')?(?![\\p{L}\\p{N}_]))`, 'gu');
}

/** Replaces every whole-word occurrence of `from` with `to`; count 0 means the text is unchanged. */
export function renameInText(text: string, from: string, to: string): { text: string; count: number } {
  if (!from || from === to) return { text, count: 0 };
  let count = 0;
  const renamed = text.replace(variantPattern(from), () => {
    count++;
    return to;
  });
  return { text: renamed, count };
}
