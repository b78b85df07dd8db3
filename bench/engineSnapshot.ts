// Safety net for engine speed work: analyses fixed inputs and writes a canonical JSON snapshot (report + mentions) to compare runs.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeSeries } from '../src/engine/index';
import type { Episode } from '../src/engine/types';
import { generateSeries } from './generateSeries';
import { canonical, textFiles } from './snapshotInputs';
import { splitHolmes } from './loadCorpora';

/** Every input the snapshot covers, by name. */
function inputs(): [string, Episode[]][] {
  const out: [string, Episode[]][] = [['seeds', textFiles('../shared/seeds')]];
  const fixtures = 'test/fixtures/series';
  for (const name of readdirSync(fixtures).sort()) out.push([`fixture:${name}`, textFiles(join(fixtures, name))]);
  out.push(['demo', textFiles('resources/demo-series/episodes')]);
  const cano = '../shared/corpora/sherlock-holmes/cano.txt';
  if (existsSync(cano)) {
    const stories = splitHolmes(readFileSync(cano, 'utf8'));
    out.push(['holmes', stories.filter((_, i) => i % 7 === 0).slice(0, 8).map((e, index) => ({ ...e, index }))]);
  }
  for (const language of ['de', 'en'] as const) out.push([`generated:${language}`, generateSeries({ episodes: 60, language, seed: 7 }).episodes]);
  return out;
}

const outFile = process.argv[2] ?? '/tmp/engine-snapshot.json';
const result: Record<string, unknown> = {};
const lines: string[] = [];
const started = performance.now();
for (const [name, episodes] of inputs()) {
  const t = performance.now();
  const analysis = analyzeSeries(episodes);
  const text = canonical(analysis);
  result[name] = JSON.parse(text);
  lines.push(`${name.padEnd(32)} ${String(episodes.length).padStart(4)} ep ${(performance.now() - t).toFixed(0).padStart(6)} ms  ${createHash('sha1').update(text).digest('hex').slice(0, 12)}`);
}
writeFileSync(outFile, canonical(result));
console.log(lines.join('\n'));
console.log(`total ${(performance.now() - started).toFixed(0)} ms -> ${outFile}`);
