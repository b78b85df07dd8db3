// Stable conflict fingerprints: a conflict keeps its id across re-analysis and edits elsewhere in the text.
import type { ConflictKind } from './types';
import { contentHash } from './text/contentHash';

/** Id of the conflict a rule identifies by `kind` and `key` (independent of offsets and wording). */
export function conflictFingerprint(kind: ConflictKind | string, key: string): string {
  return `${kind}-${contentHash(kind + '\u0000' + key)}`;
}
