// The one API contract between the renderer and the main process: types, method names and argument schemas.
import { z } from 'zod';
import { apiMethodNames, reportFormats, type ApiMethodName, type ReportFormatName } from './apiMethods';
import type {
  Bible,
  CanonFact,
  Conflict,
  ContinuityReport,
  Decision,
  EpisodeRef,
  Language,
  Mention,
} from '../engine/types';

export { channelPrefix, eventChannel, reportFormats, type ReportFormatName } from './apiMethods';

/** A file of the project that could not be read, named with the reason. */
export interface FileProblem {
  file: string;
  reason: string;
}

export interface ProjectInfo {
  title: string;
  language: Language;
  /** Folder name, for display only: the renderer never sees absolute paths. */
  folderName: string;
  episodes: EpisodeRef[];
  readOnly: boolean;
  /** Why the project is read-only (open in another window or process, folder not writable), for the banner. */
  readOnlyReason?: string;
  problems: FileProblem[];
}

/** A project in the recent list of the start screen. */
export interface RecentProjectEntry {
  /** Absolute path of the project folder (shown so the writer knows which copy it is). */
  path: string;
  title: string;
  /** ISO date-time it was last opened. */
  openedAt: string;
  /** The folder is gone or is no longer a project (a drive not mounted, moved, deleted). */
  missing: boolean;
}

/** What the start screen shows when no project is open. */
export interface StartInfo {
  /** A project is open in this window. */
  open: boolean;
  recent: RecentProjectEntry[];
  /** A native folder dialog is available (Electron); otherwise the start screen asks for a typed path. */
  canChooseFolder: boolean;
  /** The bundled demo series can be opened. */
  hasDemo: boolean;
}

/** How an open request ended: opened here, or another window already had it and was brought forward. */
export interface OpenOutcome {
  opened: boolean;
  focusedElsewhere: boolean;
}

export interface EpisodeDocument {
  id: string;
  file: string;
  title: string;
  text: string;
  /** Content hash of the text on disk; pass it back when saving. */
  hash: string;
}

export type SaveResult =
  | { ok: true; hash: string }
  | { ok: false; reason: 'changed-on-disk' | 'read-only' | 'io'; message: string };

/** What the editor needs for one episode: names to underline and conflicts to flag. */
export interface EpisodeView {
  episodeId: string;
  /** Analysis version these results come from; newer replaces older. */
  version: number;
  mentions: Mention[];
  /** Conflicts with evidence in this episode (evidence elsewhere included, for side-by-side). */
  conflicts: Conflict[];
}

export interface AnalysisReport {
  version: number;
  report: ContinuityReport;
}

export type ServiceEvent =
  | { type: 'analysis'; version: number; conflicts: number }
  /** A long task's progress; `id` names it for cancelTask, `state` says when it ended (the bar goes away). */
  | { type: 'progress'; task: string; done: number; total: number; id?: string; detail?: string; state?: 'running' | 'done' | 'cancelled' | 'failed' }
  | { type: 'episode-changed'; id: string; hash: string }
  | { type: 'project-changed' }
  /** A project was opened or closed in this window (the start screen shows when none is open). */
  | { type: 'session'; open: boolean }
  | { type: 'error'; message: string }
  /** A menu command the renderer carries out (it owns the dialogs for these). */
  | { type: 'command'; command: AppCommand };

export type AppCommand = 'close-project' | 'export-report' | 'import-files' | 'find' | 'find-in-series' | 'next-problem' | 'previous-problem';

export type DecisionInput = Pick<Decision, 'status' | 'note'>;

/** What takeAsCanon wrote into the bible: the new canon fact and the canon facts it replaced (for undo). */
export interface CanonChange {
  added: CanonFact;
  replaced: CanonFact[];
}

/** Unsaved typing found in the recovery journal when a project opens (after a crash or a kill). */
export interface Recovery {
  id: string;
  file: string;
  title: string;
  text: string;
  /** ISO date-time it was journalled. */
  at: string;
  /** Hash of the episode on disk now: pass it as baseHash to save the recovered text. */
  diskHash?: string;
}

