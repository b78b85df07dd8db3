// Other Fountain parsers' test files (../shared/corpora/screenplays) run against our Fountain and FDX parsers.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { decodeXmlEntities, parseFdx } from './parseFdx';
import { parseFountain } from './parseFountain';
import { screenplayToEpisode, type ScreenplayElement } from './screenplay';

const corpus = join(process.cwd(), '..', 'shared', 'corpora', 'screenplays');
const have = existsSync(corpus);
const read = (p: string) => readFileSync(p, 'utf8').replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');

/** Compares element streams where parsers legitimately differ in grouping: same-type runs merged, whitespace collapsed. */
function normalize(items: { type: string; text: string }[], skip: string[] = []): string[] {
  const out: string[] = [];
  let last = '';
  for (const { type, text } of items) {
    if (skip.includes(type)) continue;
    const t = text.replace(/[*_\\]/g, '').replace(/\s+/g, ' ').trim();
    if (!t && type !== 'pagebreak') continue;
    if (type === last && ['action', 'dialogue', 'centered'].includes(type)) out[out.length - 1] += ` ${t}`;
    else out.push(`${type}:${t}`);
    last = type;
  }
  return out;
}

const jouvenceTypes: Record<string, string> = {
  '!': 'action', '.': 'scene', '@': 'character', '=': 'dialogue', _: 'parenthetical', '>': 'transition',
  '#': 'section', '+': 'synopsis', '~': 'lyrics',
};

/** Jouvence's expected "out" strings (type prefix + text) as our element stream. */
function jouvenceExpected(out: string[]): { type: string; text: string }[] {
  const items: { type: string; text: string }[] = [];
  for (const o of out) {
    if (o === '<pagebreak>') items.push({ type: 'pagebreak', text: '' });
    else if (o[0] === '!' && o.includes('><')) {
      for (const l of o.slice(1).split('\n')) items.push(l.startsWith('><') ? { type: 'centered', text: l.slice(2) } : { type: 'action', text: l });
    } else items.push({ type: jouvenceTypes[o[0]] ?? `unknown ${o[0]}`, text: o.slice(1) });
  }
  return items;
}

