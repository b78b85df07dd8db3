import { describe, expect, it } from 'vitest';
import { decodeWordList } from './decodeWordList';

describe('decodeWordList', () => {
  it('rebuilds front-coded words', () => {
    // haus, hausarzt (4 shared with haus), hauser (4 shared with hausarzt), tisch (0 shared)
    const data = ['0haus', '4arzt', '4er', '0tisch'].join('\n');
    expect([...decodeWordList(data)]).toEqual(['haus', 'hausarzt', 'hauser', 'tisch']);
  });

  it('gives an empty set for empty data', () => {
    expect(decodeWordList('').size).toBe(0);
  });
});
