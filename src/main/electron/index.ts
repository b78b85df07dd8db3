// The Electron main process: one window per project (or a start screen), menus, dialogs; the work is done by plain Node services.
import { app, BrowserWindow, dialog, Menu, session as electronSession } from 'electron';
import { join, resolve } from 'node:path';
import type { AppCommand } from '../../shared/contract';
import { createAnalysisHost } from '../analysis/analysisHost';
import { eventChannel } from '../../shared/apiMethods';
import { createContinuityService } from '../services/continuityService';
import { createProjectSession, type ProjectSession } from '../services/projectSession';
import { projectToOpenAtStart, readRecentProjects } from '../store/recentProjects';
import { buildAppMenu } from './buildAppMenu';
import { printReportPdf } from './printReportPdf';
import { registerIpc } from './registerIpc';
import { secureSession, secureWebPreferences, secureWindow } from './windowSecurity';

/** Folder of the built main bundle (out/main). */
const here = import.meta.dirname;
interface ProjectWindow {
  window: BrowserWindow;
  session: ProjectSession;
}
const windows = new Set<ProjectWindow>();

const recentFile = () => join(app.getPath('userData'), 'recent-projects.json');
/** The bundled demo series; the session copies it to the user's data folder on first use so the app never writes into itself. */
const demo = () => ({
  bundled: app.isPackaged ? join(process.resourcesPath, 'demo-series') : join(app.getAppPath(), 'resources', 'demo-series'),
  target: join(app.getPath('userData'), 'Demo Series'),
});

/** Brings a window to the front, restoring it when minimised. */
function bringForward(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

const windowWith = (root: string) => [...windows].find((w) => w.session.currentRoot() === root);

/** A new window on the start screen; `open` then decides what it shows. */
async function createWindow(): Promise<ProjectWindow> {
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
  const session = createProjectSession({
    recentFile: recentFile(),
    serve: (store) => createContinuityService(store, createAnalysisHost({ workerFile: join(here, 'analysisWorker.js') }), {
      renderPdf: printReportPdf,
      importWorkerFile: join(here, 'importWorker.js'),
    }),
    demo: demo(),
    chooseFolder: async (purpose) => {
      const result = await dialog.showOpenDialog(window, {
        properties: ['openDirectory', 'createDirectory'],
        title: purpose === 'create' ? 'Choose a new or empty folder for the series' : 'Open a series project or a folder of episodes',
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    focusElsewhere: (root) => {
      const other = windowWith(root);
      if (!other || other.window === window) return false;
      bringForward(other.window);
      return true;
    },
  });
  const entry = { window, session };
  const appUrl = process.env.ELECTRON_RENDERER_URL ?? `file://${join(here, '../renderer/index.html')}`;
  secureWindow(window, appUrl);
  const unregister = registerIpc(session, window);
  const offSession = session.onEvent((event) => {
    if (event.type === 'session') void refreshMenu();
  });
  windows.add(entry);
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    offSession();
    unregister();
    windows.delete(entry);
    void session.dispose();
  });
  if (process.env.ELECTRON_RENDERER_URL) await window.loadURL(appUrl);
  else await window.loadFile(join(here, '../renderer/index.html'));
  return entry;
}

/** Opens a project: its window comes forward if it has one, else the focused start screen takes it, else a new window. */
async function openProjectWindow(dir: string): Promise<void> {
  const root = resolve(dir);
  const existing = windowWith(root);
  if (existing) return bringForward(existing.window);
  const focused = focusedProject();
  const target = focused && !focused.session.currentRoot() ? focused : await createWindow();
  try {
    await target.session.openProject(root);
  } catch (error) {
    dialog.showErrorBox('The project could not be opened', `${root}\n\n${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A window on the start screen: the one already showing it, or a new one. */
async function showStartScreen(): Promise<void> {
  const free = [...windows].find((w) => !w.session.currentRoot());
  if (free) bringForward(free.window);
  else await createWindow();
}

async function refreshMenu(): Promise<void> {
  const recent = await readRecentProjects(recentFile()).catch(() => []);
  Menu.setApplicationMenu(buildAppMenu({
    newSeries: showStartScreen,
    openProject: chooseProject,
    openDemo: async () => {
      const focused = focusedProject();
      const target = focused && !focused.session.currentRoot() ? focused : await createWindow();
      await target.session.openDemo().catch((error: unknown) => dialog.showErrorBox('The demo series could not be opened', String((error as Error)?.message ?? error)));
    },
    openRecent: openProjectWindow,
    command: sendCommand,
  }, recent));
}

/** The project window in front, if any. */
function focusedProject(): ProjectWindow | undefined {
  const focused = BrowserWindow.getFocusedWindow();
  return [...windows].find((w) => w.window === focused) ?? [...windows][0];
}

function sendCommand(command: AppCommand): void {
  const target = focusedProject();
  if (target && !target.window.isDestroyed()) target.window.webContents.send(eventChannel, { type: 'command', command });
}

async function chooseProject(): Promise<void> {
  const parent = BrowserWindow.getFocusedWindow();
  const options = { properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[], title: 'Open a series project or a folder of episodes' };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  if (!result.canceled && result.filePaths[0]) await openProjectWindow(result.filePaths[0]);
}

const pathArgument = (argv: string[]) => argv.find((a) => !a.startsWith('-') && a !== '.');

if (!app.requestSingleInstanceLock()) {
  // A second start of the app: the first instance gets its arguments (second-instance below) and this one ends.
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    const path = pathArgument(argv.slice(1));
    if (path) void openProjectWindow(path);
    else {
      const first = focusedProject();
      if (first) bringForward(first.window);
      else void createWindow();
    }
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (e) => e.preventDefault());
  });
  void app.whenReady().then(async () => {
    secureSession(electronSession.defaultSession);
    await refreshMenu();
    // The project named on the command line, else the one open at the last stop; none (first start, closed, gone): the start screen.
    const path = await projectToOpenAtStart(recentFile(), pathArgument(process.argv.slice(app.isPackaged ? 1 : 2))).catch(() => undefined);
    const first = await createWindow();
    if (path) {
      await first.session.openProject(path).catch((error: unknown) => {
        dialog.showErrorBox('The project could not be opened', `${path}\n\n${error instanceof Error ? error.message : String(error)}`);
      });
    }
  });
  app.on('activate', () => {
    if (windows.size === 0) void createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
