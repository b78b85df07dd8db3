// Child-process entry of the importers: imports one path or one file's bytes per message and sends back the result, progress or a typed error.
import { toProjectError } from '../store/projectError';
import { importBytes, importPath } from './importFiles';
import type { ImportLimits } from './importTypes';

export type ImportRequest =
  | { kind: 'path'; path: string; limits: ImportLimits }
  | { kind: 'bytes'; name: string; bytes: Uint8Array; limits: ImportLimits };

export type ImportReply =
  | { type: 'progress'; done: number; total: number; file: string }
  | { type: 'done'; result: Awaited<ReturnType<typeof importPath>> }
  | { type: 'error'; code: string; message: string };

const send = (reply: ImportReply) => process.send?.(reply);

function run(req: ImportRequest) {
  if (req.kind === 'bytes') return importBytes(Buffer.from(req.bytes.buffer, req.bytes.byteOffset, req.bytes.byteLength), req.name, req.limits);
  return importPath(req.path, req.limits, (p) => send({ type: 'progress', ...p }));
}

if (process.send) {
  process.on('message', (req: ImportRequest) => {
    run(req).then(
      (result) => send({ type: 'done', result }),
      (e: unknown) => {
        const err = toProjectError(e, req.kind === 'path' ? req.path : req.name);
        send({ type: 'error', code: err.code, message: err.message });
      },
    );
  });
  // The parent going away (closed window, killed app) ends the import too.
  process.on('disconnect', () => process.exit(0));
}
