// IPC fuzz: fast-check calls every contract method through createDispatcher with a real service on a temp project.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { apiMethodNames } from '../../src/shared/apiMethods';
import { openProject } from '../../src/main/store/projectStore';
import { createContinuityService, type ContinuityService } from '../../src/main/services/continuityService';
import { createDispatcher, type Dispatcher } from '../../src/main/services/createDispatcher';
import { createAnalysisHost } from '../../src/main/analysis/analysisHost';
import { runsFor } from './harness/reliabilityMode';
import { suiteTally } from './harness/suiteTally';
import { diffTrees, sampleEpisodes, snapshotTree, tempFolder, writeProject } from './harness/tempProject';

const tally = suiteTally('ipc-fuzz', 'fast-check calls of every contract method through the validating dispatcher');
afterAll(() => tally.write());
const numRuns = runsFor(150, 3000);
const workerFile = fileURLToPath(new URL('../../out/main/analysisWorker.js', import.meta.url));
const errorCodes = new Set(['bad-arguments', 'not-found', 'io', 'internal', 'forbidden']);

const traversal = [
  '../../etc/passwd', '..\\..\\windows\\win.ini', '/etc/passwd', 'C:\\Windows\\system32', 'e1/../../outside', '%2e%2e%2foutside',
  '..', '.', '', 'e1\u0000.md', '__proto__', 'constructor', 'prototype', 'e1', 'e2', 'e3', '.history', '.history/journal/e1',
  'episodes/e1.md', '\\\\server\\share', 'file:///etc/passwd', 'e1'.padEnd(201, 'x'), '~/x', 'con', 'NUL', 'ε1', '😀',
];
const protoObject = () => JSON.parse('{"__proto__": {"polluted": "yes"}, "status": "intended", "constructor": {"prototype": {"polluted": "yes"}}}') as unknown;

/** Values of every kind: hostile strings, sentinels for the real hash and version, type-confused and prototype-laden values. */
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...traversal) },
  { weight: 2, arbitrary: fc.constantFrom('$HASH', '$VERSION', '$CONFLICT') },
  { weight: 2, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.nat({ max: 200_000 }).map((n) => 'Ä'.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom({ status: 'intended', note: 'x' }, { status: 'resolved' }, null, undefined) },
  { weight: 1, arbitrary: fc.constant(null).map(protoObject) },
  { weight: 2, arbitrary: fc.anything({ withObjectString: true, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, maxDepth: 3 }) },
);
const args: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.array(value, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.anything() },
  { weight: 1, arbitrary: fc.constant(null).map(() => Object.assign([], { length: 2 ** 31 })) },
);
const method = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom(...apiMethodNames) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'onEvent', 'dispose', 'settled', 'continuity:getProject', 42, null) },
);

