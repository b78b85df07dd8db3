// The renderer's entry: picks the client (Electron preload or browser bridge), sets up the UI language and mounts the app.
// First: schemas in src/shared are built when imported, and must not probe for eval under the page's CSP.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import 'prosemirror-view/style/prosemirror.css';
import './styles/app.css';
import { getClient } from './api/getClient';
import { setupI18n } from './i18n/i18n';
import { loadSettings } from './state/settings';
import { SessionGate } from './components/SessionGate';

const settings = loadSettings(window.localStorage, navigator.languages ?? [navigator.language]);
const app = getClient();
void setupI18n(settings.language).then((i18n) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <SessionGate app={app} initialSettings={settings} />
      </I18nextProvider>
    </StrictMode>,
  );
});
