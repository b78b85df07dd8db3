// The CSV export: one row per conflict and passage, UTF-8 with BOM, RFC 4180 quoting and CRLF, for Excel and LibreOffice.
import type { ReportModel } from '../../engine/report/reportModel';
import { reportStrings } from '../../engine/report/reportStrings';

const bom = '\uFEFF';

/** One CSV field: quoted when it holds a comma, quote, semicolon or line break; defused when a spreadsheet would run it as a formula. */
export function csvField(value: string | number): string {
  let text = String(value);
  // A cell starting with = + @ (or - glued to what follows) is a formula to Excel/LibreOffice: a quoted passage must stay text.
  if (typeof value === 'string' && /^(?:[=+@\t\r]|-\S)/.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The report's conflicts as CSV text (BOM included), columns labelled in the report language. */
export function renderCsv(model: ReportModel): string {
  const s = reportStrings(model.language);
  const sep = model.options.csvDelimiter ?? ',';
  const header = [
    s.conflictId, s.character, s.kind, s.severity, s.status, s.summaryColumn, s.note,
    s.passage, s.episode, s.episodeFile, s.quote, s.start, s.end,
  ];
  const lines = [header.map(csvField).join(sep)];
  for (const ch of model.characters) {
    for (const c of ch.conflicts) {
      if (c.passages.length === 0) {
        lines.push([c.id, ch.name, c.kindLabel, c.severityLabel, c.statusLabel, c.summary, c.note ?? '', '', '', '', '', '', ''].map(csvField).join(sep));
      }
      c.passages.forEach((p, i) => {
        lines.push(
          [
            c.id, ch.name, c.kindLabel, c.severityLabel, c.statusLabel, c.summary, c.note ?? '',
            i + 1, p.episodeLabel, p.episodeFile, p.quote, p.start, p.end,
          ].map(csvField).join(sep),
        );
      });
    }
  }
  return `${bom}${lines.join('\r\n')}\r\n`;
}
