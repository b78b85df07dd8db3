// `npm run bench -- [--quick] [--out FILE]`: the scale benchmark of issue 7 (G1–G10 against baselines measured in the same run).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { createAnalyzer, type Analyzer } from '../src/engine/index';
import { buildReportModel, resolveReportOptions } from '../src/engine/report/buildReportModel';
import type { SeriesAnalysis } from '../src/engine/types';
import { renderCsv } from '../src/main/export/renderCsv';
import { renderHtml } from '../src/main/export/renderHtml';
import { scoreReport, type Score } from './answerKey';
import { launchChromium, measureTyping, newBenchPage, serveProject, timeToEditable, timeToOpenEpisode, writeProject } from './browserBench';
import { runCacheOpenBench, runServiceOpenBench } from './cacheOpenBench';
import { runDecorationBench } from './decorationBench';
import { figure, skipped, type Figure } from './figure';
import { generateNameList } from './generateNames';
import { generateSeries, type GeneratedSeries } from './generateSeries';
import { Typist } from './keystrokes';
import { loadGermanNovels, loadHolmes, type CorpusSeries } from './loadCorpora';
import { machineInfo } from './machineInfo';
import { countWords, heapUsed, medianTime, percentile, timeOnce, tokenizerPass, utf8Bytes } from './measure';
import { runNameVariantBench } from './nameVariantBench';
import { printTable } from './printTable';

/** CPU milliseconds of this process since `used` (process.cpuUsage()): wall time on a shared machine also counts other processes. */
const cpuMsSince = (used: NodeJS.CpuUsage): number => {
  const spent = process.cpuUsage(used);
  return (spent.user + spent.system) / 1000;
};

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Args {
  quick: boolean;
  out: string | null;
  /** Build the app first (default in the full run unless --no-build; the quick run uses an existing build). */
  build: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { quick: false, out: null, build: false };
  let noBuild = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') args.quick = true;
    else if (a === '--out') args.out = argv[++i] ?? null;
    else if (a.startsWith('--out=')) args.out = a.slice(6);
    else if (a === '--build') args.build = true;
    else if (a === '--no-build') noBuild = true;
    else throw new Error(`unknown argument ${a}: use [--quick] [--out FILE] [--build | --no-build]`);
  }
  if (!args.quick && !noBuild) args.build = true;
  if (noBuild) args.build = false;
  return args;
}

const started = performance.now();
const elapsed = (): number => (performance.now() - started) / 1000;
const log = (msg: string): void => void process.stderr.write(`[bench ${elapsed().toFixed(0).padStart(4)} s] ${msg}\n`);

interface KeystrokeTimes {
  p95: number;
  median: number;
  /** p95 of the CPU time of the process per keystroke (wall time on a shared machine also counts other processes). */
  cpuP95: number;
  reanalyzed: number;
  keys: number;
  /** Keystrokes that had to redo a series-wide step in full (see Analyzer.lastRedone). */
  redone: number;
}

/**
 * Keystrokes against a loaded analyzer: p95 and median milliseconds per re-analysis. Up to `maxKeys` keystrokes, fewer
 * (at least 10) when the warm-up shows they would take more than `seconds`.
 */
function keystrokeTimes(analyzer: Analyzer, series: GeneratedSeries, maxKeys: number, seconds: number): KeystrokeTimes {
  const typist = new Typist(series.episodes, Math.floor(series.episodes.length / 2));
  const options = { title: series.title, language: series.language };
  let warm = 0;
  for (let k = 0; k < 3; k++) warm = timeOnce(() => analyzer.analyze(typist.key(), options));
  const keys = Math.max(10, Math.min(maxKeys, Math.floor((seconds * 1000) / Math.max(warm, 0.01))));
  const times: number[] = [];
  const cpu: number[] = [];
  let reanalyzed = 0;
  let redone = 0;
  for (let k = 0; k < keys; k++) {
    const episodes = typist.key();
    const used = process.cpuUsage();
    times.push(timeOnce(() => analyzer.analyze(episodes, options)));
    const spent = process.cpuUsage(used);
    cpu.push((spent.user + spent.system) / 1000);
    reanalyzed = Math.max(reanalyzed, analyzer.lastReanalyzed.length);
    if (Object.values(analyzer.lastRedone).some(Boolean)) redone++;
  }
  return { p95: percentile(times, 95), median: percentile(times, 50), cpuP95: percentile(cpu, 95), reanalyzed, keys, redone };
}

