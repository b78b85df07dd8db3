// The HTML export: one self-contained page (inline CSS, SVG and script, no requests) with contents, offline filters and print styles.
import type { ReportCharacter, ReportConflict, ReportModel } from '../../engine/report/reportModel';
import { reportStrings, type ReportStrings } from '../../engine/report/reportStrings';
import { appearanceSvg } from './appearanceSvg';
import { escapeHtml as esc } from './escapeHtml';

const css = `
:root { --error: #b3261e; --warning: #8a5a00; --info: #1d5fbf; --muted: #555; --line: #d0d4da; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: #111; margin: 0 auto; max-width: 60rem; padding: 1.5rem; }
h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
h2 { font-size: 1.4rem; margin: 2rem 0 .75rem; border-bottom: 2px solid #111; padding-bottom: .2rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1rem 0 .4rem; }
.subtitle { font-size: 1.2rem; color: var(--muted); margin: 0 0 1rem; }
.title-page dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
.title-page dt { font-weight: 600; }
.title-page dd { margin: 0; }
nav.toc ol { padding-left: 1.2rem; margin: 0; }
nav.toc ol ol { padding-left: 1.2rem; }
a { color: #1d4ed8; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #eef0f3; }
td.num { text-align: right; font-variant-numeric: tabular-nums; width: 5rem; }
.summary-tables { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 0 1.5rem; }
.aliases { color: var(--muted); margin: 0 0 .5rem; }
article.conflict { border: 1px solid var(--line); border-left: 6px solid var(--info); border-radius: 4px; padding: .6rem .9rem; margin: .75rem 0; }
article.conflict.sev-error { border-left-color: var(--error); }
article.conflict.sev-warning { border-left-color: var(--warning); }
.badges { display: flex; flex-wrap: wrap; gap: .4rem; margin-bottom: .3rem; font-size: .8rem; }
.badge { border: 1px solid currentColor; border-radius: 3px; padding: 0 .35rem; font-weight: 600; }
.badge.sev-error { color: var(--error); } .badge.sev-warning { color: var(--warning); } .badge.sev-info { color: var(--info); }
.badge.kind, .badge.status { color: #333; font-weight: 500; }
.summary-text { margin: .2rem 0 .5rem; font-weight: 500; }
blockquote { margin: .4rem 0; padding: .3rem .8rem; border-left: 3px solid var(--line); background: #f7f7f8; }
blockquote cite { display: block; font-style: normal; font-size: .82rem; color: var(--muted); font-weight: 600; }
blockquote p { margin: 0; white-space: pre-wrap; }
.outside { font-weight: 400; font-style: italic; }
.decision { margin: .4rem 0 0; padding: .3rem .6rem; background: #eef6ee; border-radius: 3px; }
.conflict-id { font-size: .75rem; color: #777; margin: .3rem 0 0; font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
.filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; padding: .6rem .8rem; background: #eef0f3; border-radius: 4px; }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: .6rem; align-items: center; }
.filters legend { float: left; font-weight: 600; margin-right: .4rem; }
.empty { color: var(--muted); font-style: italic; }
.grid-note { color: var(--muted); font-size: .9rem; }
svg.grid { display: block; max-width: 100%; height: auto; margin: .5rem 0 1rem; }
[hidden] { display: none !important; }
@page { size: A4; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .filters, .no-print { display: none !important; }
  a { color: inherit; text-decoration: none; }
  .title-page { break-after: page; }
  nav.toc { break-after: page; }
  h2, h3, h4 { break-after: avoid; }
  tr, article.conflict, blockquote, svg.grid, .keep, .summary-tables table { break-inside: avoid; }
  thead { display: table-header-group; }
  article.conflict, blockquote, thead th, .decision { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

// Filters by character and severity; runs offline, touches nothing but this page.
const script = `
(function () {
  var character = document.getElementById('filter-character');
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name="severity"]'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.character'));
  var nothing = document.getElementById('filter-nothing');
  function apply() {
    var who = character.value;
    var allowed = {};
    boxes.forEach(function (b) { allowed[b.value] = b.checked; });
    var allSeverities = boxes.every(function (b) { return b.checked; });
    var shown = 0;
    sections.forEach(function (section) {
      var visible = 0;
      var conflicts = section.querySelectorAll('article.conflict');
      Array.prototype.forEach.call(conflicts, function (c) {
        var show = !!allowed[c.getAttribute('data-severity')];
        c.hidden = !show;
        if (show) visible++;
      });
      var sectionShown = (!who || section.id === who) && (allSeverities || visible > 0);
      section.hidden = !sectionShown;
      if (sectionShown) shown += visible;
    });
    nothing.hidden = shown > 0;
  }
  character.addEventListener('change', apply);
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  apply();
})();
`;

/** The report as one HTML document; every piece of text from the series is escaped, and a CSP forbids any request. */
export function renderHtml(model: ReportModel): string {
  const s = reportStrings(model.language);
  const t = model.title;
  const withConflicts = model.characters.filter((c) => c.conflicts.length > 0);
  const factsOnly = model.characters.filter((c) => c.conflicts.length === 0);
  const severities = model.summary.bySeverity;

  const toc = [
    `<li><a href="#summary">${esc(s.summary)}</a></li>`,
    `<li><a href="#conflicts">${esc(s.conflictsByCharacter)}</a>${
      withConflicts.length
        ? `<ol>${withConflicts.map((c) => `<li><a href="#${c.anchor}">${esc(c.name)}</a>${c.openCount ? ` (${c.openCount})` : ''}</li>`).join('')}</ol>`
        : ''
    }</li>`,
    factsOnly.length ? `<li><a href="#other-facts">${esc(s.otherFacts)}</a></li>` : '',
    `<li><a href="#variants">${esc(s.nameVariants)}</a></li>`,
    `<li><a href="#appearances">${esc(s.appearances)}</a></li>`,
    model.episodes.length ? `<li><a href="#episode-list">${esc(s.episodeList)}</a></li>` : '',
  ].join('');

  const filters = `<div class="filters no-print" id="filters" role="search">
