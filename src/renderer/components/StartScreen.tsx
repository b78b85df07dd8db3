// The start screen when no series is open: new series, open series, the demo, import scripts into a new series, and the recent projects.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContinuityClient, OpenOutcome, RecentProjectEntry, StartInfo } from '../../shared/contract';
import { importBatches, readImportFiles } from '../exchange/readImportFiles';

interface Props {
  client: ContinuityClient;
  start: StartInfo;
  /** The series language a new series starts with (the UI language). */
  defaultLanguage: 'de' | 'en';
  /** A series was opened here: show it (after the import summary, if any). */
  onOpened(): void;
  /** Keeps the start screen up while scripts are imported into a new series, so the summary can be read. */
  onHold(hold: boolean): void;
}

type Form = 'none' | 'new' | 'open' | 'import';

interface ImportSummary {
  added: number;
  warnings: string[];
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function StartScreen({ client, start, defaultLanguage, onOpened, onHold }: Props) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState<Form>('none');
  const [recent, setRecent] = useState<RecentProjectEntry[]>(start.recent);
  const [path, setPath] = useState('');
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState<'de' | 'en'>(defaultLanguage);
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const firstField = useRef<HTMLInputElement>(null);

  useEffect(() => setRecent(start.recent), [start.recent]);
  useEffect(() => firstField.current?.focus(), [form]);

  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  /** Runs an open/create call; a series brought forward in another window is said, not opened twice. */
  const run = async (call: () => Promise<OpenOutcome>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const outcome = await call();
      if (outcome.focusedElsewhere) setNotice(t('start.focusedElsewhere'));
      else onOpened();
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };

  const show = (next: Form) => {
    setForm(next);
    setError(null);
    setNotice(null);
    setSummary(null);
  };

  const openChosen = async () => {
    if (!start.canChooseFolder) return show('open');
    const chosen = await client.chooseFolder('open').catch((e: unknown) => (setError(message(e)), null));
    if (chosen) await run(() => client.openProject(chosen));
  };

  const choosePath = async (purpose: 'open' | 'create') => {
    const chosen = await client.chooseFolder(purpose).catch(() => null);
    if (chosen) setPath(chosen);
  };

  const submitOpen = (e: FormEvent) => {
    e.preventDefault();
    void run(() => client.openProject(path.trim()));
  };

  const submitNew = async (e: FormEvent) => {
    e.preventDefault();
    if (form !== 'import') return run(() => client.createProject(path.trim(), title.trim(), language));
    // Import scripts: a new series first, then the files into it; the summary shows before the series does.
    setBusy(true);
    setError(null);
    onHold(true);
    try {
      const outcome = await client.createProject(path.trim(), title.trim(), language);
      if (outcome.focusedElsewhere) {
        onHold(false);
        setNotice(t('start.focusedElsewhere'));
        return;
      }
      const { inputs, skipped } = await readImportFiles(files);
      const warnings = skipped.map((s) => (s.reason === 'too-large' ? t('exchange.tooLarge', { name: s.name, max: 30 }) : t('exchange.unreadable', { name: s.name, detail: s.detail ?? '' })));
      let added = 0;
      for (const batch of importBatches(inputs)) {
        const result = await client.importEpisodes(batch);
        added += result.added.length;
        warnings.push(...result.warnings);
      }
      setSummary({ added, warnings });
    } catch (e) {
      setError(message(e));
      // A series that was created before the import failed is open: let the writer in.
      const state = await client.getStart().catch(() => null);
      if (state?.open) setSummary({ added: 0, warnings: [message(e)] });
      else onHold(false);
    } finally {
      setBusy(false);
    }
  };

  const forget = async (entry: RecentProjectEntry) => {
    try {
      setRecent(await client.forgetRecent(entry.path));
    } catch (e) {
      setError(message(e));
    }
  };

  const pathField = (purpose: 'open' | 'create') => (
    <div className="cds-field">
      <label htmlFor="cds-path">{purpose === 'open' ? t('start.folderToOpen') : t('start.folderForNew')}</label>
      <div className="cds-path-row">
        <input
          id="cds-path"
          ref={purpose === 'open' ? firstField : undefined}
          type="text"
          required
          spellCheck={false}
          value={path}
          placeholder={t('start.pathPlaceholder')}
          onChange={(e) => setPath(e.target.value)}
        />
        {start.canChooseFolder && (
          <button type="button" onClick={() => void choosePath(purpose)}>
            {t('start.choose')}
          </button>
        )}
      </div>
      {purpose === 'create' && <p className="cds-hint">{t('start.folderHint')}</p>}
    </div>
  );

