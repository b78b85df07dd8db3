// The character × episode appearance grid as inline SVG, split into blocks that fit a printed page.
import type { ReportGrid } from '../../engine/report/reportModel';
import { escapeHtml } from './escapeHtml';

const columnsPerBlock = 40;
/** Rows per picture, so one picture never runs over a printed A4 page. */
const rowsPerBlock = 40;
const rowHeight = 18;
const nameWidth = 190;
const headerHeight = 46;
const maxNameChars = 30;

/** One <svg> per block of at most 40 episodes × 40 characters, each with its own labels; empty when there is nothing to draw. */
export function appearanceSvg(grid: ReportGrid, caption: string): string {
  if (!grid.rows.length || !grid.episodes.length) return '';
  const blocks: string[] = [];
  for (let from = 0; from < grid.episodes.length; from += columnsPerBlock) {
    for (let r = 0; r < grid.rows.length; r += rowsPerBlock) {
      const part = { ...grid, rows: grid.rows.slice(r, r + rowsPerBlock) };
      blocks.push(block(part, from, Math.min(grid.episodes.length, from + columnsPerBlock), caption));
    }
  }
  return blocks.join('\n');
}

function block(grid: ReportGrid, from: number, to: number, caption: string): string {
  const cell = grid.episodes.length <= 20 ? 24 : 14;
  const cols = to - from;
  const width = nameWidth + cols * cell + 4;
  const height = headerHeight + grid.rows.length * rowHeight + 4;
  const parts: string[] = [];
  const range = `${grid.episodes[from].code}–${grid.episodes[to - 1].code}`;
  parts.push(
    `<svg class="grid" xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="11">`,
    `<title>${escapeHtml(`${caption} (${range})`)}</title>`,
  );
  for (let c = 0; c < cols; c++) {
    const e = grid.episodes[from + c];
    const x = nameWidth + c * cell + cell / 2;
    parts.push(
      `<text x="${x}" y="${headerHeight - 4}" transform="rotate(-60 ${x} ${headerHeight - 4})" font-size="9" fill="#444"><title>${escapeHtml(e.label)}</title>${escapeHtml(e.code)}</text>`,
    );
  }
  grid.rows.forEach((row, r) => {
    const y = headerHeight + r * rowHeight;
    if (r % 2 === 0) parts.push(`<rect x="0" y="${y}" width="${width}" height="${rowHeight}" fill="#f3f4f6"/>`);
    const name = row.name.length > maxNameChars ? `${row.name.slice(0, maxNameChars - 1)}…` : row.name;
    parts.push(`<text x="4" y="${y + rowHeight - 5}" fill="#111"><title>${escapeHtml(row.name)}</title>${escapeHtml(name)}</text>`);
    for (let c = 0; c < cols; c++) {
      if (!row.present[from + c]) continue;
      parts.push(`<rect x="${nameWidth + c * cell + 2}" y="${y + 3}" width="${cell - 4}" height="${rowHeight - 6}" rx="2" fill="#2563eb"/>`);
    }
  });
  for (let c = 0; c <= cols; c += 5) {
    const x = nameWidth + c * cell;
    parts.push(`<line x1="${x}" y1="${headerHeight}" x2="${x}" y2="${height - 4}" stroke="#d1d5db" stroke-width="0.5"/>`);
  }
  parts.push('</svg>');
  return parts.join('');
}
