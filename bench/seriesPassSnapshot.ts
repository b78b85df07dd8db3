// Safety net for series-pass and report speed work: analyses fixed inputs, builds report models and HTML/CSV, writes canonical text to compare runs.
import { createHash } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeSeries } from '../src/engine/index';
import { buildReportModel, resolveReportOptions } from '../src/engine/report/buildReportModel';
import type { Episode } from '../src/engine/types';
import { renderCsv } from '../src/main/export/renderCsv';
import { renderHtml } from '../src/main/export/renderHtml';
import { generateSeries } from './generateSeries';
import { canonical, textFiles } from './snapshotInputs';

function inputs(): [string, Episode[]][] {
  const out: [string, Episode[]][] = [['seeds', textFiles('../shared/seeds')]];
  const fixtures = 'test/fixtures/series';
  for (const name of readdirSync(fixtures).sort()) out.push([`fixture:${name}`, textFiles(join(fixtures, name))]);
  for (const language of ['de', 'en'] as const) out.push([`generated:${language}`, generateSeries({ episodes: 300, language, seed: 11 }).episodes]);
  return out;
}

const dir = process.argv[2] ?? '/tmp/series-pass-snapshot';
const parts: string[] = [];
const lines: string[] = [];
for (const [name, episodes] of inputs()) {
  const t = performance.now();
  const analysis = analyzeSeries(episodes);
  const ta = performance.now();
  const out: string[] = [canonical(analysis)];
  const variants = [{}, { fromEpisode: 1, toEpisode: Math.max(1, episodes.length - 2), minSeverity: 'warning' as const, language: 'en' as const }];
  for (const v of variants) {
    const model = buildReportModel(analysis.report, resolveReportOptions(analysis.report, { date: '2026-11-23', ...v }));
    out.push(canonical(model), renderHtml(model), renderCsv(model));
  }
  const text = out.join('\n----\n');
  parts.push(`==== ${name}\n${text}`);
  lines.push(`${name.padEnd(32)} ${String(episodes.length).padStart(4)} ep analyse ${(ta - t).toFixed(0).padStart(6)} ms report ${(performance.now() - ta).toFixed(0).padStart(6)} ms  ${createHash('sha1').update(text).digest('hex').slice(0, 12)}`);
}
writeFileSync(`${dir}.txt`, parts.join('\n'));
console.log(lines.join('\n'));
