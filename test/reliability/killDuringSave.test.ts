// kill -9 during save: a child saves in a loop with the real store, is killed at a random moment, and the project is reopened.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openProject } from '../../src/main/store/projectStore';
import { decodeText, encodeText, type TextFormat } from '../../src/main/store/textCodec';
import { runsFor } from './harness/reliabilityMode';
import { suiteTally } from './harness/suiteTally';
import { leftoverTempFiles, sha256Hex, tempFolder, writeProject } from './harness/tempProject';
import { seededRandom } from './harness/varyingText';

const runs = runsFor(8, 200);
const tally = suiteTally('kill-during-save', 'child saving in a loop killed with SIGKILL, project reopened with the real loader');
const child = new URL('./harness/saveLoopChild.ts', import.meta.url).pathname;
const formats: TextFormat[] = [
  { encoding: 'utf-8', bom: false, eol: '\n' },
  { encoding: 'utf-8', bom: true, eol: '\r\n' },
  { encoding: 'utf-16le', bom: true, eol: '\r\n' },
  { encoding: 'utf-16be', bom: true, eol: '\n' },
];

interface Outcome {
  /** Problems with the data: wrong content, unparsable files, problems() after reopening. */
  dataErrors: string[];
  /** Atomic-write temp files still present after the project was opened again. */
  tempAfterOpen: string[];
  saves: number;
}

/** Spawns the child, waits for it to be ready, kills it after `delayMs`, and resolves with its log. */
function runChild(dir: string, logFile: string, seed: number, delayMs: number): Promise<{ log: string; exitedEarly: string }> {
  return new Promise((resolveRun, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', child, dir, logFile, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let ready = false;
    let killed = false;
    p.stderr.on('data', (d) => (stderr += d));
    p.stdout.on('data', (d) => {
      if (!ready && String(d).includes('ready')) {
        ready = true;
        setTimeout(() => {
          killed = p.kill('SIGKILL');
        }, delayMs);
      }
    });
    const guard = setTimeout(() => p.kill('SIGKILL'), 20_000);
    p.on('error', reject);
    p.on('exit', () => {
      clearTimeout(guard);
      const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
      resolveRun({ log, exitedEarly: killed ? '' : `child ended before the kill: ${stderr.slice(0, 500)}` });
    });
  });
}

/** Hashes the file may legally hold, from the child's log: the last completed version or the one in flight. */
function allowedHashes(log: string, kind: string, initial: string): Set<string> {
  let completed = initial;
  let inFlight: string | undefined;
  for (const l of log.split('\n')) {
    const [tag, , k, h] = l.split(' ');
    if (k !== kind) continue;
    if (tag === 'B') inFlight = h;
    if (tag === 'A') {
      completed = h;
      inFlight = undefined;
    }
  }
  return new Set(inFlight ? [completed, inFlight] : [completed]);
}

