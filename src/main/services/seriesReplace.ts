// Find and replace across every episode of the series: counts per episode first, one save per episode touched, and an undo.
import type { EpisodeRef } from '../../engine/types';
import type { ReplaceOptions, SaveResult, SeriesReplaceOutcome, SeriesReplacePreview, SeriesReplaceUndo } from '../../shared/contract';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The search as a pattern: literal text, whole words bounded by anything but letters and digits, case as asked. */
export function replacePattern(find: string, options: ReplaceOptions): RegExp {
  const body = escape(find);
  const word = options.wholeWord ? `(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])` : body;
  return new RegExp(word, options.matchCase ? 'gu' : 'giu');
}

export function countMatches(text: string, find: string, options: ReplaceOptions): number {
  if (!find) return 0;
  let count = 0;
  for (const _ of text.matchAll(replacePattern(find, options))) count++;
  return count;
}

/** Replaces every match with the replacement taken literally ("$1" stays "$1"). */
export function replaceEverywhere(text: string, find: string, replacement: string, options: ReplaceOptions): { text: string; count: number } {
  if (!find) return { text, count: 0 };
  let count = 0;
  const out = text.replace(replacePattern(find, options), () => {
    count++;
    return replacement;
  });
  return { text: out, count };
}

export interface SeriesReplaceDeps {
  episodes(): EpisodeRef[];
  /** The episode's text as saved now (fast: the service keeps it), for the preview. */
  textOf(id: string): Promise<string>;
  read(id: string): Promise<{ text: string; hash: string }>;
  write(id: string, text: string, baseHash: string): Promise<SaveResult>;
  /** An episode was rewritten (the service updates its texts, tells the renderer and re-analyses). */
  changed(id: string, text: string, hash: string): void;
}

interface UndoStep {
  id: string;
  previous: string;
  /** The hash the replace left: the undo only goes back while the episode still has it. */
  hash: string;
}

/** How many replaces can still be undone (the oldest are forgotten first). */
const keptUndos = 20;

export function createSeriesReplace(deps: SeriesReplaceDeps) {
  const undos = new Map<string, UndoStep[]>();
  let seq = 0;
  const title = (id: string) => deps.episodes().find((e) => e.id === id);
  const failure = (ref: EpisodeRef, error: unknown) => ({ id: ref.id, file: ref.file, message: error instanceof Error ? error.message : String(error) });

  return {
    async preview(find: string, options: ReplaceOptions): Promise<SeriesReplacePreview> {
      const episodes: SeriesReplacePreview['episodes'] = [];
      for (const ref of deps.episodes()) {
        const count = countMatches(await deps.textOf(ref.id), find, options);
        if (count) episodes.push({ id: ref.id, file: ref.file, title: ref.title, count });
      }
      return { episodes };
    },

    /** One save per episode with matches, each against the hash it was read with (an outside change is never overwritten). */
    async apply(find: string, replacement: string, options: ReplaceOptions): Promise<SeriesReplaceOutcome> {
      const changed: SeriesReplaceOutcome['changed'] = [];
      const failed: SeriesReplaceOutcome['failed'] = [];
      const steps: UndoStep[] = [];
      for (const ref of deps.episodes()) {
        try {
          const doc = await deps.read(ref.id);
          const next = replaceEverywhere(doc.text, find, replacement, options);
          if (!next.count || next.text === doc.text) continue;
          const saved = await deps.write(ref.id, next.text, doc.hash);
          if (!saved.ok) {
            failed.push({ id: ref.id, file: ref.file, message: saved.message });
            continue;
          }
          steps.push({ id: ref.id, previous: doc.text, hash: saved.hash });
          changed.push({ id: ref.id, file: ref.file, title: ref.title, hash: saved.hash, count: next.count });
          deps.changed(ref.id, next.text, saved.hash);
        } catch (error) {
          failed.push(failure(ref, error));
        }
      }
      const token = steps.length ? `replace-${++seq}` : '';
      if (token) {
        undos.set(token, steps);
        for (const old of [...undos.keys()].slice(0, Math.max(0, undos.size - keptUndos))) undos.delete(old);
      }
      return { token, changed, failed };
    },

    /** Puts back each episode the replace changed, unless it was edited since (that one is named, not overwritten). */
    async undo(token: string): Promise<SeriesReplaceUndo> {
      const steps = undos.get(token);
      if (!steps) return { restored: [], skipped: [] };
      undos.delete(token);
      const restored: SeriesReplaceUndo['restored'] = [];
      const skipped: SeriesReplaceUndo['skipped'] = [];
      for (const step of steps) {
        const ref = title(step.id);
        if (!ref) continue;
        try {
          const saved = await deps.write(step.id, step.previous, step.hash);
          if (!saved.ok) {
            skipped.push({ id: ref.id, file: ref.file, message: saved.message });
            continue;
          }
          restored.push({ id: ref.id, hash: saved.hash });
          deps.changed(ref.id, step.previous, saved.hash);
        } catch (error) {
          skipped.push(failure(ref, error));
        }
      }
      return { restored, skipped };
    },
  };
}
