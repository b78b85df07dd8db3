// Splits an episode's text into word tokens with UTF-16 offsets, sentence numbers and sentence-start flags.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** First word of a sentence, a line, or a quotation: capitalised there whatever its kind. */
  sentenceStart: boolean;
  /** The characters between the previous token and this one. */
  gapBefore: string;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}]+)*['’]?/gu;
const OPEN_QUOTE = /["„“”«»‚‘'(\[—–]/u;
const QUOTE_BEFORE_WORD = /(^|\s)["„“«»‚‘'(\[—–]$/u;

/**
 * Tokens of `text`. `isAbbreviation(word)` says whether a word followed by "." is an abbreviation
 * (Dr., Mr., z.B.), so that the period does not end the sentence.
 */
export function tokenize(text: string, isAbbreviation: (word: string) => boolean = () => false): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let lastEnd = 0;
  let prev: Token | undefined;
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    const start = m.index;
    if (word.endsWith("'") && !/s'$/iu.test(word)) word = word.slice(0, -1);
    const end = start + word.length;
    const gap = text.slice(lastEnd, start);
    let boundary = prev === undefined;
    // A single space (most gaps) holds no line break, sentence end or quote: no regex needed.
    if (!boundary && gap !== ' ') {
      if (/\n\s*\n|\n/u.test(gap)) boundary = true;
      else if (/[!?…]/u.test(gap)) boundary = true;
      else if (/[.]/u.test(gap)) {
        const abbrev = gap.trimStart().startsWith('.') && prev !== undefined && (isAbbreviation(prev.text) || /^\p{Lu}$/u.test(prev.text));
        boundary = !abbrev;
      } else if (/:/u.test(gap) && OPEN_QUOTE.test(gap)) boundary = true;
    }
    if (boundary && prev) sentence++;
    const quoteStart = !boundary && gap !== ' ' && QUOTE_BEFORE_WORD.test(gap);
    const token: Token = { text: word, start, end, sentence, sentenceStart: boundary || quoteStart, gapBefore: gap };
    tokens.push(token);
    prev = token;
    lastEnd = end;
  }
  return tokens;
}
