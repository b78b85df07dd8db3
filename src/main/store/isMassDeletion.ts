// Decides whether files vanishing at once look like a lost folder (unmounted, moved) rather than a writer deleting an episode.

export interface VanishedFiles {
  /** Tracked files the app knew (had read or written) and that were looked for in this scan. */
  known: string[];
  /** Those of them that are gone now. */
  vanished: string[];
  /** Project-relative paths that are episodes (the rest are continuity.json, bible.json, decisions.json). */
  isEpisode(file: string): boolean;
  /** The project folder itself can no longer be listed. */
  rootGone: boolean;
  /** The folder holding episode files (episodes/) can no longer be listed, though it was there at open. */
  episodesDirGone: boolean;
  /** The manifest file (continuity.json). */
  manifest: string;
}

/**
 * True when the vanishing must not be propagated: the project folder is gone; or the episodes folder is gone with
 * episodes in it; or the manifest went with an episode; or two or more episodes and more than half of them went at
 * once; or (the rule for large projects) three or more files and more than half of all. A single episode deleted
 * on purpose, even the last one, is an ordinary deletion.
 */
export function isMassDeletion(v: VanishedFiles): boolean {
  if (v.vanished.length === 0) return false;
  if (v.rootGone) return true;
  const knownEpisodes = v.known.filter(v.isEpisode);
  const goneEpisodes = v.vanished.filter(v.isEpisode);
  if (v.episodesDirGone && goneEpisodes.length > 0) return true;
  if (v.vanished.includes(v.manifest) && goneEpisodes.length > 0) return true;
  if (goneEpisodes.length >= 2 && goneEpisodes.length > knownEpisodes.length / 2) return true;
  return v.vanished.length >= 3 && v.vanished.length > v.known.length / 2;
}
