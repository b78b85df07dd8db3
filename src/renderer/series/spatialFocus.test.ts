// Checks arrow-key movement between picture items: the nearest one that way, edges keep the focus, Home/End.
import { describe, expect, it } from 'vitest';
import { nextFocus } from './spatialFocus';

// A timeline: two rows (y 0 and 40), columns at x 0, 100, 200; row 2 lacks the middle column.
const marks = [
  { x: 0, y: 0 }, { x: 100, y: 0 }, { x: 200, y: 0 },
  { x: 0, y: 40 }, { x: 200, y: 40 },
];

describe('nextFocus', () => {
  it('moves along a row and stays at its end', () => {
    expect(nextFocus(marks, 0, 'ArrowRight')).toBe(1);
    expect(nextFocus(marks, 1, 'ArrowRight')).toBe(2);
    expect(nextFocus(marks, 2, 'ArrowRight')).toBe(2);
    expect(nextFocus(marks, 1, 'ArrowLeft')).toBe(0);
  });

  it('moves between rows to the nearest item below or above', () => {
    expect(nextFocus(marks, 1, 'ArrowDown')).toBe(3); // the middle column has nothing below: nearest of the two, the first wins a tie
    expect(nextFocus(marks, 2, 'ArrowDown')).toBe(4);
    expect(nextFocus(marks, 4, 'ArrowUp')).toBe(2);
    expect(nextFocus(marks, 3, 'ArrowUp')).toBe(0);
    expect(nextFocus(marks, 0, 'ArrowUp')).toBe(0);
  });

  it('goes round a ring of graph nodes with the arrows', () => {
    const ring = [{ x: 380, y: 60 }, { x: 640, y: 260 }, { x: 380, y: 460 }, { x: 120, y: 260 }];
    expect(nextFocus(ring, 0, 'ArrowDown')).toBe(2);
    expect(nextFocus(ring, 0, 'ArrowRight')).toBe(1);
    expect(nextFocus(ring, 1, 'ArrowLeft')).toBe(3);
    expect(nextFocus(ring, 3, 'ArrowUp')).toBe(0);
  });

  it('Home and End go to the first and last; an empty picture has nothing to focus', () => {
    expect(nextFocus(marks, 2, 'Home')).toBe(0);
    expect(nextFocus(marks, 0, 'End')).toBe(4);
    expect(nextFocus([], 0, 'ArrowRight')).toBe(-1);
  });

  it('strict: a grid row keeps left and right to itself, up and down change rows', () => {
    // Rows far apart (as the timeline passes them), so left and right never leave a row.
    const grid = [{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 150, y: 10_000 }];
    expect(nextFocus(grid, 1, 'ArrowRight', true)).toBe(1);
    expect(nextFocus(grid, 1, 'ArrowRight')).toBe(2);
    expect(nextFocus(grid, 0, 'ArrowDown', true)).toBe(2);
    expect(nextFocus(grid, 2, 'ArrowLeft', true)).toBe(2);
  });
});
