// One-shot analysis of a whole series: entities, facts and conflicts (see createAnalyzer for the incremental form).
import { createAnalyzer } from './createAnalyzer';
import type { AnalyzeOptions, Episode, SeriesAnalysis } from './types';

/** Analyses `episodes` (any order; series order is their `index`) into the report and per-episode mentions. */
export function analyzeSeries(episodes: Episode[], options: AnalyzeOptions = {}): SeriesAnalysis {
  return createAnalyzer().analyze(episodes, options);
}
