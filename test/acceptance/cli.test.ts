// The `continuity` command as a user runs it: the built bin on the seeds, its exit codes, errors and `serve`.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = 'bin/continuity.mjs';
const seeds = '../shared/seeds';
const built = existsSync('out/cli/main.js');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!built)('continuity (built; `npm run build` first)', () => {
  it('prints the schema-v1 JSON report of the seeds with both spelling conflicts, evidence in both episodes', () => {
    const { status, stdout, stderr } = run(['check', seeds, '--format', 'json', '--fail-on', 'never']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.project.episodes.map((e: { file: string }) => e.file)).toEqual([
      '000_603e22922594d72c.txt', '001_1b2c41f025563be1.txt', '002_ac55f08e7a8e3d0b.txt',
    ]);
    const spelling = report.conflicts.filter((c: { kind: string }) => c.kind === 'spelling');
    for (const name of ['Kathrin', 'Kreutzer']) {
      const conflict = spelling.find((c: { evidence: { quote: string }[] }) => c.evidence.some((e) => e.quote.includes(name)));
      expect(conflict, `a spelling conflict about ${name}`).toBeDefined();
      const episodes = new Set(conflict.evidence.map((e: { episode: string }) => e.episode));
      expect(episodes.size).toBeGreaterThanOrEqual(2);
      for (const e of conflict.evidence) {
        const text = readFileSync(join(seeds, e.episode), 'utf8');
        expect(text.slice(e.start, e.end)).toBe(e.quote);
      }
    }
  });

  it('scores S1 and S2 found, N1 quiet with the shared scorer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'continuity-score-'));
    const out = join(dir, 'report.json');
    expect(run(['check', seeds, '--format', 'json', '--out', out, '--fail-on', 'never']).status).toBe(0);
    const score = spawnSync(process.execPath, ['../shared/tools/score-continuity.mjs', out, '../shared/seeds/expected.json'], { encoding: 'utf8' });
    expect(score.stdout).toMatch(/^found\s+S1 spelling/m);
    expect(score.stdout).toMatch(/^found\s+S2 spelling/m);
    expect(score.stdout).toMatch(/^quiet\s+N1/m);
  });

  it('prints readable Markdown with --format md', () => {
    const { stdout } = run(['check', seeds, '--format', 'md', '--fail-on', 'never']);
    expect(stdout).toMatch(/^# /m);
    for (const spelling of ['Katrin', 'Kathrin', 'Kreuzer', 'Kreutzer']) expect(stdout).toContain(spelling);
    expect(stdout).not.toMatch(/^\s*[{[]/); // not JSON
  });

  it('exits 1 when an open conflict reaches --fail-on, 0 with never', () => {
    expect(run(['check', seeds, '--fail-on', 'warning']).status).toBe(1);
    expect(run(['check', seeds, '--fail-on', 'never']).status).toBe(0);
  });

  it('exits 2 with one line on stderr and no stack trace on bad usage or unreadable input', () => {
    for (const args of [['check'], ['check', 'no/such/folder'], ['check', seeds, '--format', 'pdf'], ['bogus'], ['check', 'package.json']]) {
      const { status, stderr } = run(args);
      expect(status, args.join(' ')).toBe(2);
      expect(stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(stderr).toMatch(/^continuity: /);
      expect(stderr).not.toMatch(/\bat .*:\d+:\d+/);
    }
  });

  it('serves a folder of episodes on loopback and prints the tokenised URL first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'continuity-serve-'));
    cpSync(seeds, dir, { recursive: true });
    writeFileSync(join(dir, 'expected.json'), '{}'); // not an episode: must be ignored
    const child = spawn(process.execPath, [bin, 'serve', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d) => { out += d; if (out.includes('\n')) resolve(out.split('\n')[0]); });
        child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{16,}$/);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      expect((await fetch(url.replace(/\?token=.*/, ''))).status).toBe(403);
      expect(existsSync(join(dir, 'continuity.json'))).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