async function oneRun(seed: number): Promise<Outcome> {
  const random = seededRandom(seed);
  const format = formats[seed % formats.length];
  const { dir, parent, cleanup } = tempFolder('cd-kill-');
  try {
    const initialText = `# Pilot\n\nAnna Berger arrives in Hamburg (seed ${seed}).\n`;
    writeProject(dir, [{ id: 'e1', file: 'episodes/e1.md', title: 'Pilot', content: encodeText(initialText, format).bytes }]);
    const initialDecisions: unknown[] = [];
    writeFileSync(join(dir, 'decisions.json'), `${JSON.stringify({ decisions: initialDecisions })}\n`);
    const logFile = join(parent, 'child.log');
    const { log, exitedEarly } = await runChild(dir, logFile, seed, Math.floor(random() * 400));
    const dataErrors: string[] = exitedEarly ? [exitedEarly] : [];
    const saves = log.split('\n').filter((l) => l.startsWith('A ')).length;

    // The raw bytes on disk, before the store touches anything.
    const raw = readFileSync(join(dir, 'episodes/e1.md'));
    let rawText: string | undefined;
    try {
      const decoded = decodeText(raw, 'e1.md');
      rawText = decoded.text;
      // Encoding and BOM must survive; the line-ending style cannot be seen in a text without line breaks.
      if (decoded.format.encoding !== format.encoding || decoded.format.bom !== format.bom) {
        dataErrors.push(`encoding changed to ${JSON.stringify(decoded.format)}`);
      }
    } catch (e) {
      dataErrors.push(`episode does not decode: ${(e as Error).message}`);
    }
    const allowed = allowedHashes(log, 'episode', sha256Hex(initialText));
    if (rawText !== undefined && !allowed.has(sha256Hex(rawText))) {
      dataErrors.push(`episode holds a version that was never saved (${raw.length} bytes, ${saves} saves logged)`);
    }
    try {
      const d = JSON.parse(readFileSync(join(dir, 'decisions.json'), 'utf8')) as { decisions: unknown[] };
      const allowedD = allowedHashes(log, 'decisions', sha256Hex(JSON.stringify(initialDecisions)));
      if (!allowedD.has(sha256Hex(JSON.stringify(d.decisions)))) dataErrors.push('decisions.json holds a version that was never saved');
    } catch (e) {
      dataErrors.push(`decisions.json does not parse: ${(e as Error).message}`);
    }
    try {
      JSON.parse(readFileSync(join(dir, 'continuity.json'), 'utf8'));
    } catch (e) {
      dataErrors.push(`continuity.json does not parse: ${(e as Error).message}`);
    }

    // Reopen with the real loader: everything opens, the text is the one on disk, the journal is readable.
    const store = await openProject(dir, { watch: false });
    try {
      if (store.problems().length) dataErrors.push(`problems after reopen: ${JSON.stringify(store.problems())}`);
      if (store.episodes().length !== 1) dataErrors.push('the episode is missing after reopen');
      else {
        const doc = await store.readEpisode('e1');
        if (doc.text !== rawText) dataErrors.push('the loader reads a different text than the bytes on disk');
      }
      // No lost keystroke: the newest text the child had journalled is on disk or offered for recovery.
      const lines = log.split('\n').filter(Boolean).map((l) => l.split(' '));
      const newest = lines.filter(([, , kind]) => kind === 'episode' || kind === 'journal').pop();
      const journalled = newest && lines.find(([tag, n, kind]) => tag === 'J' && kind === 'journal' && n === newest[1]);
      const recoveries = await store.pendingRecoveries();
      if (journalled && rawText !== undefined && sha256Hex(rawText) !== journalled[3] && !recoveries.some((r) => sha256Hex(r.text) === journalled[3])) {
        dataErrors.push('the last journalled typing is neither on disk nor offered for recovery');
      }
      for (const h of await store.listHistory('episodes/e1.md')) {
        await store.readHistory('episodes/e1.md', h.version);
      }
    } finally {
      await store.close();
    }
    return { dataErrors, tempAfterOpen: leftoverTempFiles(dir), saves };
  } finally {
    cleanup();
  }
}

describe('kill-during-save', () => {
  const outcomes: Outcome[] = [];
  afterAll(() => {
    const withTemp = outcomes.filter((o) => o.tempAfterOpen.length).length;
    const saves = outcomes.reduce((s, o) => s + o.saves, 0);
    tally.note(`${saves} completed saves before the kills`);
    tally.note(`${withTemp} of ${outcomes.length} runs left atomic-write temp files after the next open`);
    tally.write();
  });

  it(`every file parses and holds a saved version after ${runs} random kills`, { timeout: 30_000 + runs * 3_000 }, async () => {
    for (let i = 0; i < runs; i++) {
      const seed = 1000 + i * 7919 + (Number(process.env.RELIABILITY_SEED) || 0);
      const o = await oneRun(seed);
      outcomes.push(o);
      const problems = [...o.dataErrors, ...(o.tempAfterOpen.length ? [`temp files left after reopen: ${o.tempAfterOpen.join(', ')}`] : [])];
      tally.run(problems.length === 0, problems.length ? `seed ${seed}: ${problems.join('; ')}` : undefined);
    }
    expect(outcomes.flatMap((o) => o.dataErrors)).toEqual([]);
    expect(outcomes.reduce((s, o) => s + o.saves, 0)).toBeGreaterThan(0);
  });

  // Found by this suite: openProject did not remove the ".name.pid.random.tmp" files a killed save leaves behind.
  it('a temp file left by a killed save is gone after the next open, the episode intact', async () => {
    const { dir, cleanup } = tempFolder('cd-kill-tmp-');
    try {
      writeProject(dir, [{ id: 'e1', file: 'episodes/e1.md', title: 'Pilot', content: 'Anna.\n' }]);
      // The pid of a process that has ended, as after a kill.
      const deadPid = spawnSync(process.execPath, ['-e', '0']).pid;
      writeFileSync(join(dir, `episodes/.e1.md.${deadPid}.a1b2c3d4e5f6.tmp`), 'Anna half-writ');
      const store = await openProject(dir, { watch: false });
      await store.close();
      expect(readFileSync(join(dir, 'episodes/e1.md'), 'utf8')).toBe('Anna.\n');
      expect(leftoverTempFiles(dir)).toEqual([]);
    } finally {
      cleanup();
    }
  });
});
