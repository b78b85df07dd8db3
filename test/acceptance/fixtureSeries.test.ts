// Acceptance: the engine on our own planted-conflict series (German and English) and the seeds, scored by the shared scorer.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreSeries as score, seriesIn, totalOf } from './scoreSeries';

const FIXTURES = 'test/fixtures/series';
const SEEDS = '../shared/seeds';
const series = seriesIn(FIXTURES);

describe('planted-conflict fixture series', () => {
  const scores = series.map((name) => score(name, join(FIXTURES, name)));
  const total = totalOf(scores);

  it('scores every series and prints the figures', () => {
    for (const s of scores) console.log(`${s.name}: recall ${s.found}/${s.required}, precision ${s.matched}/${s.reported}, false alarms on non-conflicts ${s.falseAlarms}\n${s.lines.trim().replace(/^/gmu, '  ')}`);
    console.log(`all fixtures: recall ${total.found}/${total.required}, precision ${total.matched}/${total.reported}, false alarms ${total.falseAlarms}`);
    expect(scores.length).toBeGreaterThanOrEqual(4);
  });

  it('finds at least 68% of the planted conflicts across all series (72% when written)', () => {
    expect(total.found / total.required).toBeGreaterThanOrEqual(0.68);
  });

  it('keeps at least 90% of its warnings and errors real (100% when written)', () => {
    expect(total.matched / Math.max(1, total.reported)).toBeGreaterThanOrEqual(0.9);
  });

  it('raises at most one alarm on a known non-conflict (beliefs later revealed, narrated changes) across all series', () => {
    expect(total.falseAlarms).toBeLessThanOrEqual(1);
  });
});

describe('seed synopses: the father accounts (S3, S4) and the believed death (N1)', () => {
  const s = score('seeds', SEEDS);

  it('finds S3 and S4 from general rules and stays quiet on N1', () => {
    console.log(s.lines.trim());
    expect(s.lines).toMatch(/^found {2}S3 /mu);
    expect(s.lines).toMatch(/^found {2}S4 /mu);
    expect(s.lines).toMatch(/^quiet {2}N1 /mu);
    expect(s.matched).toBe(s.reported);
  });
});
