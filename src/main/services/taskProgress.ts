// Long tasks (analysis, import, export) with ids: throttled progress events, and cancellation the renderer can ask for.
import type { ServiceEvent } from '../../shared/contract';

export type TaskKind = 'analysis' | 'import' | 'export';
export type ProgressEvent = Extract<ServiceEvent, { type: 'progress' }>;

/** Thrown (or rejected with) when a task was cancelled; callers leave their previous state untouched. */
export class TaskCancelledError extends Error {
  constructor(readonly taskId: string) {
    super('The task was cancelled.');
    this.name = 'TaskCancelledError';
  }
}

export interface Task {
  readonly id: string;
  readonly signal: AbortSignal;
  /** Reports how far the task is; shown once the task has run for a moment, then at most every `intervalMs`. */
  progress(done: number, total: number, detail?: string): void;
  /** Throws TaskCancelledError once the task was cancelled. */
  throwIfCancelled(): void;
  /** Races a promise against cancellation: rejects with TaskCancelledError as soon as the task is cancelled. */
  race<T>(work: Promise<T>): Promise<T>;
  /** Ends the task: 'done', 'cancelled' or 'failed' (the renderer hides the bar). */
  end(state?: 'done' | 'cancelled' | 'failed'): void;
}

export interface TaskOptions {
  /** Progress of a task that ends sooner is never shown (an analysis after one keystroke). */
  showAfterMs?: number;
  intervalMs?: number;
  now?: () => number;
}

export interface Tasks {
  start(kind: TaskKind, total: number): Task;
  /** Cancels a running task; false when there is none with that id (it already ended). */
  cancel(id: string): boolean;
  /** Cancels every running task (the project closes). */
  cancelAll(): void;
}

export function createTasks(emit: (event: ProgressEvent) => void, options: TaskOptions = {}): Tasks {
  const showAfterMs = options.showAfterMs ?? 300;
  const intervalMs = options.intervalMs ?? 100;
  const now = options.now ?? (() => Date.now());
  const running = new Map<string, AbortController>();
  let seq = 0;

  return {
    start(kind, total) {
      const id = `${kind}-${++seq}`;
      const controller = new AbortController();
      running.set(id, controller);
      const started = now();
      let lastShown = -Infinity;
      let shown = false;
      let last = { done: 0, total, detail: undefined as string | undefined };
      const send = (state: 'running' | 'done' | 'cancelled' | 'failed') => {
        const event: ProgressEvent = { type: 'progress', task: kind, id, done: last.done, total: last.total, state };
        if (last.detail !== undefined) event.detail = last.detail;
        emit(event);
      };
      const task: Task = {
        id,
        signal: controller.signal,
        progress(done, t, detail) {
          last = { done, total: t, detail };
          const at = now();
          if (controller.signal.aborted || at - started < showAfterMs || at - lastShown < intervalMs) return;
          lastShown = at;
          shown = true;
          send('running');
        },
        throwIfCancelled() {
          if (controller.signal.aborted) throw new TaskCancelledError(id);
        },
        race(work) {
          if (controller.signal.aborted) return Promise.reject(new TaskCancelledError(id));
          return new Promise((resolve, reject) => {
            const onAbort = () => reject(new TaskCancelledError(id));
            controller.signal.addEventListener('abort', onAbort, { once: true });
            work.then(
              (v) => { controller.signal.removeEventListener('abort', onAbort); resolve(v); },
              (e: unknown) => { controller.signal.removeEventListener('abort', onAbort); reject(e); },
            );
          });
        },
        end(state = 'done') {
          if (!running.has(id)) return;
          running.delete(id);
          if (state === 'done') last = { ...last, done: last.total };
          // A task whose progress was never shown ends silently, unless it was cancelled (the renderer asked).
          if (shown || state === 'cancelled') send(state);
        },
      };
      return task;
    },
    cancel(id) {
      const controller = running.get(id);
      if (!controller) return false;
      controller.abort();
      return true;
    },
    cancelAll() {
      for (const c of running.values()) c.abort();
    },
  };
}