/** Well-typed calls with hostile content: the shapes the contract accepts, so the service itself is exercised. */
const str = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...traversal) },
  { weight: 4, arbitrary: fc.constantFrom('$HASH', '$VERSION', '$CONFLICT', 'e1', 'e2') },
  { weight: 2, arbitrary: fc.string({ maxLength: 300, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.nat({ max: 300_000 }).map((n) => '<script>alert(1)</script>Ä\u0000'.repeat(Math.ceil(n / 20))) },
);
const decision = fc.oneof(
  fc.record({ status: fc.constantFrom('intended', 'resolved'), note: fc.option(str, { nil: undefined }) }, { requiredKeys: ['status'] }),
  fc.constant(null),
  fc.constant(null).map(protoObject),
);
const shapes: Record<string, fc.Arbitrary<unknown>[]> = {
  saveEpisode: [str, str, str],
  setDecision: [str, decision],
  journalEdit: [str, str],
  readHistory: [str, str],
  restoreHistory: [str, str],
};
const oneString = new Set(['readEpisode', 'getEpisodeView', 'discardRecovery', 'listHistory']);
const typedCall = fc.oneof(
  ...apiMethodNames.map((m) => fc.tuple(fc.constant(m as unknown), fc.tuple(...(shapes[m] ?? (oneString.has(m) ? [str] : []))) as fc.Arbitrary<unknown>)),
);

/** Calls that pass validation and reach the disk: saves with the real base hash, restores of a real version. */
const writingCall = fc.oneof(
  fc.tuple(fc.constant('saveEpisode' as unknown), fc.tuple(fc.constant('e1'), str, fc.constant('$HASH')) as fc.Arbitrary<unknown>),
  fc.tuple(fc.constant('restoreHistory' as unknown), fc.tuple(fc.constant('e1'), fc.constant('$VERSION')) as fc.Arbitrary<unknown>),
  fc.tuple(fc.constant('journalEdit' as unknown), fc.tuple(fc.constantFrom('e1', 'e2'), str) as fc.Arbitrary<unknown>),
);

const isEnvelope = (r: unknown): boolean => {
  if (typeof r !== 'object' || r === null) return false;
  const e = r as { ok?: unknown; result?: unknown; error?: { code?: unknown; message?: unknown } };
  if (e.ok === true) return 'result' in e;
  return e.ok === false && typeof e.error?.message === 'string' && errorCodes.has(String(e.error?.code));
};

/** A short description of fuzzed arguments for the report (never throws, even for a 2^31-long sparse array). */
function describeArgs(a: unknown): string {
  if (Array.isArray(a) && a.length > 100) return `array of length ${a.length}`;
  try {
    return String(JSON.stringify(a, (_k, v: unknown) => (typeof v === 'string' && v.length > 60 ? `${v.slice(0, 60)}…` : typeof v === 'bigint' ? String(v) : v))).slice(0, 200);
  } catch {
    return Object.prototype.toString.call(a);
  }
}

describe('ipc-fuzz', () => {
  it(`${numRuns} fuzzed calls: envelopes only, no unhandled error, nothing outside the project touched`, { timeout: 120_000 + numRuns * 300 }, async () => {
    const { parent, dir, cleanup } = tempFolder('cd-fuzz-');
    mkdirSync(join(parent, 'sibling'));
    writeFileSync(join(parent, 'sibling', 'secret.txt'), 'do not touch');
    writeFileSync(join(parent, 'passwd'), 'root:x:0:0');
    writeProject(dir, sampleEpisodes(3));
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    process.on('uncaughtException', onUnhandled);
    let service: ContinuityService | undefined;
    const bad: string[] = [];
    const answered = new Map<string, number>();
    let savesWritten = 0;
    try {
      const outsideBefore = snapshotTree(parent);
      const store = await openProject(dir, { watch: { debounceMs: 30, pollMs: 0 } });
      // The analysis runs in its worker as in the app when the app is built (a slow analysis must not hold up the
      // dispatcher's answers); otherwise in-process.
      service = await createContinuityService(store, createAnalysisHost({ workerFile }));
      const dispatch: Dispatcher = createDispatcher(service);
      const sentinel = async (v: unknown): Promise<unknown> => {
        if (v === '$HASH') return store.readEpisode('e1').then((d) => d.hash, () => 'nohash');
        if (v === '$VERSION') return (await store.listHistory('episodes/e1.md').catch(() => []))[0]?.version ?? 'noversion';
        if (v === '$CONFLICT') return 'c-1';
        return v;
      };
      await fc.assert(
        fc.asyncProperty(fc.oneof({ weight: 1, arbitrary: fc.tuple(method, args) }, { weight: 2, arbitrary: typedCall }, { weight: 1, arbitrary: writingCall }), async ([m, a]) => {
          const real = Array.isArray(a) && a.length < 100 ? await Promise.all(a.map(sentinel)) : a;
          let result: unknown;
          let threw: unknown;
          try {
            result = await Promise.race([
              dispatch(m, real),
              new Promise((_, rej) => setTimeout(() => rej(new Error('no answer within 60 s')), 60_000)),
            ]);
          } catch (e) {
            threw = e;
          }
          const ok = threw === undefined && isEnvelope(result) && ({} as { polluted?: unknown }).polluted === undefined;
          const what = `${String(m)}(${describeArgs(real)})`;
          tally.run(ok, ok ? undefined : `${what}: ${threw ? `threw ${String(threw)}` : `answered ${JSON.stringify(result)?.slice(0, 200)}`}`);
          if (!ok) bad.push(what);
          const r = result as { ok?: boolean; result?: { ok?: boolean } } | undefined;
          if (r?.ok) answered.set(String(m), (answered.get(String(m)) ?? 0) + 1);
          if (r?.ok && m === 'saveEpisode' && r.result?.ok) savesWritten++;
          return ok;
        }),
        { numRuns, endOnFailure: true },
      );
      await service.settled();
      tally.note(`${[...answered.values()].reduce((x, y) => x + y, 0)} calls passed validation and ran (${savesWritten} saves written), the rest were refused with a typed error`);
      const outsideAfter = snapshotTree(parent);
      const outside = diffTrees(outsideBefore, outsideAfter).filter((l) => !l.slice(2).startsWith('project/'));
      tally.run(outside.length === 0, outside.length ? `files touched outside the project: ${outside.join(', ')}` : undefined);
      expect(outside).toEqual([]);
      expect(unhandled.map(String)).toEqual([]);
      expect(bad).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      process.off('uncaughtException', onUnhandled);
      await service?.dispose();
      cleanup();
    }
  });

  it('oversized texts (above the contract limit) are refused as bad arguments, not written', async () => {
    const { dir, cleanup } = tempFolder('cd-fuzz-big-');
    writeProject(dir, sampleEpisodes(1));
    const store = await openProject(dir, { watch: false });
    const service = await createContinuityService(store, createAnalysisHost());
    try {
      const dispatch = createDispatcher(service);
      const hash = (await store.readEpisode('e1')).hash;
      const huge = 'x'.repeat(20_000_001);
      const results = [await dispatch('saveEpisode', ['e1', huge, hash]), await dispatch('journalEdit', ['e1', huge])];
      const ok = results.every((r) => !r.ok && r.error.code === 'bad-arguments');
      tally.run(ok, ok ? undefined : `oversized text answered ${JSON.stringify(results).slice(0, 200)}`);
      expect(results).toEqual([
        { ok: false, error: expect.objectContaining({ code: 'bad-arguments' }) },
        { ok: false, error: expect.objectContaining({ code: 'bad-arguments' }) },
      ]);
    } finally {
      await service.dispose();
      cleanup();
    }
  });
});
