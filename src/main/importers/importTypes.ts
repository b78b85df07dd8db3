// What every importer yields: episodes as plain text plus the character names the source declares, and warnings.

export interface ImportedEpisode {
  title: string;
  /** Plain text / Markdown with \n line endings, as it will be stored in episodes/. */
  text: string;
  /** Names the source marks as characters (screenplay cues); feeds the entity detector. */
  knownCharacters: string[];
}

export interface ImportResult {
  episodes: ImportedEpisode[];
  /** Things a writer should know (parts skipped, notes removed, a heading split); never fatal. */
  warnings: string[];
}

export interface ImportLimits {
  /** Largest input file in bytes. */
  maxBytes: number;
  /** Time budget per file in milliseconds. */
  timeoutMs: number;
  /** DOCX: largest total uncompressed size of the zip entries. */
  maxUnzippedBytes: number;
  /** DOCX: most zip entries. */
  maxZipEntries: number;
  /** XML: deepest element nesting. */
  maxXmlDepth: number;
  /** Most episodes one file may split into. */
  maxEpisodes: number;
}

export const defaultImportLimits: ImportLimits = {
  maxBytes: 50 * 1024 * 1024,
  timeoutMs: 8_000,
  maxUnzippedBytes: 200 * 1024 * 1024,
  maxZipEntries: 5_000,
  maxXmlDepth: 256,
  maxEpisodes: 1_000,
};
