// Runs an import in a worker thread with a memory cap and a hard time limit (terminated when exceeded); in-process without a worker file.
import { Worker } from 'node:worker_threads';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ProjectError, type ProjectErrorCode } from '../store/projectError';
import { importPath, type ImportProgress } from './importFiles';
import { defaultImportLimits, type ImportLimits, type ImportResult } from './importTypes';
import type { ImportReply, ImportRequest } from './importWorker';

export interface ImportRunOptions {
  /** The built importWorker.js (or, in tests, importWorker.ts run through tsx); without it the import runs in-process. */
  workerFile?: string | URL;
  limits?: Partial<ImportLimits>;
  /** Heap cap of the worker in MB. */
  memoryMb?: number;
  /** Hard limit for the whole import in ms (the worker is terminated). */
  totalTimeoutMs?: number;
  onProgress?: (progress: ImportProgress) => void;
}

function startWorker(file: string | URL, memoryMb: number): Worker {
  const path = file instanceof URL ? fileURLToPath(file) : file;
  const resourceLimits = { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, memoryMb / 8)) };
  if (path.endsWith('.ts')) {
    const href = pathToFileURL(path).href;
    const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(href)}); })`;
    return new Worker(boot, { eval: true, resourceLimits });
  }
  return new Worker(path, { resourceLimits });
}

/** Imports a file or folder (see importPath) off the main thread, with caps; throws ProjectError. */
export async function importInWorker(path: string, options: ImportRunOptions = {}): Promise<ImportResult> {
  const limits: ImportLimits = { ...defaultImportLimits, ...options.limits };
  if (!options.workerFile) return importPath(path, limits, options.onProgress);
  const totalTimeoutMs = options.totalTimeoutMs ?? 120_000;
  const worker = startWorker(options.workerFile, options.memoryMb ?? 1024);
  return new Promise<ImportResult>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const fail = (code: ProjectErrorCode, message: string) => finish(() => reject(new ProjectError(code, message, path)));
    const timer = setTimeout(
      () => fail('timeout', `${path}: the import took longer than ${Math.round(totalTimeoutMs / 1000)} s and was stopped.`),
      totalTimeoutMs,
    );
    worker.on('message', (reply: ImportReply) => {
      if (reply.type === 'progress') options.onProgress?.({ done: reply.done, total: reply.total, file: reply.file });
      else if (reply.type === 'done') finish(() => resolve(reply.result));
      else fail(reply.code as ProjectErrorCode, reply.message);
    });
    worker.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') fail('too-large', `${path}: the import needed more memory than allowed and was stopped.`);
      else fail('io', `${path}: the import failed (${e.message.split('\n')[0]}).`);
    });
    worker.on('exit', (code) => fail('io', `${path}: the import stopped unexpectedly (exit ${code}).`));
    const request: ImportRequest = { path, limits };
    worker.postMessage(request);
  });
}
