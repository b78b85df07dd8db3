// Extracts facts (relations, vital status, roles, ages, places, details, meetings) with modality from one episode.
import type { Fact } from '../types';
import { extractAges } from './ageFacts';
import { extractAttributes } from './attributeFacts';
import { extractEvents } from './eventFacts';
import type { FactInput } from './factInput';
import { FactSink } from './factSink';
import { Grammar } from './grammar';
import { titleTrimmedMentions } from './titleMentions';
import { de } from './lang/de';
import { en } from './lang/en';
import { extractMeetings } from './meetingFacts';
import { extractOrigins } from './originFacts';
import { extractPlaces } from './placeFacts';
import { extractRelations } from './relationFacts';
import { inversePredicate, isRelation } from './relations';
import { extractRoles } from './roleFacts';
import { buildTextModel } from './textModel';
import { extractVital } from './vitalFacts';

/** Objects of a spouse fact that name no person. */
export const NO_PARTNER = new Set(['single', 'never-married']);

/** Facts of one episode, subjects and entity objects given as the episode-local keys of `input.mentions`. */
export function extractFacts(input: FactInput): Fact[] {
  const text = input.episode.text ?? '';
  if (!text.trim()) return [];
  const lex = input.language === 'en' ? en : de;
  const model = buildTextModel(text, titleTrimmedMentions(input.mentions ?? [], lex), lex);
  const g = new Grammar(model, lex, input, input.language === 'en' ? 'en' : 'de');
  const sink = new FactSink(g, input.episode.file);
  extractRelations(g, sink);
  extractVital(g, sink);
  extractRoles(g, sink);
  extractAges(g, sink);
  extractPlaces(g, sink);
  extractOrigins(g, sink);
  extractAttributes(g, sink);
  extractMeetings(g, sink);
  extractEvents(g, sink);
  // Inverse relations: "A's father is B" ⇒ "B's son is A".
  const keys = new Set(sink.facts.map((f) => `${f.subject}|${f.predicate}|${f.object}|${f.modality}`));
  for (const f of [...sink.facts]) {
    if (!isRelation(f.predicate) || NO_PARTNER.has(f.object)) continue;
    const inverse = inversePredicate(f.predicate, g.genderOf(f.subject));
    if (!inverse) continue;
    const key = `${f.object}|${inverse}|${f.subject}|${f.modality}`;
    if (keys.has(key)) continue;
    keys.add(key);
    sink.facts.push({ ...f, id: `${f.id}~`, subject: f.object, predicate: inverse, object: f.subject });
  }
  return sink.facts;
}
