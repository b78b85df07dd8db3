// The Markdown export: readable as plain text and rendered cleanly by code-hosting sites (CommonMark + GFM tables).
import type { ReportCharacter, ReportConflict, ReportGrid, ReportModel } from '../../engine/report/reportModel';
import { episodeRuns } from '../../engine/report/episodeRuns';
import { reportStrings, type ReportStrings } from '../../engine/report/reportStrings';

/** Grids with more episodes than this are written as episode ranges per character instead of a table. */
const gridTableLimit = 30;

/** Escapes text from the series so Markdown and inline HTML in it stay literal. */
export function mdText(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_{}[\]<>#|!~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&');
}

/** The anchor GitHub and GitLab give a heading: lower case, punctuation dropped, spaces to dashes. */
export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

class Slugs {
  private readonly seen = new Map<string, number>();
  next(heading: string): string {
    const base = headingSlug(heading);
    const n = this.seen.get(base) ?? 0;
    this.seen.set(base, n + 1);
    return n === 0 ? base : `${base}-${n}`;
  }
}

const quoted = (s: ReportStrings, text: string) => (s.locale.startsWith('de') ? `„${text}“` : `“${text}”`);

export function renderMarkdown(model: ReportModel): string {
  const s = reportStrings(model.language);
  const slugs = new Slugs();
  const out: string[] = [];
  const heading = (level: number, text: string) => {
    out.push(`${'#'.repeat(level)} ${mdText(text)}`, '');
    return slugs.next(text);
  };

  heading(1, `${model.title.reportTitle}: ${model.title.series}`);
  out.push(
    table(
      ['', ''],
      [
        [s.generatedOn, model.title.date],
        [s.episodesCovered, model.title.episodesCovered],
        ...model.title.optionLines.map((l) => [l.label, l.value]),
      ],
    ),
    '',
  );

  // Headings are written after the contents; compute their slugs in the same order first.
  const body: string[] = [];
  const toc: string[] = [];
  const section = (level: number, text: string, lines: string[]) => {
    const slug = slugs.next(text);
    if (level === 2) toc.push(`- [${mdText(text)}](#${slug})`);
    else if (level === 3) toc.push(`  - [${mdText(text)}](#${slug})`);
    body.push(`${'#'.repeat(level)} ${mdText(text)}`, '', ...lines);
  };
  slugs.next(s.contents);

  section(2, s.summary, summaryLines(model, s));
  const withConflicts = model.characters.filter((c) => c.conflicts.length > 0);
  const factsOnly = model.characters.filter((c) => c.conflicts.length === 0);
  section(2, s.conflictsByCharacter, withConflicts.length ? [] : [mdText(s.noConflicts), '']);
  for (const ch of withConflicts) section(3, characterHeading(ch, s), characterLines(ch, s, (text) => slugs.next(text)));
  if (factsOnly.length) {
    section(2, s.otherFacts, []);
    for (const ch of factsOnly) {
      slugs.next(ch.name);
      body.push(`### ${mdText(ch.name)}`, '', ...characterLines(ch, s, (text) => slugs.next(text)));
    }
  }
  section(2, s.nameVariants, nameVariantLines(model, s, (text) => slugs.next(text)));
  section(2, s.appearances, gridLines(model.grid, s));
  if (model.episodes.length) {
    section(2, s.episodeList, [table([s.code, s.episodeTitle, s.episodeFile], model.episodes.map((e) => [e.code, e.title, e.file])), '']);
  }

  out.push(`## ${mdText(s.contents)}`, '', ...toc, '', ...body);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function characterHeading(ch: ReportCharacter, s: ReportStrings): string {
  return ch.openCount ? `${ch.name} (${s.openConflicts(ch.openCount)})` : ch.name;
}

function summaryLines(model: ReportModel, s: ReportStrings): string[] {
  const { summary } = model;
  const lines = [`**${mdText(s.totalConflicts)}: ${summary.total}**`, ''];
  lines.push(table([s.severity, s.count], summary.bySeverity.map((r) => [r.label, String(r.count)])), '');
  lines.push(table([s.status, s.count], summary.byStatus.map((r) => [r.label, String(r.count)])), '');
  if (summary.byKind.length) lines.push(table([s.kind, s.count], summary.byKind.map((r) => [r.label, String(r.count)])), '');
  if (summary.mostOpen.length) {
    lines.push(`**${mdText(s.mostOpen)}**`, '');
    summary.mostOpen.forEach((c, i) => lines.push(`${i + 1}. ${mdText(c.name)}: ${mdText(s.openConflicts(c.open))}`));
    lines.push('');
  }
  return lines;
}

function characterLines(ch: ReportCharacter, s: ReportStrings, slug: (text: string) => string): string[] {
  const lines: string[] = [];
  if (ch.tagline) lines.push(`*${mdText(ch.tagline)}*`, '');
  ch.conflicts.forEach((c, i) => lines.push(...conflictLines(c, i + 1, s, slug)));
  if (ch.facts.length) {
    const title = `${s.factHistory}: ${ch.name}`;
    slug(title);
    lines.push(`#### ${mdText(title)}`, '');
    lines.push(
      table(
        [s.episode, s.predicate, s.value, s.modality, s.quote],
        ch.facts.map((f) => [f.where, f.predicateLabel, f.value, f.modalityLabel, quoted(s, f.quote)]),
      ),
      '',
    );
  }
  return lines;
}

function conflictLines(c: ReportConflict, n: number, s: ReportStrings, slug: (text: string) => string): string[] {
  const title = `${n}. ${c.severityLabel} · ${c.kindLabel} · ${c.statusLabel}`;
  slug(title);
  const lines = [`#### ${mdText(title)}`, '', mdText(c.summary), ''];
  for (const p of c.passages) {
    const where = p.outsideRange ? `${p.episodeLabel} (${s.outsideRange})` : p.episodeLabel;
    lines.push(`> **${mdText(where)}:** ${mdText(quoted(s, p.quote))}`, '>');
  }
  if (lines[lines.length - 1] === '>') lines.pop();
  lines.push('');
  if (c.status !== 'open' || c.note) {
    lines.push(`**${mdText(s.decision)}:** ${mdText(c.statusLabel)}${c.note ? ` — ${mdText(c.note)}` : ''}`, '');
  }
  lines.push(`*${mdText(s.conflictId)}: \`${c.id.replace(/`/g, "'")}\`*`, '');
  return lines;
}

