// Keyboard behaviour of a modal dialog: focus moves in on open, Tab cycles inside, Escape closes, focus returns to where it was.
import { useEffect, useRef, type RefObject } from 'react';

const focusable = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The dialog's focusable elements in tab order (hidden ones left out). */
function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(focusable)].filter((el) => el.offsetParent !== null || el === document.activeElement);
}

export function useModalFocus(ref: RefObject<HTMLElement | null>, onClose: () => void): void {
  // The latest onClose, so a new callback each render does not move the focus back to the start.
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = root.querySelector<HTMLElement>('[data-autofocus]') ?? focusables(root)[0] ?? root;
    first.focus();
    const onKey = (e: KeyboardEvent) => {
      // Only the dialog on top answers (an import result may open over the export dialog).
      const modals = document.querySelectorAll('[aria-modal="true"]');
      if (modals[modals.length - 1] !== root) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        close.current();
        return;
      }
      if (e.key !== 'Tab') return;
      const items = focusables(root);
      if (!items.length) {
        e.preventDefault();
        root.focus();
        return;
      }
      const index = items.indexOf(document.activeElement as HTMLElement);
      if (e.shiftKey && index <= 0) {
        e.preventDefault();
        items[items.length - 1].focus();
      } else if (!e.shiftKey && (index === -1 || index === items.length - 1)) {
        e.preventDefault();
        items[0].focus();
      }
    };
    // Focus that wanders out (a click on the backdrop) is brought back in.
    const onFocusIn = (e: FocusEvent) => {
      if (!root.contains(e.target as Node)) (focusables(root)[0] ?? root).focus();
    };
    // On the document, so Escape works even when the focused button was just disabled and focus fell to the page.
    document.addEventListener('keydown', onKey);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('focusin', onFocusIn);
      if (before?.isConnected) before.focus();
    };
  }, [ref]);
}
