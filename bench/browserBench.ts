// G5–G7: the built app in Chromium via `continuity serve`: time until editable, opening an episode, typing latency and long tasks.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Episode, Language } from '../src/engine/types';
import { percentile } from './measure';

// Page-side globals the page.evaluate callbacks use (the benchmark is type-checked with Node types, not DOM types).
interface PageElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
  click(): void;
}
declare const document: {
  querySelector(selector: string): PageElement | null;
  getElementById(id: string): PageElement | null;
  addEventListener(type: string, listener: (event: { timeStamp: number }) => void, capture: boolean): void;
};
declare const window: object;
declare function requestAnimationFrame(callback: () => void): number;

/** Writes a series as a project folder: continuity.json plus episodes/*.md. */
export function writeProject(dir: string, title: string, language: Language, episodes: Episode[]): void {
  mkdirSync(join(dir, 'episodes'), { recursive: true });
  for (const e of episodes) writeFileSync(join(dir, 'episodes', e.file), e.text);
  const manifest = {
    schemaVersion: 1,
    title,
    language,
    episodes: episodes.map((e) => ({ id: e.id, file: `episodes/${e.file}`, title: e.title })),
    settings: {},
  };
  writeFileSync(join(dir, 'continuity.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

export interface ServedProject {
  url: string;
  stop(): Promise<void>;
}

/** Starts `node bin/continuity.mjs serve DIR --port 0` and reads the URL from its first stdout line. */
export function serveProject(repoRoot: string, dir: string, timeoutMs: number): Promise<ServedProject> {
  const child: ChildProcess = spawn(process.execPath, [join(repoRoot, 'bin', 'continuity.mjs'), 'serve', dir, '--port', '0'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => {
        if (child.exitCode === null) child.kill('SIGKILL');
      }, 5000).unref();
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`continuity serve printed no URL within ${timeoutMs / 1000} s: ${stderr.trim().slice(0, 300)}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`continuity serve exited with ${code}: ${stderr.trim().slice(0, 300)}`));
    });
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve({ url: line.trim(), stop });
    });
  });
}

/**
 * A page for the benchmark. tsx compiles this file with esbuild's keepNames, which wraps functions in a `__name`
 * helper; the callbacks handed to page.evaluate carry that call into the page, so the page gets a no-op `__name`.
 */
export async function newBenchPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((fn) => fn);' });
  return page;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Milliseconds from navigation until the editor is editable and shows text (or null when not within the timeout). */
export async function timeToEditable(page: Page, url: string, timeoutMs: number): Promise<number | null> {
  const t0 = Date.now();
  await page.goto(url, { timeout: timeoutMs });
  try {
    await page.waitForSelector('.ProseMirror[contenteditable="true"]', { timeout: Math.max(1000, timeoutMs - (Date.now() - t0)) });
    await page.waitForFunction(() => (document.querySelector('.ProseMirror')?.textContent ?? '').trim().length > 0, undefined, {
      timeout: Math.max(1000, timeoutMs - (Date.now() - t0)),
    });
  } catch {
    return null;
  }
  // The navigation's own clock: from its start to now, in the page.
  return page.evaluate(() => performance.now());
}

/**
 * Clicks an episode in the list and measures in the page from the click to the frame after the editor shows that
 * episode's text and is editable.
 */
export async function timeToOpenEpisode(page: Page, episode: Episode, timeoutMs: number): Promise<number | null> {
  const probe = episode.text.split('\n').find((l) => l.length > 40 && !l.startsWith('#'))?.slice(0, 40) ?? episode.title;
  const button = page.locator(`#cd-episode-${episode.id}`);
  await button.scrollIntoViewIfNeeded({ timeout: timeoutMs });
  return page.evaluate(
    ({ id, probe, timeoutMs }) =>
      new Promise<number | null>((resolve) => {
        const button = document.getElementById(`cd-episode-${id}`);
        if (!button) return resolve(null);
        const t0 = performance.now();
        const ready = (): boolean => {
          const editor = document.querySelector('.ProseMirror');
          return !!editor && editor.getAttribute('contenteditable') === 'true' && (editor.textContent ?? '').includes(probe);
        };
        const poll = (): void => {
          if (ready()) return resolve(performance.now() - t0);
          if (performance.now() - t0 > timeoutMs) return resolve(null);
          requestAnimationFrame(poll);
        };
        button.click();
        requestAnimationFrame(poll);
      }),
    { id: episode.id, probe, timeoutMs },
  );
}

export interface TypingResult {
  latencies: number[];
  p95: number;
  longTasks: number;
  longestTaskMs: number;
}

/**
 * Types into the editor and measures in the page, per key, from the keydown event's time stamp to the first point after
 * the next animation frame (a message posted from requestAnimationFrame runs after that frame is painted); long tasks
 * are counted by a PerformanceObserver while typing.
 */
export async function measureTyping(page: Page, keys: number, delayMs: number): Promise<TypingResult> {
  const paragraph = page.locator('.ProseMirror p', { hasText: /\p{L}/u }).nth(1);
  await paragraph.click();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    const w = window as unknown as { __bench: { latencies: number[]; longTasks: number[] } };
    w.__bench = { latencies: [], longTasks: [] };
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__bench.longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false } as unknown as Parameters<PerformanceObserver['observe']>[0]);
    const channel = new MessageChannel();
    const pending: { start: number; n: number }[] = [];
    let n = 0;
    channel.port1.onmessage = () => {
      const item = pending.shift();
      if (!item) return;
      const now = performance.now();
      performance.mark(`bench-key-${item.n}-painted`);
      performance.measure(`bench-key-${item.n}`, { start: item.start, end: now });
      w.__bench.latencies.push(now - item.start);
    };
    document.addEventListener(
      'keydown',
      (event) => {
        const item = { start: event.timeStamp, n: n++ };
        performance.mark(`bench-key-${item.n}`, { startTime: item.start });
        pending.push(item);
        requestAnimationFrame(() => channel.port2.postMessage(null));
      },
      true,
    );
  });
  const word = 'Notaufnahme ';
  for (let k = 0; k < keys; k++) {
    await page.keyboard.type(word[k % word.length]);
    await page.waitForTimeout(delayMs);
  }
  await page.waitForTimeout(300);
  const data = await page.evaluate(() => (window as unknown as { __bench: { latencies: number[]; longTasks: number[] } }).__bench);
  return {
    latencies: data.latencies,
    p95: percentile(data.latencies, 95),
    longTasks: data.longTasks.filter((d) => d > 50).length,
    longestTaskMs: data.longTasks.length ? Math.max(...data.longTasks) : 0,
  };
}
