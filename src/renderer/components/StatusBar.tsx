// The bottom bar: save state, analysis state, long tasks with Cancel, word count, open problems and the UI language.
import { useTranslation } from 'react-i18next';
import type { ContinuityClient } from '../../shared/contract';
import type { SaveStatus } from '../state/saveController';
import { TaskProgress } from './TaskProgress';

interface Props {
  save: { status: SaveStatus; message?: string } | null;
  analysis: 'running' | 'done' | 'none';
  words: number | null;
  openConflicts: number;
  episodes: number;
  /** Shows the progress of long tasks with a Cancel button. */
  client?: ContinuityClient;
}

export function StatusBar({ save, analysis, words, openConflicts, episodes, client }: Props) {
  const { t } = useTranslation();
  return (
    <footer className="cd-statusbar" role="contentinfo">
      <span className={`cd-status-item cd-save cd-save-${save?.status ?? 'none'}`} role="status" aria-live="polite" data-testid="save-status">
        {save ? t(`status_bar.${save.status}`, { message: save.message ?? '' }) : ''}
      </span>
      <span className={`cd-status-item cd-analysis cd-analysis-${analysis}`} aria-live="polite">
        {analysis === 'running' ? t('status_bar.analysing') : analysis === 'done' ? t('status_bar.analysed') : t('status_bar.noAnalysis')}
      </span>
      {client && <TaskProgress client={client} />}
      <span className="cd-status-spacer" />
      {words !== null && <span className="cd-status-item">{t('status_bar.words', { count: words })}</span>}
      <span className="cd-status-item">{t('episodes.count', { count: episodes })}</span>
      <span className={`cd-status-item${openConflicts > 0 ? ' cd-status-warn' : ''}`}>{t('status_bar.conflicts', { count: openConflicts })}</span>
      <span className="cd-status-item">{t('status_bar.language')}</span>
    </footer>
  );
}
