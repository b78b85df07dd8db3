// Corrupt project files at start (empty, truncated, NUL-filled, wrong encoding, garbage, missing): the rest opens, the bad file is named and left alone.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openProject } from '../../src/main/store/projectStore';
import { runsFor } from './harness/reliabilityMode';
import { suiteTally } from './harness/suiteTally';
import { sampleEpisodes, tempFolder, writeProject } from './harness/tempProject';
import { seededRandom } from './harness/varyingText';

const tally = suiteTally('corrupt-project', 'corrupt or missing project files at start');
afterAll(() => tally.write());

const goodBible = `${JSON.stringify({ entities: [{ id: 'anna', kind: 'character', name: 'Anna Berger', aliases: ['Anna'] }], facts: [], notNames: [], distinct: [] }, null, 2)}\n`;
const goodDecisions = `${JSON.stringify({ decisions: [{ conflictId: 'c1', status: 'intended', at: '2026-01-01T00:00:00.000Z' }] }, null, 2)}\n`;

type Target = 'continuity.json' | 'bible.json' | 'decisions.json' | 'episodes/e2.md';
const targets: Target[] = ['continuity.json', 'bible.json', 'decisions.json', 'episodes/e2.md'];

/** Named corruptions: bytes from the good bytes, and whether the file must then be named in problems(). */
const corruptions: Record<string, { make: (good: Buffer) => Buffer; named: (t: Target) => boolean }> = {
  empty: { make: () => Buffer.alloc(0), named: (t) => t !== 'episodes/e2.md' },
  truncated: { make: (g) => g.subarray(0, Math.floor(g.length / 2)), named: (t) => t !== 'episodes/e2.md' },
  'nul-filled': { make: (g) => Buffer.alloc(g.length), named: () => true },
  'wrong-encoding-utf32': {
    make: (g) => {
      const out = Buffer.alloc(g.length * 4);
      for (let i = 0; i < g.length; i++) out[i * 4] = g[i];
      return out;
    },
    named: () => true,
  },
  garbage: { make: () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)), named: () => true },
  'wrong-shape-json': { make: () => Buffer.from('{"episodes": "nope", "entities": 3, "decisions": {"a": 1}}'), named: (t) => t !== 'episodes/e2.md' },
};

function setUp(dir: string) {
  const episodes = sampleEpisodes(3);
  writeProject(dir, episodes);
  writeFileSync(join(dir, 'bible.json'), goodBible);
  writeFileSync(join(dir, 'decisions.json'), goodDecisions);
  return episodes;
}

/** Opens the project with `target` replaced by `bad` (undefined: deleted) and checks the promises; returns the problems found. */
async function check(target: Target, bad: Buffer | undefined, mustBeNamed: boolean | undefined): Promise<string[]> {
  const { dir, cleanup } = tempFolder('cd-corrupt-');
  const out: string[] = [];
  try {
    setUp(dir);
    const abs = join(dir, target);
    if (bad === undefined) rmSync(abs);
    else writeFileSync(abs, bad);
    let store;
    try {
      store = await openProject(dir, { watch: false });
    } catch (e) {
      return [`openProject threw: ${(e as Error).message}`];
    }
    try {
      const named = store.problems().some((p) => p.file === target);
      if (mustBeNamed === true && !named) out.push(`not named in problems() (${JSON.stringify(store.problems())})`);
      if (mustBeNamed === false && named) out.push(`named although usable: ${JSON.stringify(store.problems())}`);
      for (const p of store.problems()) if (!p.reason || p.reason.length > 400) out.push(`unreadable reason for ${p.file}`);
      // The rest opens: every other episode is listed and readable.
      for (const id of ['e1', 'e3']) {
        if (!store.episodes().some((e) => e.id === id)) out.push(`${id} is missing from the episode list`);
        else await store.readEpisode(id).catch((e: Error) => out.push(`${id} unreadable: ${e.message}`));
      }
      if (named && bad !== undefined) {
        // Try every write that could touch the bad file; none may replace it.
        await store.writeBible({ entities: [], facts: [], notNames: [], distinct: [] }).catch(() => undefined);
        await store.writeDecisions([]).catch(() => undefined);
        await store.addEpisode({ title: 'New', text: 'New episode.\n' }).catch(() => undefined);
        if (target === 'episodes/e2.md') {
          const { createHash } = await import('node:crypto');
          await store.writeEpisode('e2', 'replacement', createHash('sha256').update(bad).digest('hex'));
        }
        if (!existsSync(abs) || !readFileSync(abs).equals(bad)) out.push('the bad file was overwritten');
        const hist = join(dir, '.history', 'versions', encodeURIComponent(target));
        if (existsSync(hist)) out.push('the bad file was rotated into .history');
      }
      if (bad === undefined && target !== 'continuity.json' && existsSync(abs) && target.startsWith('episodes/')) {
        out.push('the missing episode was recreated');
      }
    } finally {
      await store.close();
    }
  } finally {
    cleanup();
  }
  return out;
}

describe('corrupt-project: named corruptions', () => {
  for (const target of targets) {
    for (const [name, c] of Object.entries(corruptions)) {
      it(`${target} ${name}`, async () => {
        const { dir, cleanup } = tempFolder('cd-good-');
        setUp(dir);
        const good = readFileSync(join(dir, target));
        cleanup();
        const problems = await check(target, c.make(good), c.named(target));
        tally.run(problems.length === 0, problems.length ? `${target} ${name}: ${problems.join('; ')}` : undefined);
        expect(problems).toEqual([]);
      });
    }
    it(`${target} missing`, async () => {
      // A missing manifest makes the folder a project again (episodes found); a missing episode is named.
      const mustBeNamed = target === 'episodes/e2.md' ? true : target === 'continuity.json' ? undefined : false;
      const problems = await check(target, undefined, mustBeNamed);
      tally.run(problems.length === 0, problems.length ? `${target} missing: ${problems.join('; ')}` : undefined);
      expect(problems).toEqual([]);
    });
  }
});

describe('corrupt-project: random truncations and byte flips', () => {
  const runs = runsFor(8, 120);
  it(`${runs} random damages per file open without touching the damaged file`, { timeout: 20_000 + runs * 2_000 }, async () => {
    const random = seededRandom(4242);
    const failures: string[] = [];
    const { dir, cleanup } = tempFolder('cd-good-');
    setUp(dir);
    const goods = new Map(targets.map((t) => [t, readFileSync(join(dir, t))]));
    cleanup();
    for (let i = 0; i < runs; i++) {
      for (const target of targets) {
        const good = Buffer.from(goods.get(target)!);
        const bad = random() < 0.5 ? good.subarray(0, Math.floor(random() * good.length)) : good;
        for (let f = 0; f < 1 + random() * 4; f++) bad[Math.floor(random() * bad.length)] = Math.floor(random() * 256);
        const problems = await check(target, Buffer.from(bad), undefined);
        tally.run(problems.length === 0, problems.length ? `${target} damage #${i}: ${problems.join('; ')}` : undefined);
        failures.push(...problems.map((p) => `${target} #${i}: ${p}`));
      }
    }
    expect(failures).toEqual([]);
  });
});
