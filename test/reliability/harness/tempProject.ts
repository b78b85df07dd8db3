// Temporary series projects for the reliability suites: a folder with continuity.json and episode files, plus tree helpers.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, lstatSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempEpisode {
  id: string;
  /** Project-relative path, e.g. episodes/e1.md. */
  file: string;
  title: string;
  /** Raw bytes or UTF-8 text written as is. */
  content: Uint8Array | string;
}

/** A fresh empty folder under the OS temp folder (inside a parent of its own, so siblings can be checked). */
export function tempFolder(prefix = 'cd-rel-'): { parent: string; dir: string; cleanup: () => void } {
  const parent = mkdtempSync(join(tmpdir(), prefix));
  const dir = join(parent, 'project');
  mkdirSync(dir);
  return { parent, dir, cleanup: () => rmSync(parent, { recursive: true, force: true }) };
}

/** Writes a project (manifest + episodes) into `dir` without going through the store. */
export function writeProject(dir: string, episodes: TempEpisode[], title = 'Reliability series', language: 'de' | 'en' = 'en'): void {
  mkdirSync(join(dir, 'episodes'), { recursive: true });
  for (const e of episodes) writeFileSync(join(dir, e.file), e.content);
  const manifest = {
    schemaVersion: 1,
    title,
    language,
    episodes: episodes.map(({ id, file, title: t }) => ({ id, file, title: t })),
    settings: {},
  };
  writeFileSync(join(dir, 'continuity.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** A small ordinary project: `n` UTF-8 episodes e1..en. */
export function sampleEpisodes(n = 3): TempEpisode[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `e${i + 1}`,
    file: `episodes/e${i + 1}.md`,
    title: `Episode ${i + 1}`,
    content: `# Episode ${i + 1}\n\nAnna Berger meets Tom Kessler in Hamburg (scene ${i + 1}).\n`,
  }));
}

export const sha256Hex = (b: Uint8Array | string): string => createHash('sha256').update(b).digest('hex');

/** Every file under `dir` (relative paths, '/'-separated) with its content hash; symlinks listed by target-less marker. */
export function snapshotTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (abs: string, rel: string) => {
    let names: string[];
    try {
      names = readdirSync(abs);
    } catch {
      return;
    }
    for (const name of names) {
      const a = join(abs, name);
      const r = rel ? `${rel}/${name}` : name;
      const st = lstatSync(a);
      if (st.isDirectory()) {
        out.set(`${r}/`, 'dir');
        walk(a, r);
      } else if (st.isFile()) out.set(r, sha256Hex(readFileSync(a)));
      else out.set(r, st.isSymbolicLink() ? 'symlink' : 'special');
    }
  };
  walk(dir, '');
  return out;
}

/** Differences between two snapshots as readable lines ("+ added", "- removed", "~ changed"). */
export function diffTrees(before: Map<string, string>, after: Map<string, string>): string[] {
  const lines: string[] = [];
  for (const [k, v] of after) {
    if (!before.has(k)) lines.push(`+ ${k}`);
    else if (before.get(k) !== v) lines.push(`~ ${k}`);
  }
  for (const k of before.keys()) if (!after.has(k)) lines.push(`- ${k}`);
  return lines;
}

/** Temp files left by atomic writes (".name.pid.random.tmp") anywhere under `dir`. */
export function leftoverTempFiles(dir: string): string[] {
  return [...snapshotTree(dir).keys()].filter((f) => /(^|\/)\.[^/]+\.tmp$/.test(f));
}
