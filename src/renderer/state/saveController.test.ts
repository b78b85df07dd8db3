// Checks when the editor saves, with which base hash, and what the writer is told when the file changed on disk.
import { describe, expect, it } from 'vitest';
import type { SaveResult } from '../../shared/contract';
import { SaveController, type SaveStatus } from './saveController';

function setup(results: SaveResult[]) {
  const calls: { text: string; hash: string }[] = [];
  const statuses: SaveStatus[] = [];
  const timers: { fn: () => void; ms: number; cleared: boolean }[] = [];
  let text = 'v1';
  const controller = new SaveController({
    episodeId: 'ep1',
    baseHash: 'h0',
    save: async (_id, t, hash) => {
      calls.push({ text: t, hash });
      return results.shift() ?? { ok: true, hash: `h${calls.length}` };
    },
    getText: () => text,
    onStatus: (s) => statuses.push(s),
    setTimer: (fn, ms) => {
      const t = { fn, ms, cleared: false };
      timers.push(t);
      return t;
    },
    clearTimer: (t) => {
      (t as { cleared: boolean }).cleared = true;
    },
  });
  return { controller, calls, statuses, timers, setText: (t: string) => (text = t) };
}

describe('SaveController', () => {
  it('saves once after a pause of about a second, however many keystrokes came before', async () => {
    const { controller, calls, timers, setText } = setup([]);
    controller.changed();
    controller.changed();
    setText('v2');
    controller.changed();
    const live = timers.filter((t) => !t.cleared);
    expect(live).toHaveLength(1);
    expect(live[0].ms).toBe(1000);
    live[0].fn();
    await controller.flush();
    expect(calls).toEqual([{ text: 'v2', hash: 'h0' }]);
    expect(controller.current).toBe('saved');
  });

  it('tells the UI about a status change once, not on every keystroke', () => {
    const { controller, statuses } = setup([]);
    for (let i = 0; i < 50; i++) controller.changed();
    expect(statuses).toEqual(['dirty']);
  });

  it('chains saves with the hash each save returned', async () => {
    const { controller, calls } = setup([]);
    controller.changed();
    await controller.flush();
    controller.changed();
    await controller.flush();
    expect(calls.map((c) => c.hash)).toEqual(['h0', 'h1']);
    expect(controller.baseHash).toBe('h2');
  });

  it('does not save when nothing changed', async () => {
    const { controller, calls } = setup([]);
    await controller.flush();
    expect(calls).toHaveLength(0);
  });

  it('stops and reports when the file changed on disk, and overwrites only when told to', async () => {
    const { controller, calls, statuses } = setup([{ ok: false, reason: 'changed-on-disk', message: 'changed' }]);
    controller.changed();
    await controller.flush();
    expect(controller.current).toBe('changed-on-disk');
    controller.changed();
    await controller.flush();
    expect(calls).toHaveLength(1);
    await controller.overwrite('disk-hash');
    expect(calls[1].hash).toBe('disk-hash');
    expect(statuses.at(-1)).toBe('saved');
  });

  it('journals unsaved typing shortly after a change, before the save', async () => {
    const journalled: string[] = [];
    const timers: { fn: () => void; ms: number }[] = [];
    const controller = new SaveController({
      episodeId: 'ep1',
      baseHash: 'h0',
      save: async () => ({ ok: true, hash: 'h1' }),
      getText: () => 'typed',
      journal: async (id, text) => void journalled.push(`${id}:${text}`),
      onStatus: () => undefined,
      setTimer: (fn, ms) => timers.push({ fn, ms }),
      clearTimer: () => undefined,
    });
    controller.changed();
    controller.changed();
    const journalTimers = timers.filter((t) => t.ms === 300);
    expect(journalTimers).toHaveLength(1);
    journalTimers[0].fn();
    expect(journalled).toEqual(['ep1:typed']);
    await controller.flush();
    controller.changed();
    expect(timers.filter((t) => t.ms === 300)).toHaveLength(2);
  });

  it('drops a journal entry that a save made obsolete', async () => {
    let text = 'half';
    const discarded: string[] = [];
    const timers: { fn: () => void; ms: number }[] = [];
    const controller = new SaveController({
      episodeId: 'ep1',
      baseHash: 'h0',
      save: async () => ({ ok: true, hash: 'h1' }),
      getText: () => text,
      journal: async () => undefined,
      discardJournal: async (id) => void discarded.push(id),
      onStatus: () => undefined,
      setTimer: (fn, ms) => timers.push({ fn, ms }),
      clearTimer: () => undefined,
    });
    controller.changed();
    timers.find((t) => t.ms === 300)!.fn();
    text = 'half and whole';
    controller.changed();
    await controller.flush();
    expect(discarded).toEqual(['ep1']);
  });

  it('keeps the edits unsaved and says so when saving fails', async () => {
    const { controller } = setup([]);
    const failing = new SaveController({
      episodeId: 'x',
      baseHash: 'h',
      save: async () => {
        throw new Error('disk full');
      },
      getText: () => 't',
      onStatus: () => undefined,
      setTimer: () => 0,
      clearTimer: () => undefined,
    });
    failing.changed();
    await failing.flush();
    expect(failing.current).toBe('error');
    expect(failing.hasUnsavedChanges).toBe(true);
    expect(controller.hasUnsavedChanges).toBe(false);
  });
});
