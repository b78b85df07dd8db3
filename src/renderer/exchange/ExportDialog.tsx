// The Export report dialog: format, report language, minimum severity, decided problems, episode range, a Markdown preview and Save.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContinuityApi, ExportOptions, ReportFormatName } from '../../shared/contract';
import { reportFormats } from '../../shared/apiMethods';
import type { EpisodeRef, Language } from '../../engine/types';
import { saveReport } from './saveReport';
import { useModalFocus } from './useModalFocus';
import { isCancelled } from './importOutcome';

interface Props {
  client: Pick<ContinuityApi, 'exportReport'>;
  projectLanguage: Language;
  episodes: EpisodeRef[];
  onClose(): void;
}

type Severity = NonNullable<ExportOptions['minSeverity']>;
const severities: Severity[] = ['info', 'warning', 'error'];

/** Readable text of an error from the service or the bridge. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}

export function ExportDialog({ client, projectLanguage, episodes, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const sorted = useMemo(() => [...episodes].sort((a, b) => a.index - b.index), [episodes]);
  const [format, setFormat] = useState<ReportFormatName>('html');
  const [language, setLanguage] = useState<Language>(projectLanguage);
  const [minSeverity, setMinSeverity] = useState<Severity>('info');
  const [includeDecided, setIncludeDecided] = useState(true);
  const [from, setFrom] = useState(sorted[0]?.index ?? 0);
  const [to, setTo] = useState(sorted[sorted.length - 1]?.index ?? 0);
  const [preview, setPreview] = useState<{ state: 'loading' } | { state: 'ready'; text: string } | { state: 'failed'; message: string }>({ state: 'loading' });
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: true; file: string } | { ok: false; cancelled: boolean; message: string } | null>(null);
  useModalFocus(dialog, onClose);

  const rangeEmpty = from > to;
  const options = useMemo<ExportOptions>(() => {
    const chosen: ExportOptions = { language, minSeverity, includeDecided };
    if (sorted.length) {
      chosen.fromEpisode = from;
      chosen.toEpisode = to;
    }
    return chosen;
  }, [language, minSeverity, includeDecided, from, to, sorted.length]);

  // The preview follows the options, a moment after the last change; an older answer never replaces a newer one.
  useEffect(() => {
    if (rangeEmpty) return;
    let current = true;
    setPreview({ state: 'loading' });
    const timer = setTimeout(() => {
      client
        .exportReport('md', options)
        .then((r) => current && setPreview({ state: 'ready', text: r.data }))
        .catch((e: unknown) => current && setPreview({ state: 'failed', message: isCancelled(e) ? t('exchange.exportCancelled') : errorText(e) }));
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, options, rangeEmpty, t]);

  const save = async () => {
    if (saving || rangeEmpty) return;
    setSaving(true);
    setOutcome(null);
    try {
      const report = await client.exportReport(format, options);
      saveReport(report);
      setOutcome({ ok: true, file: report.fileName });
    } catch (e) {
      setOutcome({ ok: false, cancelled: isCancelled(e), message: errorText(e) });
    } finally {
      setSaving(false);
    }
  };

  const label = (e: EpisodeRef) => `${e.index + 1}. ${e.title}`;

  return (
    <div className="cdx-backdrop">
      <div
        ref={dialog}
        className="cdx-dialog cdx-export"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-busy={saving}
        tabIndex={-1}
      >
        <h2 id={`${id}-title`} className="cdx-heading">
          {t('exchange.exportHeading')}
        </h2>
        <form
          className="cdx-export-body"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <div className="cdx-options">
            <fieldset className="cdx-formats">
              <legend>{t('exchange.format')}</legend>
              {reportFormats.map((f) => (
                <label key={f} className="cdx-radio">
                  <input type="radio" name={`${id}-format`} value={f} checked={format === f} onChange={() => setFormat(f)} data-autofocus={format === f ? '' : undefined} />
                  {t(`exchange.formats.${f}`)}
                </label>
              ))}
            </fieldset>
            <label className="cdx-field">
              <span>{t('exchange.reportLanguage')}</span>
              <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
                <option value="de">Deutsch</option>
                <option value="en">English</option>
              </select>
            </label>
            <label className="cdx-field">
              <span>{t('exchange.minSeverity')}</span>
              <select value={minSeverity} onChange={(e) => setMinSeverity(e.target.value as Severity)}>
                {severities.map((s) => (
                  <option key={s} value={s}>
                    {t(`exchange.min.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="cdx-check">
              <input type="checkbox" checked={includeDecided} onChange={(e) => setIncludeDecided(e.target.checked)} />
              {t('exchange.includeDecided')}
            </label>
            <fieldset className="cdx-range" disabled={!sorted.length}>
              <legend>{t('exchange.range')}</legend>
              <label className="cdx-field">
                <span>{t('exchange.from')}</span>
                <select value={from} onChange={(e) => setFrom(Number(e.target.value))}>
                  {sorted.map((e) => (
                    <option key={e.id} value={e.index}>
                      {label(e)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="cdx-field">
                <span>{t('exchange.to')}</span>
                <select value={to} onChange={(e) => setTo(Number(e.target.value))}>
                  {sorted.map((e) => (
                    <option key={e.id} value={e.index}>
                      {label(e)}
                    </option>
                  ))}
                </select>
              </label>
              {rangeEmpty && (
                <p className="cdx-error" role="alert">
                  {t('exchange.rangeEmpty')}
                </p>
              )}
            </fieldset>
          </div>
          <section className="cdx-preview" aria-labelledby={`${id}-preview`}>
            <h3 id={`${id}-preview`}>{t('exchange.preview')}</h3>
            {rangeEmpty ? (
              <p className="cdx-muted">{t('exchange.previewNone')}</p>
            ) : preview.state === 'loading' ? (
              <p className="cdx-muted" role="status">
                {t('exchange.previewLoading')}
              </p>
            ) : preview.state === 'failed' ? (
              <p className="cdx-error" role="alert">
                {t('exchange.previewFailed', { message: preview.message })}
              </p>
            ) : (
              <pre className="cdx-preview-text" tabIndex={0} aria-label={t('exchange.preview')}>
                {preview.text}
              </pre>
            )}
          </section>
          <div className="cdx-footer">
            <div className="cdx-status" aria-live="polite">
              {saving && (
                <span className="cdx-progress">
                  <progress aria-label={t('exchange.exporting', { format: t(`exchange.formats.${format}`) })} />
                  {format === 'pdf' ? t('exchange.exportingPdf') : t('exchange.exporting', { format: t(`exchange.formats.${format}`) })}
                </span>
              )}
              {!saving && outcome?.ok && <span className="cdx-ok">{t('exchange.saved', { file: outcome.file })}</span>}
              {!saving && outcome && !outcome.ok && outcome.cancelled && (
                <span className="cdx-muted cdx-cancelled" role="status">
                  {t('exchange.exportCancelled')}
                </span>
              )}
              {!saving && outcome && !outcome.ok && !outcome.cancelled && (
                <span className="cdx-error" role="alert">
                  {t('exchange.failed', { message: outcome.message })}
                </span>
              )}
            </div>
            <button type="button" className="cdx-button" onClick={onClose}>
              {t('exchange.close')}
            </button>
            <button type="submit" className="cdx-button cdx-primary" disabled={rangeEmpty} aria-disabled={saving}>
              {t('exchange.save')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
