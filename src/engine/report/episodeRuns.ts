// Writes a set of episodes compactly as runs of consecutive episodes: "E01–E04, E07, E09–E12".
import type { ReportEpisode } from './reportModel';

/** `present[i]` says whether `episodes[i]` is in the set; consecutive columns join into one run. */
export function episodeRuns(episodes: ReportEpisode[], present: boolean[]): string {
  const runs: string[] = [];
  for (let i = 0; i < present.length; i++) {
    if (!present[i]) continue;
    let j = i;
    while (j + 1 < present.length && present[j + 1]) j++;
    runs.push(i === j ? episodes[i].code : `${episodes[i].code}–${episodes[j].code}`);
    i = j;
  }
  return runs.join(', ');
}

/** The same runs from the columns of the set (any order, repeats allowed): no column-length array per set. */
export function episodeRunsOf(episodes: ReportEpisode[], columns: Iterable<number>): string {
  const cols = sortedColumns(columns, episodes.length);
  const runs: string[] = [];
  for (let i = 0; i < cols.length; i++) {
    let j = i;
    while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1) j++;
    runs.push(i === j ? episodes[cols[i]].code : `${episodes[cols[i]].code}–${episodes[cols[j]].code}`);
    i = j;
  }
  return runs.join(', ');
}

/** Distinct columns inside the table, ascending; a list already ascending (the usual case) is not sorted again. */
function sortedColumns(columns: Iterable<number>, width: number): number[] {
  const out: number[] = [];
  let ascending = true;
  for (const c of columns) {
    if (!(c >= 0 && c < width)) continue;
    const last = out.length ? out[out.length - 1] : -1;
    if (c === last) continue;
    if (c < last) ascending = false;
    out.push(c);
  }
  return ascending ? out : [...new Set(out)].sort((a, b) => a - b);
}
