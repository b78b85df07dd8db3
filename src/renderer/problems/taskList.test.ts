import { describe, expect, it } from 'vitest';
import { applyTaskEvent } from './taskList';

describe('applyTaskEvent', () => {
  it('adds, updates and removes tasks by id; events without an id leave the list alone', () => {
    let list = applyTaskEvent([], { type: 'progress', task: 'analysis', id: 'analysis-1', done: 10, total: 100, state: 'running' });
    list = applyTaskEvent(list, { type: 'progress', task: 'import', id: 'import-2', done: 0, total: 3, detail: 'a.docx', state: 'running' });
    list = applyTaskEvent(list, { type: 'progress', task: 'analysis', id: 'analysis-1', done: 50, total: 100, state: 'running' });
    expect(list.map((x) => [x.id, x.done, x.detail])).toEqual([['analysis-1', 50, undefined], ['import-2', 0, 'a.docx']]);
    expect(applyTaskEvent(list, { type: 'progress', task: 'import', done: 1, total: 3 })).toBe(list);
    list = applyTaskEvent(list, { type: 'progress', task: 'analysis', id: 'analysis-1', done: 50, total: 100, state: 'cancelled' });
    expect(list.map((x) => x.id)).toEqual(['import-2']);
  });
});
