// The right half of the split view for an earlier version of the open episode, read only, with "restore".
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContinuityClient, HistoryEntry } from '../../shared/contract';
import type { EpisodeRef } from '../../engine/types';
import { ReadOnlyText } from './ReadOnlyText';
import { SidePane } from './SidePane';

interface Props {
  client: ContinuityClient;
  episode: EpisodeRef;
  entry: HistoryEntry;
  onRestore(entry: HistoryEntry): Promise<void>;
  onClose(): void;
}

export function HistoryPane({ client, episode, entry, onRestore, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let cancelled = false;
    setText(null);
    client
      .readHistory(episode.id, entry.version)
      .then((version) => !cancelled && setText(version.text))
      .catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
    };
  }, [client, episode, entry]);

  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(entry.savedAt));
  return (
    <SidePane
      label={t('history.heading')}
      number={String(episode.index + 1).padStart(2, '0')}
      title={episode.title}
      note={t('history.versionOf', { when })}
      onClose={onClose}
      actions={
        <>
          <span>{t('history.explain')}</span>
          <button
            type="button"
            className="cd-primary"
            disabled={busy || text === null}
            onClick={() => {
              setBusy(true);
              void onRestore(entry)
                .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
                .finally(() => setBusy(false));
            }}
          >
            {t('history.restore')}
          </button>
        </>
      }
    >
      {text !== null && !error ? <ReadOnlyText text={text} label={t('history.versionOf', { when })} /> : <div className="cd-placeholder">{error || t('side.loading')}</div>}
    </SidePane>
  );
}
