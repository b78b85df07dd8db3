// The "Versions" menu in the editor header: earlier saved versions of the open episode, newest first.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContinuityClient, HistoryEntry } from '../../shared/contract';

interface Props {
  client: ContinuityClient;
  episodeId: string;
  onOpen(entry: HistoryEntry): void;
}

export function HistoryMenu({ client, episodeId, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState('');
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    setEntries(null);
    client
      .listHistory(episodeId)
      .then((list) => !cancelled && setEntries(list))
      .catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    const close = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => {
      cancelled = true;
      document.removeEventListener('mousedown', close);
    };
  }, [open, client, episodeId]);

  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' });
  const size = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (
    <div className="cd-history cd-push-right" ref={root}>
      <button type="button" className="cd-header-button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {t('history.button')}
      </button>
      {open && (
        <div className="cd-popover cd-history-menu" role="menu" aria-label={t('history.heading')} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          {entries === null && !error && <p className="cd-muted">{t('side.loading')}</p>}
          {error && <p className="cd-muted">{error}</p>}
          {entries?.length === 0 && <p className="cd-muted">{t('history.none')}</p>}
          {entries?.map((entry) => (
            <button
              key={entry.version}
              type="button"
              role="menuitem"
              className="cd-menu-item"
              onClick={() => {
                setOpen(false);
                onOpen(entry);
              }}
            >
              <span>{when.format(new Date(entry.savedAt))}</span>
              <span className="cd-muted">{size.format(entry.size / 1024)} kB</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
