// Reads the shared real-prose corpora as series: the Holmes canon split into its stories, German TEI novels split into chapters.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Episode } from '../src/engine/types';

/** One real text read as a series of episodes. */
export interface CorpusSeries {
  title: string;
  language: 'de' | 'en';
  episodes: Episode[];
}

const slug = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '')
    .slice(0, 40);

/** Upper-case title text compared without quotes, apostrophe styles or extra spaces. */
const titleKey = (text: string): string => text.toUpperCase().replace(/["'\u2018\u2019\u201c\u201d]/gu, '').replace(/\s+/gu, ' ').trim();

/**
 * Splits cano.txt into its stories: the first table of contents lists them (stories at the smallest indent, the
 * collections they belong to indented further); each story starts at its title in capitals, in that order.
 */
export function splitHolmes(text: string): Episode[] {
  const lines = text.split(/\r?\n/u);
  const tocStart = lines.findIndex((l) => l.trim() === 'Table of contents');
  if (tocStart < 0) return [];
  const entries: { title: string; indent: number; line: number }[] = [];
  let i = tocStart + 1;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) continue;
    // The table ends where the first story's capitalised title stands.
    if (entries.length > 0 && line.trim() === line.trim().toUpperCase() && /\p{Lu}{3}/u.test(line)) break;
    entries.push({ title: line.trim(), indent: line.length - line.trimStart().length, line: i });
  }
  const storyIndent = Math.min(...entries.map((e) => e.indent));
  const stories = entries.filter((e) => e.indent === storyIndent);
  const starts: { title: string; line: number }[] = [];
  let from = i;
  for (const story of stories) {
    const key = titleKey(story.title);
    for (let j = from; j < lines.length; j++) {
      if (titleKey(lines[j]) === key && lines[j].trim() === lines[j].trim().toUpperCase()) {
        starts.push({ title: story.title, line: j });
        from = j + 1;
        break;
      }
    }
  }
  return starts.map((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1].line : lines.length;
    const id = `holmes-${String(k + 1).padStart(2, '0')}`;
    return {
      id,
      file: `${id}-${slug(s.title)}.txt`,
      title: s.title,
      index: k,
      text: lines.slice(s.line, end).join('\n'),
      language: 'en' as const,
    };
  });
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of a piece of TEI: headings and paragraphs on lines of their own, tags dropped, entities decoded. */
export function teiText(xml: string): string {
  return xml
    .replace(/<(note|fw)\b[^>]*>[\s\S]*?<\/\1>/gu, '')
    .replace(/<\/(head|p|l|lg|div)>/gu, '\n\n')
    .replace(/<[^>]+>/gu, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (m, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return entities[name] ?? m;
    })
    .split(/\n\s*\n/u)
    .map((block) => block.replace(/\s+/gu, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** Splits a TEI novel into chapters: the text of <body>, cut at each <div type="chapter">. */
export function splitTeiNovel(xml: string, name: string): CorpusSeries {
  const title = teiText(/<title\b[^>]*>([\s\S]*?)<\/title>/u.exec(xml)?.[1] ?? name);
  const body = /<body\b[^>]*>([\s\S]*)<\/body>/u.exec(xml)?.[1] ?? '';
  // A chapter that is only a heading (a part title before its chapters) joins the chapter after it.
  const parts = body.split(/<div\b[^>]*type="chapter"[^>]*>/u).slice(1).map(teiText);
  const texts: string[] = [];
  let carry = '';
  for (const part of parts) {
    if (part.length < 200) carry += `${part}\n\n`;
    else {
      texts.push(carry + part);
      carry = '';
    }
  }
  const episodes = texts.map((text, k): Episode => {
    const id = `${name}-${String(k + 1).padStart(2, '0')}`;
    return { id, file: `${id}.txt`, title: text.split('\n')[0].slice(0, 80), index: k, text, language: 'de' };
  });
  return { title, language: 'de', episodes };
}

/** The shared corpora folder, beside the repository (../shared/corpora from its root). */
export function corporaDir(repoRoot: string): string {
  return join(repoRoot, '..', 'shared', 'corpora');
}

export function loadHolmes(repoRoot: string): CorpusSeries | null {
  const file = join(corporaDir(repoRoot), 'sherlock-holmes', 'cano.txt');
  if (!existsSync(file)) return null;
  return { title: 'The Complete Sherlock Holmes', language: 'en', episodes: splitHolmes(readFileSync(file, 'utf8')) };
}

export function loadGermanNovels(repoRoot: string): CorpusSeries[] {
  const dir = join(corporaDir(repoRoot), 'german-novels');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) => splitTeiNovel(readFileSync(join(dir, f), 'utf8'), basename(f, '.xml')));
}
