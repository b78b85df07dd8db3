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
const SINGLE_CAPITAL = /^\p{Lu}$/u;

/** Whether the gap holds a sentence-ending mark (!, ? or an ellipsis). */
function hasEnder(gap: string): boolean {
  for (let k = 0; k < gap.length; k++) {
    const c = gap.charCodeAt(k);
    if (c === 33 || c === 63 || c === 0x2026) return true;
  }
  return false;
}

/** Whether the gap's first non-blank character is a period. */
function periodFirst(gap: string): boolean {
  for (let k = 0; k < gap.length; k++) {
    const c = gap.charCodeAt(k);
    if (c === 46) return true;
    if (!(c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000)) return false;
  }
  return false;
}

/**
 * Tokens of `text`. `isAbbreviation(word)` says whether a word followed by "." is an abbreviation
 * (Dr., Mr., z.B.), so that the period does not end the sentence.
 */
export function tokenize(text: string, isAbbreviation: (word: string) => boolean = () => false): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let lastEnd = 0;
  let prev: Token | undefined;
  // One regex walk; gaps are read by character code (a single space, most gaps, needs no look at all).
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    let word = m[0];
    const start = m.index;
    const lastCode = word.charCodeAt(word.length - 1);
    if (lastCode === 39) {
      // A trailing apostrophe stays only as a possessive after s ("James'").
      const before = word.charCodeAt(word.length - 2);
      if ((before | 32) !== 115 && before !== 0x17f) word = word.slice(0, -1);
    }
    const end = start + word.length;
    const gap = start - lastEnd === 1 && text.charCodeAt(lastEnd) === 32 ? ' ' : text.slice(lastEnd, start);
    let boundary = prev === undefined;
    if (!boundary && gap !== ' ') {
      if (gap.includes('\n')) boundary = true;
      else if (hasEnder(gap)) boundary = true;
      else if (gap.includes('.')) {
        const abbrev = periodFirst(gap) && prev !== undefined && (isAbbreviation(prev.text) || SINGLE_CAPITAL.test(prev.text));
        boundary = !abbrev;
      } else if (gap.includes(':') && OPEN_QUOTE.test(gap)) boundary = true;
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
