// Hostile files through every importer: refused with a typed, readable error or imported as plain text, in time, and saveable.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importBytes } from '../../src/main/importers/importFiles';
import { defaultImportLimits } from '../../src/main/importers/importTypes';
import { openProject } from '../../src/main/store/projectStore';
import { makeDocx } from '../hostile/makeZip';
import { isLong, runsFor } from './harness/reliabilityMode';
import { suiteTally } from './harness/suiteTally';
import { hostileFiles } from './harness/hostileFiles';
import { tempFolder } from './harness/tempProject';
import { seededRandom } from './harness/varyingText';

const tally = suiteTally('hostile-imports', 'hostile files through the TXT/Markdown, Fountain, FDX and DOCX importers');
afterAll(() => tally.write());
const codes = new Set(['unsupported', 'too-large', 'unsafe-input', 'corrupt', 'timeout', 'binary', 'not-a-file', 'io', 'outside-project']);
const budgetMs = defaultImportLimits.timeoutMs + 4_000;

/** Imports `bytes` and checks the promises; returns what went wrong. */
async function check(name: string, bytes: Uint8Array, expectation: 'refuse' | 'either', mustNotContain?: string): Promise<{ problems: string[]; imported: boolean; ms: number; texts: { title: string; text: string }[] }> {
  const problems: string[] = [];
  const started = Date.now();
  let texts: { title: string; text: string }[] = [];
  let imported = false;
  try {
    const result = await importBytes(bytes, name);
    imported = true;
    if (expectation === 'refuse') problems.push('imported although it must be refused');
    if (!Array.isArray(result.episodes) || !Array.isArray(result.warnings)) problems.push('result is not {episodes, warnings}');
    for (const e of result.episodes) {
      if (typeof e.text !== 'string' || typeof e.title !== 'string' || !Array.isArray(e.knownCharacters)) problems.push('episode is not plain data');
      if (mustNotContain && (e.text.includes(mustNotContain) || e.title.includes(mustNotContain))) problems.push('pulled in the content of a local file');
    }
    texts = result.episodes.map((e) => ({ title: e.title, text: e.text }));
    JSON.stringify(result);
  } catch (e) {
    const err = e as { name?: string; code?: string; message?: string };
    if (err?.name !== 'ProjectError' || !codes.has(String(err.code))) problems.push(`untyped error: ${String(err?.name)} ${String(err?.message).slice(0, 200)}`);
    else if (!err.message || err.message.length > 400 || /\n\s+at /.test(err.message)) problems.push(`unreadable message: ${String(err.message).slice(0, 200)}`);
  }
  const ms = Date.now() - started;
  if (ms > budgetMs) problems.push(`took ${ms} ms (budget ${budgetMs} ms)`);
  return { problems, imported, ms, texts };
}

/** Saves imported episodes into a project and reopens it: every imported text must open again. */
async function saveAndReopen(texts: { title: string; text: string }[]): Promise<string[]> {
  if (!texts.length) return [];
  const { dir, cleanup } = tempFolder('cd-import-save-');
  try {
    const store = await openProject(dir, { create: true, watch: false });
    for (const t of texts.slice(0, 50)) await store.addEpisode({ title: t.title, text: t.text });
    await store.close();
    const again = await openProject(dir, { watch: false });
    const problems = again.problems().map((p) => `imported episode does not reopen: ${p.file}: ${p.reason}`);
    for (const ep of again.episodes()) await again.readEpisode(ep.id).catch((e: Error) => problems.push(e.message));
    await again.close();
    return problems;
  } finally {
    cleanup();
  }
}

describe('hostile-imports: corpus', () => {
  if (!isLong) tally.note('known defects skipped in the fast run, run by npm run test:report');
  const { dir, cleanup } = tempFolder('cd-secret-');
  const secretPath = join(dir, 'secret.txt');
  const secret = 'TOP-SECRET-CONTENT-4711';
  writeFileSync(secretPath, secret);
  afterAll(cleanup);
  for (const f of hostileFiles(secretPath, secret)) {
    const test = f.knownDefect && !isLong ? it.skip : it;
    test(`${f.name}: ${f.why}${f.knownDefect ? ` (known defect: ${f.knownDefect})` : ''}`, { timeout: 60_000 }, async () => {
      const { problems, texts, ms } = await check(f.name, f.bytes, f.expect, f.mustNotContain);
      problems.push(...(await saveAndReopen(texts)));
      tally.run(problems.length === 0, problems.length ? `${f.name} (${f.why}, ${ms} ms): ${problems.join('; ')}` : undefined);
      expect(problems).toEqual([]);
    });
  }
});

describe('hostile-imports: random damage to valid files', () => {
  const runs = runsFor(10, 300);
  it(`${runs} damaged files per format are refused cleanly or imported as plain text`, { timeout: 60_000 + runs * 4_000 }, async () => {
    const random = seededRandom(99);
    const valid: [string, Uint8Array][] = [
      ['ok.docx', makeDocx([{ text: 'Folge 1', style: 'Heading1' }, { text: 'Anna Berger trifft Tom Kessler im Hafen.' }])],
      ['ok.fdx', Buffer.from('<?xml version="1.0"?><FinalDraft><Content><Paragraph Type="Scene Heading"><Text>INT. HAFEN</Text></Paragraph><Paragraph Type="Character"><Text>ANNA</Text></Paragraph><Paragraph Type="Dialogue"><Text>Tom ist tot.</Text></Paragraph></Content></FinalDraft>')],
      ['ok.fountain', Buffer.from('Title: Folge 1\n\nINT. HAFEN - NACHT\n\nANNA\nTom ist tot.\n\n> THE END <\n')],
      ['ok.md', Buffer.from('# Folge 1\n\nAnna Berger trifft Tom.\n\n# Folge 2\n\nTom ist tot.\n')],
    ];
    const failures: string[] = [];
    for (let i = 0; i < runs; i++) {
      for (const [name, good] of valid) {
        const bad = Buffer.from(random() < 0.3 ? good.subarray(0, Math.floor(random() * good.length)) : good);
        for (let k = 0; k < 1 + random() * 8; k++) bad[Math.floor(random() * bad.length)] = Math.floor(random() * 256);
        const { problems, texts } = await check(name, bad, 'either');
        if (!problems.length && random() < 0.2) problems.push(...(await saveAndReopen(texts)));
        tally.run(problems.length === 0, problems.length ? `damaged ${name} #${i}: ${problems.join('; ')}` : undefined);
        failures.push(...problems.map((p) => `${name} #${i}: ${p}`));
      }
    }
    expect(failures).toEqual([]);
  });
});
