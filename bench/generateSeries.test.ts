// The series generator is reproducible, hits the requested sizes, and its answer key points at text that is really there.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Conflict } from '../src/engine/types';
import { scoreReport } from './answerKey';
import { generateSeries, plantedConflictKinds } from './generateSeries';
import { spellingKey, spellingVariants } from './nameVariants';

const words = (text: string): number => text.split(/\s+/u).filter(Boolean).length;

describe('generateSeries', () => {
  it('gives the same text and key for the same seed, and other text for another seed', () => {
    const a = generateSeries({ episodes: 120, language: 'de', seed: 7 });
    const b = generateSeries({ episodes: 120, language: 'de', seed: 7 });
    const c = generateSeries({ episodes: 120, language: 'de', seed: 8 });
    expect(b.episodes).toEqual(a.episodes);
    expect(b.key).toEqual(a.key);
    expect(c.episodes.map((e) => e.text)).not.toEqual(a.episodes.map((e) => e.text));
  });

  it.each([
    ['de', 100],
    ['en', 100],
    ['de', 1000],
    ['en', 1000],
  ] as const)('writes %s series of %i episodes of about 450 words', (language, n) => {
    const series = generateSeries({ episodes: n, language });
    expect(series.episodes).toHaveLength(n);
    expect(new Set(series.episodes.map((e) => e.id)).size).toBe(n);
    series.episodes.forEach((e, i) => {
      expect(e.index).toBe(i);
      expect(words(e.text)).toBeGreaterThanOrEqual(420);
      expect(words(e.text)).toBeLessThanOrEqual(540);
    });
    // Every conflict kind the engine knows is planted, and so are non-conflicts.
    expect(new Set(series.key.conflicts.map((k) => k.kind))).toEqual(new Set(plantedConflictKinds));
    expect(series.key.non_conflicts.length).toBeGreaterThan(n / 20);
  });

  it('writes the 10,000-episode series at about 30 MB', () => {
    const series = generateSeries({ episodes: 10_000, language: 'de' });
    const bytes = series.episodes.reduce((sum, e) => sum + Buffer.byteLength(e.text), 0);
    expect(series.episodes).toHaveLength(10_000);
    expect(bytes).toBeGreaterThan(25e6);
    expect(bytes).toBeLessThan(40e6);
    expect(series.key.conflicts.length).toBeGreaterThan(1500);
  });

  it.each(['de', 'en'] as const)('plants every keyed %s passage in the episode the key names', (language) => {
    const series = generateSeries({ episodes: 300, language, seed: 3 });
    const textOf = new Map(series.episodes.map((e) => [e.file, e.text]));
    for (const entry of [...series.key.conflicts, ...series.key.non_conflicts]) {
      for (const p of entry.passages) expect(textOf.get(p.episode), `${entry.id}: ${p.quote}`).toContain(p.quote);
    }
    for (const k of series.key.conflicts) {
      const sideTexts = k.sides.map((side) => side.map((f) => textOf.get(f) ?? '').join('\n'));
      // Each side has a passage, and a key term is written in the first side.
      k.sides.forEach((side) => expect(k.passages.some((p) => side.includes(p.episode)), k.id).toBe(true));
      expect(k.terms.some((t) => sideTexts.some((text) => text.includes(t))), k.id).toBe(true);
    }
    const all = series.episodes.map((e) => e.text).join('\n');
    for (const n of series.key.non_conflicts) expect(n.terms.every((t) => all.includes(t)), n.id).toBe(true);
  });

  it('writes a drifted spelling only in the episode the key says drifts', () => {
    const series = generateSeries({ episodes: 300, language: 'de', seed: 5 });
    const spelling = series.key.conflicts.filter((k) => k.kind === 'spelling');
    expect(spelling.length).toBeGreaterThan(3);
    for (const k of spelling) {
      const [drifted, original] = k.terms;
      expect(spellingKey(drifted)).toBe(spellingKey(original));
      const wordRe = new RegExp(`(?<!\\p{L})${drifted}(?!\\p{L})`, 'u');
      const with_ = series.episodes.filter((e) => wordRe.test(e.text)).map((e) => e.file);
      expect(with_, k.id).toEqual(k.sides[1]);
    }
  });
});

describe('spellingVariants', () => {
  it('drifts names the way writers misspell them, keeping the spelling key', () => {
    expect(spellingVariants('Kathrin')).toContain('Katrin');
    expect(spellingVariants('Kreutzer')).toContain('Kreuzer');
    expect(spellingVariants('Hoffmann')).toContain('Hofmann');
    for (const v of spellingVariants('Stephanie')) expect(spellingKey(v)).toBe(spellingKey('Stephanie'));
    expect(spellingKey('Daniel')).not.toBe(spellingKey('Daniela'));
  });
});

describe('scoreReport', () => {
  const series = generateSeries({ episodes: 100, language: 'en', seed: 2 });
  const [k1, k2] = series.key.conflicts;
  const conflict = (id: string, entity: string, episodes: string[], kind: Conflict['kind'] = 'spelling'): Conflict => ({
    id, kind, severity: 'warning', status: 'open', entity, summary: `${entity} differs`,
    evidence: episodes.map((episode) => ({ episode, quote: entity, start: 0, end: 1 })),
  });
  const report = {
    conflicts: [
      conflict('x1', k1.terms[0], [k1.sides[0][0], (k1.sides[1] ?? k1.sides[0])[0]], k1.kind),
      conflict('x2', k2.terms[0], [k2.sides[0][0]], k2.kind), // one side only: not found
      conflict('x3', 'Nobody Atall', [series.episodes[0].file, series.episodes[1].file]),
    ],
  };

  it('counts a conflict found only with a key term and evidence on every side', () => {
    const score = scoreReport(report, series.key);
    expect(score.found).toBe(1);
    expect(score.matched).toBe(1);
    expect(score.reported).toBe(3);
    expect(score.recall).toBeCloseTo(1 / series.key.conflicts.length);
    expect(score.precision).toBeCloseTo(1 / 3);
  });

  const script = join(process.cwd(), '..', 'shared', 'tools', 'score-continuity.mjs');
  it.skipIf(!existsSync(script))('agrees with score-continuity.mjs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-score-'));
    try {
      writeFileSync(join(dir, 'report.json'), JSON.stringify(report));
      writeFileSync(join(dir, 'key.json'), JSON.stringify(series.key));
      const out = execFileSync(process.execPath, [script, join(dir, 'report.json'), join(dir, 'key.json')], { encoding: 'utf8' });
      const m = /score: recall (\d+)\/(\d+), precision (\d+)\/(\d+), false alarms on known non-conflicts (\d+)/u.exec(out);
      const score = scoreReport(report, series.key);
      expect(m?.slice(1).map(Number)).toEqual([score.found, score.required, score.matched, score.reported, score.falseAlarms]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
