// Worker-thread entry of the importers: imports one path per message and posts the result, progress or a typed error.
import { parentPort } from 'node:worker_threads';
import { toProjectError } from '../store/projectError';
import { importPath } from './importFiles';
import type { ImportLimits } from './importTypes';

export interface ImportRequest {
  path: string;
  limits: ImportLimits;
}

export type ImportReply =
  | { type: 'progress'; done: number; total: number; file: string }
  | { type: 'done'; result: Awaited<ReturnType<typeof importPath>> }
  | { type: 'error'; code: string; message: string };

parentPort?.on('message', (req: ImportRequest) => {
  const post = (reply: ImportReply) => parentPort?.postMessage(reply);
  importPath(req.path, req.limits, (p) => post({ type: 'progress', ...p })).then(
    (result) => post({ type: 'done', result }),
    (e: unknown) => {
      const err = toProjectError(e, req.path);
      post({ type: 'error', code: err.code, message: err.message });
    },
  );
});
