// Writes CPU profiles (node:inspector) of a full analysis and of keystroke re-analyses on a generated series: `tsx bench/profilePass.ts 1000 /tmp/prof`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { createAnalyzer } from '../src/engine/createAnalyzer';
import { generateSeries } from './generateSeries';
import { Typist } from './keystrokes';

const count = Number(process.argv[2] ?? 1000);
const outDir = process.argv[3] ?? '/tmp/continuity-profiles';
const keys = Number(process.argv[4] ?? 20);
mkdirSync(outDir, { recursive: true });
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });

async function profiled(name: string, fn: () => void): Promise<number> {
  await session.post('Profiler.start');
  const t0 = performance.now();
  fn();
  const ms = performance.now() - t0;
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(join(outDir, `${name}.cpuprofile`), JSON.stringify(profile));
  return ms;
}

const series = generateSeries({ episodes: count, language: 'de' });
const analyzer = createAnalyzer();
const options = { title: series.title, language: series.language };
const fullMs = await profiled(`full-${count}`, () => analyzer.analyze(series.episodes, options));
console.log(`full analysis of ${count} episodes: ${fullMs.toFixed(0)} ms`);
const typist = new Typist(series.episodes, Math.floor(count / 2));
analyzer.analyze(typist.key(), options);
const times: number[] = [];
const keyMs = await profiled(`keys-${count}`, () => {
  for (let k = 0; k < keys; k++) {
    const t0 = performance.now();
    analyzer.analyze(typist.key(), options);
    times.push(performance.now() - t0);
  }
});
times.sort((a, b) => a - b);
console.log(`${keys} keystrokes: ${keyMs.toFixed(0)} ms, median ${times[Math.floor(keys / 2)].toFixed(1)} ms, max ${times[keys - 1].toFixed(1)} ms`);
session.disconnect();
