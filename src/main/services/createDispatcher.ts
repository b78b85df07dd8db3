// Validates a call against the contract's schemas and runs it: the one entry point for IPC and the bridge.
import { apiArgs, type ApiError, type ApiMethod } from '../../shared/contract';
import type { ContinuityService } from './continuityService';
import { ServiceError } from './serviceError';

export type DispatchResult = { ok: true; result: unknown } | { ok: false; error: ApiError };
export type Dispatcher = (method: unknown, args: unknown) => Promise<DispatchResult>;

/** Errors whose message is written for the writer (a missing browser for PDF, a damaged file, bad report options). */
const readableErrors = new Set(['ProjectError', 'ChromiumNotFoundError', 'ReportOptionsError', 'ReportWriteError', 'UnknownReportFormatError']);

const isMethod = (m: unknown): m is ApiMethod => typeof m === 'string' && Object.hasOwn(apiArgs, m);

export function createDispatcher(service: ContinuityService, log: (line: string) => void = () => undefined): Dispatcher {
  return async (method, args) => {
    if (!isMethod(method)) return { ok: false, error: { code: 'bad-arguments', message: `Unknown method.` } };
    const parsed = apiArgs[method].safeParse(args);
    if (!parsed.success) {
      return { ok: false, error: { code: 'bad-arguments', message: `Invalid arguments for ${method}.` } };
    }
    try {
      const call = service[method] as ((...a: unknown[]) => Promise<unknown>) | undefined;
      if (typeof call !== 'function') return { ok: false, error: { code: 'forbidden', message: 'This is not available here.' } };
      const result = await call.apply(service, parsed.data as unknown[]);
      return { ok: true, result: result ?? null };
    } catch (error) {
      if (error instanceof ServiceError) return { ok: false, error: { code: error.code, message: error.message } };
      const code = (error as NodeJS.ErrnoException)?.code;
      const message = error instanceof Error ? error.message : String(error);
      log(`${method} failed: ${message}`);
      if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
        return { ok: false, error: { code: 'io', message: `The project files could not be read or written (${code}).` } };
      }
      const known = error as { message?: unknown; name?: unknown };
      if (known && typeof known.name === 'string' && readableErrors.has(known.name) && typeof known.message === 'string') {
        return { ok: false, error: { code: 'io', message: known.message } };
      }
      return { ok: false, error: { code: 'internal', message: 'Something went wrong; the project on disk is unchanged.' } };
    }
  };
}
