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
const cpu: number[] = [];
for (let k = 0; k < 9; k++) {
  const i = Math.floor(count / 2);
  const edited = episodes.map((e, j) => (j === i ? { ...e, text: e.text + (k % 2 ? 'x' : 'y') } : e));
  t = performance.now();
  const c = process.cpuUsage();
  analysis = analyzer.analyze(edited);
  times.push(performance.now() - t);
  const used = process.cpuUsage(c);
  cpu.push((used.user + used.system) / 1000);
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// CPU time as well as wall time: on a shared machine the wall time mostly measures the other processes.
console.log(`keystroke re-analysis: wall ${times.map((x) => x.toFixed(0)).join(' ')} ms (median ${median(times).toFixed(0)}); cpu median ${median(cpu).toFixed(0)} ms, min ${Math.min(...cpu).toFixed(0)} ms`);
const letters = () => {
  const s = performance.now();
  let n = 0;
  for (const e of episodes) n += e.text.match(/\p{L}+/gu)?.length ?? 0;
  return n >= 0 ? performance.now() - s : 0;
};
console.log(`letter pass: ${letters().toFixed(0)} ms`);
t = performance.now();
const modelCpu = process.cpuUsage();
const model = buildReportModel(analysis.report, resolveReportOptions(analysis.report, { date: '2026-11-23' }));
const tm = performance.now();
renderHtml(model);
const th = performance.now();
renderCsv(model);
const modelUsed = process.cpuUsage(modelCpu);
console.log(`report model cpu (incl. renders) ${((modelUsed.user + modelUsed.system) / 1000).toFixed(0)} ms`);
console.log(`report model ${(tm - t).toFixed(0)} ms, html ${(th - tm).toFixed(0)} ms, csv ${(performance.now() - th).toFixed(0)} ms`);