function nameVariantLines(model: ReportModel, s: ReportStrings, slug: (text: string) => string): string[] {
  const drifting = model.nameVariants.filter((v) => v.inConflict);
  const others = model.nameVariants.filter((v) => !v.inConflict);
  const lines = drifting.length ? [] : [mdText(s.noNameVariants), ''];
  if (drifting.length) lines.push(...spellingTable(drifting, s));
  if (others.length) {
    slug(s.otherSpellings);
    lines.push(`### ${mdText(s.otherSpellings)}`, '');
    lines.push(table([s.character, s.spellings, s.namedIn], others.map((v) => [v.entity, v.spellings.map((x) => x.spelling).join(', '), v.appearsIn])), '');
  }
  return lines;
}

function spellingTable(variants: ReportModel['nameVariants'], s: ReportStrings): string[] {
  const rows = variants.flatMap((v) =>
    v.spellings.map((sp, i) => [
      i === 0 ? v.entity : '',
      sp.isMainForm ? `${sp.spelling} (${s.standardForm})` : sp.spelling,
      sp.where || s.notFoundInQuotes,
    ]),
  );
  return [table([s.character, s.spelling, s.occursIn], rows), ''];
}

function gridLines(grid: ReportGrid, s: ReportStrings): string[] {
  if (!grid.rows.length) return [];
  const asTable = grid.episodes.length <= gridTableLimit;
  const lines = [mdText(asTable ? s.appearancesHint : s.appearancesListHint), ''];
  if (asTable) {
    lines.push(
      table(
        [s.character, ...grid.episodes.map((e) => e.code)],
        grid.rows.map((r) => [r.name, ...r.present.map((p) => (p ? '●' : '·'))]),
      ),
    );
  } else {
    lines.push(table([s.character, s.episode], grid.rows.map((r) => [r.name, episodeRuns(grid.episodes, r.present)])));
  }
  if (grid.omitted) lines.push('', mdText(s.moreCharacters(grid.omitted)));
  lines.push('');
  return lines;
}

/** A GFM table; cells are escaped here. */
function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => mdText(c) || ' ').join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}
