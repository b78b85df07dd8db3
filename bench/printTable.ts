// Prints the benchmark's figures and quality numbers as a plain-text table.
import type { Figure } from './figure';

const num = (x: number | null, unit = ''): string => {
  if (x === null || !Number.isFinite(x)) return '–';
  if (unit === 'bytes') return `${(x / 1e6).toFixed(1)} MB`;
  const abs = Math.abs(x);
  const text = abs >= 100 ? x.toFixed(0) : abs >= 1 ? x.toFixed(2) : x.toFixed(4);
  return unit && unit !== 'x' && unit !== 'ratio' ? `${text} ${unit}` : text;
};

/** The table: one row per figure (value, baseline, ratio, limit, verdict, what), then quality lines. */
export function printTable(result: { machine: Record<string, unknown>; figures: Record<string, Figure>; quality: Record<string, unknown> }): string {
  const rows: string[][] = [['id', 'value', 'baseline', 'ratio', 'limit', 'pass', 'what']];
  for (const [id, f] of Object.entries(result.figures).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))) {
    const limit = `${f.bound === 'min' ? '≥' : '≤'} ${num(f.limit, f.baseline === null ? f.unit : '')}`;
    const verdict = f.pass === null ? 'SKIP' : f.pass ? 'pass' : 'FAIL';
    const what = f.skipped ? `skipped: ${f.skipped}. ${f.what}` : f.what;
    rows.push([id, num(f.value, f.unit), f.baseline === null ? '–' : num(f.baseline, f.unit), num(f.ratio), limit, verdict, what]);
  }
  const widths = rows[0].slice(0, 6).map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const lines = rows.map((r) => [...r.slice(0, 6).map((cell, c) => cell.padEnd(widths[c])), r[6]].join('  '));
  const m = result.machine;
  const out = [
    `Continuity Desk benchmark (${String(m.mode)}), ${String(m.cpu)} ×${String(m.cores)}, ${String(m.memoryGB)} GB, Node ${String(m.node)}, load ${JSON.stringify(m.loadAverage)}, commit ${String(m.commit)}, ${String(m.seconds)} s`,
    '',
    ...lines,
    '',
    'quality:',
    ...Object.entries(result.quality).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`),
    '',
  ];
  return out.join('\n');
}
