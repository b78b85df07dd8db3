// The DOCX export: Word headings, tables and one quote paragraph per passage, so script editors can comment on each in Word.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ReportCharacter, ReportConflict, ReportModel } from '../../engine/report/reportModel';
import { episodeRuns } from '../../engine/report/episodeRuns';
import { reportStrings, type ReportStrings } from '../../engine/report/reportStrings';

const severityColour = { error: 'B3261E', warning: '8A5A00', info: '1D5FBF' } as const;
const quoteStyle = 'ReportQuote';

/** Word drops control characters it cannot store; keep tabs and line breaks readable. */
const clean = (text: string) =>
  text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/\r\n?/g, '\n');

/** Runs for a text, line breaks kept as breaks. */
function runs(text: string, options: { bold?: boolean; italics?: boolean; color?: string } = {}): TextRun[] {
  return clean(text)
    .split('\n')
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...options }));
}

const para = (text: string, options: { bold?: boolean; italics?: boolean } = {}) => new Paragraph({ children: runs(text, options) });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ heading: level, children: runs(text), keepNext: true });

function table(header: string[], rows: string[][], widths?: number[]): Table {
  const cell = (text: string, isHeader: boolean, i: number) =>
    new TableCell({
      children: [para(text, { bold: isHeader })],
      ...(isHeader ? { shading: { type: ShadingType.CLEAR, fill: 'EEF0F3', color: 'auto' } } : {}),
      ...(widths ? { width: { size: widths[i], type: WidthType.PERCENTAGE } } : {}),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, true, i)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, false, i)) })),
    ],
  });
}

/** The report as a .docx file. */
export async function renderDocx(model: ReportModel): Promise<Uint8Array> {
  const s = reportStrings(model.language);
  const t = model.title;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(t.series) }),
    new Paragraph({ children: runs(t.reportTitle, { italics: true }) }),
    table(
      [s.optionsUsed, ''],
      [[s.generatedOn, t.date], [s.episodesCovered, t.episodesCovered], ...t.optionLines.map((l) => [l.label, l.value])],
      [30, 70],
    ),
    heading(s.summary, HeadingLevel.HEADING_1),
    para(`${s.totalConflicts}: ${model.summary.total}`, { bold: true }),
    table([s.severity, s.count], model.summary.bySeverity.map((r) => [r.label, String(r.count)]), [70, 30]),
    new Paragraph({ children: [] }),
    table([s.status, s.count], model.summary.byStatus.map((r) => [r.label, String(r.count)]), [70, 30]),
  ];
  if (model.summary.byKind.length) {
    children.push(new Paragraph({ children: [] }), table([s.kind, s.count], model.summary.byKind.map((r) => [r.label, String(r.count)]), [70, 30]));
  }
  if (model.summary.mostOpen.length) {
    children.push(heading(s.mostOpen, HeadingLevel.HEADING_2));
    model.summary.mostOpen.forEach((c, i) => children.push(para(`${i + 1}. ${c.name}: ${s.openConflicts(c.open)}`)));
  }

  children.push(heading(s.conflictsByCharacter, HeadingLevel.HEADING_1));
  const withConflicts = model.characters.filter((c) => c.conflicts.length > 0);
  const factsOnly = model.characters.filter((c) => c.conflicts.length === 0);
  if (!withConflicts.length) children.push(para(s.noConflicts, { italics: true }));
  for (const ch of withConflicts) children.push(...characterBlocks(ch, s));
  if (factsOnly.length) {
    children.push(heading(s.otherFacts, HeadingLevel.HEADING_1));
    for (const ch of factsOnly) children.push(...characterBlocks(ch, s));
  }

  children.push(heading(s.nameVariants, HeadingLevel.HEADING_1));
  const drifting = model.nameVariants.filter((v) => v.inConflict);
  const others = model.nameVariants.filter((v) => !v.inConflict);
  if (!drifting.length) children.push(para(s.noNameVariants, { italics: true }));
  else {
    children.push(
      table(
        [s.character, s.spelling, s.occursIn],
        drifting.flatMap((v) =>
          v.spellings.map((sp, i) => [
            i === 0 ? v.entity : '',
            sp.isMainForm ? `${sp.spelling} (${s.standardForm})` : sp.spelling,
            sp.where || s.notFoundInQuotes,
          ]),
        ),
        [28, 28, 44],
      ),
    );
  }
  if (others.length) {
    children.push(heading(s.otherSpellings, HeadingLevel.HEADING_2));
    children.push(
      table(
        [s.character, s.spellings, s.namedIn],
        others.map((v) => [v.entity, v.spellings.map((x) => x.spelling).join(', '), v.appearsIn]),
        [28, 40, 32],
      ),
    );
  }

  children.push(heading(s.appearances, HeadingLevel.HEADING_1));
  if (model.grid.rows.length) {
    children.push(para(s.appearancesListHint, { italics: true }));
    children.push(
      table(
        [s.character, s.episode],
        model.grid.rows.map((r) => [r.name, episodeRuns(model.grid.episodes, r.present)]),
        [30, 70],
      ),
    );
    if (model.grid.omitted) children.push(para(s.moreCharacters(model.grid.omitted), { italics: true }));
  }
  if (model.episodes.length) {
    children.push(heading(s.episodeList, HeadingLevel.HEADING_1));
    children.push(table([s.code, s.episodeTitle, s.episodeFile], model.episodes.map((e) => [e.code, e.title, e.file]), [15, 50, 35]));
  }

  const small = { size: 16, color: '555555' };
  const doc = new Document({
    creator: 'Continuity Desk',
    title: `${t.reportTitle}: ${clean(t.series)}`,
    description: t.episodesCovered,
    styles: {
      paragraphStyles: [
        {
          id: quoteStyle,
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true, color: '222222' },
          paragraph: {
            indent: { left: 567 },
            spacing: { before: 60, after: 60 },
            border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'AAAAAA', space: 8 } },
          },
        },
      ],
    },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: clean(t.series), ...small })] })] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [pageOfRun(s, small)],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** "Seite 3 von 12" with live page fields. */
