// Re-anchoring: exact place in the same text, follows edits elsewhere, finds edited quotes by context, orphans rather than drops.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorAnnotation, describeRange } from './anchorAnnotation';

const textArb = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'K', 'ä', '\n', 'x'), minLength: 1, maxLength: 300 });
const withRange = textArb.chain((text) =>
  fc
    .tuple(fc.nat({ max: text.length - 1 }), fc.nat({ max: text.length - 1 }))
    .map(([a, b]) => ({ text, start: Math.min(a, b), end: Math.max(a, b) + 1 })),
);

describe('anchorAnnotation', () => {
  it('finds the exact range again in unchanged text, even in repetitive text', () => {
    fc.assert(
      fc.property(withRange, ({ text, start, end }) => {
        const anchor = anchorAnnotation(text, describeRange(text, start, end));
        expect(anchor).toEqual({ orphaned: false, start, end, method: 'quote' });
      }),
      { numRuns: 500 },
    );
  });

  it('follows the quote when text is inserted before and after it', () => {
    fc.assert(
      fc.property(withRange, fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), ({ text, start, end }, before, after) => {
        const selectors = describeRange(text, start, end);
        const edited = before + text + after;
        const anchor = anchorAnnotation(edited, selectors);
        if (anchor.orphaned) throw new Error('a quote still present was orphaned');
        expect(edited.slice(anchor.start, anchor.end)).toBe(text.slice(start, end));
        if (edited.indexOf(text.slice(start, end)) === edited.lastIndexOf(text.slice(start, end))) {
          expect(anchor.start).toBe(start + before.length);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws and never lands on other words: anchored by quote means the quote is there', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.array(fc.anything(), { maxLength: 4 }), (text, junk) => {
        const anchor = anchorAnnotation(text, junk);
        if (!anchor.orphaned) {
          expect(anchor.start).toBeGreaterThanOrEqual(0);
          expect(anchor.end).toBeLessThanOrEqual(text.length);
        }
      }),
    );
  });

  it('orphans an annotation whose words were deleted', () => {
    const text = 'Kathrin betritt die Station. Der Arzt schweigt lange und sieht aus dem Fenster.';
    const sel = describeRange(text, text.indexOf('Der Arzt'), text.indexOf(' und'));
    expect(anchorAnnotation('Kathrin betritt die Station. Ende.', sel)).toEqual({ orphaned: true });
  });

  it('prefers the occurrence with matching context over the one near the old position', () => {
    const text = 'Anna sagt Ja. Dann sagt Ben Ja, zögernd. Schluss.';
    const sel = describeRange(text, text.indexOf('Ja,'), text.indexOf('Ja,') + 2);
    const edited = 'Ben sagt Ja, zögernd. Anna sagt Ja. Schluss.';
    const a = anchorAnnotation(edited, sel);
    expect(a).toMatchObject({ orphaned: false, start: edited.indexOf('Ja,') });
  });

  it('re-finds a quote whose words were edited between unchanged context', () => {
    const text = 'Im Flur der Station steht Dr. Katrin Globisch und wartet auf den Befund von heute.';
    const s = text.indexOf('Katrin');
    const sel = describeRange(text, s, s + 'Katrin'.length);
    const edited = text.replace('Katrin', 'Kathrin');
    const a = anchorAnnotation(edited, sel);
    expect(a).toEqual({ orphaned: false, start: s, end: s + 'Kathrin'.length, method: 'context' });
  });
});
