// IPC with several windows (one per project, or a start screen): each call goes to its own window's services; the channels close with the last window.
import { expect, it, vi } from 'vitest';
import { apiMethodNames, channelPrefix } from '../../shared/apiMethods';

/** A fake of the one part of 'electron' registerIpc uses; the real package is never loaded. */
const handlers = vi.hoisted(() => new Map<string, (...a: unknown[]) => unknown>());
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (...a: unknown[]) => unknown) => {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, fn);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const windowWith = (id: number) => {
  const mainFrame = { url: 'file:///app' };
  return { mainFrame, window: { webContents: { id, mainFrame, send: vi.fn() }, isDestroyed: () => false } };
};

it('routes each window\'s calls to its own session and keeps the others working when one closes', async () => {
  const { registerIpc } = await import('./registerIpc');
  const a = windowWith(1);
  const b = windowWith(2);
  const service = (title: string) => ({ getProject: async () => ({ title }), onEvent: () => () => undefined }) as never;
  const offA = registerIpc(service('Staffel 1'), a.window as never);
  const offB = registerIpc(service('Staffel 2'), b.window as never); // a second window must not register the channels twice
  expect([...handlers.keys()].sort()).toEqual(apiMethodNames.map((m) => channelPrefix + m).sort());
  const getProject = handlers.get(`${channelPrefix}getProject`)!;
  expect(await getProject({ sender: { id: 1 }, senderFrame: a.mainFrame })).toEqual({ ok: true, result: { title: 'Staffel 1' } });
  expect(await getProject({ sender: { id: 2 }, senderFrame: b.mainFrame })).toEqual({ ok: true, result: { title: 'Staffel 2' } });
  // A frame of window 2 posing as window 1 is refused.
  expect(await getProject({ sender: { id: 1 }, senderFrame: b.mainFrame })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  offA();
  expect(await getProject({ sender: { id: 1 }, senderFrame: a.mainFrame })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(await getProject({ sender: { id: 2 }, senderFrame: b.mainFrame })).toEqual({ ok: true, result: { title: 'Staffel 2' } });
  offB();
  expect(handlers.size).toBe(0);
});
