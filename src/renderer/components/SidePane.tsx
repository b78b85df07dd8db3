// The frame of the right half of the split view: a header with title and close button, and a scrolling page.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  number: string;
  title: string;
  note: string;
  extra?: ReactNode;
  actions?: ReactNode;
  onClose(): void;
  children: ReactNode;
}

export function SidePane({ label, number, title, note, extra, actions, onClose, children }: Props) {
  const { t } = useTranslation();
  return (
    <section className="cd-side-pane" aria-label={label}>
      <div className="cd-editor-header">
        <span className="cd-editor-episode-no">{number}</span>
        <span className="cd-editor-title">{title}</span>
        <span className="cd-editor-file">{note}</span>
        {extra}
        <button type="button" className="cd-icon-button cd-push-right" aria-label={t('side.close')} title={t('side.close')} onClick={onClose}>
          ✕
        </button>
      </div>
      {actions && <div className="cd-infobar">{actions}</div>}
      <div className="cd-editor-scroll">
        <div className="cd-page">{children}</div>
      </div>
    </section>
  );
}
