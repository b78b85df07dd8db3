// Recognises an edit that only moved an episode's facts and mentions (same claims, shifted offsets) and moves evidence to match.
import type { Evidence, Fact, Mention } from '../types';

/** Where a passage of the old episode text stands after the edit, and its text there. */
interface Moved {
  oldQuote: string;
  start: number;
  end: number;
  quote: string;
}

/** Old passage ("start:end") → the same passage after the edit. */
export type PassageMap = Map<string, Moved>;

const sameClaim = (a: Fact, b: Fact): boolean =>
  a.id === b.id && a.subject === b.subject && a.predicate === b.predicate && a.object === b.object && a.modality === b.modality && a.episode === b.episode;

/**
 * The passages of one episode's facts and mentions before and after an edit, when the edit left every claim (subject,
 * predicate, object, modality; mention entity and text) as it was and moved offsets without reordering them: every old
 * offset maps to one new offset and order (and equality) between any two offsets holds. Quotes of facts may change (a
 * word typed inside the sentence). Undefined when the edit did more.
 */
export function shiftedPassages(oldFacts: readonly Fact[], newFacts: readonly Fact[], oldMentions: readonly Mention[], newMentions: readonly Mention[]): PassageMap | undefined {
  if (oldFacts.length !== newFacts.length || oldMentions.length !== newMentions.length) return undefined;
  const olds: number[] = [];
  const news: number[] = [];
  const passages: PassageMap = new Map();
  const add = (os: number, oe: number, oldQuote: string, start: number, end: number, quote: string): boolean => {
    olds.push(os, oe);
    news.push(start, end);
    const k = `${os}:${oe}`;
    const seen = passages.get(k);
    if (!seen) passages.set(k, { oldQuote, start, end, quote });
    else if (seen.oldQuote !== oldQuote || seen.quote !== quote) return false;
    return true;
  };
  for (let k = 0; k < oldFacts.length; k++) {
    const o = oldFacts[k];
    const n = newFacts[k];
    if (!sameClaim(o, n) || !add(o.start, o.end, o.quote, n.start, n.end, n.quote)) return undefined;
  }
  for (let k = 0; k < oldMentions.length; k++) {
    const o = oldMentions[k];
    const n = newMentions[k];
    if (o.entity !== n.entity || o.text !== n.text || o.episode !== n.episode || !add(o.start, o.end, o.text, n.start, n.end, n.text)) return undefined;
  }
  // Order between offsets kept: sorted by old offset, new offsets rise exactly where old ones do.
  const order = olds.map((_, i) => i).sort((a, b) => olds[a] - olds[b]);
  for (let i = 1; i < order.length; i++) {
    const p = order[i - 1];
    const q = order[i];
    if (olds[p] === olds[q] ? news[p] !== news[q] : news[p] >= news[q]) return undefined;
  }
  return passages;
}

/**
 * Evidence moved with the passages of the edited episodes (by file); the same array when nothing in it moved;
 * undefined when some evidence of an edited episode is not a passage the map knows (then the caller checks afresh).
 */
export function moveEvidence(evidence: readonly Evidence[], moved: ReadonlyMap<string, PassageMap>): Evidence[] | undefined {
  let out: Evidence[] | undefined;
  for (let i = 0; i < evidence.length; i++) {
    const e = evidence[i];
    const passages = moved.get(e.episode);
    if (!passages) continue;
    const m = passages.get(`${e.start}:${e.end}`);
    if (!m || m.oldQuote !== e.quote) return undefined;
    if (m.start === e.start && m.end === e.end && m.quote === e.quote) continue;
    out ??= evidence.slice();
    out[i] = { ...e, quote: m.quote, start: m.start, end: m.end };
  }
  return out ?? (evidence as Evidence[]);
}
