// The application menu: File (new series, open, recent, demo, import, export, close project, quit), Edit, Problems, View, Window.
import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/contract';

export interface MenuActions {
  /** A window on the start screen (new series, import scripts, recent list). */
  newSeries(): Promise<void>;
  openProject(): Promise<void>;
  openDemo(): Promise<void>;
  /** Sends a command to the focused project window's renderer. */
  command(command: AppCommand): void;
  openRecent(path: string): Promise<void>;
}

export interface RecentEntry {
  path: string;
  title: string;
}

export function buildAppMenu(actions: MenuActions, recent: RecentEntry[] = []): Menu {
  const german = app.getLocale().startsWith('de');
  const t = (de: string, en: string) => (german ? de : en);
  const template: MenuItemConstructorOptions[] = [
    {
      label: t('Datei', 'File'),
      submenu: [
        { label: t('Neue Serie …', 'New Series…'), accelerator: 'CmdOrCtrl+N', click: () => void actions.newSeries() },
        { label: t('Projekt öffnen …', 'Open Project…'), accelerator: 'CmdOrCtrl+O', click: () => void actions.openProject() },
        {
          label: t('Zuletzt geöffnet', 'Open Recent'),
          enabled: recent.length > 0,
          submenu: recent.map((r) => ({ label: `${r.title} — ${r.path}`, click: () => void actions.openRecent(r.path) })),
        },
        { label: t('Demo-Serie öffnen', 'Open Demo Series'), click: () => void actions.openDemo() },
        { type: 'separator' },
        { label: t('Folgen importieren …', 'Import Episodes…'), accelerator: 'CmdOrCtrl+I', click: () => actions.command('import-files') },
        { label: t('Bericht exportieren …', 'Export Report…'), accelerator: 'CmdOrCtrl+E', click: () => actions.command('export-report') },
        { type: 'separator' },
        { label: t('Projekt schließen', 'Close Project'), accelerator: 'CmdOrCtrl+Shift+W', click: () => actions.command('close-project') },
        { role: 'close', label: t('Fenster schließen', 'Close Window') },
        { role: 'quit', label: t('Beenden', 'Quit') },
      ],
    },
    {
      label: t('Bearbeiten', 'Edit'),
      submenu: [
        { role: 'undo', label: t('Rückgängig', 'Undo') },
        { role: 'redo', label: t('Wiederholen', 'Redo') },
        { type: 'separator' },
        { role: 'cut', label: t('Ausschneiden', 'Cut') },
        { role: 'copy', label: t('Kopieren', 'Copy') },
        { role: 'paste', label: t('Einfügen', 'Paste') },
        { role: 'selectAll', label: t('Alles auswählen', 'Select All') },
        { type: 'separator' },
        { label: t('Suchen …', 'Find…'), accelerator: 'CmdOrCtrl+F', click: () => actions.command('find') },
        { label: t('In der Serie suchen …', 'Find in Series…'), accelerator: 'CmdOrCtrl+Shift+F', click: () => actions.command('find-in-series') },
      ],
    },
    {
      label: t('Probleme', 'Problems'),
      submenu: [
        { label: t('Nächstes Problem', 'Next Problem'), accelerator: 'F8', click: () => actions.command('next-problem') },
        { label: t('Vorheriges Problem', 'Previous Problem'), accelerator: 'Shift+F8', click: () => actions.command('previous-problem') },
      ],
    },
    {
      label: t('Ansicht', 'View'),
      submenu: [
        { role: 'resetZoom', label: t('Originalgröße', 'Actual Size') },
        { role: 'zoomIn', label: t('Vergrößern', 'Zoom In') },
        { role: 'zoomOut', label: t('Verkleinern', 'Zoom Out') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('Vollbild', 'Full Screen') },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' } as MenuItemConstructorOptions]),
      ],
    },
    { role: 'windowMenu', label: t('Fenster', 'Window') },
  ];
  return Menu.buildFromTemplate(template);
}
