// Checks the series-wide rename: every episode with the variant is saved once, the open one goes through the editor.
import { describe, expect, it } from 'vitest';
import type { EpisodeDocument, SaveResult } from '../../shared/contract';
import type { EpisodeRef } from '../../engine/types';
import { renameAcrossSeries } from './renameAcrossSeries';

const episodes: EpisodeRef[] = ['a', 'b', 'c', 'd'].map((id, index) => ({ id, title: `Folge ${id}`, file: `${id}.md`, index }));

/** An in-memory project (test double) with hashes, refusing saves against a stale hash. */
function project(texts: Record<string, string>) {
  const files = new Map(Object.entries(texts).map(([id, text]) => [id, { text, hash: `${id}-0` }]));
  const saves: string[] = [];
  return {
    saves,
    files,
    readEpisode: async (id: string): Promise<EpisodeDocument> => {
      const f = files.get(id);
      if (!f) throw new Error(`keine Folge ${id}`);
      return { id, file: `${id}.md`, title: id, text: f.text, hash: f.hash };
    },
    saveEpisode: async (id: string, text: string, baseHash: string): Promise<SaveResult> => {
      const f = files.get(id)!;
      if (f.hash !== baseHash) return { ok: false, reason: 'changed-on-disk', message: 'geändert' };
      saves.push(id);
      f.text = text;
      f.hash = `${id}-${saves.length}`;
      return { ok: true, hash: f.hash };
    },
  };
}

describe('renameAcrossSeries', () => {
  it('renames in every episode that has the variant and leaves the others untouched', async () => {
    const client = project({ a: 'Katrin kommt.', b: 'Kathrin geht.', c: 'Katrins Tasche, Katrin.', d: 'x' });
    let editorCalls = 0;
    const result = await renameAcrossSeries(client, episodes, 'd', () => (editorCalls++, 1), 'Katrin', 'Kathrin');
    expect(client.files.get('a')!.text).toBe('Kathrin kommt.');
    expect(client.files.get('c')!.text).toBe('Kathrins Tasche, Kathrin.');
    expect(client.saves).toEqual(['a', 'c']);
    expect(editorCalls).toBe(1);
    expect(result).toMatchObject({ episodes: 3, places: 4, failed: [] });
  });

  it('reports episodes it could not read or save instead of stopping', async () => {
    const client = project({ a: 'Katrin', c: 'Katrin' });
    const result = await renameAcrossSeries(client, episodes.slice(0, 3), null, () => 0, 'Katrin', 'Kathrin');
    expect(result.episodes).toBe(2);
    expect(result.failed.map((f) => f.title)).toEqual(['Folge b']);
  });

  it('undoes the rename in every saved episode at once, leaving alone one changed since', async () => {
    const client = project({ a: 'Katrin kommt.', b: 'Katrin geht.', c: 'Katrins Tasche.', d: 'x' });
    const result = await renameAcrossSeries(client, episodes, 'd', () => 0, 'Katrin', 'Kathrin');
    expect(client.files.get('b')!.text).toBe('Kathrin geht.');
    await client.saveEpisode('c', 'Kathrins Tasche, neu geschrieben.', client.files.get('c')!.hash);
    const undone = await result.undo();
    expect(undone).toEqual({ restored: 2, skipped: ['Folge c'] });
    expect(client.files.get('a')!.text).toBe('Katrin kommt.');
    expect(client.files.get('b')!.text).toBe('Katrin geht.');
    expect(client.files.get('c')!.text).toBe('Kathrins Tasche, neu geschrieben.');
  });
});
