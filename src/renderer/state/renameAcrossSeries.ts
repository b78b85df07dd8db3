// Quick fix across the series: renames a spelling variant in every episode (the open one as an undoable edit).
import type { ContinuityApi } from '../../shared/contract';
import type { EpisodeRef } from '../../engine/types';
import { renameInText } from '../editor/renameVariant';

export interface SeriesRenameResult {
  episodes: number;
  places: number;
  /** Titles of episodes that could not be saved, with the reason. */
  failed: { title: string; message: string }[];
}

/**
 * Renames `from` to `to` in all episodes. The open episode goes through the editor (one undoable step, saved by the
 * editor); every other episode is read, renamed and saved against the hash it was read with, so an outside change is
 * never overwritten.
 */
export async function renameAcrossSeries(
  client: Pick<ContinuityApi, 'readEpisode' | 'saveEpisode'>,
  episodes: EpisodeRef[],
  openEpisodeId: string | null,
  renameOpen: () => number,
  from: string,
  to: string,
): Promise<SeriesRenameResult> {
  const result: SeriesRenameResult = { episodes: 0, places: 0, failed: [] };
  for (const episode of episodes) {
    if (episode.id === openEpisodeId) {
      const count = renameOpen();
      if (count > 0) {
        result.episodes++;
        result.places += count;
      }
      continue;
    }
    try {
      const doc = await client.readEpisode(episode.id);
      const renamed = renameInText(doc.text, from, to);
      if (renamed.count === 0) continue;
      const saved = await client.saveEpisode(episode.id, renamed.text, doc.hash);
      if (!saved.ok) {
        result.failed.push({ title: episode.title, message: saved.message });
        continue;
      }
      result.episodes++;
      result.places += renamed.count;
    } catch (error) {
      result.failed.push({ title: episode.title, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}
