// Measures the engine on the third held-out set (test/holdout3: never tuned to) and prints the figures, with no floor.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreSeries, seriesIn, totalOf } from './scoreSeries';

const HOLDOUT3 = 'test/holdout3';

interface KeyEntry {
  id: string;
  kind: string;
  terms: string[];
}

function readKey(dir: string): { conflicts: (KeyEntry & { sides: string[][] })[]; non_conflicts: KeyEntry[] } {
  return JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
}

describe('third held-out series', () => {
  const names = seriesIn(HOLDOUT3);

  it('has an answer key that parses for every series, naming real episode files', () => {
    expect(names).toHaveLength(6);
    for (const name of names) {
      const dir = join(HOLDOUT3, name);
      const key = readKey(dir);
      expect(key.conflicts.length, name).toBeGreaterThanOrEqual(4);
      for (const c of key.conflicts) {
        expect(c.terms.length, `${name} ${c.id}`).toBeGreaterThan(0);
        for (const file of c.sides.flat()) expect(() => readFileSync(join(dir, file), 'utf8'), `${name} ${c.id} ${file}`).not.toThrow();
      }
      for (const n of key.non_conflicts) expect(n.terms.length, `${name} ${n.id}`).toBeGreaterThan(0);
    }
  });

  it('scores every series and prints the figures', () => {
    const scores = names.map((name) => scoreSeries(name, join(HOLDOUT3, name)));
    const total = totalOf(scores);
    for (const s of scores) console.log(`${s.name}: recall ${s.found}/${s.required}, precision ${s.matched}/${s.reported}, false alarms ${s.falseAlarms}`);
    console.log(`held out 3: recall ${total.found}/${total.required}, precision ${total.matched}/${total.reported}, false alarms on non-conflicts ${total.falseAlarms}`);
    if (process.env.HOLDOUT3_VERBOSE) for (const s of scores) console.log(`--- ${s.name}\n${s.lines}`);
    expect(scores.map((s) => s.name)).toEqual(names);
    for (const s of scores) expect(s.required, s.name).toBeGreaterThan(0);
  });
});
