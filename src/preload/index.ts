// Exposes exactly one object, window.continuity, built from the contract's method names.
import { contextBridge, ipcRenderer } from 'electron';
import { apiMethodNames, channelPrefix, eventChannel } from '../shared/apiMethods';

type Envelope = { ok: true; result: unknown } | { ok: false; error: { code: string; message: string } };

const api: Record<string, unknown> = {};
for (const method of apiMethodNames) {
  api[method] = async (...args: unknown[]) => {
    const reply = (await ipcRenderer.invoke(channelPrefix + method, ...args)) as Envelope;
    if (reply.ok) return reply.result;
    throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
  };
}
api.onEvent = (listener: (event: unknown) => void) => {
  const handler = (_event: unknown, payload: unknown) => listener(payload);
  ipcRenderer.on(eventChannel, handler);
  return () => ipcRenderer.removeListener(eventChannel, handler);
};

contextBridge.exposeInMainWorld('continuity', Object.freeze(api));
