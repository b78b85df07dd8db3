// The corpus readers split a canon at its listed titles and a TEI novel at its chapters; figures pass or fail on their limit.
import { describe, expect, it } from 'vitest';
import { figure, skipped } from './figure';
import { splitHolmes, splitTeiNovel, teiText } from './loadCorpora';

const canon = [
  '                  THE COLLECTED CASES',
  '',
  '                                Table of contents',
  '',
  '               A Study In Grey',
  '',
  '                  The Return of the Detective',
  '               The Adventure of the Empty Room',
  '               The "Gloria" Affair',
  '',
  '',
  '                               A STUDY IN GREY',
  '          CHAPTER I',
  'Holmes looked up.',
  '                         THE RETURN OF THE DETECTIVE',
  '                      THE ADVENTURE OF THE EMPTY ROOM',
  'Watson came in.',
  '                               THE "GLORIA" AFFAIR',
  'The end.',
].join('\n');

describe('splitHolmes', () => {
  it('makes one episode per story listed, starting at its capitalised title, collection titles not counted', () => {
    const stories = splitHolmes(canon);
    expect(stories.map((s) => s.title)).toEqual(['A Study In Grey', 'The Adventure of the Empty Room', 'The "Gloria" Affair']);
    expect(stories[0].text).toContain('Holmes looked up.');
    expect(stories[0].text).not.toContain('Watson came in.');
    expect(stories[1].text).toContain('Watson came in.');
    expect(stories.map((s) => s.index)).toEqual([0, 1, 2]);
    expect(new Set(stories.map((s) => s.file)).size).toBe(3);
  });
});

describe('splitTeiNovel', () => {
  const chapter = (n: number): string =>
    `<div type="chapter"><head>Kapitel ${n}</head><p>Erster Satz &amp; mehr ${'Wort '.repeat(60)}</p>\n<p>Zweiter\n   Absatz.</p></div>`;
  const xml = `<TEI><teiHeader><title>Ein Roman</title></teiHeader><text><front><p>Vorwort</p></front><body>${chapter(1)}${chapter(2)}</body></text></TEI>`;

  it('takes the text of <body> chapter by chapter, tags dropped and entities decoded', () => {
    const novel = splitTeiNovel(xml, 'DEU000');
    expect(novel.title).toBe('Ein Roman');
    expect(novel.episodes).toHaveLength(2);
    expect(novel.episodes[0].text.startsWith('Kapitel 1\n\nErster Satz & mehr')).toBe(true);
    expect(novel.episodes[0].text).toContain('Zweiter Absatz.');
    expect(novel.episodes[0].text).not.toContain('Vorwort');
    expect(novel.episodes[0].text).not.toMatch(/[<>]/u);
  });

  it('decodes numeric entities and drops notes', () => {
    expect(teiText('<p>A&#228;&#x00FC; <note>Fußnote</note>B</p>')).toBe('Aäü B');
  });
});

describe('figure', () => {
  it('checks the ratio against the limit when there is a baseline, the value otherwise', () => {
    expect(figure({ value: 30, unit: 'ms', baseline: 10, limit: 3, what: '' }).pass).toBe(true);
    expect(figure({ value: 31, unit: 'ms', baseline: 10, limit: 3, what: '' })).toMatchObject({ ratio: 3.1, pass: false });
    expect(figure({ value: 12, unit: 'ms', limit: 10, what: '' }).pass).toBe(false);
    expect(figure({ value: 0.96, unit: 'ratio', limit: 0.95, bound: 'min', what: '' }).pass).toBe(true);
    expect(figure({ value: NaN, unit: 'ms', limit: 10, what: '' }).pass).toBe(false);
    expect(skipped({ unit: 'ms', limit: 2000, what: 'x', reason: 'no browser' })).toMatchObject({ value: null, pass: null, skipped: 'no browser' });
  });
});
