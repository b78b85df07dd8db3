// "Replace in all episodes" under the find bar: whole word and case options, matches per episode before applying, and an undo.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContinuityClient, ReplaceOptions, SeriesReplaceOutcome, SeriesReplacePreview } from '../../shared/contract';

interface Props {
  client: Pick<ContinuityClient, 'previewReplace' | 'replaceInSeries' | 'undoReplace'>;
  initialFind: string;
  /** Saves the open episode first, so the series is searched as the writer sees it. */
  flush(): Promise<void>;
  /** The open episode may have changed on disk: the editor loads it again. */
  onChanged(): void;
  onClose(): void;
}

export function SeriesReplace({ client, initialFind, flush, onChanged, onClose }: Props) {
  const { t } = useTranslation();
  const [find, setFind] = useState(initialFind);
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<ReplaceOptions>({ wholeWord: false, matchCase: false });
  const [preview, setPreview] = useState<SeriesReplacePreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<SeriesReplaceOutcome | null>(null);
  const [message, setMessage] = useState('');
  const findRef = useRef<HTMLInputElement>(null);
  const request = useRef(0);

  useEffect(() => {
    findRef.current?.focus();
    findRef.current?.select();
  }, []);

  // The counts follow the search as it is typed (saved text, so the open episode is saved first).
  useEffect(() => {
    const seq = ++request.current;
    if (!find) {
      setPreview(null);
      return;
    }
    const timer = setTimeout(() => {
      void flush()
        .then(() => client.previewReplace(find, options))
        .then((result) => {
          if (request.current === seq) setPreview(result);
        })
        .catch((e: unknown) => setMessage(e instanceof Error ? e.message : String(e)));
    }, 200);
    return () => clearTimeout(timer);
  }, [find, options.wholeWord, options.matchCase]);

  const total = preview?.episodes.reduce((n, e) => n + e.count, 0) ?? 0;

  const apply = async () => {
    setBusy(true);
    setMessage('');
    try {
      await flush();
      const outcome = await client.replaceInSeries(find, replacement, options);
      setDone(outcome);
      const count = outcome.changed.reduce((n, c) => n + c.count, 0);
      setMessage(
        [
          t('seriesReplace.applied', { count, episodes: outcome.changed.length }),
          outcome.failed.length ? t('seriesReplace.failed', { list: outcome.failed.map((f) => `${f.file} (${f.message})`).join('; ') }) : '',
        ].filter(Boolean).join(' '),
      );
      setPreview({ episodes: [] });
      onChanged();
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    if (!done) return;
    setBusy(true);
    try {
      await flush();
      const result = await client.undoReplace(done.token);
      setDone(null);
      setMessage(
        [
          t('seriesReplace.undone', { episodes: result.restored.length }),
          result.skipped.length ? t('seriesReplace.failed', { list: result.skipped.map((s) => `${s.file} (${s.message})`).join('; ') }) : '',
        ].filter(Boolean).join(' '),
      );
      onChanged();
      findRef.current?.focus(); // the undo button is gone; the focus stays in the panel
      setPreview(await client.previewReplace(find, options));
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section
      className="cd-series-replace"
      role="region"
      aria-label={t('seriesReplace.title')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="cd-series-replace-row">
        <strong>{t('seriesReplace.title')}</strong>
        <input ref={findRef} type="search" value={find} aria-label={t('seriesReplace.find')} placeholder={t('seriesReplace.find')} onChange={(e) => setFind(e.target.value)} />
        <input type="text" value={replacement} aria-label={t('seriesReplace.with')} placeholder={t('seriesReplace.with')} onChange={(e) => setReplacement(e.target.value)} />
        <label>
          <input type="checkbox" checked={options.wholeWord} onChange={(e) => setOptions((o) => ({ ...o, wholeWord: e.target.checked }))} /> {t('seriesReplace.wholeWord')}
        </label>
        <label>
          <input type="checkbox" checked={options.matchCase} onChange={(e) => setOptions((o) => ({ ...o, matchCase: e.target.checked }))} /> {t('seriesReplace.matchCase')}
        </label>
        <button type="button" className="cd-primary" disabled={busy || !find || total === 0} onClick={() => void apply()}>
          {busy ? t('seriesReplace.working') : t('seriesReplace.apply')}
        </button>
        {done?.token && (
          <button type="button" className="cd-header-button" disabled={busy} onClick={() => void undo()}>
            {t('seriesReplace.undo')}
          </button>
        )}
        <button type="button" className="cd-icon-button" aria-label={t('seriesReplace.close')} title={t('seriesReplace.close')} onClick={onClose}>
          ✕
        </button>
      </div>
      {preview && find && !done && (
        <div className="cd-series-replace-preview" aria-live="polite">
          <p>{total ? t('seriesReplace.total', { count: preview.episodes.length, matches: total }) : t('seriesReplace.none')}</p>
          {total > 0 && (
            <ul aria-label={t('seriesReplace.total', { count: preview.episodes.length, matches: total })}>
              {preview.episodes.map((e) => (
                <li key={e.id}>
                  <span className="cd-series-replace-title">{e.title}</span>
                  <span className="cd-series-replace-count">{t('seriesReplace.count', { count: e.count })}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {message && (
        <p className="cd-series-replace-message" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