function pageOfRun(s: ReportStrings, style: { size: number; color: string }): TextRun {
  const [before, middle, after] = s.pageOf('\u0001', '\u0002').split(/[\u0001\u0002]/);
  return new TextRun({ ...style, children: [before, PageNumber.CURRENT, middle, PageNumber.TOTAL_PAGES, after ?? ''] });
}

function characterBlocks(ch: ReportCharacter, s: ReportStrings): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    heading(ch.openCount ? `${ch.name} (${s.openConflicts(ch.openCount)})` : ch.name, HeadingLevel.HEADING_2),
  ];
  if (ch.tagline) out.push(para(ch.tagline, { italics: true }));
  ch.conflicts.forEach((c, i) => out.push(...conflictBlocks(c, i + 1, s)));
  if (ch.facts.length) {
    out.push(heading(`${s.factHistory}: ${ch.name}`, HeadingLevel.HEADING_3));
    out.push(
      table(
        [s.episode, s.predicate, s.value, s.modality, s.quote],
        ch.facts.map((f) => [f.where, f.predicateLabel, f.value, f.modalityLabel, f.quote]),
        [18, 14, 16, 12, 40],
      ),
    );
  }
  return out;
}

function conflictBlocks(c: ReportConflict, n: number, s: ReportStrings): Paragraph[] {
  const out = [
    new Paragraph({
      heading: HeadingLevel.HEADING_3,
      keepNext: true,
      children: [
        new TextRun({ text: `${n}. ` }),
        new TextRun({ text: c.severityLabel, color: severityColour[c.severity] }),
        new TextRun({ text: ` · ${c.kindLabel} · ${c.statusLabel}` }),
      ],
    }),
    new Paragraph({ keepNext: true, children: runs(c.summary) }),
  ];
  for (const p of c.passages) {
    const where = p.outsideRange ? `${p.episodeLabel} (${s.outsideRange})` : p.episodeLabel;
    out.push(new Paragraph({ keepNext: true, keepLines: true, children: runs(where, { bold: true }) }));
    out.push(new Paragraph({ style: quoteStyle, keepLines: true, children: runs(p.quote) }));
  }
  if (c.status !== 'open' || c.note) {
    out.push(
      new Paragraph({
        children: [new TextRun({ text: `${s.decision}: `, bold: true }), ...runs(c.statusLabel + (c.note ? ` — ${c.note}` : ''))],
      }),
    );
  }
  out.push(new Paragraph({ children: [new TextRun({ text: `${s.conflictId}: ${clean(c.id)}`, size: 16, color: '777777' })] }));
  return out;
}
