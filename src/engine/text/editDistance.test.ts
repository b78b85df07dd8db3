import { describe, expect, it } from 'vitest';
import { editDistance } from './editDistance';

describe('editDistance', () => {
  it('counts insertions, substitutions and swaps', () => {
    expect(editDistance('katrin', 'kathrin')).toBe(1);
    expect(editDistance('meier', 'maier')).toBe(1);
    expect(editDistance('kathrin', 'kahtrin')).toBe(1);
    expect(editDistance('anna', 'otto')).toBe(4);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('stops early past the limit', () => {
    expect(editDistance('friedrich', 'lukas', 2)).toBe(3);
  });
});
