// The bar between the editor and the Problems panel: drag it, or focus it and use the arrow keys, to share the height.
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The panel's height in CSS pixels. */
  height: number;
  min: number;
  max: number;
  /** The element whose bottom edge the panel sits on (the main area), to turn a pointer position into a height. */
  container: () => HTMLElement | null;
  controls: string;
  /** While dragging (not yet remembered). */
  onResize(height: number): void;
  /** When a drag ends or a key moved the bar: the height to remember. */
  onCommit(height: number): void;
}

const step = 24;
const bigStep = 96;

export function PanelSplitter({ height, min, max, container, controls, onResize, onCommit }: Props) {
  const { t } = useTranslation();
  const dragging = useRef<number | null>(null);
  const clamp = (value: number) => Math.round(Math.max(min, Math.min(max, value)));
  const fromPointer = (clientY: number) => {
    const box = container()?.getBoundingClientRect();
    return box ? clamp(box.bottom - clientY) : height;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const by = e.shiftKey ? bigStep : step;
    const next =
      e.key === 'ArrowUp' ? height + by : e.key === 'ArrowDown' ? height - by : e.key === 'Home' ? min : e.key === 'End' ? max : null;
    if (next === null) return;
    e.preventDefault();
    onCommit(clamp(next));
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    dragging.current = height;
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (dragging.current === null) return;
    dragging.current = fromPointer(e.clientY);
    onResize(dragging.current);
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (dragging.current === null) return;
    const last = dragging.current;
    dragging.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    onCommit(last);
  };

  return (
    <div
      className="cd-splitter"
      role="separator"
      aria-orientation="horizontal"
      aria-label={t('problems.resize')}
      title={t('problems.resizeTitle')}
      aria-controls={controls}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={height}
      aria-valuetext={t('problems.resizeValue', { height })}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    />
  );
}
