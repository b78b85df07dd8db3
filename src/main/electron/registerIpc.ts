// Registers the contract's methods on IPC once for all windows: each call goes to its own window's services, arguments validated, events forwarded.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { apiMethods, channelPrefix, eventChannel } from '../../shared/contract';
import type { ContinuityService } from '../services/continuityService';
import { createDispatcher, type Dispatcher } from '../services/createDispatcher';

/** Each window's dispatcher by its webContents id (ipcMain allows one handler per channel for the whole app). */
const routes = new Map<number, { window: BrowserWindow; dispatch: Dispatcher }>();
let handlersInstalled = false;

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const method of apiMethods) {
    ipcMain.handle(channelPrefix + method, (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const route = routes.get(event.sender.id);
      // Only the main frame of one of our windows may call: no iframes, no other web contents.
      if (!route || event.senderFrame !== route.window.webContents.mainFrame) {
        return { ok: false, error: { code: 'forbidden', message: 'Unknown sender.' } };
      }
      return route.dispatch(method, args);
    });
  }
}

export function registerIpc(service: ContinuityService, window: BrowserWindow): () => void {
  installHandlers();
  const id = window.webContents.id;
  routes.set(id, { window, dispatch: createDispatcher(service, (line) => console.error(line)) });
  const unsubscribe = service.onEvent((event) => {
    if (!window.isDestroyed()) window.webContents.send(eventChannel, event);
  });
  return () => {
    unsubscribe();
    routes.delete(id);
    // The last window gone: no channel stays open.
    if (routes.size === 0 && handlersInstalled) {
      for (const method of apiMethods) ipcMain.removeHandler(channelPrefix + method);
      handlersInstalled = false;
    }
  };
}
