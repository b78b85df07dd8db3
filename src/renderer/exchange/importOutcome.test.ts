// Checks that a cancelled import is told as cancelled (not as a failure with the service's English text) and other outcomes.
import { describe, expect, it } from 'vitest';
import type { EpisodeRef } from '../../engine/types';
import { importOutcome, isCancelled } from './importOutcome';

const cancelled = Object.assign(new Error('The import was cancelled; nothing was imported.'), { code: 'cancelled' });
const broken = Object.assign(new Error('disk full'), { code: 'io' });
const ep: EpisodeRef = { id: 'neu-01', title: 'Neu 1', file: 'episodes/neu-01.md', index: 12 };
const failed = (m: string) => `Der Import ist fehlgeschlagen: ${m}`;

describe('isCancelled', () => {
  it('knows the cancelled code from the bridge, the preload and plain objects', () => {
    expect(isCancelled(cancelled)).toBe(true);
    expect(isCancelled({ code: 'cancelled', message: 'x' })).toBe(true);
    expect(isCancelled(broken)).toBe(false);
    expect(isCancelled(new Error('cancelled'))).toBe(false);
    expect(isCancelled(null)).toBe(false);
    expect(isCancelled('cancelled')).toBe(false);
  });
});

describe('importOutcome', () => {
  it('shows a cancelled import as cancelled, without the service message', () => {
    expect(importOutcome([], ['w'], { error: cancelled, message: cancelled.message }, failed)).toEqual({ phase: 'cancelled', added: [], warnings: ['w'] });
  });

  it('keeps what earlier batches added when a later one was cancelled', () => {
    expect(importOutcome([ep], [], { error: cancelled, message: cancelled.message }, failed)).toEqual({ phase: 'cancelled', added: [ep], warnings: [] });
  });

  it('reports another error as a failure, or as a warning after some episodes were added', () => {
    expect(importOutcome([], [], { error: broken, message: 'disk full' }, failed)).toEqual({ phase: 'failed', message: 'disk full', warnings: [] });
    expect(importOutcome([ep], [], { error: broken, message: 'disk full' }, failed)).toEqual({
      phase: 'done',
      added: [ep],
      warnings: ['Der Import ist fehlgeschlagen: disk full'],
    });
  });

  it('is done when nothing stopped the import', () => {
    expect(importOutcome([ep], ['w'], null, failed)).toEqual({ phase: 'done', added: [ep], warnings: ['w'] });
  });
});