  return (
    <main className="cds-start" aria-labelledby="cds-heading">
      <header className="cds-head">
        <span className="cd-logo cd-logo-large" aria-hidden="true" />
        <div>
          <h1 id="cds-heading">{t('app.name')}</h1>
          <p className="cds-tagline">{t('start.tagline')}</p>
        </div>
      </header>
      <div className="cds-columns">
        <section className="cds-actions" aria-label={t('start.actions')}>
          <button type="button" className="cds-action cd-primary" disabled={busy} onClick={() => show('new')}>
            {t('start.newSeries')}
          </button>
          <button type="button" className="cds-action" disabled={busy} onClick={() => void openChosen()}>
            {t('start.openSeries')}
          </button>
          {start.hasDemo && (
            <button type="button" className="cds-action" disabled={busy} onClick={() => void run(() => client.openDemo())}>
              {t('start.openDemo')}
            </button>
          )}
          <button type="button" className="cds-action" disabled={busy} onClick={() => show('import')}>
            {t('start.importScripts')}
          </button>

          {(form === 'new' || form === 'import') && !summary && (
            <form className="cds-form" onSubmit={(e) => void submitNew(e)} aria-label={form === 'new' ? t('start.newSeries') : t('start.importScripts')}>
              <h2>{form === 'new' ? t('start.newHeading') : t('start.importHeading')}</h2>
              <div className="cds-field">
                <label htmlFor="cds-title">{t('start.title')}</label>
                <input id="cds-title" ref={firstField} type="text" required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
              </div>
              {pathField('create')}
              <div className="cds-field">
                <label htmlFor="cds-language">{t('start.language')}</label>
                <select id="cds-language" value={language} onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'de')}>
                  <option value="de">Deutsch</option>
                  <option value="en">English</option>
                </select>
              </div>
              {form === 'import' && (
                <div className="cds-field">
                  <label htmlFor="cds-files">{t('start.scripts')}</label>
                  <input
                    id="cds-files"
                    type="file"
                    multiple
                    required
                    accept=".txt,.md,.markdown,.fountain,.fdx,.docx"
                    onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
                  />
                  <p className="cds-hint">{t('exchange.dropHint')}</p>
                </div>
              )}
              <div className="cds-form-buttons">
                <button type="submit" className="cd-primary" disabled={busy}>
                  {busy ? t('start.working') : form === 'new' ? t('start.create') : t('start.createAndImport')}
                </button>
                <button type="button" disabled={busy} onClick={() => show('none')}>
                  {t('start.cancel')}
                </button>
              </div>
            </form>
          )}

          {form === 'open' && (
            <form className="cds-form" onSubmit={submitOpen} aria-label={t('start.openSeries')}>
              <h2>{t('start.openHeading')}</h2>
              {pathField('open')}
              <div className="cds-form-buttons">
                <button type="submit" className="cd-primary" disabled={busy}>
                  {t('start.open')}
                </button>
                <button type="button" disabled={busy} onClick={() => show('none')}>
                  {t('start.cancel')}
                </button>
              </div>
            </form>
          )}

          {summary && (
            <div className="cds-form" role="status">
              <h2>{t('start.imported', { count: summary.added })}</h2>
              {summary.warnings.length > 0 && (
                <ul className="cds-warnings">
                  {summary.warnings.map((w, i) => (
                    <li key={i}>{w}</li>
                  ))}
                </ul>
              )}
              <div className="cds-form-buttons">
                <button
                  type="button"
                  className="cd-primary"
                  onClick={() => {
                    onHold(false);
                    onOpened();
                  }}
                >
                  {t('start.showSeries')}
                </button>
              </div>
            </div>
          )}

          {error && (
            <p className="cds-error" role="alert">
              {error}
            </p>
          )}
          {notice && (
            <p className="cds-notice" role="status">
              {notice}
            </p>
          )}
        </section>

        <section className="cds-recent" aria-labelledby="cds-recent-heading">
          <h2 id="cds-recent-heading">{t('start.recent')}</h2>
          {recent.length === 0 ? (
            <p className="cds-hint">{t('start.noRecent')}</p>
          ) : (
            <ul>
              {recent.map((entry) => (
                <li key={entry.path} className={entry.missing ? 'cds-missing' : undefined}>
                  <button
                    type="button"
                    className="cds-recent-open"
                    disabled={busy || entry.missing}
                    title={entry.missing ? t('start.missingTitle') : entry.path}
                    onClick={() => void run(() => client.openProject(entry.path))}
                  >
                    <span className="cds-recent-title">{entry.title}</span>
                    <span className="cds-recent-path">{entry.path}</span>
                    <span className="cds-recent-when">
                      {entry.missing ? t('start.missing') : t('start.lastOpened', { when: when.format(new Date(entry.openedAt)) })}
                    </span>
                  </button>
                  <button
                    type="button"
                    className="cds-recent-remove"
                    aria-label={t('start.remove', { title: entry.title })}
                    title={t('start.remove', { title: entry.title })}
                    onClick={() => void forget(entry)}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </main>
  );
}
