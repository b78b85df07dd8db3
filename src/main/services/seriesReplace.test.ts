// Replace across the series: whole words and case as asked, counts per episode, one save each, undo unless edited since.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { SaveResult } from '../../shared/contract';
import { countMatches, createSeriesReplace, replaceEverywhere } from './seriesReplace';

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

/** An in-memory series that refuses stale saves, as the store does. */
function series(texts: Record<string, string>) {
  const files = new Map(Object.entries(texts));
  const writes: string[] = [];
  const events: string[] = [];
  const episodes = [...files.keys()].map((id, index) => ({ id, file: `${id}.md`, title: id.toUpperCase(), index }));
  const replace = createSeriesReplace({
    episodes: () => episodes,
    textOf: async (id) => files.get(id)!,
    read: async (id) => ({ text: files.get(id)!, hash: hash(files.get(id)!) }),
    write: async (id, text, baseHash): Promise<SaveResult> => {
      if (hash(files.get(id)!) !== baseHash) return { ok: false, reason: 'changed-on-disk', message: `${id} changed on disk` };
      files.set(id, text);
      writes.push(id);
      return { ok: true, hash: hash(text) };
    },
    changed: (id) => events.push(id),
  });
  return { files, writes, events, replace };
}

describe('replace matching', () => {
  it('counts whole words only when asked, German letters counting as word letters', () => {
    const text = 'Kathrin und Kathrins Bruder. KATHRIN ruft. Ökathrin';
    expect(countMatches(text, 'Kathrin', { wholeWord: false, matchCase: false })).toBe(4);
    expect(countMatches(text, 'Kathrin', { wholeWord: true, matchCase: false })).toBe(2);
    expect(countMatches(text, 'Kathrin', { wholeWord: true, matchCase: true })).toBe(1);
  });

  it('takes the search and the replacement literally', () => {
    expect(replaceEverywhere('Preis: 5 $ (netto).', '$ (netto)', '$1 € (brutto)', { wholeWord: false, matchCase: true })).toEqual({ text: 'Preis: 5 $1 € (brutto).', count: 1 });
  });
});

describe('createSeriesReplace', () => {
  it('previews counts per episode, then saves each episode with matches once; undo puts every one back', async () => {
    const s = series({ e1: 'Anna trifft Tom. Tom lacht.', e2: 'Niemand hier.', e3: 'tom schläft, Tomaten im Korb.' });
    const options = { wholeWord: true, matchCase: false };
    expect((await s.replace.preview('Tom', options)).episodes).toEqual([
      { id: 'e1', file: 'e1.md', title: 'E1', count: 2 },
      { id: 'e3', file: 'e3.md', title: 'E3', count: 1 },
    ]);
    const outcome = await s.replace.apply('Tom', 'Tim', options);
    expect(outcome.changed.map((c) => [c.id, c.count])).toEqual([['e1', 2], ['e3', 1]]);
    expect(s.files.get('e1')).toBe('Anna trifft Tim. Tim lacht.');
    expect(s.files.get('e3')).toBe('Tim schläft, Tomaten im Korb.');
    expect(s.writes).toEqual(['e1', 'e3']);
    expect(s.events).toEqual(['e1', 'e3']);
    const undone = await s.replace.undo(outcome.token);
    expect(undone.restored.map((r) => r.id)).toEqual(['e1', 'e3']);
    expect(s.files.get('e1')).toBe('Anna trifft Tom. Tom lacht.');
    expect(s.files.get('e3')).toBe('tom schläft, Tomaten im Korb.');
    expect((await s.replace.undo(outcome.token)).restored).toEqual([]); // once only
  });

  it('leaves an episode edited after the replace alone on undo, and names it', async () => {
    const s = series({ e1: 'Tom.', e2: 'Tom!' });
    const outcome = await s.replace.apply('Tom', 'Tim', { wholeWord: true, matchCase: true });
    s.files.set('e2', 'Tim! Und mehr.');
    const undone = await s.replace.undo(outcome.token);
    expect(undone.restored.map((r) => r.id)).toEqual(['e1']);
    expect(undone.skipped).toEqual([{ id: 'e2', file: 'e2.md', message: 'e2 changed on disk' }]);
    expect(s.files.get('e2')).toBe('Tim! Und mehr.');
  });

  it('changes nothing and gives no undo when nothing matches', async () => {
    const s = series({ e1: 'Anna.' });
    expect(await s.replace.apply('Tom', 'Tim', { wholeWord: false, matchCase: false })).toEqual({ token: '', changed: [], failed: [] });
    expect(s.writes).toEqual([]);
  });
});
