// Electron's security checklist asserted without Electron: webPreferences, CSP, navigation, window.open, permissions, IPC sender, preload surface.
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiMethodNames, channelPrefix, eventChannel } from '../../src/shared/apiMethods';
import { contentSecurityPolicy } from '../../src/main/bridge/contentSecurityPolicy';
import { suiteTally } from './harness/suiteTally';

/** A small fake of the parts of 'electron' the modules under test use; the real package is never loaded. */
const fake = vi.hoisted(() => ({
  exposed: [] as [string, unknown][],
  invoke: [] as [string, unknown[]][],
  listeners: new Map<string, ((...a: unknown[]) => void)[]>(),
  handlers: new Map<string, (...a: unknown[]) => unknown>(),
  dialogAnswer: 1,
  dialogCalls: [] as unknown[],
  opened: [] as string[],
  reply: { ok: true, result: 'pong' } as unknown,
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => fake.exposed.push([key, value]) },
  ipcRenderer: {
    invoke: async (channel: string, ...args: unknown[]) => {
      fake.invoke.push([channel, args]);
      return fake.reply;
    },
    on: (channel: string, fn: (...a: unknown[]) => void) => fake.listeners.set(channel, [...(fake.listeners.get(channel) ?? []), fn]),
    removeListener: (channel: string, fn: (...a: unknown[]) => void) => fake.listeners.set(channel, (fake.listeners.get(channel) ?? []).filter((f) => f !== fn)),
  },
  ipcMain: {
    handle: (channel: string, fn: (...a: unknown[]) => unknown) => fake.handlers.set(channel, fn),
    removeHandler: (channel: string) => fake.handlers.delete(channel),
  },
  dialog: {
    showMessageBox: async (...a: unknown[]) => {
      fake.dialogCalls.push(a);
      return { response: fake.dialogAnswer };
    },
  },
  shell: { openExternal: async (url: string) => void fake.opened.push(url) },
}));

const tally = suiteTally('electron-security', 'Electron security checklist asserted with a fake electron module');
afterAll(() => tally.write());
/** Runs a check and counts it in the tally. */
const check = (name: string, fn: () => void | Promise<void>) =>
  it(name, async () => {
    try {
      await fn();
      tally.run(true);
    } catch (e) {
      tally.run(false, `${name}: ${(e as Error).message.split('\n')[0]}`);
      throw e;
    }
  });

beforeEach(() => {
  fake.dialogCalls.length = 0;
  fake.opened.length = 0;
});

describe('webPreferences', () => {
  check('isolation, sandbox, no Node, no webview, web security on', async () => {
    const { secureWebPreferences } = await import('../../src/main/electron/windowSecurity');
    const prefs = secureWebPreferences('/app/preload.cjs') as Record<string, unknown>;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    for (const risky of ['nodeIntegrationInSubFrames', 'experimentalFeatures', 'enableBlinkFeatures', 'enableRemoteModule']) {
      expect(prefs[risky] === undefined || prefs[risky] === false, risky).toBe(true);
    }
  });
});

describe('Content-Security-Policy', () => {
  const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  check('scripts only from the app itself, nothing inline or eval, no objects, frames, base or forms', () => {
    const d = directives(contentSecurityPolicy());
    expect(d.get('default-src')).toEqual(["'none'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(d.has('frame-src') ? d.get('frame-src') : ["'none'"]).toEqual(["'none'"]);
    for (const [k, v] of d) {
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", '*', 'http:', 'https:', 'blob:']) {
        expect(v, `${k} allows ${bad}`).not.toContain(bad);
      }
      if (k !== 'img-src' && k !== 'font-src') expect(v, `${k} allows data:`).not.toContain('data:');
    }
  });
  check('the bridge socket is the only extra connect source', () => {
    const d = directives(contentSecurityPolicy('ws://127.0.0.1:4321'));
    expect(d.get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:4321']);
    expect(d.get('script-src')).toEqual(["'self'"]);
  });
});

describe('session: CSP header and permissions', () => {
  check('every response gets the CSP; every permission request and check is denied', async () => {
    const { secureSession } = await import('../../src/main/electron/windowSecurity');
    let onHeaders: ((details: unknown, cb: (r: unknown) => void) => void) | undefined;
    let onRequest: ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | undefined;
    let onCheck: ((...a: unknown[]) => boolean) | undefined;
    secureSession({
      webRequest: { onHeadersReceived: (fn: typeof onHeaders) => (onHeaders = fn) },
      setPermissionRequestHandler: (fn: typeof onRequest) => (onRequest = fn),
      setPermissionCheckHandler: (fn: typeof onCheck) => (onCheck = fn),
    } as never);
    let headers: Record<string, string[]> = {};
    onHeaders!({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => (headers = (r as { responseHeaders: Record<string, string[]> }).responseHeaders));
    expect(headers['Content-Security-Policy']).toEqual([contentSecurityPolicy()]);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen', 'pointerLock']) {
      let granted: boolean | undefined;
      onRequest!({}, permission, (g) => (granted = g));
      expect(granted, permission).toBe(false);
      expect(onCheck!({}, permission, 'file://', {}), permission).toBe(false);
    }
  });
});

describe('window: navigation, new windows, external links', () => {
  async function secured() {
    const { secureWindow } = await import('../../src/main/electron/windowSecurity');
    const on = new Map<string, (...a: unknown[]) => void>();
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    const window = { webContents: { on: (e: string, fn: (...a: unknown[]) => void) => on.set(e, fn), setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn) } };
    secureWindow(window as never, 'file:///app/renderer/index.html');
    return { on, open: (url: string) => openHandler!({ url }) };
  }
  const event = () => {
    const e = { prevented: false, preventDefault: () => (e.prevented = true) };
    return e;
  };
  check('navigation away from the app and webview attachment are prevented', async () => {
    const { on } = await secured();
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<script>1</script>', 'file:///app/renderer/other.html']) {
      const e = event();
      on.get('will-navigate')!(e, url);
      expect(e.prevented, url).toBe(true);
    }
    const same = event();
    on.get('will-navigate')!(same, 'file:///app/renderer/index.html');
    expect(same.prevented).toBe(false);
    const redirect = event();
    on.get('will-redirect')!(redirect, 'https://evil.example/');
    expect(redirect.prevented).toBe(true);
    const frame = Object.assign(event(), { url: 'https://evil.example/frame' });
    on.get('will-frame-navigate')!(frame);
    expect(frame.prevented).toBe(true);
    const w = event();
    on.get('will-attach-webview')!(w, {}, {});
    expect(w.prevented).toBe(true);
  });
  check('window.open is always denied; only http(s) and mailto are offered, and opened only after the writer confirms', async () => {
    const { open } = await secured();
    const flush = () => new Promise((r) => setTimeout(r, 10));
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share', 'data:text/html,x', 'vbscript:x', 'ms-msdt:/id', 'not a url']) {
      expect(open(url)).toEqual({ action: 'deny' });
      await flush();
    }
    expect(fake.dialogCalls).toEqual([]);
    expect(fake.opened).toEqual([]);
    fake.dialogAnswer = 1; // Cancel
    expect(open('https://example.org/a')).toEqual({ action: 'deny' });
    await flush();
    expect(fake.dialogCalls.length).toBe(1);
    expect(fake.opened).toEqual([]);
    fake.dialogAnswer = 0; // Open
    for (const url of ['https://example.org/a', 'http://example.org/b', 'mailto:writer@example.org']) open(url);
    await flush();
    expect(fake.opened).toEqual(['https://example.org/a', 'http://example.org/b', 'mailto:writer@example.org']);
  });
});

