// The dispatcher validates every call against the contract before a service sees it.
import { describe, expect, it, vi } from 'vitest';
import type { ContinuityService } from './continuityService';
import { createDispatcher } from './createDispatcher';
import { ServiceError } from './serviceError';

function serviceDouble(overrides: Partial<ContinuityService> = {}): ContinuityService {
  const fail = () => { throw new Error('not used in this test'); };
  return {
    getProject: fail, readEpisode: fail, saveEpisode: fail, getReport: fail, getEpisodeView: fail, setDecision: fail,
    onEvent: () => () => undefined, settled: async () => undefined, dispose: async () => undefined,
    ...overrides,
  } as ContinuityService;
}

describe('createDispatcher', () => {
  it('passes valid arguments through and returns the result', async () => {
    const readEpisode = vi.fn(async (id: string) => ({ id, file: 'e.md', title: 'E', text: 'Hallo', hash: 'h' }));
    const dispatch = createDispatcher(serviceDouble({ readEpisode }));
    expect(await dispatch('readEpisode', ['01-pilot'])).toEqual({ ok: true, result: { id: '01-pilot', file: 'e.md', title: 'E', text: 'Hallo', hash: 'h' } });
    expect(readEpisode).toHaveBeenCalledWith('01-pilot');
  });

  it.each([
    ['unknown method', 'deleteEverything', []],
    ['prototype key', '__proto__', []],
    ['inherited key', 'toString', []],
    ['missing argument', 'readEpisode', []],
    ['wrong type', 'readEpisode', [42]],
    ['extra argument', 'getProject', ['x']],
    ['oversized id', 'readEpisode', ['x'.repeat(201)]],
    ['unknown decision field', 'setDecision', ['c1', { status: 'intended', admin: true }]],
    ['not an array', 'getProject', { length: 0 }],
  ])('refuses a call with %s before the service runs', async (_what, method, args) => {
    const spy = vi.fn();
    const dispatch = createDispatcher(serviceDouble({ readEpisode: spy, getProject: spy, setDecision: spy }));
    const result = await dispatch(method, args);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    expect(spy).not.toHaveBeenCalled();
  });

  it('turns service errors into readable messages and hides internal ones', async () => {
    const dispatch = createDispatcher(serviceDouble({
      readEpisode: async () => { throw new ServiceError('not-found', 'There is no episode "x" in this project.'); },
      getProject: async () => { throw new TypeError('cannot read properties of undefined'); },
    }));
    expect(await dispatch('readEpisode', ['x'])).toEqual({ ok: false, error: { code: 'not-found', message: 'There is no episode "x" in this project.' } });
    const internal = await dispatch('getProject', []);
    expect(internal).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(internal)).not.toContain('undefined');
  });

  it('passes on messages written for the writer, such as a missing browser for PDF', async () => {
    class ChromiumNotFoundError extends Error { override name = 'ChromiumNotFoundError'; }
    const dispatch = createDispatcher(serviceDouble({
      exportReport: async () => { throw new ChromiumNotFoundError('PDF export needs Chromium: install chromium or set CHROMIUM_PATH'); },
    }));
    expect(await dispatch('exportReport', ['pdf', {}])).toEqual({
      ok: false, error: { code: 'io', message: 'PDF export needs Chromium: install chromium or set CHROMIUM_PATH' },
    });
  });
});
