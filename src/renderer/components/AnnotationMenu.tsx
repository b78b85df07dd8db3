// The editor's context menu for a selection (right click, the menu key or Shift+F10): mark it with a quick tag or as a fact.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationTag } from '../editor/annotationPlugin';

interface Props {
  x: number;
  y: number;
  tags: readonly AnnotationTag[];
  onMark(tag: AnnotationTag): void;
  onFact(): void;
  onClose(): void;
}

export function AnnotationMenu({ x, y, tags, onMark, onFact, onClose }: Props) {
  const { t } = useTranslation();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    root.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [x, y]);
  useEffect(() => {
    const away = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) onClose();
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, []);
  const move = (e: React.KeyboardEvent, step: number) => {
    const items = [...(root.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    items[(at + step + items.length) % items.length]?.focus();
    e.preventDefault();
  };
  return (
    <div
      ref={root}
      className="cd-context-menu"
      role="menu"
      aria-label={t('factForm.menu')}
      style={{ left: Math.min(x, window.innerWidth - 220), top: Math.min(y, window.innerHeight - 240) }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' || e.key === 'Tab') {
          e.preventDefault();
          onClose();
        } else if (e.key === 'ArrowDown') move(e, 1);
        else if (e.key === 'ArrowUp') move(e, -1);
      }}
    >
      {tags.map((tag) => (
        <button key={tag} type="button" role="menuitem" className={`cd-menu-item cd-tag-${tag}`} onClick={() => onMark(tag)}>
          {t('annotate.markAs', { tag: t(`annotate.${tag}`) })}
        </button>
      ))}
      <button type="button" role="menuitem" className="cd-menu-item cd-tag-fact" onClick={onFact}>
        {t('factForm.open')}
      </button>
    </div>
  );
}