describe.runIf(have)('screenplay corpus', () => {
  it('passes the Jouvence YAML cases (elements and title page)', () => {
    const dir = join(corpus, 'jouvence', 'tests');
    let pass = 0;
    let total = 0;
    const failed: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      for (const c of yaml.loadAll(readFileSync(join(dir, file), 'utf8')) as { in: string; out?: string[]; title?: Record<string, string> }[]) {
        if (!c) continue;
        total++;
        const play = parseFountain(c.in);
        const same =
          JSON.stringify(normalize(play.elements)) === JSON.stringify(normalize(jouvenceExpected(c.out ?? []))) &&
          JSON.stringify(play.titlePage) === JSON.stringify(c.title ?? {});
        if (same) pass++;
        else failed.push(`${file}: ${JSON.stringify(c.in).slice(0, 60)}`);
      }
    }
    console.log(`Jouvence: ${pass}/${total} cases pass${failed.length ? `; failing: ${failed.join(' | ')}` : ''}`);
    expect(total).toBeGreaterThanOrEqual(40);
    expect(pass).toBeGreaterThanOrEqual(45);
  });

  it('reads each .fdx of a .fountain/.fdx pair (screenplain, afterwriting) as the same story elements', () => {
    const dirs = [
      join(corpus, 'screenplain', 'tests', 'files'),
      join(corpus, 'screenplain', 'examples'),
      join(corpus, 'afterwriting', 'test', 'data', 'screenplays', 'fdx'),
    ];
    let pass = 0;
    let total = 0;
    const skip = ['pagebreak', 'section', 'synopsis', 'note']; // screenplain writes none of these into FDX
    for (const dir of dirs) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.fdx'))) {
        const fountain = join(dir, f.replace(/\.fdx$/, '.fountain'));
        if (!existsSync(fountain)) continue;
        total++;
        const a = normalize(parseFountain(read(fountain)).elements, skip);
        const b = normalize(parseFdx(read(join(dir, f)), f, 256).elements, skip);
        if (JSON.stringify(a) === JSON.stringify(b) && a.length > 0) pass++;
        else console.log(`pair differs: ${f}`);
      }
    }
    console.log(`FDX/Fountain pairs: ${pass}/${total} agree`);
    expect(total).toBeGreaterThanOrEqual(14);
    expect(pass).toBe(total);
  });

  it('parses each screenplain .fountain into the elements of its expected .html', () => {
    const decode = (h: string) =>
      decodeXmlEntities(
        h
          .replace(/<span class="scnum[lr]">[^<]*<\/span>/g, '')
          .replace(/<br\s*\/?>/g, '\n')
          .replace(/<[^>]+>/g, '')
          .replace(/&nbsp;/g, ' '),
      );
    const fromHtml = (html: string) => {
      const items: { type: string; text: string }[] = [];
      const re =
        /<(h[1-6])[^>]*>([\s\S]*?)<\/\1>|<span class="h\d-synopsis">([\s\S]*?)<\/span>|<div class="(action centered|action|transition|lyrics)"[^>]*>([\s\S]*?)<\/div>|<p class="(character|parenthetical)">([\s\S]*?)<\/p>|<p>([\s\S]*?)<\/p>/g;
      for (let m = re.exec(html); m; m = re.exec(html)) {
        if (m[1]) items.push({ type: m[1] === 'h6' ? 'scene' : 'section', text: decode(m[2]) });
        else if (m[3] !== undefined) items.push({ type: 'synopsis', text: decode(m[3]) });
        else if (m[4]) {
          const type = m[4] === 'action centered' ? 'centered' : m[4];
          for (const p of m[5].split('</p>')) items.push({ type, text: decode(p) });
        } else if (m[6]) items.push({ type: m[6], text: decode(m[7]) });
        else items.push({ type: 'dialogue', text: decode(m[8]) });
      }
      return items;
    };
    // screenplain shows transitions in capitals; notes are not in its HTML
    const upper = (items: { type: string; text: string }[]) =>
      items.map((e) => (e.type === 'transition' ? { ...e, text: e.text.toUpperCase() } : e));
    let pass = 0;
    let total = 0;
    for (const dir of [join(corpus, 'screenplain', 'tests', 'files'), join(corpus, 'screenplain', 'examples')]) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.html'))) {
        const fountain = join(dir, f.replace(/\.html$/, '.fountain'));
        if (!existsSync(fountain)) continue;
        total++;
        const a = normalize(upper(parseFountain(read(fountain)).elements), ['pagebreak', 'note']);
        const b = normalize(upper(fromHtml(read(join(dir, f)))), ['pagebreak', 'note']);
        if (JSON.stringify(a) === JSON.stringify(b)) pass++;
        else console.log(`html differs: ${f}`);
      }
    }
    console.log(`screenplain HTML: ${pass}/${total} agree`);
    expect(total).toBeGreaterThanOrEqual(18);
    expect(pass).toBe(total);
  });

  it('keeps afterwriting script notes from FDX and Fountain alike', () => {
    const dir = join(corpus, 'afterwriting', 'test', 'data', 'screenplays', 'fdx');
    const notes = (els: ScreenplayElement[]) => els.filter((e) => e.type === 'note').map((e) => e.text);
    const fdx = parseFdx(read(join(dir, 'note.fdx')), 'note.fdx', 256);
    expect(notes(fdx.elements)).toEqual(['Note in action. Note. Note. Note.']);
    expect(notes(parseFountain(read(join(dir, 'note.fountain'))).elements)).toEqual(notes(fdx.elements));
  });

  it('finds the element each nyousefi test file is about', () => {
    const dir = join(corpus, 'nyousefi-fountain', 'FountainTests');
    const expects: Record<string, (els: ScreenplayElement[]) => boolean> = {
      'Boneyard.fountain': (els) => els.every((e) => !e.text.includes('/*')),
      'CenteredText.fountain': (els) => els.some((e) => e.type === 'centered'),
      'Dialogue.fountain': (els) => els.some((e) => e.type === 'character') && els.some((e) => e.type === 'dialogue'),
      'DualDialogue.fountain': (els) => els.some((e) => e.type === 'character' && e.dual),
      'ForcedElements.fountain': (els) =>
        els.some((e) => e.type === 'action' && e.text.startsWith('BANG')) &&
        els.some((e) => e.type === 'character' && e.text === 'McDUCK') &&
        els.some((e) => e.type === 'lyrics'),
      'Indenting.fountain': (els) => els.length > 0,
      'MultilineAction.fountain': (els) => els.some((e) => e.type === 'action' && e.text.includes('\n')),
      'Notes.fountain': (els) => els.some((e) => e.type === 'note') && els.every((e) => !e.text.includes('[[')),
      'PageBreaks.fountain': (els) => els.some((e) => e.type === 'pagebreak'),
      'SceneHeaders.fountain': (els) => els.filter((e) => e.type === 'scene').length >= 3,
      'SceneNumbers.fountain': (els) => els.some((e) => e.type === 'scene') && els.filter((e) => e.type === 'scene').every((e) => !/#/.test(e.text)),
      'SectionHeaders.fountain': (els) => els.some((e) => e.type === 'section'),
      'Sections-Complex.fountain': (els) => new Set(els.filter((e) => e.type === 'section').map((e) => e.depth)).size >= 2,
      'Simple.fountain': (els) => els.some((e) => e.type === 'scene') && els.some((e) => e.type === 'character'),
      'Synopses.fountain': (els) => els.some((e) => e.type === 'synopsis'),
      'Transitions.fountain': (els) => els.some((e) => e.type === 'transition'),
      'Brick And Steel.txt': (els) => els.some((e) => e.type === 'scene') && els.some((e) => e.type === 'character'),
    };
    let pass = 0;
    const failed: string[] = [];
    const files = readdirSync(dir);
    for (const f of files) {
      const check = expects[f];
      if (check && check(parseFountain(read(join(dir, f))).elements)) pass++;
      else failed.push(f);
    }
    console.log(`nyousefi: ${pass}/${files.length} files show their element${failed.length ? `; failing: ${failed.join(', ')}` : ''}`);
    expect(pass).toBeGreaterThanOrEqual(17);
  });

  it('turns the Brick & Steel sample into episode text with its characters', () => {
    const play = parseFountain(read(join(corpus, 'screenplain', 'examples', 'Brick-and-Steel.fountain')));
    const { episode } = screenplayToEpisode(play, 'Brick-and-Steel');
    expect(episode.title).toBe('BRICK & STEEL FULL RETIRED');
    expect(episode.knownCharacters).toEqual(expect.arrayContaining(['Brick', 'Steel']));
    expect(episode.text).toContain("EXT. BRICK'S PATIO - DAY");
    expect(episode.text).not.toContain('[[');
  });

  it('reads the Cyrillic afterwriting script with its character cues', () => {
    const play = parseFountain(read(join(corpus, 'afterwriting', 'test', 'data', 'screenplays', 'cyrillic.fountain')));
    const { episode } = screenplayToEpisode(play, 'cyrillic');
    expect(episode.knownCharacters.length).toBeGreaterThan(0);
    expect(episode.knownCharacters.every((n) => /\p{Script=Cyrillic}/u.test(n) || /\p{L}/u.test(n))).toBe(true);
  });
});
