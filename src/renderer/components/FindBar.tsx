// The find bar over the editor (Ctrl+F): query, match count, next/previous, replace one or all, Escape to close.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  query: string;
  current: number;
  total: number;
  onQuery(query: string): void;
  onStep(backwards: boolean): void;
  onClose(): void;
  onReplace(replacement: string): void;
  onReplaceAll(replacement: string): void;
  /** Opens "Replace in all episodes" with the current query. */
  onSeriesReplace?(): void;
  readOnly: boolean;
  /** Changes each time Ctrl+F is pressed: the query field takes the focus again. */
  focusToken: number;
}

export function FindBar({ query, current, total, onQuery, onStep, onClose, onReplace, onReplaceAll, onSeriesReplace, readOnly, focusToken }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [replacement, setReplacement] = useState('');
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusToken]);
  return (
    <div className="cd-findbar" role="search" aria-label={t('find.label')}>
      <input
        ref={input}
        type="search"
        value={query}
        placeholder={t('find.placeholder')}
        aria-label={t('find.label')}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onStep(e.shiftKey);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
      />
      <span className="cd-findbar-count" aria-live="polite">
        {query ? (total ? t('find.count', { current, total }) : t('find.none')) : ''}
      </span>
      <button type="button" className="cd-icon-button" aria-label={t('find.previous')} title={t('find.previous')} onClick={() => onStep(true)}>
        ↑
      </button>
      <button type="button" className="cd-icon-button" aria-label={t('find.next')} title={t('find.next')} onClick={() => onStep(false)}>
        ↓
      </button>
      <button type="button" className="cd-icon-button" aria-label={t('find.close')} title={t('find.close')} onClick={onClose}>
        ✕
      </button>
      {!readOnly && (
        <div className="cd-findbar-replace">
          <input
            type="text"
            value={replacement}
            placeholder={t('find.replaceWith')}
            aria-label={t('find.replaceWith')}
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                onReplace(replacement);
              } else if (e.key === 'Escape') {
                e.preventDefault();
                onClose();
              }
            }}
          />
          <button type="button" className="cd-header-button" disabled={!total} onClick={() => onReplace(replacement)}>
            {t('find.replace')}
          </button>
          <button type="button" className="cd-header-button" disabled={!total} onClick={() => onReplaceAll(replacement)}>
            {t('find.replaceAll')}
          </button>
          {onSeriesReplace && (
            <button type="button" className="cd-header-button" onClick={onSeriesReplace}>
              {t('seriesReplace.open')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
