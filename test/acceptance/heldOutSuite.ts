// One vitest suite for a held-out set: its answer keys parse and name real files; every series is scored and printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreSeries, seriesIn, totalOf } from './scoreSeries';

interface KeyEntry {
  id: string;
  kind: string;
  terms: string[];
}

function readKey(dir: string): { conflicts: (KeyEntry & { sides: string[][] })[]; non_conflicts: KeyEntry[] } {
  return JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
}

export interface HeldOutSet {
  /** Folder of the set, e.g. "test/holdout3". */
  folder: string;
  /** How the printed total line names it ("held out 3"). */
  label: string;
  /** How many series the set holds. */
  series: number;
  /** Environment variable that also prints every conflict's line. */
  verboseEnv: string;
}

/** Declares the suite: no floor on recall (a held-out set measures, it does not gate). */
export function heldOutSuite(set: HeldOutSet): void {
  describe(`held-out set ${set.folder}`, () => {
    const names = seriesIn(set.folder);

    it('has an answer key that parses for every series, naming real episode files', () => {
      expect(names).toHaveLength(set.series);
      for (const name of names) {
        const dir = join(set.folder, name);
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
      const scores = names.map((name) => scoreSeries(name, join(set.folder, name)));
      const total = totalOf(scores);
      for (const s of scores) console.log(`${s.name}: recall ${s.found}/${s.required}, precision ${s.matched}/${s.reported}, false alarms ${s.falseAlarms}`);
      console.log(`${set.label}: recall ${total.found}/${total.required}, precision ${total.matched}/${total.reported}, false alarms on non-conflicts ${total.falseAlarms}`);
      if (process.env[set.verboseEnv]) for (const s of scores) console.log(`--- ${s.name}\n${s.lines}`);
      expect(scores.map((s) => s.name)).toEqual(names);
      for (const s of scores) expect(s.required, s.name).toBeGreaterThan(0);
    });
  });
}
