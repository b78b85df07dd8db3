// "Take as canon" for the panels and the tooltip: the choices of a conflict and the action, from the app shell.
import { createContext, useCallback, useMemo, useState } from 'react';
import type { CanonChange, ContinuityClient } from '../../shared/contract';
import type { CanonFact, Conflict, ContinuityReport, EpisodeRef } from '../../engine/types';
import { canonChoices, type CanonChoice } from './canonChoices';

export interface CanonActions {
  readOnly: boolean;
  choices(conflict: Conflict): CanonChoice[];
  /** Writes the chosen side into the bible; resolves once the new analysis is shown. */
  take(choice: CanonChoice): Promise<void>;
  /** Takes a canon fact out of the bible (a conflict against the bible offers it). */
  uncanon(fact: CanonFact): Promise<void>;
}

export const CanonContext = createContext<CanonActions | null>(null);

/** The last change, for the undo toast. */
export interface CanonUndo {
  change: CanonChange;
  choice: CanonChoice;
  state: 'taken' | 'removed' | 'failed';
  message?: string;
}

/** The canon actions of the open project plus the undo state of the last one. */
export function useCanonFix(
  client: ContinuityClient,
  report: ContinuityReport | null,
  episodesByFile: ReadonlyMap<string, EpisodeRef>,
  readOnly: boolean,
  refresh: () => Promise<void>,
) {
  const [undo, setUndo] = useState<CanonUndo | null>(null);
  const facts = useMemo(() => new Map((report?.facts ?? []).map((f) => [f.id, f])), [report]);
  const actions = useMemo<CanonActions>(
    () => ({
      readOnly,
      choices: (conflict) => canonChoices(conflict, facts, episodesByFile),
      async take(choice) {
        const change = await client.takeAsCanon(choice.factId);
        setUndo({ change, choice, state: 'taken' });
        await refresh();
      },
      async uncanon(fact) {
        await client.removeCanonFact(fact, []);
        setUndo(null);
        await refresh();
      },
    }),
    [client, facts, episodesByFile, readOnly, refresh],
  );
  const remove = useCallback(async () => {
    if (!undo || undo.state !== 'taken') return;
    try {
      await client.removeCanonFact(undo.change.added, undo.change.replaced);
      setUndo({ ...undo, state: 'removed' });
      await refresh();
    } catch (e) {
      setUndo({ ...undo, state: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  }, [client, undo, refresh]);
  const dismiss = useCallback(() => setUndo(null), []);
  return { actions, undo, remove, dismiss };
}
