// Acceptance: the engine on the three seed synopses, scored by the shared scorer (S1, S2 found; N1 quiet).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSeries, type Episode } from '../../src/engine/index';

const SEEDS = '../shared/seeds';
const SCORER = '../shared/tools/score-continuity.mjs';

function loadSeeds(): Episode[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file, index) => ({ id: basename(file, '.txt'), file, title: basename(file, '.txt'), index, text: readFileSync(join(SEEDS, file), 'utf8') }));
}

describe('seed synopses', () => {
  const episodes = loadSeeds();
  // CPU time, not wall time: the build machines are shared, and waiting for a core is not our cost.
  const cpu = process.cpuUsage();
  const started = performance.now();
  const analysis = analyzeSeries(episodes);
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const elapsed = (used.user + used.system) / 1000;
  const reportPath = join(mkdtempSync(join(tmpdir(), 'seeds-')), 'report.json');
  writeFileSync(reportPath, JSON.stringify(analysis.report, null, 2));
  const score = execFileSync('node', [SCORER, reportPath, join(SEEDS, 'expected.json'), '--verbose'], { encoding: 'utf8' });

  it('finds the spelling drifts S1 (Katrin/Kathrin) and S2 (Kreuzer/Kreutzer)', () => {
    console.log(score.trim(), `\nanalysis took ${elapsed.toFixed(0)} ms CPU (${wall.toFixed(0)} ms wall) including lexicon load`);
    expect(score).toMatch(/^found {2}S1 /mu);
    expect(score).toMatch(/^found {2}S2 /mu);
  });

  it('raises no alarm on the believed-then-revealed death (N1)', () => {
    expect(score).toMatch(/^quiet {2}N1 /mu);
  });

  it('gives evidence with real offsets into each episode', () => {
    const byFile = new Map(episodes.map((e) => [e.file, e.text]));
    const spelling = analysis.report.conflicts.filter((c) => c.kind === 'spelling');
    expect(spelling.length).toBeGreaterThanOrEqual(2);
    for (const c of spelling) {
      for (const ev of c.evidence) expect(byFile.get(ev.episode)!.slice(ev.start, ev.end)).toBe(ev.quote);
    }
  });

  it('runs well under a second, lexicon load included', () => {
    expect(elapsed).toBeLessThan(1000);
  });
});
