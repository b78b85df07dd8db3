// Acceptance: alarms per 100,000 words on careful published prose (German novels by chapter, Holmes by story).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSeries, type Conflict, type Episode } from '../../src/engine/index';

const NOVELS = '../shared/corpora/german-novels';
const HOLMES = '../shared/corpora/sherlock-holmes/cano.txt';
/** Chapters per novel and stories of the canon taken, to keep the test quick. */
const CHAPTERS_PER_NOVEL = 8;
const STORIES = 16;

const wordCount = (text: string): number => text.split(/\s+/u).filter(Boolean).length;

/** Each TEI novel split into its chapters: one series per novel. */
function novelSeries(): Episode[][] {
  return readdirSync(NOVELS)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((file) => {
      const xml = readFileSync(join(NOVELS, file), 'utf8');
      const body = xml.slice(xml.indexOf('<body'));
      return body
        .split(/<div type="chapter"[^>]*>/u)
        .slice(1)
        .map((chapter) =>
          chapter
            .replace(/<head>[\s\S]*?<\/head>/gu, '')
            .replace(/<\/p>/gu, '\n\n')
            .replace(/<[^>]+>/gu, '')
            .replace(/[ \t]*\n[ \t]*/gu, '\n')
            .replace(/([^\n])\n([^\n])/gu, '$1 $2')
            .replace(/&amp;/gu, '&')
            .trim(),
        )
        .filter((text) => wordCount(text) > 200)
        .slice(0, CHAPTERS_PER_NOVEL)
        .map((text, index) => {
          const id = `${file.replace('.xml', '')}-${String(index + 1).padStart(2, '0')}`;
          return { id, file: `${id}.txt`, title: id, index, text };
        });
    });
}

/** The canon split at its story titles (indented capitals): one series. */
function holmesSeries(): Episode[] {
  const stories: Episode[] = [];
  let title = '';
  let lines: string[] = [];
  const flush = () => {
    const text = lines.join('\n');
    if (title && wordCount(text) > 1500) {
      const id = String(stories.length + 1).padStart(2, '0');
      stories.push({ id, file: `${id}.txt`, title, index: stories.length, text });
    }
    lines = [];
  };
  for (const line of readFileSync(HOLMES, 'utf8').split(/\r?\n/u)) {
    if (/^ {15,}[A-Z][A-Z0-9'"., -]+$/u.test(line) && !/CHAPTER|PART /u.test(line) && line.trim().length > 5) {
      flush();
      title = line.trim();
    } else lines.push(line);
  }
  flush();
  return stories.slice(0, STORIES);
}

function measure(name: string, series: Episode[][]): { spelling: number; all: number; words: number } {
  const words = series.flat().reduce((n, e) => n + wordCount(e.text), 0);
  const alarms: Conflict[] = series.flatMap((eps) => analyzeSeries(eps).report.conflicts).filter((c) => c.severity !== 'info');
  const per100k = (n: number) => (n / words) * 100_000;
  const byKind = new Map<string, number>();
  for (const c of alarms) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
  const spelling = byKind.get('spelling') ?? 0;
  console.log(
    `${name}: ${series.flat().length} episodes, ${words} words; alarms (warning+error) per 100,000 words: ` +
      `all ${per100k(alarms.length).toFixed(2)}, spelling ${per100k(spelling).toFixed(2)} ` +
      `(${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'})`,
  );
  for (const c of alarms) console.log(`  [${c.kind}] ${c.summary}`);
  return { spelling: per100k(spelling), all: per100k(alarms.length), words };
}

describe.skipIf(!existsSync(NOVELS) || !existsSync(HOLMES))('alarms on careful prose', () => {
  it('German novels split into chapters raise fewer than 5 spelling alarms per 100,000 words', () => {
    const r = measure('German novels', novelSeries());
    expect(r.words).toBeGreaterThan(50_000);
    expect(r.spelling).toBeLessThan(5);
  }, 180_000);

  it('Holmes stories raise fewer than 5 spelling alarms per 100,000 words', () => {
    const r = measure('Sherlock Holmes', [holmesSeries()]);
    expect(r.words).toBeGreaterThan(100_000);
    expect(r.spelling).toBeLessThan(5);
  }, 180_000);
});
