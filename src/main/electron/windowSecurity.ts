// The security settings of every window: webPreferences, CSP, no navigation, no new windows, no permissions.
import { dialog, shell, type BrowserWindow, type Session, type WebPreferences } from 'electron';
import { contentSecurityPolicy } from '../bridge/contentSecurityPolicy';

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true,
  };
}

/** Applies the CSP to every response, and denies every permission request. */
export function secureSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy()] } });
  });
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Denies navigation away from the app and new windows; offers http(s) and mailto links to the system browser after asking. */
export function secureWindow(window: BrowserWindow, appUrl: string): void {
  const contents = window.webContents;
  const stayInApp = (event: { preventDefault(): void }, url: string) => {
    if (url !== appUrl) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-frame-navigate', (event) => stayInApp(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalAfterConfirm(window, url);
    return { action: 'deny' };
  });
}

async function openExternalAfterConfirm(window: BrowserWindow, url: string): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  if (!['http:', 'https:', 'mailto:'].includes(parsed.protocol)) return;
  const { response } = await dialog.showMessageBox(window, {
    type: 'question',
    buttons: ['Open', 'Cancel'],
    defaultId: 1,
    message: `Open this link in your browser?\n${parsed.href}`,
  });
  if (response === 0) await shell.openExternal(parsed.href);
}
