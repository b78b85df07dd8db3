// Runs an import in a child process with a hard memory cap (V8 heap limit plus a resident-memory watch) and a hard time limit; in-process without a worker file.
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ProjectError, type ProjectErrorCode } from '../store/projectError';
import { importBytes, importPath, type ImportProgress } from './importFiles';
import { defaultImportLimits, type ImportLimits, type ImportResult } from './importTypes';
import type { ImportReply, ImportRequest } from './importWorker';

export interface ImportRunOptions {
  /** The built importWorker.js (or, in tests, importWorker.ts run through tsx); without it the import runs in-process. */
  workerFile?: string | URL;
  limits?: Partial<ImportLimits>;
  /** Memory cap of the import in MB: the child's JavaScript heap, and its resident memory beyond a Node baseline. */
  memoryMb?: number;
  /** Hard limit for the whole import in ms (the child is killed). */
  totalTimeoutMs?: number;
  onProgress?: (progress: ImportProgress) => void;
}

export const defaultImportMemoryMb = 1024;

/** The built import worker beside the bundle that holds this module (out/cli, out/main), or undefined when running from source. */
export function findImportWorker(): string | undefined {
  const file = fileURLToPath(new URL('./importWorker.js', import.meta.url));
  return existsSync(file) ? file : undefined;
}
/** What a bare Node process with the importers loaded takes before it reads anything (MB). */
const baselineMb = 160;
/** How often the child's resident memory is looked at (ms). */
const memoryPollMs = 100;

/** Resident memory of a process in MB where the system tells it cheaply (Linux /proc), else undefined. */
async function residentMb(pid: number): Promise<number | undefined> {
  if (process.platform !== 'linux') return undefined;
  try {
    const kb = Number(/^VmRSS:\s*(\d+)\s*kB/m.exec(await readFile(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : undefined;
  } catch {
    return undefined;
  }
}

function startChild(file: string | URL, memoryMb: number): ChildProcess {
  const path = file instanceof URL ? fileURLToPath(file) : file;
  const execArgv = [`--max-old-space-size=${memoryMb}`, '--max-semi-space-size=16'];
  if (path.endsWith('.ts')) execArgv.push('--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href);
  return fork(path, [], {
    execArgv,
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    // Forked from Electron the child is the Electron binary: make sure it runs as plain Node (harmless under Node).
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
}

const tooLarge = (what: string, memoryMb: number) =>
  new ProjectError('too-large', `${what} is too large to import: it needs more than ${memoryMb} MB of memory. Nothing was imported.`, what);

/** Runs one request in a capped child process; every failure becomes a ProjectError naming `what`. */
function runInChild(request: ImportRequest, what: string, options: ImportRunOptions): Promise<ImportResult> {
  const memoryMb = options.memoryMb ?? defaultImportMemoryMb;
  const totalTimeoutMs = options.totalTimeoutMs ?? 120_000;
  let child: ChildProcess;
  try {
    child = startChild(options.workerFile!, memoryMb);
  } catch (e) {
    return Promise.reject(new ProjectError('io', `${what}: the import could not be started (${(e as Error).message}).`, what));
  }
  return new Promise<ImportResult>((resolve, reject) => {
    let settled = false;
    let stderr = '';
    let overMemory = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(poll);
      fn();
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    };
    const fail = (error: ProjectError) => finish(() => reject(error));
    const timer = setTimeout(
      () => fail(new ProjectError('timeout', `${what}: the import took longer than ${Math.round(totalTimeoutMs / 1000)} s and was stopped. Nothing was imported.`, what)),
      totalTimeoutMs,
    );
    // The heap flag does not count buffers (a decompressed zip): resident memory is watched as well.
    const poll = setInterval(() => {
      if (!child.pid) return;
      void residentMb(child.pid).then((mb) => {
        if (mb !== undefined && mb > memoryMb + baselineMb) {
          overMemory = true;
          fail(tooLarge(what, memoryMb));
        }
      });
    }, memoryPollMs);
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < 20_000) stderr += chunk.toString();
    });
    child.on('message', (reply: ImportReply) => {
      if (reply.type === 'progress') options.onProgress?.({ done: reply.done, total: reply.total, file: reply.file });
      else if (reply.type === 'done') finish(() => resolve(reply.result));
      else fail(new ProjectError(reply.code as ProjectErrorCode, reply.message, what));
    });
    child.on('error', (e) => fail(new ProjectError('io', `${what}: the import failed (${e.message.split('\n')[0]}).`, what)));
    child.on('exit', (code, signal) => {
      if (overMemory || /heap out of memory|Allocation failed|invalid array length|Reached heap limit/i.test(stderr) || signal === 'SIGABRT') {
        fail(tooLarge(what, memoryMb));
      } else fail(new ProjectError('io', `${what}: the import stopped unexpectedly (${signal ?? `exit ${code}`}). Nothing was imported.`, what));
    });
    child.send(request, (error) => {
      if (error) fail(new ProjectError('io', `${what}: the file could not be handed to the importer (${error.message}).`, what));
    });
  });
}

/** Imports a file or folder (see importPath) in a capped child process; throws ProjectError. */
export async function importInWorker(path: string, options: ImportRunOptions = {}): Promise<ImportResult> {
  const limits: ImportLimits = { ...defaultImportLimits, ...options.limits };
  if (!options.workerFile) return importPath(path, limits, options.onProgress);
  return runInChild({ kind: 'path', path, limits }, path, options);
}

/** Imports one dropped or chosen file's bytes (see importBytes) in a capped child process; throws ProjectError. */
export async function importBytesInWorker(bytes: Uint8Array, name: string, options: ImportRunOptions = {}): Promise<ImportResult> {
  const limits: ImportLimits = { ...defaultImportLimits, ...options.limits };
  if (!options.workerFile) return importBytes(bytes, name, limits);
  if (bytes.length > limits.maxBytes) {
    throw new ProjectError('too-large', `${name}: the file is too large to import (at most ${Math.round(limits.maxBytes / 1048576)} MB).`, name);
  }
  return runInChild({ kind: 'bytes', name: basename(name), bytes, limits }, name, options);
}
