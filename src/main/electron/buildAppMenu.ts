// The application menu: File (open project, demo series, quit), Edit, View, Window, Help.
import { app, Menu, type MenuItemConstructorOptions } from 'electron';

export function buildAppMenu(actions: { openProject(): Promise<void>; openDemo(): Promise<void> }): Menu {
  const german = app.getLocale().startsWith('de');
  const t = (de: string, en: string) => (german ? de : en);
  const template: MenuItemConstructorOptions[] = [
    {
      label: t('Datei', 'File'),
      submenu: [
        { label: t('Projekt öffnen …', 'Open Project…'), accelerator: 'CmdOrCtrl+O', click: () => void actions.openProject() },
        { label: t('Demo-Serie öffnen', 'Open Demo Series'), click: () => void actions.openDemo() },
        { type: 'separator' },
        { role: 'close', label: t('Fenster schließen', 'Close Window') },
        { role: 'quit', label: t('Beenden', 'Quit') },
      ],
    },
    { role: 'editMenu', label: t('Bearbeiten', 'Edit') },
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