/** Where an annotation sits, by its words and their context (W3C TextQuoteSelector). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** Where an annotation sat, by UTF-16 offsets (W3C TextPositionSelector). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** A W3C Web Annotation on an episode: the writer's note, tag or fact, anchored by quote and position. */
export interface Annotation {
  id: string;
  type: 'Annotation';
  created: string;
  modified?: string;
  creator?: string;
  motivation?: 'commenting' | 'highlighting' | 'questioning' | 'tagging';
  body: { type: 'TextualBody'; value: string; format?: 'text/plain'; purpose?: string }[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
  /** The quote can no longer be found in the text: kept and shown, never dropped. */
  orphaned?: boolean;
  /** A fact annotation (tagged "fact"): what the passage says, as subject, relation (an engine predicate) and object. */
  fact?: AnnotationFact;
}

/** The writer's reading of a passage as a fact: subject (a bible name), predicate ("father", "role"), object (a name or a value). */
export interface AnnotationFact {
  subject: string;
  predicate: string;
  object: string;
}


export interface ExportOptions {
  language?: Language;
  minSeverity?: 'error' | 'warning' | 'info';
  includeDecided?: boolean;
  fromEpisode?: number;
  toEpisode?: number;
}

/** An exported report, ready to save: text formats as UTF-8, binary ones base64-encoded. */
export interface ExportedReport {
  fileName: string;
  mimeType: string;
  encoding: 'utf8' | 'base64';
  data: string;
}

/** A file the writer dropped or chose for import, its bytes base64-encoded. */
export interface ImportFileInput {
  name: string;
  data: string;
}

export interface ImportOutcome {
  added: EpisodeRef[];
  /** One readable line per problem: a file that could not be imported, or a part of one that was skipped. */
  warnings: string[];
}

/** One earlier version of an episode file. */
export interface HistoryEntry {
  version: string;
  file: string;
  /** ISO date-time when it was replaced by a newer save. */
  savedAt: string;
  size: number;
  hash: string;
}

const episodeId = z.string().min(1).max(200);
const conflictId = z.string().min(1).max(200);
const maxEpisodeChars = 20_000_000;
const shortText = z.string().max(10_000);
const nameText = z.string().min(1).max(200);
const entityKind = z.enum(['character', 'place', 'organisation', 'object']);
const annotationSchema = z.object({
  id: z.string().min(1).max(200),
  type: z.literal('Annotation'),
  created: z.string().max(40),
  modified: z.string().max(40).optional(),
  creator: z.string().max(200).optional(),
  motivation: z.enum(['commenting', 'highlighting', 'questioning', 'tagging']).optional(),
  body: z.array(z.object({ type: z.literal('TextualBody'), value: shortText, format: z.literal('text/plain').optional(), purpose: z.string().max(40).optional() }).strict()).max(20),
  target: z.object({
    source: z.string().max(500),
    selector: z.tuple([
      z.object({ type: z.literal('TextQuoteSelector'), exact: shortText, prefix: z.string().max(200).optional(), suffix: z.string().max(200).optional() }).strict(),
      z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(0) }).strict(),
    ]),
  }).strict(),
  orphaned: z.boolean().optional(),
  fact: z.object({ subject: nameText, predicate: z.string().min(1).max(100), object: z.string().min(1).max(500) }).strict().optional(),
}).strict();
const canonFactSchema = z.object({
  subject: nameText, predicate: z.string().min(1).max(100), object: z.string().min(1).max(500), note: shortText.optional(), episode: z.string().min(1).max(500).optional(),
}).strict();
const bibleSchema = z.object({
  entities: z.array(z.object({
    id: z.string().min(1).max(200), kind: entityKind, name: nameText,
    aliases: z.array(nameText).max(200), notAliases: z.array(nameText).max(200).optional(),
  }).strict()).max(50_000),
  facts: z.array(canonFactSchema).max(100_000),
  notNames: z.array(nameText).max(50_000),
  distinct: z.array(z.tuple([nameText, nameText])).max(50_000),
}).strict();

