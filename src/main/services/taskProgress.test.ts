import { describe, expect, it } from 'vitest';
import { createTasks, TaskCancelledError, type ProgressEvent } from './taskProgress';

describe('createTasks', () => {
  it('shows progress only after a moment, throttled, and ends a shown task with done = total', () => {
    let t = 0;
    const events: ProgressEvent[] = [];
    const tasks = createTasks((e) => events.push(e), { showAfterMs: 300, intervalMs: 100, now: () => t });
    const quick = tasks.start('analysis', 10);
    quick.progress(5, 10);
    quick.end();
    expect(events).toEqual([]);
    const slow = tasks.start('import', 4);
    t = 400;
    slow.progress(1, 4, 'a.docx');
    t = 450;
    slow.progress(2, 4, 'b.docx');
    t = 520;
    slow.progress(3, 4, 'c.docx');
    slow.end();
    expect(events.map((e) => [e.task, e.done, e.total, e.detail, e.state])).toEqual([
      ['import', 1, 4, 'a.docx', 'running'],
      ['import', 3, 4, 'c.docx', 'running'],
      ['import', 4, 4, 'c.docx', 'done'],
    ]);
    expect(new Set(events.map((e) => e.id)).size).toBe(1);
  });

  it('cancels by id: the work in flight is abandoned at once and the task ends cancelled', async () => {
    const events: ProgressEvent[] = [];
    const tasks = createTasks((e) => events.push(e), { showAfterMs: 0, intervalMs: 0 });
    const task = tasks.start('export', 3);
    const never = new Promise<string>(() => undefined);
    const raced = task.race(never);
    expect(tasks.cancel(task.id)).toBe(true);
    await expect(raced).rejects.toBeInstanceOf(TaskCancelledError);
    expect(() => task.throwIfCancelled()).toThrow(TaskCancelledError);
    task.end('cancelled');
    expect(events.at(-1)).toMatchObject({ id: task.id, state: 'cancelled' });
    expect(tasks.cancel(task.id)).toBe(false);
  });
});
