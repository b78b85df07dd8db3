// The engine's domain types: plain JSON-safe data shared by the engine, workers, IPC and the CLI.

/** A language the engine has lexicons and grammar for. */
export type Language = 'de' | 'en';

/** One episode as the engine sees it: plain text plus where it stands in the series. */
export interface Episode {
  /** Stable id within the project (the file name without extension is a good one). */
  id: string;
  /** The episode's file name as it stands in the project or on the command line (used in evidence). */
  file: string;
  title: string;
  /** Position in series order, from 0. */
  index: number;
  /** The writer's plain text; all offsets are UTF-16 offsets into this string. */
  text: string;
  /** Set by the project manifest; detected from the text when absent. */
  language?: Language;
}

export type EntityKind = 'character' | 'place' | 'organisation' | 'object';

/** A person, place, organisation or object the series mentions, with every spelling of its name. */
export interface Entity {
  id: string;
  kind: EntityKind;
  /** The fullest, most frequent form: "Kathrin Globisch". */
  name: string;
  /** Every other form seen or declared: "Kathrin", "Dr. Katrin". */
  aliases: string[];
  mentions: number;
  /** Ids of the episodes that mention it, in series order. */
  episodes: string[];
}

/** One place in an episode where an entity is named. */
export interface Mention {
  entity: string;
  /** Episode file name. */
  episode: string;
  start: number;
  end: number;
  /** The text as written, e.g. "Kathrins". */
  text: string;
}

/** How the text holds a fact: as narrated truth, as someone's belief or claim, denied, or as a reveal. */
export type Modality = 'asserted' | 'believed' | 'revealed' | 'negated';

/** A claim the text makes about an entity. */
export interface Fact {
  id: string;
  /** Entity id. */
  subject: string;
  /** e.g. father, mother, child, spouse, colleague, vital, role, age, lives-in, works-at, first-meeting, attribute:eyes. */
  predicate: string;
  /** Entity id, or a literal value ("dead", "42", "Oberarzt", "blue"). */
  object: string;
  modality: Modality;
  /** Episode file name. */
  episode: string;
  quote: string;
  start: number;
  end: number;
}

export type ConflictKind =
  | 'spelling'
  | 'vital-status'
  | 'relationship'
  | 'role'
  | 'age'
  | 'place'
  | 'attribute'
  | 'first-meeting'
  | 'timeline'
  | 'plot';

export type Severity = 'error' | 'warning' | 'info';
export type ConflictStatus = 'open' | 'intended' | 'resolved';

/** A passage that takes part in a conflict. */
export interface Evidence {
  /** Episode file name. */
  episode: string;
  quote: string;
  start: number;
  end: number;
}

/** A quick fix the editor can offer for a conflict. */
export type QuickFix =
  | { kind: 'rename'; from: string; to: string }
  | { kind: 'canon'; factId: string }
  /** Takes a canon fact out of the series bible again (offered on conflicts against the bible). */
  | { kind: 'uncanon'; fact: CanonFact };

/** A place where the series contradicts itself. */
export interface Conflict {
  /** Stable fingerprint: survives re-analysis and edits elsewhere. */
  id: string;
  kind: ConflictKind;
  severity: Severity;
  status: ConflictStatus;
  /** Display name of the entity concerned. */
  entity: string;
  /** One sentence a writer understands, in the episode's language. */
  summary: string;
  /** At least one passage in each episode involved. */
  evidence: Evidence[];
  fixes?: QuickFix[];
  /** The writers' note when the conflict was decided. */
  note?: string;
}

/** A writer's decision about a conflict, keyed by the conflict's fingerprint. */
export interface Decision {
  conflictId: string;
  status: 'intended' | 'resolved';
  note?: string;
  by?: string;
  /** ISO date-time. */
  at: string;
}

/** A series bible entry the writers declared; it overrides detection. */
export interface BibleEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  /** Spellings that must never be merged into this entity. */
  notAliases?: string[];
}

/** A fact the writers declared canonical. */
export interface CanonFact {
  subject: string;
  predicate: string;
  object: string;
  note?: string;
  /** File name of the episode the fact was declared from (its age or home holds from there on); absent: the whole series. */
  episode?: string;
}

/** The writers' series bible: declared entities, canonical facts, and words that are not names. */
export interface Bible {
  entities: BibleEntity[];
  facts: CanonFact[];
  /** Capitalised words the detector must not take for names. */
  notNames: string[];
  /** Pairs of names that are two different people, never spelling variants. */
  distinct: [string, string][];
}

export interface EpisodeRef {
  id: string;
  title: string;
  file: string;
  index: number;
}

/** The JSON report of design notes §4.2 (schemaVersion 1). */
export interface ContinuityReport {
  schemaVersion: 1;
  project: { title: string; language: Language; episodes: EpisodeRef[] };
  entities: Entity[];
  facts: Fact[];
  conflicts: Conflict[];
}

/** Everything one analysis run yields: the report plus the per-episode mentions the editor underlines. */
export interface SeriesAnalysis {
  report: ContinuityReport;
  /** Mentions per episode file name. */
  mentions: Record<string, Mention[]>;
}

export interface AnalyzeOptions {
  title?: string;
  /** 'auto' (default) detects the language per episode. */
  language?: Language | 'auto';
  bible?: Bible;
  decisions?: Decision[];
  /**
   * Passages the writers marked as a belief rather than a fact, per episode file (UTF-16 offsets):
   * facts the text asserts there count as believed.
   */
  beliefs?: Record<string, { start: number; end: number }[]>;
  /** Called as episodes are worked through (a long first analysis shows a progress bar); throwing from it stops the run. */
  onProgress?: (done: number, total: number) => void;
}

export const emptyBible = (): Bible => ({ entities: [], facts: [], notNames: [], distinct: [] });