describe('IPC: sender checked, arguments validated', () => {
  check('only the window\'s own main frame is answered; the channels are exactly the contract\'s', async () => {
    const { registerIpc } = await import('../../src/main/electron/registerIpc');
    const getProject = vi.fn(async () => ({ title: 'T' }));
    const service = { getProject, onEvent: () => () => undefined } as never;
    const mainFrame = { url: 'file:///app' };
    const window = { webContents: { id: 7, mainFrame, send: vi.fn() }, isDestroyed: () => false };
    const unregister = registerIpc(service, window as never);
    expect([...fake.handlers.keys()].sort()).toEqual(apiMethodNames.map((m) => channelPrefix + m).sort());
    const handler = fake.handlers.get(`${channelPrefix}getProject`)!;
    expect(await handler({ sender: { id: 8 }, senderFrame: mainFrame })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handler({ sender: { id: 7 }, senderFrame: { url: 'https://evil.example' } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(getProject).not.toHaveBeenCalled();
    expect(await handler({ sender: { id: 7 }, senderFrame: mainFrame })).toEqual({ ok: true, result: { title: 'T' } });
    const read = fake.handlers.get(`${channelPrefix}readEpisode`)!;
    expect(await read({ sender: { id: 7 }, senderFrame: mainFrame }, { __proto__: { polluted: 1 } })).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    unregister();
    expect(fake.handlers.size).toBe(0);
  });
});

describe('preload surface', () => {
  check('exposes exactly one object, window.continuity, with the contract\'s methods plus onEvent, frozen, functions only', async () => {
    await import('../../src/preload/index');
    expect(fake.exposed.map(([k]) => k)).toEqual(['continuity']);
    const api = fake.exposed[0][1] as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...apiMethodNames, 'onEvent'].sort());
    expect(Object.isFrozen(api)).toBe(true);
    for (const v of Object.values(api)) expect(typeof v).toBe('function');
    expect(Object.getPrototypeOf(api)).toBe(Object.prototype);
  });
  check('methods call only their own prefixed channel; errors come back as Error with a code; events only from the event channel', async () => {
    await import('../../src/preload/index');
    const api = fake.exposed[0][1] as Record<string, (...a: unknown[]) => unknown>;
    fake.invoke.length = 0;
    fake.reply = { ok: true, result: 'pong' };
    await expect(api.readEpisode('e1')).resolves.toBe('pong');
    expect(fake.invoke).toEqual([[`${channelPrefix}readEpisode`, ['e1']]]);
    fake.reply = { ok: false, error: { code: 'not-found', message: 'There is no episode "x".' } };
    await expect(api.readEpisode('x')).rejects.toMatchObject({ message: 'There is no episode "x".', code: 'not-found' });
    const got: unknown[] = [];
    const off = api.onEvent((e: unknown) => got.push(e)) as () => void;
    expect([...fake.listeners.keys()].filter((k) => (fake.listeners.get(k) ?? []).length)).toEqual([eventChannel]);
    fake.listeners.get(eventChannel)![0]({ sender: 'hidden' }, { type: 'project-changed' });
    expect(got).toEqual([{ type: 'project-changed' }]);
    off();
    expect(fake.listeners.get(eventChannel)).toEqual([]);
  });
});