function conflictTotals(analysis: SeriesAnalysis): { all: number; warningUp: number } {
  const conflicts = analysis.report.conflicts.filter((c) => c.status === 'open');
  return { all: conflicts.length, warningUp: conflicts.filter((c) => c.severity !== 'info').length };
}

interface CorpusAlarms {
  series: number;
  episodes: number;
  words: number;
  alarms: number;
  alarmsWarningUp: number;
  per100kWords: number;
  per100kWordsWarningUp: number;
  analysisMs: number;
}

function corpusAlarms(corpora: CorpusSeries[]): CorpusAlarms {
  let words = 0;
  let alarms = 0;
  let warningUp = 0;
  let episodes = 0;
  let ms = 0;
  for (const c of corpora) {
    let analysis: SeriesAnalysis | undefined;
    ms += timeOnce(() => (analysis = createAnalyzer().analyze(c.episodes, { title: c.title, language: c.language })));
    const totals = conflictTotals(analysis!);
    alarms += totals.all;
    warningUp += totals.warningUp;
    words += countWords(c.episodes.map((e) => e.text));
    episodes += c.episodes.length;
  }
  const per = (n: number): number => Math.round((n / Math.max(1, words)) * 100_000 * 100) / 100;
  return { series: corpora.length, episodes, words, alarms, alarmsWarningUp: warningUp, per100kWords: per(alarms), per100kWordsWarningUp: per(warningUp), analysisMs: Math.round(ms) };
}

