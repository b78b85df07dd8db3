// Re-anchors an annotation in changed text by its quote (exact, prefix, suffix), then its position; pure and total.
import type { Annotation, TextPositionSelector, TextQuoteSelector } from '../../shared/contract';

export type { Annotation, TextPositionSelector, TextQuoteSelector };

export type AnnotationSelector = TextQuoteSelector | TextPositionSelector;

/** Where an annotation landed: anchored by its quote, or orphaned (kept, shown as such, never dropped). */
export type Anchor =
  | { orphaned: false; start: number; end: number; method: 'quote' | 'context' }
  | { orphaned: true };

/** How much context is stored on each side of the quote. */
export const contextChars = 32;

/** The W3C selectors that describe [start, end) of text. */
export function describeRange(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(s, e),
      prefix: text.slice(Math.max(0, s - contextChars), s),
      suffix: text.slice(e, e + contextChars),
    },
    { type: 'TextPositionSelector', start: s, end: e },
  ];
}

const maxCandidates = 20_000;

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i !== -1 && out.length < maxCandidates; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** Characters of `prefix` that match right before `at` (from the end). */
function prefixScore(text: string, at: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && at - n - 1 >= 0 && text[at - n - 1] === prefix[prefix.length - n - 1]) n++;
  return n;
}

/** Characters of `suffix` that match right from `at`. */
function suffixScore(text: string, at: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && at + n < text.length && text[at + n] === suffix[n]) n++;
  return n;
}

function pickSelectors(selectors: readonly unknown[]): { quote?: TextQuoteSelector; position?: TextPositionSelector } {
  let quote: TextQuoteSelector | undefined;
  let position: TextPositionSelector | undefined;
  for (const s of selectors) {
    if (typeof s !== 'object' || s === null) continue;
    const sel = s as Record<string, unknown>;
    if (sel.type === 'TextQuoteSelector' && typeof sel.exact === 'string') {
      quote = {
        type: 'TextQuoteSelector',
        exact: sel.exact,
        prefix: typeof sel.prefix === 'string' ? sel.prefix : '',
        suffix: typeof sel.suffix === 'string' ? sel.suffix : '',
      };
    } else if (sel.type === 'TextPositionSelector' && Number.isFinite(sel.start) && Number.isFinite(sel.end)) {
      position = { type: 'TextPositionSelector', start: Number(sel.start), end: Number(sel.end) };
    }
  }
  return { quote, position };
}

/**
 * Places an annotation in `text`: every occurrence of the exact quote is scored by how much of the stored prefix
 * and suffix surround it, ties go to the one nearest the stored position. A quote that no longer occurs is looked
 * for between its prefix and suffix (the quoted words were edited); failing that the annotation is orphaned.
 */
export function anchorAnnotation(text: string, selectors: readonly unknown[]): Anchor {
  const { quote, position } = pickSelectors(selectors);
  const near = position?.start ?? 0;
  if (!quote) {
    if (position && position.start >= 0 && position.end > position.start && position.end <= text.length) {
      return { orphaned: false, start: position.start, end: position.end, method: 'quote' };
    }
    return { orphaned: true };
  }
  const { exact } = quote;
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  const found = occurrences(text, exact);
  if (found.length) {
    let best = found[0];
    let bestScore = -1;
    let bestDist = Infinity;
    for (const at of found) {
      const score = prefixScore(text, at, prefix) + suffixScore(text, at + exact.length, suffix);
      const dist = Math.abs(at - near);
      if (score > bestScore || (score === bestScore && dist < bestDist)) {
        best = at;
        bestScore = score;
        bestDist = dist;
      }
    }
    return { orphaned: false, start: best, end: best + exact.length, method: 'quote' };
  }
  // The quote itself was edited: find the stored context with a plausible gap between prefix and suffix.
  const minContext = 8;
  if (prefix.length >= minContext && suffix.length >= minContext) {
    const maxGap = exact.length * 2 + 32;
    let best: { start: number; end: number; dist: number } | undefined;
    for (const p of occurrences(text, prefix)) {
      const from = p + prefix.length;
      const s = text.indexOf(suffix, from);
      if (s === -1 || s - from > maxGap || s === from) continue;
      const dist = Math.abs(from - near);
      if (!best || dist < best.dist) best = { start: from, end: s, dist };
    }
    if (best) return { orphaned: false, start: best.start, end: best.end, method: 'context' };
  }
  return { orphaned: true };
}

/**
 * Re-anchors every annotation in the episode's new text: anchored ones get fresh selectors (position, and the
 * quote/context as it now reads), unplaceable ones keep their old selectors and are marked orphaned. Same length out as in.
 */
export function reanchorAnnotations(text: string, annotations: readonly Annotation[]): Annotation[] {
  return annotations.map((a) => {
    const anchor = anchorAnnotation(text, a.target.selector);
    if (anchor.orphaned) return { ...a, orphaned: true };
    const { orphaned: _drop, ...rest } = a;
    return { ...rest, target: { ...a.target, selector: describeRange(text, anchor.start, anchor.end) } };
  });
}
