// Shows the start screen when no series is open in this window, else the app for the open series (a fresh one per opening).
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StartInfo } from '../../shared/contract';
import type { AppClient } from '../api/getClient';
import { loadSettings, type Settings } from '../state/settings';
import { App } from './App';
import { ConnectionBanner } from './ConnectionBanner';
import { StartScreen } from './StartScreen';
import './session.css';

interface Props {
  app: AppClient;
  initialSettings: Settings;
}

export function SessionGate({ app, initialSettings }: Props) {
  const { t, i18n } = useTranslation();
  const client = app.client;
  const [start, setStart] = useState<StartInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Increases with each opened series, so the app starts afresh (no state from the series before). */
  const [opening, setOpening] = useState(0);
  /** While scripts are imported into a new series, the start screen stays up to show the summary. */
  const held = useRef(false);
  const wasOpen = useRef(false);

  const refresh = useCallback(async () => {
    try {
      const next = await client.getStart();
      setError(null);
      const shown = held.current && next.open ? { ...next, open: false } : next;
      if (shown.open && !wasOpen.current) setOpening((n) => n + 1);
      wasOpen.current = shown.open;
      setStart(shown);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [client]);

  /** A series opened (or opened again) in this window: a fresh app for it, whatever was shown before. */
  const opened = useCallback(async () => {
    wasOpen.current = false;
    await refresh();
  }, [refresh]);

  useEffect(() => {
    void refresh();
    const offEvents = client.onEvent((event) => {
      if (event.type === 'session') void (event.open ? opened() : refresh());
    });
    const offConnection = app.onConnection((state) => {
      if (state === 'open') void refresh();
    });
    return () => {
      offEvents();
      offConnection();
    };
  }, [app, client, refresh, opened]);

  useEffect(() => {
    if (start && !start.open) document.title = t('app.name');
  }, [start, t]);

  /** The app saved what was unsaved; now the window goes back to the start screen. */
  const closeProject = useCallback(async () => {
    await client.closeProject();
    await refresh();
  }, [client, refresh]);

  if (!start) {
    return (
      <div className="cd-app cd-app-loading">
        <ConnectionBanner state={app.connection()} />
        <div className="cd-splash" role="status">
          <span className="cd-logo cd-logo-large" aria-hidden="true" />
          <p>{error ? t('app.loadFailed', { message: error }) : t('app.loading')}</p>
        </div>
      </div>
    );
  }
  if (!start.open) {
    return (
      <StartScreen
        client={client}
        start={start}
        defaultLanguage={i18n.language.startsWith('de') ? 'de' : 'en'}
        onOpened={() => void refresh()}
        onHold={(hold) => {
          held.current = hold;
        }}
      />
    );
  }
  // Settings changed while the last series was open are in local storage: read them again for the next.
  const settings = opening > 1 ? loadSettings(window.localStorage, navigator.languages ?? [navigator.language]) : initialSettings;
  return <App key={opening} app={app} initialSettings={settings} onCloseProject={closeProject} />;
}
