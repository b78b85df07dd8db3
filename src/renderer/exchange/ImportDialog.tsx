// The import progress and result dialog: files being read and imported, then how many episodes were added and every warning.
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EpisodeRef } from '../../engine/types';
import { useModalFocus } from './useModalFocus';

export type ImportState =
  | { phase: 'reading'; total: number }
  | { phase: 'importing'; done: number; total: number }
  | { phase: 'done'; added: EpisodeRef[]; warnings: string[] }
  | { phase: 'failed'; message: string; warnings: string[] }
  /** The writer cancelled: the cancelled batch wrote nothing; `added` holds what earlier batches imported. */
  | { phase: 'cancelled'; added: EpisodeRef[]; warnings: string[] };

interface Props {
  state: ImportState;
  onClose(): void;
}

export function ImportDialog({ state, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const running = state.phase === 'reading' || state.phase === 'importing';
  // While files are still being imported the dialog stays: closing it would hide the outcome.
  useModalFocus(dialog, running ? noop : onClose);
  const warnings = state.phase === 'done' || state.phase === 'failed' || state.phase === 'cancelled' ? state.warnings : [];

  return (
    <div className="cdx-backdrop">
      <div ref={dialog} className="cdx-dialog cdx-import" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} aria-busy={running} tabIndex={-1}>
        <h2 id={`${id}-title`} className="cdx-heading">
          {t('exchange.importHeading')}
        </h2>
        <div className="cdx-import-body" aria-live="polite">
          {state.phase === 'reading' && (
            <p className="cdx-progress">
              <progress aria-label={t('exchange.reading')} />
              {t('exchange.reading')}
            </p>
          )}
          {state.phase === 'importing' && (
            <p className="cdx-progress">
              <progress max={state.total} value={state.done} aria-label={t('exchange.importing', { done: state.done, total: state.total })} />
              {t('exchange.importing', { done: state.done, total: state.total })}
            </p>
          )}
          {state.phase === 'done' && (
            <>
              <p className={state.added.length ? 'cdx-ok cdx-summary' : 'cdx-summary'}>
                {state.added.length ? t('exchange.added', { count: state.added.length }) : t('exchange.addedNone')}
              </p>
              {state.added.length > 0 && (
                <ul className="cdx-added">
                  {state.added.map((e) => (
                    <li key={e.id}>
                      {e.index + 1}. {e.title}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
          {state.phase === 'cancelled' && (
            <>
              <p className="cdx-summary" role="status">
                {state.added.length ? t('exchange.importCancelledAfter', { count: state.added.length }) : t('exchange.importCancelled')}
              </p>
              {state.added.length > 0 && (
                <ul className="cdx-added">
                  {state.added.map((e) => (
                    <li key={e.id}>
                      {e.index + 1}. {e.title}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
          {state.phase === 'failed' && (
            <p className="cdx-error cdx-summary" role="alert">
              {t('exchange.importFailed', { message: state.message })}
            </p>
          )}
          {warnings.length > 0 && (
            <section className="cdx-warnings" aria-labelledby={`${id}-warnings`}>
              <h3 id={`${id}-warnings`}>{t('exchange.warnings', { count: warnings.length })}</h3>
              <ul>
                {warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <div className="cdx-footer">
          <span className="cdx-status" />
          <button type="button" className="cdx-button cdx-primary" onClick={onClose} disabled={running}>
            {t('exchange.close')}
          </button>
        </div>
      </div>
    </div>
  );
}

function noop(): void {}
