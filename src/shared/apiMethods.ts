// The contract's runtime constants (method names, channels, report formats) with no dependencies: the sandboxed preload and the renderer import these, never zod.

/** Every method of ContinuityApi; contract.ts checks at compile time that its schemas cover exactly these. */
export const apiMethodNames = [
  'getProject',
  'readEpisode',
  'saveEpisode',
  'getReport',
  'getEpisodeView',
  'setDecision',
  'journalEdit',
  'getRecoveries',
  'discardRecovery',
  'listHistory',
  'readHistory',
  'restoreHistory',
  'getAnnotations',
  'saveAnnotations',
  'getBible',
  'saveBible',
  'renameEverywhere',
  'importEpisodes',
  'exportReport',
  'takeAsCanon',
  'removeCanonFact',
  'cancelTask',
  'keepCopy',
  'getStart',
  'openProject',
  'createProject',
  'openDemo',
  'closeProject',
  'forgetRecent',
  'chooseFolder',
  'reopenProject',
  'previewReplace',
  'replaceInSeries',
  'undoReplace',
] as const;

export type ApiMethodName = (typeof apiMethodNames)[number];

/** Prefix of every IPC channel; the preload accepts nothing else. */
export const channelPrefix = 'continuity:';
/** The channel main uses to push ServiceEvents to the renderer. */
export const eventChannel = 'continuity:event';

/** The report formats exportReport accepts. */
export const reportFormats = ['html', 'pdf', 'md', 'csv', 'json', 'docx'] as const;
export type ReportFormatName = (typeof reportFormats)[number];