/** Argument schemas of every method; main validates each call against them before it runs. */
export const apiArgs = {
  getProject: z.tuple([]),
  readEpisode: z.tuple([episodeId]),
  saveEpisode: z.tuple([episodeId, z.string().max(maxEpisodeChars), z.string().max(200)]),
  getReport: z.tuple([]),
  getEpisodeView: z.tuple([episodeId]),
  setDecision: z.tuple([
    conflictId,
    z.union([
      z.object({ status: z.enum(['intended', 'resolved']), note: z.string().max(10_000).optional() }).strict(),
      z.null(),
    ]),
  ]),
  journalEdit: z.tuple([episodeId, z.string().max(maxEpisodeChars)]),
  getRecoveries: z.tuple([]),
  discardRecovery: z.tuple([episodeId]),
  listHistory: z.tuple([episodeId]),
  readHistory: z.tuple([episodeId, z.string().min(1).max(200)]),
  restoreHistory: z.tuple([episodeId, z.string().min(1).max(200)]),
  getAnnotations: z.tuple([episodeId]),
  saveAnnotations: z.tuple([episodeId, z.array(annotationSchema).max(10_000)]),
  getBible: z.tuple([]),
  saveBible: z.tuple([bibleSchema]),
  renameEverywhere: z.tuple([nameText, nameText, episodeId.optional()]),
  importEpisodes: z.tuple([z.array(z.object({ name: z.string().min(1).max(255), data: z.string().max(90_000_000) }).strict()).min(1).max(500)]),
  getStart: z.tuple([]),
  openProject: z.tuple([z.string().min(1).max(4096)]),
  createProject: z.tuple([z.string().min(1).max(4096), z.string().trim().min(1).max(200), z.enum(['de', 'en'])]),
  openDemo: z.tuple([]),
  closeProject: z.tuple([]),
  forgetRecent: z.tuple([z.string().min(1).max(4096)]),
  chooseFolder: z.tuple([z.enum(['open', 'create'])]),
  reopenProject: z.tuple([]),
  keepCopy: z.tuple([episodeId, z.string().max(maxEpisodeChars), z.enum(['mine', 'theirs'])]),
  previewReplace: z.tuple([z.string().min(1).max(1000), z.object({ wholeWord: z.boolean(), matchCase: z.boolean() }).strict()]),
  replaceInSeries: z.tuple([z.string().min(1).max(1000), z.string().max(10_000), z.object({ wholeWord: z.boolean(), matchCase: z.boolean() }).strict()]),
  undoReplace: z.tuple([z.string().min(1).max(100)]),
  exportReport: z.tuple([
    z.enum(reportFormats),
    z.object({
      language: z.enum(['de', 'en']).optional(),
      minSeverity: z.enum(['error', 'warning', 'info']).optional(),
      includeDecided: z.boolean().optional(),
      fromEpisode: z.number().int().min(0).optional(),
      toEpisode: z.number().int().min(0).optional(),
    }).strict(),
  ]),
  takeAsCanon: z.tuple([z.string().min(1).max(300)]),
  removeCanonFact: z.tuple([canonFactSchema, z.array(canonFactSchema).max(100)]),
  cancelTask: z.tuple([z.string().min(1).max(100)]),
} as const;

export type ApiMethod = keyof typeof apiArgs;
export const apiMethods: readonly ApiMethod[] = apiMethodNames;