<label>${esc(s.filterCharacter)} <select id="filter-character"><option value="">${esc(s.filterAll)}</option>${withConflicts
    .map((c) => `<option value="${c.anchor}">${esc(c.name)}</option>`)
    .join('')}</select></label>
<fieldset><legend>${esc(s.filterSeverity)}</legend>${severities
    .map((r) => `<label><input type="checkbox" name="severity" value="${r.key}" checked> ${esc(r.label)} (${r.count})</label>`)
    .join('')}</fieldset>
</div>
<p id="filter-nothing" class="empty" hidden>${esc(s.filterNothingShown)}</p>`;

  const body = [
    `<header class="title-page"><h1>${esc(t.series)}</h1><p class="subtitle">${esc(t.reportTitle)}</p><dl>`,
    `<dt>${esc(s.generatedOn)}</dt><dd>${esc(t.date)}</dd>`,
    `<dt>${esc(s.episodesCovered)}</dt><dd>${esc(t.episodesCovered)}</dd>`,
    ...t.optionLines.map((l) => `<dt>${esc(l.label)}</dt><dd>${esc(l.value)}</dd>`),
    `</dl></header>`,
    `<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">${esc(s.contents)}</h2><ol>${toc}</ol></nav>`,
    `<main>`,
    summarySection(model, s),
    `<section id="conflicts"><h2>${esc(s.conflictsByCharacter)}</h2>`,
    withConflicts.length ? filters : `<p class="empty">${esc(s.noConflicts)}</p>`,
    ...withConflicts.map((c) => characterSection(c, s, 'character')),
    `</section>`,
    factsOnly.length
      ? `<section id="other-facts"><h2>${esc(s.otherFacts)}</h2>${factsOnly.map((c) => characterSection(c, s, 'facts-only')).join('\n')}</section>`
      : '',
    variantsSection(model, s),
    `<section id="appearances"><h2>${esc(s.appearances)}</h2>`,
    model.grid.rows.length ? `<p class="grid-note">${esc(s.appearancesHint)}</p>${appearanceSvg(model.grid, s.appearances)}` : '',
    model.grid.omitted ? `<p class="grid-note">${esc(s.moreCharacters(model.grid.omitted))}</p>` : '',
    `</section>`,
    model.episodes.length
      ? `<section id="episode-list"><h2>${esc(s.episodeList)}</h2><table><thead><tr><th>${esc(s.code)}</th><th>${esc(s.episodeTitle)}</th><th>${esc(
          s.episodeFile,
        )}</th></tr></thead><tbody>${model.episodes
          .map((e) => `<tr><td>${esc(e.code)}</td><td>${esc(e.title)}</td><td>${esc(e.file)}</td></tr>`)
          .join('')}</tbody></table></section>`
      : '',
    `</main>`,
  ].join('\n');

  return `<!DOCTYPE html>
<html lang="${model.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Continuity Desk">
<title>${esc(`${t.reportTitle}: ${t.series}`)}</title>
<style>${css}</style>
</head>
<body>
${body}
${withConflicts.length ? `<script>${script}</script>` : ''}
</body>
</html>
`;
}

function countTable(caption: string, rows: { label: string; count: number }[], s: ReportStrings): string {
  return `<table><thead><tr><th>${esc(caption)}</th><th class="num">${esc(s.count)}</th></tr></thead><tbody>${rows
    .map((r) => `<tr><td>${esc(r.label)}</td><td class="num">${r.count}</td></tr>`)
    .join('')}</tbody></table>`;
}

