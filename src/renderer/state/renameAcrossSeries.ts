// Quick fix across the series: renames a spelling variant in every episode (the open one as an undoable edit).
import type { ContinuityApi } from '../../shared/contract';
import type { EpisodeRef } from '../../engine/types';
import { renameInText } from '../editor/renameVariant';

export interface SeriesRenameResult {
  episodes: number;
  places: number;
  /** Titles of episodes that could not be saved, with the reason. */
  failed: { title: string; message: string }[];
  /**
   * Puts back the text every saved episode had before, in one go; an episode changed since is left alone and named.
   * The open episode is not among them: the editor's own undo (Ctrl+Z) takes its rename back.
   */
  undo(): Promise<{ restored: number; skipped: string[] }>;
}

interface RenamedEpisode {
  id: string;
  title: string;
  before: string;
  after: string;
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
  const renamedEpisodes: RenamedEpisode[] = [];
  const result: SeriesRenameResult = { episodes: 0, places: 0, failed: [], undo: () => undoRename(client, renamedEpisodes) };
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
      renamedEpisodes.push({ id: episode.id, title: episode.title, before: doc.text, after: renamed.text });
      result.episodes++;
      result.places += renamed.count;
    } catch (error) {
      result.failed.push({ title: episode.title, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}

async function undoRename(client: Pick<ContinuityApi, 'readEpisode' | 'saveEpisode'>, renamed: RenamedEpisode[]): Promise<{ restored: number; skipped: string[] }> {
  let restored = 0;
  const skipped: string[] = [];
  for (const episode of renamed) {
    try {
      const now = await client.readEpisode(episode.id);
      if (now.text !== episode.after) {
        skipped.push(episode.title);
        continue;
      }
      const saved = await client.saveEpisode(episode.id, episode.before, now.hash);
      if (saved.ok) restored++;
      else skipped.push(episode.title);
    } catch {
      skipped.push(episode.title);
    }
  }
  return { restored, skipped };
}
