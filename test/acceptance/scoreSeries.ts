// Runs the engine on a folder of episode files and scores the report with the shared scorer against its expected.json.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { analyzeSeries, type Episode } from '../../src/engine/index';

const SCORER = '../shared/tools/score-continuity.mjs';

export interface Score {
  name: string;
  found: number;
  required: number;
  matched: number;
  reported: number;
  falseAlarms: number;
  lines: string;
}

export function loadEpisodes(dir: string): Episode[] {
  return readdirSync(dir)
    .filter((f) => /\.(txt|md)$/u.test(f))
    .sort()
    .map((file, index) => ({ id: basename(file).replace(/\.[^.]+$/u, ''), file, title: basename(file).replace(/\.[^.]+$/u, ''), index, text: readFileSync(join(dir, file), 'utf8') }));
}

export function scoreSeries(name: string, dir: string): Score {
  const report = analyzeSeries(loadEpisodes(dir)).report;
  const path = join(mkdtempSync(join(tmpdir(), 'fixture-')), 'report.json');
  writeFileSync(path, JSON.stringify(report));
  const lines = execFileSync('node', [SCORER, path, join(dir, 'expected.json'), '--verbose'], { encoding: 'utf8' });
  const m = /score: recall (\d+)\/(\d+), precision (\d+)\/(\d+), false alarms on known non-conflicts (\d+)/u.exec(lines);
  if (!m) throw new Error(`scorer output not understood for ${name}:\n${lines}`);
  const [found, required, matched, reported, falseAlarms] = m.slice(1).map(Number);
  return { name, found, required, matched, reported, falseAlarms, lines };
}

/** Every sub-folder of `root` that has an expected.json, by name. */
export function seriesIn(root: string): string[] {
  return existsSync(root)
    ? readdirSync(root).filter((d) => statSync(join(root, d)).isDirectory() && existsSync(join(root, d, 'expected.json'))).sort()
    : [];
}

export function totalOf(scores: Score[]) {
  return scores.reduce(
    (t, s) => ({ found: t.found + s.found, required: t.required + s.required, matched: t.matched + s.matched, reported: t.reported + s.reported, falseAlarms: t.falseAlarms + s.falseAlarms }),
    { found: 0, required: 0, matched: 0, reported: 0, falseAlarms: 0 },
  );
}
