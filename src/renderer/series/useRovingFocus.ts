// Keyboard use of a picture's items (SVG or HTML): one tab stop for the picture, arrow keys between items, Enter or Space opens one.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { isFocusKey, nextFocus, type FocusPoint } from './spatialFocus';

/**
 * `strict`: arrows move only within their cone (rows of a grid); see nextFocus. `selected`: the item chosen elsewhere
 * (a list's current entry), which becomes the tab stop whenever it changes.
 */
export function useRovingFocus(points: readonly FocusPoint[], activate: (index: number) => void, strict = false, selected = -1) {
  const [active, setActive] = useState(Math.max(0, selected));
  useEffect(() => {
    if (selected >= 0) setActive(selected);
  }, [selected]);
  const items = useRef<(HTMLElement | SVGElement | null)[]>([]);
  const current = Math.max(0, Math.min(active, points.length - 1));
  return (index: number) => ({
    ref: (el: HTMLElement | SVGElement | null) => {
      items.current[index] = el;
    },
    tabIndex: index === current ? 0 : -1,
    role: 'button',
    onFocus: () => setActive(index),
    onKeyDown: (e: KeyboardEvent<Element>) => {
      if (isFocusKey(e.key)) {
        e.preventDefault();
        const next = nextFocus(points, index, e.key, strict);
        if (next >= 0) {
          setActive(next);
          items.current[next]?.focus();
        }
      } else if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        activate(index);
      }
    },
  });
}