function scoreSummary(score: Score): Record<string, unknown> {
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    recall: round(score.recall),
    precision: round(score.precision),
    found: score.found,
    planted: score.required,
    reported: score.reported,
    matched: score.matched,
    falseAlarmsOnPlantedNonConflicts: score.falseAlarms,
    plantedNonConflicts: score.nonConflicts,
    recallByKind: Object.fromEntries(Object.entries(score.byKind).map(([k, v]) => [k, `${v.found}/${v.planted}`])),
    precisionByKind: Object.fromEntries(Object.entries(score.reportedByKind).map(([k, v]) => [k, `${v.matched}/${v.reported}`])),
    falseAlarmsByKind: Object.fromEntries(Object.entries(score.falseAlarmsByKind).map(([k, v]) => [k, `${v.alarmed}/${v.planted}`])),
  };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const quick = args.quick;
  /** Seconds the run may take; optional parts are skipped (with the reason) when they would not fit. */
  const budget = quick ? 200 : 3600;
  const fits = (seconds: number): boolean => elapsed() + seconds <= budget;
  const machine = machineInfo();
  const figures: Record<string, Figure> = {};
  const quality: Record<string, unknown> = {};
  let broken = false;
  const logged = new Set<string>();
  /** Logs the figures measured so far that were not logged yet (so a run cut short still leaves its numbers). */
  const logFigures = (): void => {
    for (const [id, f] of Object.entries(figures)) {
      if (logged.has(id)) continue;
      logged.add(id);
      log(`${id}: ${f.value ?? 'skipped'} ${f.unit}${f.ratio === null ? '' : ` (ratio ${f.ratio})`} limit ${f.limit} ${f.pass === null ? 'SKIP' : f.pass ? 'pass' : 'FAIL'}`);
    }
  };
  const attempt = async (what: string, fn: () => Promise<void> | void): Promise<void> => {
    try {
      await fn();
    } catch (e) {
      broken = true;
      log(`${what} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
    logFigures();
  };

  const sizes = quick ? { small: 100, mid: 100, large: 1000 } : { small: 100, mid: 1000, large: 10_000 };
  const largeName = sizes.large.toLocaleString('en');
  const suffix = quick ? ` (quick run: ${largeName} episodes stand in for 10,000)` : '';
  log(`generating German series of ${[...new Set([sizes.small, sizes.mid, sizes.large])].join(', ')} episodes`);
  const series = new Map<number, GeneratedSeries>();
  for (const n of new Set([sizes.small, sizes.mid, sizes.large])) series.set(n, generateSeries({ episodes: n, language: 'de' }));
  const large = series.get(sizes.large)!;
  const largeTexts = large.episodes.map((e) => e.text);
  const largeBytes = utf8Bytes(largeTexts);
  log(`${largeName} episodes: ${(largeBytes / 1e6).toFixed(1)} MB, ${countWords(largeTexts).toLocaleString('en')} words`);

  const tokenizerMs = medianTime(() => tokenizerPass(largeTexts), 5);
  log(`tokenizer baseline over ${largeName} episodes: ${tokenizerMs.toFixed(1)} ms`);

  // Small series first: the scaling denominator and the keystroke reference.
  const small = series.get(sizes.small)!;
  const smallAnalyzer = createAnalyzer();
  const smallUsed = process.cpuUsage();
  const smallMs = timeOnce(() => smallAnalyzer.analyze(small.episodes, { title: small.title, language: 'de' }));
  const smallCpu = cpuMsSince(smallUsed);
  log(`analysis of ${sizes.small} episodes: ${smallMs.toFixed(0)} ms`);
  const keys = 50;
  const smallKeys = keystrokeTimes(smallAnalyzer, small, keys, quick ? 8 : 60);
  log(`keystroke re-analysis at ${sizes.small} episodes: p95 ${smallKeys.p95.toFixed(1)} ms`);

  let midMs = smallMs;
  let midCpu = smallCpu;
  if (sizes.mid !== sizes.small) {
    const mid = series.get(sizes.mid)!;
    const used = process.cpuUsage();
    midMs = timeOnce(() => createAnalyzer().analyze(mid.episodes, { title: mid.title, language: 'de' }));
    midCpu = cpuMsSince(used);
    log(`analysis of ${sizes.mid} episodes: ${midMs.toFixed(0)} ms (CPU ${midCpu.toFixed(0)} ms)`);
  }

  // The large series, kept loaded for G3, G9 and G10.
  const heapBefore = heapUsed();
  const analyzer = createAnalyzer();
  let analysis!: SeriesAnalysis;
  const largeUsed = process.cpuUsage();
  const largeMs = timeOnce(() => (analysis = analyzer.analyze(large.episodes, { title: large.title, language: 'de' })));
  const largeCpu = cpuMsSince(largeUsed);
  const heapAfter = heapUsed();
  log(`analysis of ${largeName} episodes: ${largeMs.toFixed(0)} ms (CPU ${largeCpu.toFixed(0)} ms), heap +${((heapAfter - heapBefore) / 1e6).toFixed(0)} MB`);

  figures.G1 = figure({
    value: largeMs,
    unit: 'ms',
    baseline: tokenizerMs,
    limit: 15,
    what: `full analysis (createAnalyzer().analyze, cold; CPU time ${largeCpu.toFixed(0)} ms) of the ${largeName}-episode German series vs one /\\p{L}+/gu scan over the same text${suffix}`,
  });
  figures.G2 = figure({
    value: largeMs / midMs,
    unit: 'x',
    baseline: sizes.large / sizes.mid,
    limit: 1.2,
    what: `time(${largeName}) / time(${sizes.mid.toLocaleString('en')}) of full analysis (CPU-time ratio ${(largeCpu / midCpu).toFixed(2)}); baseline ${sizes.large / sizes.mid} = linear; limit 1.2 = ratio ≤ 12 for 10×${suffix}`,
  });

  logFigures();
  const deScore = scoreReport(analysis.report, large.key);
  quality[`generated-de-${sizes.large}`] = scoreSummary(deScore);
  log(`planted conflicts (de, ${largeName}): recall ${deScore.found}/${deScore.required}, precision ${deScore.matched}/${deScore.reported}`);

  await attempt('G10', () => {
    let html = '';
    let csv = '';
    const options = resolveReportOptions(analysis.report, { date: '2026-01-01' });
    // One run each: at these sizes a run is long enough to be stable (and at 10,000 episodes very long).
    const htmlMs = timeOnce(() => (html = renderHtml(buildReportModel(analysis.report, options))));
    log(`HTML report: ${htmlMs.toFixed(0)} ms`);
    const csvMs = timeOnce(() => (csv = renderCsv(buildReportModel(analysis.report, options))));
    const sizeNote = `${analysis.report.conflicts.length} conflicts, ${analysis.report.entities.length} entities`;
    figures.G10 = figure({
      value: htmlMs,
      unit: 'ms',
      baseline: tokenizerMs,
      limit: 3,
      what: `HTML report (buildReportModel + renderHtml, ${(html.length / 1e6).toFixed(1)} MB, ${sizeNote}) of the ${largeName}-episode analysis vs the tokenizer pass${suffix}`,
    });
    figures.G10b = figure({
      value: csvMs,
      unit: 'ms',
      baseline: tokenizerMs,
      limit: 1,
      what: `CSV report (buildReportModel + renderCsv, ${(csv.length / 1e3).toFixed(0)} kB) of the same analysis vs the tokenizer pass${suffix}`,
    });
  });

  // G3: keystrokes with the large series loaded.
  let largeKeys: KeystrokeTimes = { p95: NaN, median: NaN, cpuP95: NaN, reanalyzed: 0, keys: 0, redone: 0 };
  await attempt('G3', () => {
    largeKeys = keystrokeTimes(analyzer, large, keys, quick ? 20 : 300);
    log(`keystroke re-analysis at ${largeName} episodes: p95 ${largeKeys.p95.toFixed(1)} ms (median ${largeKeys.median.toFixed(1)})`);
    figures.G3 = figure({
      value: largeKeys.p95,
      unit: 'ms',
      limit: 10,
      what: `p95 of ${largeKeys.keys} re-analyses (createAnalyzer().analyze, ${largeKeys.reanalyzed} episode re-extracted, ${largeKeys.redone} redoing a series-wide step; CPU-time p95 ${largeKeys.cpuP95.toFixed(1)} ms) after one keystroke in one episode with ${largeName} episodes loaded${suffix}`,
    });
    figures.G3b = figure({
      value: largeKeys.p95,
      unit: 'ms',
      baseline: smallKeys.p95,
      limit: 1.5,
      what: `the same p95 at ${largeName} episodes vs at ${sizes.small} episodes (${smallKeys.keys} keystrokes; CPU-time p95 ${smallKeys.cpuP95.toFixed(1)} ms)${suffix}`,
    });
  });

  // G9: memory of the analysis, then growth across simulated typing.
  figures.G9 = figure({
    value: heapAfter - heapBefore,
    unit: 'bytes',
    baseline: largeBytes,
    limit: 4,
    what: `JS heap held by the analyzer and its result after analysing ${largeName} episodes (after full GC) vs the corpus' UTF-8 bytes${suffix}`,
  });
  await attempt('G9b', () => {
    const perAnalysis = Number.isFinite(largeKeys.median) ? largeKeys.median / 1000 : 1;
    const seconds = quick ? 12 : 240;
    const analyses = Math.max(quick ? 5 : 10, Math.min(10_000, Math.floor(seconds / Math.max(perAnalysis, 0.001))));
    const every = Math.ceil(10_000 / analyses);
    const typist = new Typist(large.episodes, 1);
    const options = { title: large.title, language: large.language };
    analyzer.analyze(typist.current, options);
    const heapStart = heapUsed();
    let peak = heapStart;
    for (let k = 1; k <= 10_000; k++) {
      if (k % 500 === 0) typist.focus((k / 500) * 37 % large.episodes.length);
      const episodes = typist.key();
      if (k % every === 0 || k === 10_000) analyzer.analyze(episodes, options);
      if (k % 2500 === 0) peak = Math.max(peak, heapUsed());
    }
    const heapEnd = heapUsed();
    const growth = ((heapEnd - heapStart) / heapStart) * 100;
    log(`heap across 10,000 keystrokes: ${(heapStart / 1e6).toFixed(0)} → ${(heapEnd / 1e6).toFixed(0)} MB (${growth.toFixed(1)} %)`);
    figures.G9b = figure({
      value: growth,
      unit: '%',
      limit: 10,
      what: `JS heap growth (after full GC) across 10,000 simulated keystrokes in 20 episodes with ${largeName} loaded, re-analysing every ${every} keystrokes (${Math.ceil(10_000 / every)} re-analyses; peak ${(peak / 1e6).toFixed(0)} MB)${suffix}`,
    });
  });

  // G7 in the process: opening the large project from its saved analysis cache until the first episode can be shown.
  await attempt('G7cache', async () => {
    const r = await runCacheOpenBench(large.episodes, analysis);
    log(`analysis cache ${(r.cacheBytes / 1e6).toFixed(1)} MB: first episode after ${r.openMs.toFixed(0)} ms, whole analysis read back in ${r.fullMs.toFixed(0)} ms`);
    figures.G7cache = figure({
      value: r.openMs,
      unit: 'ms',
      limit: 2000,
      what: `opening the ${largeName}-episode project from its saved analysis cache (${(r.cacheBytes / 1e6).toFixed(1)} MB, openAnalysisCache) until the first episode's text, mentions and ${r.conflicts} conflicts are read (median of 3); the whole analysis reads back in ${r.fullMs.toFixed(0)} ms${suffix}`,
    });
  });

  // G7 through the service the app runs: the project folder and its saved cache opened until the first episode's text and view.
  await attempt('G7service', async () => {
    const r = await runServiceOpenBench(large.episodes, analysis);
    log(`service opening: first episode's text and view after ${r.openMs.toFixed(0)} ms`);
    figures.G7service = figure({
      value: r.openMs,
      unit: 'ms',
      limit: 2000,
      what: `opening the ${largeName}-episode project folder (openProject + createContinuityService, analysis held behind it) until the first episode's text and its view (${r.mentions} mentions, ${r.conflicts} conflicts) come back, the view from the sectioned analysis cache (one run)${suffix}`,
    });
  });

  // G4: the editor's decoration plugin.
  await attempt('G4', async () => {
    const strokes = quick ? 300 : 1000;
    const chunk = large.episodes.slice(0, 20);
    const result = await runDecorationBench(repoRoot, chunk, analysis, strokes);
    const what = `EditorState.apply of one typed character with the renderer's analysisPlugin (src/renderer/editor, DecorationSet.map) in Node, no view or paint; a ${Math.round(result.docChars / 1000)} kB document of 20 episodes`;
    figures.G4 = figure({ value: result.p95Ms, unit: 'ms', limit: 1, what: `p95 over ${strokes} keystrokes, ${result.decorations} decorations: ${what}` });
    figures.G4b = figure({
      value: result.p95Ms,
      unit: 'ms',
      baseline: result.p95FewerMs,
      limit: 2,
      what: `the same p95 with ${result.decorations} decorations vs with a tenth (${result.fewerDecorations})`,
    });
  });

  // G8: name-variant candidates.
  await attempt('G8', () => {
    const list = generateNameList(2000);
    const sampling = quick ? 20 : 1;
    const r = runNameVariantBench(list, sampling);
    const sampled = sampling > 1 ? ` (all-pairs time scaled up from every ${sampling}th pair)` : '';
    figures.G8 = figure({
      value: r.blockedMs,
      unit: 'ms',
      baseline: r.allPairsMs,
      limit: 1 / 15,
      what: `spelling-variant candidates among ${r.names} names: blocking by variantBlockingKeys + areSpellingVariants/areSoundAlikes within blocks (${r.blockedComparisons} comparisons) vs all ${r.allPairsComparisons} pairs${sampled}`,
    });
    figures.G8b = figure({
      value: r.blockedRecall,
      unit: 'ratio',
      limit: 0.95,
      bound: 'min',
      what: `recall of the ${list.planted.length} planted variants by the blocked search${r.allPairsRecall === null ? '' : ` (all pairs: ${r.allPairsRecall.toFixed(3)})`}`,
    });
  });

  // Quality on the English series and the real corpora.
  await attempt('English recall', () => {
    const n = quick ? 100 : 1000;
    const en = generateSeries({ episodes: n, language: 'en' });
    const score = scoreReport(createAnalyzer().analyze(en.episodes, { title: en.title, language: 'en' }).report, en.key);
    quality[`generated-en-${n}`] = scoreSummary(score);
    log(`planted conflicts (en, ${n}): recall ${score.found}/${score.required}, precision ${score.matched}/${score.reported}`);
  });
  await browserFigures(args, figures, series, fits, sizes).catch((e: unknown) => {
    log(`browser figures failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  });
  logFigures();

  const secondsPerByte = largeMs / 1000 / largeBytes;
  const holmes = loadHolmes(repoRoot);
  const novels = loadGermanNovels(repoRoot);
  for (const [name, corpora] of [
    ['holmes', holmes ? [holmes] : []],
    ['german-novels', novels],
  ] as const) {
    if (corpora.length === 0) {
      quality[name] = { skipped: 'corpus not found at ../shared/corpora' };
      continue;
    }
    const estimate = secondsPerByte * utf8Bytes(corpora.flatMap((c) => c.episodes.map((e) => e.text))) * 1.5;
    if (!fits(estimate + (quick ? 45 : 0))) {
      quality[name] = { skipped: `would take about ${estimate.toFixed(0)} s, over the run's time budget` };
      continue;
    }
    await attempt(name, () => {
      quality[name] = corpusAlarms(corpora);
      log(`${name}: ${JSON.stringify(quality[name])}`);
    });
  }

  const result = { machine: { ...machine, mode: quick ? 'quick' : 'full', seconds: Math.round(elapsed()) }, figures, quality };
  process.stdout.write(printTable(result));
  if (args.out) {
    const out = resolve(args.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    log(`wrote ${out}`);
  }
  return broken ? 1 : 0;
}

/** G5–G7 in Chromium against `continuity serve`; skipped with a reason when the app or the browser is missing. */
async function browserFigures(
  args: Args,
  figures: Record<string, Figure>,
  series: Map<number, GeneratedSeries>,
  fits: (s: number) => boolean,
  sizes: { large: number },
): Promise<void> {
  const g5what = 'p95 from keydown (event.timeStamp) to after the next animation frame, typing in the editor of the served app in Chromium with a 1,000-episode series open';
  const g5bwhat = 'long tasks (PerformanceObserver "longtask", > 50 ms) in the page while typing';
  const g6what = 'median of 5 clicks in the episode list until the editor shows that episode and is editable, 1,000-episode series';
  const g7what = 'navigation to the served 10,000-episode project until the first episode is editable (second opening, after the first has saved whatever cache the app keeps)';
  const skipAll = (reason: string, which: ('G5' | 'G5b' | 'G6' | 'G7')[] = ['G5', 'G5b', 'G6', 'G7']): void => {
    if (which.includes('G5')) figures.G5 = skipped({ unit: 'ms', limit: 16, what: g5what, reason });
    if (which.includes('G5b')) figures.G5b = skipped({ unit: 'count', limit: 0, what: g5bwhat, reason });
    if (which.includes('G6')) figures.G6 = skipped({ unit: 'ms', limit: 50, what: g6what, reason });
    if (which.includes('G7')) figures.G7 = skipped({ unit: 'ms', limit: 2000, what: g7what, reason });
  };
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) return skipAll(`no Chromium at ${chromiumPath}`);
  if (args.build && fits(240)) {
    log('building the app (npm run build)');
    const build = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (build.status !== 0) return skipAll(`npm run build failed: ${(build.stderr ?? '').trim().split('\n').slice(-3).join(' ')}`);
  }
  if (!existsSync(join(repoRoot, 'out', 'cli', 'main.js')) || !existsSync(join(repoRoot, 'out', 'renderer', 'index.html'))) {
    return skipAll('the app is not built (npm run build); the quick run does not build it');
  }
  if (!fits(60)) return skipAll('over the quick run\'s time budget');

  const work = mkdtempSync(join(tmpdir(), 'continuity-bench-'));
  const browser = await launchChromium();
  try {
    const thousand = series.get(1000) ?? generateSeries({ episodes: 1000, language: 'de' });
    const dir = join(work, 'series-1000');
    writeProject(dir, thousand.title, 'de', thousand.episodes);
    const served = await serveProject(repoRoot, dir, 60_000);
    try {
      const page = await newBenchPage(browser);
      const first = await timeToEditable(page, served.url, 90_000);
      log(`1,000-episode project editable after ${first === null ? 'more than 90 s' : `${first.toFixed(0)} ms`}`);
      if (first === null) return skipAll('the app did not become editable within 90 s', ['G5', 'G5b', 'G6']);
      const opens: number[] = [];
      for (const i of [500, 10, 900, 250, 750]) {
        const ms = await timeToOpenEpisode(page, thousand.episodes[i], 10_000);
        opens.push(ms ?? 10_000);
      }
      figures.G6 = figure({ value: percentile(opens, 50), unit: 'ms', limit: 50, what: `${g6what}; all: ${opens.map((x) => x.toFixed(0)).join(', ')} ms` });
      const typing = await measureTyping(page, args.quick ? 60 : 200, 40);
      figures.G5 = figure({ value: typing.p95, unit: 'ms', limit: 16, what: `${g5what}; ${typing.latencies.length} keys` });
      figures.G5b = figure({ value: typing.longTasks, unit: 'count', limit: 0, what: `${g5bwhat}; longest ${typing.longestTaskMs.toFixed(0)} ms` });
      await page.close();
    } finally {
      await served.stop();
    }

    if (args.quick || sizes.large < 10_000) {
      figures.G7 = skipped({ unit: 'ms', limit: 2000, what: g7what, reason: 'the quick run writes no 10,000-episode project' });
    } else if (!fits(600)) {
      figures.G7 = skipped({ unit: 'ms', limit: 2000, what: g7what, reason: 'over the run\'s time budget' });
    } else {
      const big = series.get(10_000)!;
      const bigDir = join(work, 'series-10000');
      writeProject(bigDir, big.title, 'de', big.episodes);
      const times: (number | null)[] = [];
      for (let round = 0; round < 2; round++) {
        const servedBig = await serveProject(repoRoot, bigDir, 300_000);
        try {
          const page = await newBenchPage(browser);
          times.push(await timeToEditable(page, servedBig.url, 300_000));
          await page.close();
        } finally {
          await servedBig.stop();
        }
      }
      const [cold, warm] = times;
      figures.G7 = figure({
        value: warm ?? 300_000,
        unit: 'ms',
        limit: 2000,
        what: `${g7what}; first opening ${cold === null ? 'not editable within 300 s' : `${cold.toFixed(0)} ms`}${warm === null ? '; second not editable within 300 s' : ''}`,
      });
    }
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
