// A lost folder is never propagated as deletions, while a writer can still delete one episode on purpose.
import { describe, expect, it } from 'vitest';
import { isMassDeletion, type VanishedFiles } from './isMassDeletion';

const meta = ['continuity.json', 'bible.json', 'decisions.json'];
const eps = (n: number) => Array.from({ length: n }, (_, i) => `episodes/e${i + 1}.md`);
const input = (known: string[], vanished: string[], extra: Partial<VanishedFiles> = {}): VanishedFiles => ({
  known, vanished, isEpisode: (f) => f.startsWith('episodes/'), rootGone: false, episodesDirGone: false, manifest: 'continuity.json', ...extra,
});

describe('isMassDeletion', () => {
  it('lets a writer delete one episode, even the only one or the last but one', () => {
    expect(isMassDeletion(input([...meta, ...eps(1)], ['episodes/e1.md']))).toBe(false);
    expect(isMassDeletion(input([...meta, ...eps(2)], ['episodes/e2.md']))).toBe(false);
    expect(isMassDeletion(input([...meta, ...eps(10)], ['episodes/e3.md', 'episodes/e7.md']))).toBe(false);
  });

  it('holds back all episodes of a small project going at once', () => {
    expect(isMassDeletion(input([...meta, ...eps(2)], eps(2)))).toBe(true);
    expect(isMassDeletion(input(['continuity.json', ...eps(3)], ['episodes/e1.md', 'episodes/e3.md']))).toBe(true);
  });

  it('holds back anything when the project folder itself is gone', () => {
    expect(isMassDeletion(input([...meta, ...eps(1)], ['continuity.json', 'episodes/e1.md'], { rootGone: true }))).toBe(true);
    expect(isMassDeletion(input(['episodes/e1.md'], ['episodes/e1.md'], { rootGone: true }))).toBe(true);
  });

  it('holds back a lost episodes folder and a manifest gone with an episode', () => {
    expect(isMassDeletion(input([...meta, ...eps(1)], ['episodes/e1.md'], { episodesDirGone: true }))).toBe(true);
    expect(isMassDeletion(input(['continuity.json', ...eps(4)], ['continuity.json', 'episodes/e2.md']))).toBe(true);
  });

  it('keeps the rule for large projects and reports nothing when nothing vanished', () => {
    expect(isMassDeletion(input([...meta, ...eps(40)], eps(30)))).toBe(true);
    expect(isMassDeletion(input([...meta, ...eps(40)], eps(3)))).toBe(false);
    expect(isMassDeletion(input([...meta, ...eps(2)], [], { rootGone: true }))).toBe(false);
  });
});
