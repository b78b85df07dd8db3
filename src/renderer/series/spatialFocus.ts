// Arrow-key movement between the items of a picture (graph nodes, timeline marks): the nearest item in the arrow's direction.

export interface FocusPoint {
  x: number;
  y: number;
}

export type FocusKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export const isFocusKey = (key: string): key is FocusKey => ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key);

/**
 * The index the focus moves to from `current`. An item counts as lying in the arrow's direction when it is further that
 * way than sideways (a 45° cone); of those the nearest wins, sideways distance weighing double. With none in the cone,
 * the nearest item on that side at all (unless `strict`: then only the cone counts, as in rows of a grid); at the edge
 * the focus stays. Home and End go to the first and last item.
 */
export function nextFocus(points: readonly FocusPoint[], current: number, key: FocusKey, strict = false): number {
  if (points.length === 0) return -1;
  if (key === 'Home') return 0;
  if (key === 'End') return points.length - 1;
  const from = points[current] ?? points[0];
  const [dx, dy] = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[key];
  let best = -1;
  let bestScore = Infinity;
  let fallback = -1;
  let fallbackScore = Infinity;
  points.forEach((p, i) => {
    if (i === current) return;
    const along = (p.x - from.x) * dx + (p.y - from.y) * dy;
    const across = Math.abs((p.x - from.x) * dy) + Math.abs((p.y - from.y) * dx);
    if (along <= 0) return;
    const score = along + 2 * across;
    if (along >= across && score < bestScore) {
      best = i;
      bestScore = score;
    }
    if (score < fallbackScore) {
      fallback = i;
      fallbackScore = score;
    }
  });
  return best >= 0 ? best : fallback >= 0 && !strict ? fallback : current;
}
