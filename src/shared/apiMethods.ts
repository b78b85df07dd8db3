// The names of the contract's methods, with no dependencies, so the sandboxed preload can list them.

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
] as const;

export type ApiMethodName = (typeof apiMethodNames)[number];

/** Prefix of every IPC channel; the preload accepts nothing else. */
export const channelPrefix = 'continuity:';
/** The channel main uses to push ServiceEvents to the renderer. */
export const eventChannel = 'continuity:event';
