// The timeline rule: a wedding narrated again, "never been to X" after being there, two times for one death; and what must stay quiet.
import { describe, expect, it } from 'vitest';
import { analyzeSeries } from '../analyzeSeries';
import type { Language } from '../types';
import { buildRuleInput } from './buildRuleInput';
import { timeline } from './timeline';

const series = (language: Language, ...texts: string[]) =>
  texts.map((text, index) => ({ id: `t${index + 1}`, file: `t${index + 1}.txt`, title: `Teil ${index + 1}`, index, text, language }));
const alarms = (language: Language, ...texts: string[]) =>
  analyzeSeries(series(language, ...texts)).report.conflicts.filter((c) => c.kind === 'timeline' && c.severity !== 'info');

describe('timeline rule', () => {
  it('flags a wedding narrated in a later episode when an earlier one already has the two married', () => {
    const found = timeline(buildRuleInput([['Tom', 'wed-now', 'Lena', 'asserted', 1, 5], ['Tom', 'wed-now', 'Lena', 'asserted', 4, 9]], { language: 'en' }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'timeline', severity: 'warning', summary: 'Tom and Lena marry in e4, but they are already married in e1, with no separation narrated.' });
    const spouse = timeline(buildRuleInput([['Tom', 'husband', 'Lena', 'asserted', 0, 5], ['Tom', 'wed-now', 'Lena', 'asserted', 3, 9]]));
    expect(spouse).toHaveLength(1);
  });

  it('stays quiet on a first wedding, and on a second one after a divorce or within the same episode', () => {
    expect(timeline(buildRuleInput([['Tom', 'wed-done', 'Lena', 'asserted', 3, 50], ['Tom', 'wed-now', 'Lena', 'asserted', 3, 5]]))).toEqual([]);
    expect(timeline(buildRuleInput([['Tom', 'wed-now', 'Lena', 'asserted', 1, 5], ['Tom', 'event', 'divorce', 'asserted', 2, 5], ['Tom', 'wed-now', 'Lena', 'asserted', 4, 9]]))).toEqual([]);
    expect(timeline(buildRuleInput([['Tom', 'fiance', 'Lena', 'asserted', 1, 5], ['Tom', 'wed-now', 'Lena', 'asserted', 4, 9]]))).toEqual([]);
  });

  it('flags "never been to X" after the person lived there (error) or travelled there (warning), not before a first visit', () => {
    expect(timeline(buildRuleInput([['Ada', 'lives-in', 'Rome', 'asserted', 0, 5], ['Ada', 'never-been', 'Rome', 'asserted', 2, 5]])).map((f) => f.severity)).toEqual(['error']);
    expect(timeline(buildRuleInput([['Ada', 'been-to', 'Rome', 'asserted', 1, 5], ['Ada', 'never-been', 'Rome', 'asserted', 2, 5]])).map((f) => f.severity)).toEqual(['warning']);
    expect(timeline(buildRuleInput([['Ada', 'never-been', 'Rome', 'asserted', 1, 5], ['Ada', 'been-to', 'Rome', 'asserted', 2, 5]]))).toEqual([]);
    expect(timeline(buildRuleInput([['Ada', 'never-been', 'Rome', 'believed', 2, 5], ['Ada', 'lives-in', 'Rome', 'asserted', 0, 5]]))).toEqual([]);
  });

  it('flags two different years for one death, and "N years ago" the series clock cannot bridge', () => {
    expect(timeline(buildRuleInput([['Oskar', 'died-when', 'year:1998', 'asserted', 0, 5], ['Oskar', 'died-when', 'year:2004', 'asserted', 3, 5]])).map((f) => f.severity)).toEqual(['error']);
    expect(timeline(buildRuleInput([['Oskar', 'died-when', 'ago:10', 'asserted', 0, 5], ['Oskar', 'died-when', 'ago:20', 'asserted', 3, 5]])).map((f) => f.severity)).toEqual(['warning']);
  });

  it('stays quiet when the series lets the years pass between two "years ago" anchors', () => {
    expect(timeline(buildRuleInput([['Oskar', 'died-when', 'ago:10', 'asserted', 0, 5], ['Oskar', 'died-when', 'ago:11', 'asserted', 3, 5]]))).toEqual([]);
    expect(timeline(buildRuleInput([['Oskar', 'died-when', 'ago:10', 'asserted', 0, 5], ['*', 'time-passes', '5', 'asserted', 2, 0], ['Oskar', 'died-when', 'ago:15', 'asserted', 3, 5]]))).toEqual([]);
    expect(timeline(buildRuleInput([['Oskar', 'died-when', 'year:1998', 'asserted', 0, 5], ['Oskar', 'died-when', 'ago:10', 'asserted', 3, 5]]))).toEqual([]);
  });
});

describe('timeline over a series: travel', () => {
  it('reads "takes the train to X" as being there', () => {
    const found = alarms('en', 'Mabel Orr takes the train to Carlisle for the fair. Mabel Orr buys maps.', 'Mabel Orr tells Ned Kaye that she has never been to Carlisle.');
    expect(found.map((c) => c.severity)).toEqual(['warning']);
  });
});

describe('timeline over a series', () => {
  it('flags a German wedding told twice and a "war noch nie in" after a trip there', () => {
    const found = alarms(
      'de',
      'Im Frühjahr heiratet Jonte Wilms seine Freundin Selma Kraut. Jonte Wilms fährt danach nach Triest.',
      'Jonte Wilms und Selma Kraut streichen die Küche.',
      'Endlich heiraten Jonte Wilms und Selma Kraut, die Gäste tanzen bis zum Morgen. Selma Kraut lacht. Jonte Wilms erzählt, dass er noch nie in Triest war.',
    );
    expect(found.map((c) => c.summary).sort()).toEqual([
      'Jonte Wilms und Selma Kraut heiraten in Teil 3, sind aber schon in Teil 1 verheiratet – ohne erzählte Trennung.',
      'Jonte Wilms war laut Teil 3 noch nie in Triest, doch in Teil 1 reist Jonte Wilms dorthin.',
    ]);
  });

  it('flags an English death dated twice, and stays quiet on a planned wedding and a first visit', () => {
    const found = alarms(
      'en',
      'Nell Varga has never been to Porto. Her brother Abel Varga died in 2009, and Nell still keeps his boat. Nell Varga and Kit Rowe plan to marry next spring.',
      'Nell Varga flies to Porto for the first time. Nell Varga and Kit Rowe marry on the beach.',
      'Nell Varga remembers that Abel Varga died in 2014 at sea.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', entity: 'Abel Varga' });
  });
});
