// Episode runs: a set of episodes written as "E01–E03, E05", from a presence array or from a list of columns.
import { describe, expect, it } from 'vitest';
import { episodeRuns, episodeRunsOf } from './episodeRuns';
import type { ReportEpisode } from './reportModel';

const episodes: ReportEpisode[] = Array.from({ length: 8 }, (_, i) => {
  const code = `E${String(i + 1).padStart(2, '0')}`;
  return { id: `e${i}`, file: `e${i}.txt`, title: `T${i}`, index: i, code, label: code };
});

describe('episodeRunsOf', () => {
  it('joins consecutive columns into runs, in series order, whatever order and repeats the columns come in', () => {
    expect(episodeRunsOf(episodes, [4, 0, 1, 2, 1, 7])).toBe('E01–E03, E05, E08');
  });

  it('writes the same runs as the presence-array form', () => {
    const present = [true, false, true, true, false, false, true, true];
    const cols = present.flatMap((p, i) => (p ? [i] : []));
    expect(episodeRunsOf(episodes, cols)).toBe(episodeRuns(episodes, present));
    expect(episodeRunsOf(episodes, cols)).toBe('E01, E03–E04, E07–E08');
  });

  it('writes nothing for an empty set', () => {
    expect(episodeRunsOf(episodes, [])).toBe('');
  });
});