/** Compile-time check that the schema table and the name list agree in both directions. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _namesMatchSchemas: Same<ApiMethod, ApiMethodName> = true;
void _namesMatchSchemas;

/** The services the main process (or the browser bridge) offers the renderer. */
export interface ContinuityApi {
  getProject(): Promise<ProjectInfo>;
  readEpisode(id: string): Promise<EpisodeDocument>;
  /** Saves atomically; refuses when the file on disk no longer has baseHash. */
  saveEpisode(id: string, text: string, baseHash: string): Promise<SaveResult>;
  getReport(): Promise<AnalysisReport>;
  getEpisodeView(id: string): Promise<EpisodeView>;
  /** Records (or, with null, clears) the writers' decision about a conflict. */
  setDecision(conflictId: string, decision: DecisionInput | null): Promise<void>;
  /** Keeps unsaved typing in the recovery journal so a crash cannot lose it. */
  journalEdit(id: string, text: string): Promise<void>;
  /** Journalled typing that differs from the episodes on disk: offer to restore it. */
  getRecoveries(): Promise<Recovery[]>;
  discardRecovery(id: string): Promise<void>;
  /** Earlier versions of an episode, newest first. */
  listHistory(id: string): Promise<HistoryEntry[]>;
  readHistory(id: string, version: string): Promise<{ version: string; text: string }>;
  /** Puts an earlier version back (the current text is kept in history first). */
  restoreHistory(id: string, version: string): Promise<SaveResult>;
  /** The episode's annotations, re-anchored to its current text (unplaceable ones marked orphaned). */
  getAnnotations(id: string): Promise<Annotation[]>;
  saveAnnotations(id: string, annotations: Annotation[]): Promise<void>;
  getBible(): Promise<Bible>;
  /** Saves the series bible; the analysis follows it (aliases, distinct people, not-a-name). */
  saveBible(bible: Bible): Promise<void>;
  /** Renames a spelling variant in every episode but `exceptId` (the open one, renamed in the editor), endings kept. */
  renameEverywhere(from: string, to: string, exceptId?: string): Promise<{ changed: { id: string; hash: string; count: number }[] }>;
  /** Imports dropped or chosen files (txt, md, fountain, fdx, docx) as new episodes at the end of the series. */
  importEpisodes(files: ImportFileInput[]): Promise<ImportOutcome>;
  /** How often the text occurs in each episode, as saved (flush the editor first). */
  previewReplace(find: string, options: ReplaceOptions): Promise<SeriesReplacePreview>;
  /** Replaces in every episode, one save per episode touched; the open editor reloads its episode afterwards. */
  replaceInSeries(find: string, replacement: string, options: ReplaceOptions): Promise<SeriesReplaceOutcome>;
  /** Puts back what a replaceInSeries changed, except in episodes edited since. */
  undoReplace(token: string): Promise<SeriesReplaceUndo>;
  /** The continuity report in one of six formats, for the writer to save. */
  exportReport(format: ReportFormatName, options: ExportOptions): Promise<ExportedReport>;
  /** Writes the fact (an id from the current report) into the bible as canon, replacing canon it contradicts; re-analyses. */
  takeAsCanon(factId: string): Promise<CanonChange>;
  /** Undoes takeAsCanon: removes the fact from the bible and puts back what it replaced; re-analyses. */
  removeCanonFact(fact: CanonFact, restore: CanonFact[]): Promise<void>;
  /** Stops a long task (analysis, import, export) named by a progress event; it leaves nothing half done. */
  cancelTask(taskId: string): Promise<void>;
  /**
   * Keeps a version of an episode as a copy beside it (episodes/x.mine-2026-…md), not part of the series: the version
   * not chosen after an outside change (keep mine keeps theirs, load theirs keeps mine). Returns the copy's file.
   */
  keepCopy(id: string, text: string, which: 'mine' | 'theirs'): Promise<{ file: string }>;
  /** Whether a project is open, and the recent projects for the start screen. */
  getStart(): Promise<StartInfo>;
  /** Opens a project folder (or a folder of episode files) in this window, closing the one open now. */
  openProject(path: string): Promise<OpenOutcome>;
  /** Creates a new series (design notes §3 layout) in a new or empty folder and opens it. */
  createProject(path: string, title: string, language: Language): Promise<OpenOutcome>;
  /** Opens the bundled demo series (a copy in the writer's folder, so the app never writes into itself). */
  openDemo(): Promise<OpenOutcome>;
  /** Saves nothing itself (the editor flushes first) and returns this window to the start screen. */
  closeProject(): Promise<void>;
  /** Removes a project from the recent list (its folder is left alone). */
  forgetRecent(path: string): Promise<RecentProjectEntry[]>;
  /** The native folder dialog (Electron); null when cancelled or when there is none (the browser bridge). */
  chooseFolder(purpose: 'open' | 'create'): Promise<string | null>;
  /** Opens the open series again, e.g. to edit it once the other window or process that held it has closed it. */
  reopenProject(): Promise<OpenOutcome>;
}

/** The methods that choose, open and close projects: the session around a project's services. */
export const sessionMethods = ['getStart', 'openProject', 'createProject', 'openDemo', 'closeProject', 'forgetRecent', 'chooseFolder', 'reopenProject'] as const;
export type SessionMethod = (typeof sessionMethods)[number];

/** What window.continuity (preload) and the bridge client expose: the methods plus events. */
export interface ContinuityClient extends ContinuityApi {
  onEvent(listener: (event: ServiceEvent) => void): () => void;
}

/** Checks that an implementation covers every method of the table (compile-time). */
export type ApiImplementation = { [M in ApiMethod]: ContinuityApi[M] };
/** The methods one open project's services implement (the session adds the rest). */
export type ProjectApiImplementation = { [M in Exclude<ApiMethod, SessionMethod>]: ContinuityApi[M] };

/** How "replace in all episodes" matches. */
export interface ReplaceOptions {
  wholeWord: boolean;
  matchCase: boolean;
}

/** Matches per episode before replacing (episodes without a match left out). */
export interface SeriesReplacePreview {
  episodes: { id: string; file: string; title: string; count: number }[];
}

export interface SeriesReplaceOutcome {
  /** Pass it to undoReplace; empty when nothing changed. */
  token: string;
  changed: { id: string; file: string; title: string; hash: string; count: number }[];
  failed: { id: string; file: string; message: string }[];
}

export interface SeriesReplaceUndo {
  restored: { id: string; hash: string }[];
  /** Episodes changed again since the replace: left as they are. */
  skipped: { id: string; file: string; message: string }[];
}

/** An error the service reports to the caller with a message a writer can read. */
export interface ApiError {
  code: 'bad-arguments' | 'not-found' | 'io' | 'internal' | 'forbidden' | 'cancelled';
  message: string;
}
