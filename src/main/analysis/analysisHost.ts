// Runs analyses off the calling thread (a worker) or in-process, sending only episodes that changed.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions, Episode, SeriesAnalysis } from '../../engine/types';
import { createAnalysisSession, type AnalysisUpdate } from './analysisSession';

export interface AnalysisHost {
  /** Analyses the series; requests run one at a time, in order. */
  analyze(episodes: Episode[], options: AnalyzeOptions, control?: AnalysisControl): Promise<SeriesAnalysis>;
  dispose(): Promise<void>;
}

/** Progress and cancellation of one request: an aborted run rejects with AnalysisCancelledError and changes nothing. */
export interface AnalysisControl {
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
}

export class AnalysisCancelledError extends Error {
  constructor() {
    super('The analysis was cancelled.');
    this.name = 'AnalysisCancelledError';
  }
}

type Runner = (update: AnalysisUpdate, control?: AnalysisControl) => Promise<SeriesAnalysis>;

/**
 * With `workerFile` (the built analysisWorker.js) the engine runs in a worker thread so the caller's
 * event loop never blocks; without it (tests, one-shot CLI checks) it runs in-process.
 */
export function createAnalysisHost(options: { workerFile?: string } = {}): AnalysisHost {
  const sent = new Map<string, Episode>();
  let queue: Promise<unknown> = Promise.resolve();
  const { run, stop } = options.workerFile && existsSync(options.workerFile)
    ? workerRunner(options.workerFile)
    : inProcessRunner();

  return {
    analyze(episodes, analyzeOptions, control) {
      const task = queue.then(() => {
        if (control?.signal?.aborted) throw new AnalysisCancelledError();
        const changed = episodes.filter((e) => !sameEpisode(sent.get(e.id), e));
        const update: AnalysisUpdate = { order: episodes.map((e) => e.id), changed, options: analyzeOptions };
        return run(update, control).then(
          (analysis) => {
            sent.clear();
            for (const e of episodes) sent.set(e.id, e);
            return analysis;
          },
          (error: unknown) => {
            sent.clear(); // the worker may hold a partial state: send everything next time
            throw error;
          },
        );
      });
      queue = task.catch(() => undefined);
      return task;
    },
    dispose: stop,
  };
}

function sameEpisode(a: Episode | undefined, b: Episode): boolean {
  return !!a && a.text === b.text && a.file === b.file && a.title === b.title && a.language === b.language;
}

function inProcessRunner(): { run: Runner; stop: () => Promise<void> } {
  const session = createAnalysisSession();
  return {
    run: async (update, control) =>
      session.apply(update, (done, total) => {
        if (control?.signal?.aborted) throw new AnalysisCancelledError();
        control?.onProgress?.(done, total);
      }),
    stop: async () => undefined,
  };
}

function workerRunner(file: string): { run: Runner; stop: () => Promise<void> } {
  let worker: Worker | undefined;
  let seq = 0;
  const pending = new Map<number, { resolve: (a: SeriesAnalysis) => void; reject: (e: Error) => void; control?: AnalysisControl }>();
  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
    worker = undefined; // a fresh worker starts with the next request
  };
  const start = () => {
    const w = new Worker(file);
    w.on('message', (m: { seq: number; ok: boolean; analysis?: SeriesAnalysis; message?: string; progress?: { done: number; total: number } }) => {
      const p = pending.get(m.seq);
      if (!p) return;
      if (m.progress) return p.control?.onProgress?.(m.progress.done, m.progress.total);
      pending.delete(m.seq);
      if (m.ok && m.analysis) p.resolve(m.analysis);
      else p.reject(new Error(m.message ?? 'analysis failed'));
    });
    // A worker stopped on purpose (a cancelled run) is no longer `worker`: its end must not fail the next one's requests.
    w.on('error', (e) => { if (worker === w) failAll(e); });
    w.on('exit', (code) => { if (worker !== w) return; if (pending.size) failAll(new Error(`analysis worker stopped (exit ${code})`)); worker = undefined; });
    return w;
  };
  return {
    run(update, control) {
      worker ??= start();
      const id = ++seq;
      return new Promise<SeriesAnalysis>((resolve, reject) => {
        pending.set(id, { resolve, reject, control });
        // A cancelled run stops the worker at once (it may be deep in the engine); the next request starts a fresh one.
        const signal = control?.signal;
        const onAbort = () => {
          if (!pending.delete(id)) return;
          const w = worker;
          worker = undefined;
          void w?.terminate();
          reject(new AnalysisCancelledError());
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        const settle = <T,>(fn: (v: T) => void) => (v: T) => { signal?.removeEventListener('abort', onAbort); fn(v); };
        pending.set(id, { resolve: settle(resolve), reject: settle(reject), control });
        worker!.postMessage({ seq: id, update });
      });
    },
    async stop() {
      const w = worker;
      worker = undefined;
      failAll(new Error('the analysis stopped: the project was closed'));
      if (w) await w.terminate();
    },
  };
}
