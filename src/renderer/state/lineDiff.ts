// A line diff of two texts (Myers' O(ND) algorithm) laid out as side-by-side rows, for comparing the writer's version with the one on disk.

export type DiffOp = { kind: 'same' | 'removed' | 'added'; line: string };

/** One row of the side-by-side view: the left (mine) and right (theirs) line, either may be missing. */
export interface DiffRow {
  kind: 'same' | 'changed' | 'removed' | 'added';
  left?: { no: number; text: string };
  right?: { no: number; text: string };
}

/** Edit distance beyond which the middle part is shown as wholly replaced (keeps time and memory bounded). */
const maxEdits = 2_000;

const splitLines = (text: string) => (text === '' ? [] : text.replace(/\r\n?/g, '\n').split('\n'));

/** Myers' greedy shortest edit script for a and b (after common prefix and suffix are trimmed). */
function middleDiff(a: string[], b: string[]): DiffOp[] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map((line) => ({ kind: 'added', line }));
  if (m === 0) return a.map((line) => ({ kind: 'removed', line }));
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  /** The frontier before each step d, only its diagonals -d-1 … d+1 (memory grows with d², not with d·max). */
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    v = next;
  }
  if (found < 0) {
    // Too different to align cheaply: all of mine removed, all of theirs added.
    return [...a.map((line): DiffOp => ({ kind: 'removed', line })), ...b.map((line): DiffOp => ({ kind: 'added', line }))];
  }
  // Walk back through the saved frontiers.
  const ops: DiffOp[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const saved = trace[d];
    const prev = (diagonal: number) => saved[diagonal + d + 1];
    const k = x - y;
    const down = k === -d || (k !== d && prev(k - 1) < prev(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = prev(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: 'same', line: a[--x] });
      y--;
    }
    if (down) ops.push({ kind: 'added', line: b[--y] });
    else ops.push({ kind: 'removed', line: a[--x] });
  }
  while (x > 0 && y > 0) {
    ops.push({ kind: 'same', line: a[--x] });
    y--;
  }
  return ops.reverse();
}

/** The edit script turning `mine` into `theirs`, line by line. */
export function diffLines(mine: string, theirs: string): DiffOp[] {
  const a = splitLines(mine);
  const b = splitLines(theirs);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return [
    ...a.slice(0, start).map((line): DiffOp => ({ kind: 'same', line })),
    ...middleDiff(a.slice(start, endA), b.slice(start, endB)),
    ...a.slice(endA).map((line): DiffOp => ({ kind: 'same', line })),
  ];
}

/** Side-by-side rows: equal lines side by side, a run of removed lines paired with the added run that follows as changed. */
export function sideBySide(ops: DiffOp[]): DiffRow[] {
  const rows: DiffRow[] = [];
  let left = 0;
  let right = 0;
  for (let i = 0; i < ops.length; ) {
    if (ops[i].kind === 'same') {
      rows.push({ kind: 'same', left: { no: ++left, text: ops[i].line }, right: { no: ++right, text: ops[i].line } });
      i++;
      continue;
    }
    const removed: string[] = [];
    const added: string[] = [];
    while (i < ops.length && ops[i].kind !== 'same') {
      (ops[i].kind === 'removed' ? removed : added).push(ops[i].line);
      i++;
    }
    for (let j = 0; j < Math.max(removed.length, added.length); j++) {
      const l = j < removed.length ? { no: ++left, text: removed[j] } : undefined;
      const r = j < added.length ? { no: ++right, text: added[j] } : undefined;
      rows.push({ kind: l && r ? 'changed' : l ? 'removed' : 'added', left: l, right: r });
    }
  }
  return rows;
}

/** How many rows differ (what the compare view counts as changed lines). */
export const changedRows = (rows: DiffRow[]) => rows.filter((r) => r.kind !== 'same').length;
