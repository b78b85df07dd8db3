// Registers the contract's methods on IPC: each call's sender checked, its arguments validated, events forwarded.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { apiMethods, channelPrefix, eventChannel } from '../../shared/contract';
import type { ContinuityService } from '../services/continuityService';
import { createDispatcher } from '../services/createDispatcher';

export function registerIpc(service: ContinuityService, window: BrowserWindow): () => void {
  const dispatch = createDispatcher(service, (line) => console.error(line));
  const trusted = (event: IpcMainInvokeEvent) =>
    event.sender.id === window.webContents.id && event.senderFrame === window.webContents.mainFrame;
  for (const method of apiMethods) {
    ipcMain.handle(channelPrefix + method, (event, ...args: unknown[]) => {
      if (!trusted(event)) return { ok: false, error: { code: 'forbidden', message: 'Unknown sender.' } };
      return dispatch(method, args);
    });
  }
  const unsubscribe = service.onEvent((event) => {
    if (!window.isDestroyed()) window.webContents.send(eventChannel, event);
  });
  return () => {
    unsubscribe();
    for (const method of apiMethods) ipcMain.removeHandler(channelPrefix + method);
  };
}
