// Holds a series' episodes and an incremental analyzer; applies updates that carry only changed episodes.
import { createAnalyzer } from '../../engine';
import type { AnalyzeOptions, Episode, SeriesAnalysis } from '../../engine/types';

/** One analysis request: the series order plus only the episodes whose text or metadata changed. */
export interface AnalysisUpdate {
  order: string[];
  changed: Episode[];
  options: AnalyzeOptions;
}

export interface AnalysisSession {
  /** `onProgress` sees the engine's progress; throwing from it stops the run (cancellation). */
  apply(update: AnalysisUpdate, onProgress?: (done: number, total: number) => void): SeriesAnalysis;
}

export function createAnalysisSession(): AnalysisSession {
  const analyzer = createAnalyzer();
  const episodes = new Map<string, Episode>();
  return {
    apply({ order, changed, options }, onProgress) {
      for (const episode of changed) episodes.set(episode.id, episode);
      const keep = new Set(order);
      for (const id of [...episodes.keys()]) if (!keep.has(id)) episodes.delete(id);
      const ordered = order.map((id, index) => {
        const episode = episodes.get(id);
        if (!episode) throw new Error(`analysis update names an unknown episode: ${id}`);
        return episode.index === index ? episode : { ...episode, index };
      });
      return analyzer.analyze(ordered, onProgress ? { ...options, onProgress } : options);
    },
  };
}
