// How an import or export ended for its dialog: a cancellation (the service's `cancelled` code) is its own case, not a failure.
import type { EpisodeRef } from '../../engine/types';
import type { ImportState } from './ImportDialog';

/** Whether the service (or the bridge) reported the call as cancelled by the writer: nothing was written. */
export function isCancelled(error: unknown): boolean {
  return !!error && typeof error === 'object' && 'code' in error && (error as { code: unknown }).code === 'cancelled';
}

/**
 * The dialog's state after the import's batches: what was added, the warnings, and the error that stopped it, if any.
 * A cancellation shows as cancelled (with whatever earlier batches added); another error with nothing added as failed,
 * after some were added as done with the error among the warnings (`failedWarning` words it).
 */
export function importOutcome(
  added: EpisodeRef[],
  warnings: string[],
  stop: { error: unknown; message: string } | null,
  failedWarning: (message: string) => string,
): ImportState {
  if (!stop) return { phase: 'done', added, warnings };
  if (isCancelled(stop.error)) return { phase: 'cancelled', added, warnings };
  if (!added.length) return { phase: 'failed', message: stop.message, warnings };
  return { phase: 'done', added, warnings: [...warnings, failedWarning(stop.message)] };
}
