// The annotation tools in the editor header: mark the selection as a character, place, object, belief or fact; list, edit and remove.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../shared/contract';
import { annotationTag, annotationTags, type AnnotationTag } from '../editor/annotationPlugin';
import { factPredicateLabel } from './FactForm';

interface Props {
  canMark: boolean;
  annotations: Annotation[];
  onMark(tag: AnnotationTag): void;
  onSelect(annotation: Annotation): void;
  onRemove(annotation: Annotation): void;
  /** Opens the fact form for the selection. */
  onFact(): void;
  /** Opens the fact form for a fact annotation. */
  onEdit(annotation: Annotation): void;
}

export function AnnotationBar({ canMark, annotations, onMark, onSelect, onRemove, onFact, onEdit }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  return (
    <div className="cd-annotate" role="toolbar" aria-label={t('annotate.toolbar')}>
      <span className="cd-muted">{t('annotate.mark')}</span>
      {annotationTags.map((tag) => (
        <button
          key={tag}
          type="button"
          className={`cd-header-button cd-tag-${tag}`}
          disabled={!canMark}
          title={canMark ? t('annotate.markAs', { tag: t(`annotate.${tag}`) }) : t('annotate.selectFirst')}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onMark(tag)}
        >
          {t(`annotate.${tag}`)}
        </button>
      ))}
      <button
        type="button"
        className="cd-header-button cd-tag-fact"
        disabled={!canMark}
        title={canMark ? t('factForm.openTitle') : t('annotate.selectFirst')}
        onMouseDown={(e) => e.preventDefault()}
        onClick={onFact}
      >
        {t('factForm.open')}
      </button>
      <div className="cd-history" ref={root}>
        <button type="button" className="cd-header-button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {t('annotate.list', { count: annotations.length })}
        </button>
        {open && (
          <div className="cd-popover cd-history-menu cd-annotation-menu" role="menu" aria-label={t('annotate.listHeading')} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
            {annotations.length === 0 && <p className="cd-muted">{t('annotate.none')}</p>}
            {annotations.map((a) => (
              <div key={a.id} className="cd-annotation-item">
                <button
                  type="button"
                  role="menuitem"
                  className="cd-menu-item"
                  disabled={a.orphaned}
                  onClick={() => {
                    setOpen(false);
                    onSelect(a);
                  }}
                >
                  <span className={`cd-tag-dot cd-tag-${annotationTag(a) ?? 'note'}`}>
                    {a.fact ? t('factForm.title') : t(`annotate.${annotationTag(a) ?? 'character'}`)}
                  </span>
                  {a.fact ? (
                    <span className="cd-fact-item">{t('factForm.item', { subject: a.fact.subject, relation: factPredicateLabel(t, a.fact.predicate), object: a.fact.object })}</span>
                  ) : (
                    <q>{a.target.selector[0].exact}</q>
                  )}
                  {a.orphaned && <span className="cd-muted">{t('annotate.orphaned')}</span>}
                </button>
                {a.fact && (
                  <button
                    type="button"
                    className="cd-icon-button"
                    aria-label={t('factForm.edit')}
                    title={t('factForm.edit')}
                    onClick={() => {
                      setOpen(false);
                      onEdit(a);
                    }}
                  >
                    ✎
                  </button>
                )}
                <button type="button" className="cd-icon-button" aria-label={t('annotate.remove')} title={t('annotate.remove')} onClick={() => onRemove(a)}>
                  ✕
                </button>
              </div>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
