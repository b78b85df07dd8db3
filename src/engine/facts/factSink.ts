// Collects one episode's facts, quoting the sentence (or clause) each was read from, without duplicates.
import type { Fact, Modality } from '../types';
import type { Grammar } from './grammar';

const MAX_QUOTE = 320;

export class FactSink {
  readonly facts: Fact[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly g: Grammar,
    private readonly episodeFile: string,
  ) {}

  /** Add a fact read at token `at` (its sentence is the quote). Returns the fact, or undefined for a duplicate. */
  add(subject: string, predicate: string, object: string, modality: Modality, at: number): Fact | undefined {
    if (!subject || !object || subject === object) return undefined;
    // What a character tells about themself is the story's account, not a rumour.
    if (modality === 'believed' && !this.g.tokens[at]?.quoted && this.g.speakerOf(at) === subject) modality = 'asserted';
    const [a, b] = this.g.sentenceRange(at);
    let start = this.g.tokens[a].start;
    let end = this.g.tokens[b].end;
    if (end - start > MAX_QUOTE) {
      const [ca, cb] = this.g.clauseRange(at);
      start = this.g.tokens[Math.max(a, ca - 6)].start;
      end = this.g.tokens[Math.min(b, cb + 6)].end;
    }
    const dedupe = `${subject}|${predicate}|${object}|${modality}|${start}`;
    if (this.seen.has(dedupe)) return undefined;
    this.seen.add(dedupe);
    const fact: Fact = {
      id: `${this.episodeFile}#${this.facts.length}`,
      subject,
      predicate,
      object,
      modality,
      episode: this.episodeFile,
      quote: this.g.model.text.slice(start, end),
      start,
      end,
    };
    this.facts.push(fact);
    return fact;
  }
}
