// The file name an exported report is offered under: the series title, "continuity", today's date.

const transliterations: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

/** "Station Auental" → "station-auental-continuity-2026-11-23.pdf": safe on every file system. */
export function reportFileName(title: string, extension: string, date = new Date()): string {
  const slug = title
    .replace(/[äöüßÄÖÜ]/g, (c) => transliterations[c])
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'series'}-continuity-${date.toISOString().slice(0, 10)}.${extension}`;
}
