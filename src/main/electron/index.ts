// The Electron main process: one window per project, menus, dialogs; the work is done by plain Node services.
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { cp, mkdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AppCommand } from '../../shared/contract';
import { createAnalysisHost } from '../analysis/analysisHost';
import { eventChannel } from '../../shared/apiMethods';
import { createContinuityService, type ContinuityService } from '../services/continuityService';
import { openProject } from '../store/projectStore';
import { readRecentProjects, rememberProject } from '../store/recentProjects';
import { buildAppMenu } from './buildAppMenu';
import { printReportPdf } from './printReportPdf';
import { registerIpc } from './registerIpc';
import { secureSession, secureWebPreferences, secureWindow } from './windowSecurity';

/** Folder of the built main bundle (out/main). */
const here = import.meta.dirname;
const windows = new Map<string, { window: BrowserWindow; service: ContinuityService }>();

/** The bundled demo series, copied to the user's data folder on first use so the app never writes into itself. */
async function demoProjectPath(): Promise<string> {
  const bundled = app.isPackaged ? join(process.resourcesPath, 'demo-series') : join(app.getAppPath(), 'resources', 'demo-series');
  const target = join(app.getPath('userData'), 'Demo Series');
  const exists = await stat(join(target, 'continuity.json')).then(() => true, () => false);
  if (!exists) {
    await mkdir(target, { recursive: true });
    await cp(bundled, target, { recursive: true });
  }
  return target;
}

async function openProjectWindow(dir: string): Promise<void> {
  const root = resolve(dir);
  const existing = windows.get(root);
  if (existing) { existing.window.focus(); return; }
  let service: ContinuityService;
  try {
    const store = await openProject(root, { create: false });
    service = await createContinuityService(store, createAnalysisHost({ workerFile: join(here, 'analysisWorker.js') }), {
      renderPdf: printReportPdf,
    });
  } catch (error) {
    dialog.showErrorBox('The project could not be opened', `${root}\n\n${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Continuity Desk',
    icon: join(app.getAppPath(), 'resources', 'icon.png'),
    webPreferences: secureWebPreferences(join(here, '../preload/index.cjs')),
  });
  const appUrl = process.env.ELECTRON_RENDERER_URL ?? `file://${join(here, '../renderer/index.html')}`;
  secureWindow(window, appUrl);
  const unregister = registerIpc(service, window);
  void rememberProject(recentFile(), { path: root, title: (await service.getProject()).title }).then(refreshMenu, () => undefined);
  windows.set(root, { window, service });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    unregister();
    windows.delete(root);
    void service.dispose();
  });
  if (process.env.ELECTRON_RENDERER_URL) await window.loadURL(appUrl);
  else await window.loadFile(join(here, '../renderer/index.html'));
}

const recentFile = () => join(app.getPath('userData'), 'recent-projects.json');

async function refreshMenu(): Promise<void> {
  const recent = await readRecentProjects(recentFile()).catch(() => []);
  Menu.setApplicationMenu(buildAppMenu({
    openProject: chooseProject,
    openDemo: async () => openProjectWindow(await demoProjectPath()),
    openRecent: openProjectWindow,
    command: sendCommand,
  }, recent));
}

/** The project window in front, if any. */
function focusedProject() {
  const focused = BrowserWindow.getFocusedWindow();
  return [...windows.values()].find((w) => w.window === focused) ?? [...windows.values()][0];
}

function sendCommand(command: AppCommand): void {
  const target = focusedProject();
  if (target && !target.window.isDestroyed()) target.window.webContents.send(eventChannel, { type: 'command', command });
}

async function chooseProject(): Promise<void> {
  const result = await dialog.showOpenDialog({ properties: ['openDirectory', 'createDirectory'], title: 'Open a series project or a folder of episodes' });
  if (!result.canceled && result.filePaths[0]) await openProjectWindow(result.filePaths[0]);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    const path = argv.slice(1).find((a) => !a.startsWith('-') && a !== '.');
    if (path) void openProjectWindow(path);
    else BrowserWindow.getAllWindows()[0]?.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (e) => e.preventDefault());
  });
  void app.whenReady().then(async () => {
    secureSession(session.defaultSession);
    await refreshMenu();
    const argPath = process.argv.slice(app.isPackaged ? 1 : 2).find((a) => !a.startsWith('-') && a !== '.');
    await openProjectWindow(argPath ?? (await demoProjectPath()));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