function summarySection(model: ReportModel, s: ReportStrings): string {
  const sum = model.summary;
  const mostOpen = sum.mostOpen.length
    ? `<h3>${esc(s.mostOpen)}</h3><ol>${sum.mostOpen
        .map((c) => `<li><a href="#${c.anchor}">${esc(c.name)}</a>: ${esc(s.openConflicts(c.open))}</li>`)
        .join('')}</ol>`
    : '';
  return `<section id="summary"><h2>${esc(s.summary)}</h2>
<p><strong>${esc(s.totalConflicts)}: ${sum.total}</strong></p>
<div class="summary-tables">${countTable(s.bySeverity, sum.bySeverity, s)}${countTable(s.byStatus, sum.byStatus, s)}${
    sum.byKind.length ? countTable(s.byKind, sum.byKind, s) : ''
  }</div>${mostOpen}</section>`;
}

function characterSection(ch: ReportCharacter, s: ReportStrings, cls: 'character' | 'facts-only'): string {
  const heading = ch.openCount ? `${esc(ch.name)} <small>(${esc(s.openConflicts(ch.openCount))})</small>` : esc(ch.name);
  const aliases = ch.tagline ? `<p class="aliases">${esc(ch.tagline)}</p>` : '';
  const facts = ch.facts.length
    ? `<h4>${esc(s.factHistory)}: ${esc(ch.name)}</h4><table class="facts"><thead><tr><th>${esc(s.episode)}</th><th>${esc(s.predicate)}</th><th>${esc(
        s.value,
      )}</th><th>${esc(s.modality)}</th><th>${esc(s.quote)}</th></tr></thead><tbody>${ch.facts
        .map(
          (f) =>
            `<tr><td>${esc(f.where)}</td><td>${esc(f.predicateLabel)}</td><td>${esc(f.value)}</td><td>${esc(f.modalityLabel)}</td><td><q>${esc(f.quote)}</q></td></tr>`,
        )
        .join('')}</tbody></table>`
    : '';
  const [first, ...rest] = ch.conflicts.map((c) => conflictArticle(c, s));
  // The heading travels with the first conflict (or the fact table) so a page never ends on a bare name.
  const head = `<div class="keep"><h3>${heading}</h3>${aliases}${first ?? facts}</div>`;
  return `<section class="${cls}" id="${ch.anchor}">${head}${rest.join('\n')}${first ? facts : ''}</section>`;
}

function conflictArticle(c: ReportConflict, s: ReportStrings): string {
  const passages = c.passages
    .map(
      (p) =>
        `<blockquote><cite>${esc(p.episodeLabel)}${p.outsideRange ? ` <span class="outside">(${esc(s.outsideRange)})</span>` : ''}</cite><p>${esc(p.quote)}</p></blockquote>`,
    )
    .join('');
  const decision =
    c.status !== 'open' || c.note
      ? `<p class="decision"><strong>${esc(s.decision)}:</strong> ${esc(c.statusLabel)}${c.note ? ` — ${esc(c.note)}` : ''}</p>`
      : '';
  return `<article class="conflict sev-${c.severity}" id="${c.anchor}" data-severity="${c.severity}" data-status="${c.status}">
<div class="badges"><span class="badge sev-${c.severity}">${esc(c.severityLabel)}</span><span class="badge kind">${esc(c.kindLabel)}</span><span class="badge status">${esc(c.statusLabel)}</span></div>
<p class="summary-text">${esc(c.summary)}</p>${passages}${decision}<p class="conflict-id">${esc(s.conflictId)}: ${esc(c.id)}</p></article>`;
}

function variantsSection(model: ReportModel, s: ReportStrings): string {
  const drifting = model.nameVariants.filter((v) => v.inConflict);
  const others = model.nameVariants.filter((v) => !v.inConflict);
  const rows = drifting
    .map((v) =>
      v.spellings
        .map(
          (sp, i) =>
            `<tr>${i === 0 ? `<td rowspan="${v.spellings.length}">${esc(v.entity)}</td>` : ''}<td>${esc(sp.spelling)}${
              sp.isMainForm ? ` <small>(${esc(s.standardForm)})</small>` : ''
            }</td><td>${sp.where ? esc(sp.where) : `<span class="empty">${esc(s.notFoundInQuotes)}</span>`}</td></tr>`,
        )
        .join(''),
    )
    .join('');
  const main = drifting.length
    ? `<table><thead><tr><th>${esc(s.character)}</th><th>${esc(s.spelling)}</th><th>${esc(s.occursIn)}</th></tr></thead><tbody>${rows}</tbody></table>`
    : `<p class="empty">${esc(s.noNameVariants)}</p>`;
  const rest = others.length
    ? `<h3>${esc(s.otherSpellings)}</h3><table><thead><tr><th>${esc(s.character)}</th><th>${esc(s.spellings)}</th><th>${esc(
        s.namedIn,
      )}</th></tr></thead><tbody>${others
        .map((v) => `<tr><td>${esc(v.entity)}</td><td>${esc(v.spellings.map((x) => x.spelling).join(', '))}</td><td>${esc(v.appearsIn)}</td></tr>`)
        .join('')}</tbody></table>`
    : '';
  return `<section id="variants"><h2>${esc(s.nameVariants)}</h2>${main}${rest}</section>`;
}
