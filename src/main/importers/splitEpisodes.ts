// Splits one text at its episode headings ("Folge 12", "Episode 3: …", Markdown headings) into episodes.
import { fileStem } from '../store/textMeta';
import type { Deadline } from './deadline';
import type { ImportedEpisode } from './importTypes';

const episodeHeading = /^\s{0,3}(?:#{1,6}\s+)?((?:Folge|Episode|Teil|Part|Kapitel|Chapter)\s+\d+\b.*?)\s*#*\s*$/i;
const mdHeading = /^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$/;

interface Cut {
  line: number;
  title: string;
}

function findCuts(lines: string[], atMarkdownHeadings: boolean, deadline?: Deadline): Cut[] {
  const episodeCuts: Cut[] = [];
  const byLevel: Cut[][] = [[], [], [], [], [], [], []];
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    deadline?.check();
    const line = lines[i];
    if (line.length > 300) continue;
    if (/^\s{0,3}(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const ep = episodeHeading.exec(line);
    if (ep) episodeCuts.push({ line: i, title: ep[1].trim() });
    const md = mdHeading.exec(line);
    if (md) byLevel[md[1].length].push({ line: i, title: md[2].trim() });
  }
  if (episodeCuts.length >= 2) return episodeCuts;
  if (!atMarkdownHeadings) return [];
  for (let level = 1; level <= 3; level++) {
    const cuts = byLevel[level];
    if (cuts.length >= 2) return cuts;
    if (cuts.length === 1) {
      const firstText = lines.findIndex((l) => l.trim() !== '');
      if (cuts[0].line !== firstText) return [];
    }
  }
  return [];
}

/**
 * One episode per episode heading when the text has at least two; otherwise the whole text as one episode
 * titled by its first heading or the file name. Text before the first heading (other than a lone title) becomes
 * its own part, with a warning.
 */
export interface SplitOptions {
  /**
   * Split at repeated Markdown headings too (default: unless the file name already names one episode, such as
   * "Folge 3.md" or "01-pilot.md"). Episode headings ("Folge 12", "Episode 3: …") always split when there are two or more.
   */
  atMarkdownHeadings?: boolean;
}

/** A file name that names a single episode: "Folge 3", "Episode_12", "S01E03", "01-pilot". */
export const namesOneEpisode = (name: string): boolean =>
  /^(?:(?:Folge|Episode|Teil|Part|Kapitel|Chapter|Ep\.?)[\s_-]*\d+|S\d+\s*E\d+|\d{1,4}(?:[\s._-]|$))/i.test(fileStem(name));

export function splitEpisodes(
  text: string,
  name: string,
  deadline?: Deadline,
  options: SplitOptions = {},
): { episodes: ImportedEpisode[]; warnings: string[] } {
  const lines = text.split('\n');
  const cuts = findCuts(lines, options.atMarkdownHeadings ?? !namesOneEpisode(name), deadline);
  const warnings: string[] = [];
  const stem = fileStem(name);
  if (cuts.length < 2) {
    const heading = lines.map((l) => mdHeading.exec(l)?.[2] ?? episodeHeading.exec(l)?.[1]).find((t) => t);
    return { episodes: [{ title: (heading ?? stem).slice(0, 200), text, knownCharacters: [] }], warnings };
  }
  const episodes: ImportedEpisode[] = [];
  const preamble = lines.slice(0, cuts[0].line);
  const meaningful = preamble.filter((l) => l.trim() && !mdHeading.test(l));
  if (meaningful.length) {
    episodes.push({ title: stem, text: `${preamble.join('\n').trim()}\n`, knownCharacters: [] });
    warnings.push(`${name}: the text before the first episode heading was imported as its own part "${stem}".`);
  }
  for (let c = 0; c < cuts.length; c++) {
    const body = lines.slice(cuts[c].line, c + 1 < cuts.length ? cuts[c + 1].line : lines.length).join('\n');
    episodes.push({ title: cuts[c].title.slice(0, 200), text: `${body.trim()}\n`, knownCharacters: [] });
  }
  warnings.push(`${name}: split into ${cuts.length} episodes at its headings.`);
  return { episodes, warnings };
}
