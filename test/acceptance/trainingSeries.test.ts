// Training figures: the engine on the harder planted-conflict series in test/fixtures/series-training, scored by the shared scorer (printed, no floors).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreSeries as score, seriesIn, totalOf } from './scoreSeries';

const TRAINING = 'test/fixtures/series-training';
const series = seriesIn(TRAINING);

describe('training series (planted conflicts the engine is still learning)', () => {
  it('has an answer key for every series that parses and names planted conflicts and non-conflicts', () => {
    expect(series.length).toBeGreaterThanOrEqual(8);
    for (const name of series) {
      const key = JSON.parse(readFileSync(join(TRAINING, name, 'expected.json'), 'utf8'));
      expect(key.corpus).toBe(name);
      expect(key.conflicts.length).toBeGreaterThanOrEqual(5);
      expect(key.non_conflicts.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('scores every series and prints the figures', () => {
    const scores = series.map((name) => score(name, join(TRAINING, name)));
    for (const s of scores) console.log(`${s.name}: recall ${s.found}/${s.required}, precision ${s.matched}/${s.reported}, false alarms on non-conflicts ${s.falseAlarms}\n${s.lines.trim().replace(/^/gmu, '  ')}`);
    const total = totalOf(scores);
    console.log(`all training series: recall ${total.found}/${total.required}, precision ${total.matched}/${total.reported}, false alarms ${total.falseAlarms}`);
    expect(scores.map((s) => s.name)).toEqual(series);
    for (const s of scores) expect(s.required).toBeGreaterThan(0);
  });
});
