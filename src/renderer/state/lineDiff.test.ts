// The compare view's line diff: the shortest edit script, rows side by side, and bounded work on very different texts.
import { describe, expect, it } from 'vitest';
import { changedRows, diffLines, sideBySide, type DiffOp } from './lineDiff';

/** Applies an edit script: the removed and same lines must give `mine`, the added and same ones `theirs`. */
const sides = (ops: DiffOp[]) => ({
  mine: ops.filter((o) => o.kind !== 'added').map((o) => o.line).join('\n'),
  theirs: ops.filter((o) => o.kind !== 'removed').map((o) => o.line).join('\n'),
  edits: ops.filter((o) => o.kind !== 'same').length,
});

describe('diffLines', () => {
  it('finds the one changed line between two versions and keeps the rest as it is', () => {
    const mine = 'Folge 1\nAnna kommt.\nTom geht.\nEnde.';
    const theirs = 'Folge 1\nAnna kommt spät.\nTom geht.\nEnde.';
    const ops = diffLines(mine, theirs);
    expect(ops.filter((o) => o.kind !== 'same')).toEqual([
      { kind: 'removed', line: 'Anna kommt.' },
      { kind: 'added', line: 'Anna kommt spät.' },
    ]);
    expect(sides(ops)).toMatchObject({ mine, theirs, edits: 2 });
  });

  it('gives a shortest script for insertions, deletions and moves in the middle', () => {
    const mine = ['a', 'b', 'c', 'a', 'b', 'b', 'a'].join('\n');
    const theirs = ['c', 'b', 'a', 'b', 'a', 'c'].join('\n');
    const ops = diffLines(mine, theirs);
    expect(sides(ops)).toMatchObject({ mine, theirs, edits: 5 }); // Myers' paper example: D = 5
  });

  it('handles empty texts and line endings of either kind', () => {
    expect(diffLines('', '')).toEqual([]);
    expect(diffLines('', 'neu')).toEqual([{ kind: 'added', line: 'neu' }]);
    expect(diffLines('alt\r\nzwei', 'alt\nzwei')).toEqual([{ kind: 'same', line: 'alt' }, { kind: 'same', line: 'zwei' }]);
  });

  it('stays quick on long, wholly different texts (shown as replaced) and on long texts with few changes', () => {
    const a = Array.from({ length: 20_000 }, (_, i) => `Zeile ${i}`).join('\n');
    const b = Array.from({ length: 20_000 }, (_, i) => `Line ${i}`).join('\n');
    let started = Date.now();
    const replaced = diffLines(a, b);
    expect(sides(replaced)).toMatchObject({ mine: a, theirs: b });
    expect(Date.now() - started).toBeLessThan(3_000);
    const c = a.replace('Zeile 100\n', 'Zeile hundert\n').replace('Zeile 15000\n', '');
    started = Date.now();
    const few = diffLines(a, c);
    expect(sides(few)).toMatchObject({ mine: a, theirs: c, edits: 3 });
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe('sideBySide', () => {
  it('pairs removed with added lines as changed rows and numbers each side', () => {
    const rows = sideBySide(diffLines('eins\nzwei\ndrei\nvier', 'eins\nZWEI\ndrei\nvier\nfünf'));
    expect(rows.map((r) => [r.kind, r.left?.no ?? null, r.left?.text ?? null, r.right?.no ?? null, r.right?.text ?? null])).toEqual([
      ['same', 1, 'eins', 1, 'eins'],
      ['changed', 2, 'zwei', 2, 'ZWEI'],
      ['same', 3, 'drei', 3, 'drei'],
      ['same', 4, 'vier', 4, 'vier'],
      ['added', null, null, 5, 'fünf'],
    ]);
    expect(changedRows(rows)).toBe(2);
  });
});
