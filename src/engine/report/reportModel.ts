// The shape of a continuity report ready to render: plain JSON-safe data, every label already in the report language.
import type { ConflictKind, ConflictStatus, EntityKind, Language, Modality, Severity } from '../types';

/** What goes into a report and in which language (independent of the UI language). */
export interface ReportOptions {
  /** Report language; defaults to the project's language. */
  language: Language;
  /** First episode index (0-based, inclusive); undefined: from the first episode. */
  fromEpisode?: number;
  /** Last episode index (0-based, inclusive); undefined: to the last episode. */
  toEpisode?: number;
  /** Leave out conflicts below this severity ('info' keeps everything). */
  minSeverity: Severity;
  /** Keep conflicts the writers marked intended or resolved. */
  includeDecided: boolean;
  /** The report date as ISO date (YYYY-MM-DD); defaults to today. */
  date?: string;
  /** CSV field separator: ',' (RFC 4180, default) or ';' (what Excel expects in German locales). */
  csvDelimiter?: ',' | ';';
}

export interface ReportEpisode {
  id: string;
  file: string;
  title: string;
  index: number;
  /** "E03" */
  code: string;
  /** "E03 · Der Brief" */
  label: string;
}

export interface CountRow<K extends string> {
  key: K;
  label: string;
  count: number;
}

export interface ReportPassage {
  episodeFile: string;
  /** "E03 · Der Brief", or the file name when the episode is not in the project list. */
  episodeLabel: string;
  /** Series position, -1 when unknown. */
  episodeIndex: number;
  quote: string;
  start: number;
  end: number;
  /** The passage lies outside the chosen episode range (kept so both sides of the conflict are quoted). */
  outsideRange: boolean;
}

export interface ReportConflict {
  id: string;
  /** A safe HTML id/anchor: letters, digits and dashes only. */
  anchor: string;
  kind: ConflictKind;
  kindLabel: string;
  severity: Severity;
  severityLabel: string;
  status: ConflictStatus;
  statusLabel: string;
  entity: string;
  summary: string;
  note?: string;
  passages: ReportPassage[];
}

/** One claim about a character; the same claim repeated in several episodes is one row. */
export interface ReportFactRow {
  /** The first episode that makes the claim. */
  episodeLabel: string;
  episodeIndex: number;
  /** Where the claim is made: the episode label when once, else runs and a count ("E01–E03, E05 (7×)"). */
  where: string;
  /** How many passages make the claim. */
  count: number;
  predicate: string;
  predicateLabel: string;
  /** The object as a reader knows it: an entity's name, or the literal value. */
  value: string;
  modality: Modality;
  modalityLabel: string;
  /** The first passage making the claim. */
  quote: string;
}

/** One character (or other entity named by conflicts) with its conflicts and its fact history. */
export interface ReportCharacter {
  anchor: string;
  name: string;
  kind: EntityKind | null;
  kindLabel: string;
  aliases: string[];
  /** "Ort · Marienkrankenhaus": the kind (when not a character) and the other spellings; empty when there is nothing to say. */
  tagline: string;
  openCount: number;
  conflicts: ReportConflict[];
  facts: ReportFactRow[];
}

export interface ReportSpelling {
  spelling: string;
  isMainForm: boolean;
  /** Episode labels where the spelling is quoted, in series order. */
  episodes: string[];
  /** The same for reading: labels when one or two, else runs of codes ("E01–E04, E07"); empty when in no quote. */
  where: string;
}

export interface ReportNameVariants {
  entity: string;
  /** A spelling conflict concerns this name (otherwise these are known short forms and titles). */
  inConflict: boolean;
  /** Where the entity is named at all within the range, as runs: "E01–E04, E07". */
  appearsIn: string;
  spellings: ReportSpelling[];
}

export interface ReportGrid {
  episodes: ReportEpisode[];
  rows: { name: string; present: boolean[] }[];
  /** Characters left out to keep the picture readable. */
  omitted: number;
}

export interface ReportModel {
  language: Language;
  options: ReportOptions;
  title: {
    series: string;
    reportTitle: string;
    /** Localised date. */
    date: string;
    episodesCovered: string;
    /** Localised "label: value" lines describing the options used. */
    optionLines: { label: string; value: string }[];
  };
  episodes: ReportEpisode[];
  summary: {
    total: number;
    byKind: CountRow<ConflictKind>[];
    bySeverity: CountRow<Severity>[];
    byStatus: CountRow<ConflictStatus>[];
    mostOpen: { name: string; anchor: string; open: number }[];
  };
  characters: ReportCharacter[];
  nameVariants: ReportNameVariants[];
  grid: ReportGrid;
}
