// Times the series pass (one keystroke re-analysis) and the report model + HTML/CSV on a generated series.
import { createAnalyzer } from '../src/engine/createAnalyzer';
import { buildReportModel, resolveReportOptions } from '../src/engine/report/buildReportModel';
import { renderCsv } from '../src/main/export/renderCsv';
import { renderHtml } from '../src/main/export/renderHtml';
import { generateSeries } from './generateSeries';

const count = Number(process.argv[2] ?? 1000);
const episodes = generateSeries({ episodes: count, language: 'de', seed: 3 }).episodes;
const analyzer = createAnalyzer();
let t = performance.now();
let analysis = analyzer.analyze(episodes);
console.log(`full analysis ${count} ep: ${(performance.now() - t).toFixed(0)} ms`);
const times: number[] = [];
for (let k = 0; k < 5; k++) {
  const i = Math.floor(count / 2);
  const edited = episodes.map((e, j) => (j === i ? { ...e, text: e.text + (k % 2 ? 'x' : 'y') } : e));
  t = performance.now();
  analysis = analyzer.analyze(edited);
  times.push(performance.now() - t);
}
console.log(`keystroke re-analysis: ${times.map((x) => x.toFixed(0)).join(' ')} ms`);
const letters = () => {
  const s = performance.now();
  let n = 0;
  for (const e of episodes) n += e.text.match(/\p{L}+/gu)?.length ?? 0;
  return n >= 0 ? performance.now() - s : 0;
};
console.log(`letter pass: ${letters().toFixed(0)} ms`);
t = performance.now();
const model = buildReportModel(analysis.report, resolveReportOptions(analysis.report, { date: '2026-11-23' }));
const tm = performance.now();
renderHtml(model);
const th = performance.now();
renderCsv(model);
console.log(`report model ${(tm - t).toFixed(0)} ms, html ${(th - tm).toFixed(0)} ms, csv ${(performance.now() - th).toFixed(0)} ms`);
