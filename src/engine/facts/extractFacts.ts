// Extracts facts (relations, vital status, roles, ages, places, details, meetings) with modality from one episode.
import type { Fact } from '../types';
import type { FactInput } from './factInput';

/** Facts of one episode, subjects and entity objects given as the episode-local keys of `input.mentions`. */
export function extractFacts(input: FactInput): Fact[] {
  void input;
  return [];
}
