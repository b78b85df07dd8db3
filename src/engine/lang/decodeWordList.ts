// Decodes the front-coded word lists that scripts/buildLexicons.mjs generates into a Set.

/** Each line: one char (code 48 + n) for the n characters shared with the previous word, then the rest. */
export function decodeWordList(data: string): Set<string> {
  const out = new Set<string>();
  let prev = '';
  let i = 0;
  while (i < data.length) {
    let j = data.indexOf('\n', i);
    if (j < 0) j = data.length;
    const shared = data.charCodeAt(i) - 48;
    const word = prev.slice(0, shared) + data.slice(i + 1, j);
    out.add(word);
    prev = word;
    i = j + 1;
  }
  return out;
}
