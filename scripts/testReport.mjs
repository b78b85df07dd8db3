// `npm run test:report`: runs the reliability suites in their long mode and writes reports/reliability.json and reports/reliability.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runElectronegativity } from '../test/reliability/harness/electronegativityGate.mjs';

const repo = resolve(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'cd-reliability-'));
const env = { ...process.env, RELIABILITY_LONG: '1', RELIABILITY_OUT: out };
const log = (line) => process.stdout.write(`[test:report] ${line}\n`);

/** The suites in report order; `files` are the vitest files whose failing tests count against the suite. */
const suites = [
  { id: 'kill-during-save', files: ['killDuringSave.test.ts'] },
  { id: 'fault-injection', files: ['faultInjection.test.ts'] },
  { id: 'corrupt-project', files: ['corruptProject.test.ts'] },
  { id: 'outside-edits', files: ['outsideEdits.test.ts'] },
  { id: 'two-instances', files: ['twoInstances.test.ts'] },
  { id: 'save-load-properties', files: ['saveLoadProperties.test.ts'] },
  { id: 'hostile-imports', files: ['hostileImports.test.ts'] },
  { id: 'ipc-fuzz', files: ['ipcFuzz.test.ts'] },
  { id: 'analysis-budget', files: ['analysisBudget.test.ts'] },
  { id: 'electron-security', files: ['electronSecurity.test.ts', 'electronegativityGate.test.ts'] },
  { id: 'hostile-content', files: [] },
  { id: 'electronegativity', files: [] },
  { id: 'electron-app', files: [] },
];

// 1. The Node suites (vitest), long mode.
log('vitest: test/reliability in long mode (several minutes)');
const vitestJson = join(out, 'vitest.json');
const vitest = spawnSync('npx', ['vitest', 'run', 'test/reliability', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`], {
  cwd: repo,
  env,
  stdio: 'inherit',
});
const failedByFile = new Map();
if (existsSync(vitestJson)) {
  for (const file of JSON.parse(readFileSync(vitestJson, 'utf8')).testResults ?? []) {
    const failed = (file.assertionResults ?? []).filter((a) => a.status === 'failed').map((a) => a.title);
    if (file.status === 'failed' && !failed.length) failed.push(file.message || 'the file failed to run');
    failedByFile.set(file.name.split('/').pop(), failed);
  }
}

// 2. Hostile content in Chromium (needs the built renderer).
const skips = new Map();
if (existsSync(join(repo, 'out/renderer/index.html'))) {
  log('playwright: test/e2e/hostileContent.spec.ts');
  const pw = spawnSync('npx', ['playwright', 'test', '-c', 'playwright.config.ts', 'test/e2e/hostileContent.spec.ts'], { cwd: repo, env, stdio: 'inherit' });
  if (pw.status !== 0 && !existsSync(join(out, 'hostile-content.json'))) skips.set('hostile-content', `Playwright did not run (exit ${pw.status})`);
  else if (pw.status !== 0) failedByFile.set('hostileContent.spec.ts', ['a Playwright test failed']);
} else skips.set('hostile-content', 'the renderer is not built (out/renderer/index.html missing): run npm run build');
suites.find((s) => s.id === 'hostile-content').files.push('hostileContent.spec.ts');

// 3. Electronegativity on the built output.
log(`electronegativity on out/ (npx, may take a minute)`);
const electronVersion = JSON.parse(readFileSync(join(repo, 'node_modules/electron/package.json'), 'utf8')).version;
const eneg = runElectronegativity({ outDir: join(repo, 'out'), reasonsFile: join(repo, 'test/reliability/electronegativity-reasons.json'), electronVersion });
if (eneg.skipped) skips.set('electronegativity', eneg.skipped);
else {
  const details = eneg.unexplained.map((f) => `${f.check} ${f.severity} ${f.file}:${f.location} has no written reason`);
  writeFileSync(join(out, 'electronegativity.json'), JSON.stringify({ id: 'electronegativity', runs: eneg.runs, failures: eneg.failures, skipped: 0, summary: eneg.summary, failureDetails: details }));
}

// 4. Suites that need the Electron binary.
skips.set(
  'electron-app',
  existsSync(join(repo, 'node_modules/electron/dist'))
    ? 'run by npm run test:electron (close, quit and renderer-crash recovery in the real app), not by this report'
    : 'needs the Electron binary (node_modules/electron/dist is not installed here): close, quit and renderer-crash recovery in the real app are not tested',
);

// Merge: a suite's own figures, corrected by failing tests it did not count, or skipped with the reason.
const results = suites.map(({ id, files }) => {
  const file = join(out, `${id}.json`);
  const failedTests = files.flatMap((f) => failedByFile.get(f) ?? []);
  if (skips.has(id) && !existsSync(file)) return { id, runs: 0, failures: 0, skipped: 1, summary: `skipped: ${skips.get(id)}`, failureDetails: [] };
  if (!existsSync(file)) {
    return { id, runs: 0, failures: Math.max(1, failedTests.length), skipped: 0, summary: `the suite did not report figures (it crashed or was not found)`, failureDetails: failedTests };
  }
  const s = JSON.parse(readFileSync(file, 'utf8'));
  const failures = Math.max(s.failures, failedTests.length);
  const failureDetails = [...s.failureDetails, ...(failures > s.failures ? failedTests.map((t) => `failing test: ${t}`) : [])];
  return { id, runs: s.runs, failures, skipped: s.skipped, summary: s.summary, failureDetails };
});

mkdirSync(join(repo, 'reports'), { recursive: true });
const json = { generatedAt: new Date().toISOString(), node: process.version, suites: results.map(({ id, runs, failures, skipped, summary }) => ({ id, runs, failures, skipped, summary })) };
writeFileSync(join(repo, 'reports/reliability.json'), `${JSON.stringify(json, null, 2)}\n`);
const md = [
  '# Reliability report',
  '',
  `Generated ${json.generatedAt} on Node ${process.version} by \`npm run test:report\` (long mode).`,
  '',
  ...results.map((r) => `- **${r.id}**: ${r.runs} runs, ${r.failures} failures, ${r.skipped} skipped — ${r.summary}`),
  '',
  '## Failures',
  '',
  ...(results.some((r) => r.failureDetails.length)
    ? results.flatMap((r) => r.failureDetails.slice(0, 10).map((d) => `- ${r.id}: ${d.replace(/\n/g, ' ')}`))
    : ['None.']),
  '',
];
writeFileSync(join(repo, 'reports/reliability.md'), md.join('\n'));
log(`wrote reports/reliability.json and reports/reliability.md (vitest exit ${vitest.status})`);
for (const r of results) log(`${r.id}: ${r.runs} runs, ${r.failures} failures, ${r.skipped} skipped`);
process.exitCode = results.some((r) => r.failures > 0) ? 1 : 0;
