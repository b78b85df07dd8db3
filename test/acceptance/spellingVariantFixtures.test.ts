// The spelling rule on the fixture series (German and English): every planted spelling drift found, no spelling alarm elsewhere.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSeries } from '../../src/engine/analyzeSeries';
import type { Conflict, Episode } from '../../src/engine/types';

const ROOT = 'test/fixtures/series';

interface KeyConflict {
  id: string;
  kind: string;
  terms: string[];
  sides: string[][];
}

const seriesDirs = existsSync(ROOT) ? readdirSync(ROOT).filter((d) => existsSync(join(ROOT, d, 'expected.json'))) : [];

function load(dir: string): Episode[] {
  return readdirSync(join(ROOT, dir))
    .filter((f) => /\.(txt|md)$/u.test(f))
    .sort()
    .map((file, index) => ({ id: file.replace(/\.\w+$/u, ''), file, title: file.replace(/\.\w+$/u, ''), index, text: readFileSync(join(ROOT, dir, file), 'utf8') }));
}

const textOf = (c: Conflict): string => [c.entity, c.summary, ...c.evidence.map((e) => e.quote)].join(' ').toLowerCase();
const matches = (c: Conflict, k: KeyConflict): boolean => {
  const eps = new Set(c.evidence.map((e) => e.episode));
  return k.terms.some((t) => textOf(c).includes(t.toLowerCase())) && k.sides.every((side) => side.some((f) => eps.has(f)));
};

describe.skipIf(seriesDirs.length === 0)('spelling rule on the fixture series', () => {
  for (const dir of seriesDirs) {
    it(`${dir}: finds every planted spelling drift and raises no other spelling alarm`, () => {
      const key = JSON.parse(readFileSync(join(ROOT, dir, 'expected.json'), 'utf8')) as { conflicts: KeyConflict[] };
      const planted = key.conflicts.filter((k) => k.kind === 'spelling');
      const reported = analyzeSeries(load(dir)).report.conflicts.filter((c) => c.kind === 'spelling');
      for (const k of planted) expect(reported.some((c) => matches(c, k)), `${dir} ${k.id} ${k.terms.join('/')}`).toBe(true);
      const stray = reported.filter((c) => !planted.some((k) => matches(c, k)));
      expect(stray.map((c) => c.summary)).toEqual([]);
    }, 60_000);
  }
});
