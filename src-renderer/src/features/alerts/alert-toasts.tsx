/**
 * The toast stack for `alerts:notify`: a polite live region in a corner. Each toast links to
 * its item and closes by itself after a while (not while the pointer or keyboard focus is on
 * it, so it can be read and used); Escape closes the focused one. The alert centre keeps the
 * information.
 */
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAlertText } from '../../lib/alert-text';
import { navigate, type RoutePath } from '../../lib/router';
import { targetPath } from '../../lib/target-route';
import { useToastStore, type AlertToast } from './toast-store';
import '../../components/alert-ui.css';

/** How long a toast stays before it closes itself. */
export const TOAST_LIFETIME_MS = 12_000;

/** The stack; always rendered (empty) so screen readers know the live region beforehand. */
export function AlertToasts() {
  const toasts = useToastStore((state) => state.toasts);
  const { t } = useTranslation('alerts');
  return (
    <ul
      className="toast-stack"
      aria-live="polite"
      aria-label={t('toasts.region')}
      data-testid="toasts"
    >
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </ul>
  );
}

/**
 * Where focus goes when the toast holding it closes: the next toast, else the page's content
 * (not the body, where the next Tab would start from the top).
 */
function focusAfterClosing(item: HTMLElement | null): void {
  const next = item?.nextElementSibling ?? item?.previousElementSibling;
  const target =
    next?.querySelector<HTMLElement>('button') ?? document.getElementById('main-content');
  target?.focus();
}

function ToastItem({ toast }: { readonly toast: AlertToast }) {
  const dismiss = useToastStore((state) => state.dismiss);
  const { t } = useTranslation('alerts');
  const { title, body } = useAlertText()(toast.text);
  const item = useRef<HTMLLIElement>(null);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const held = hovered || focused;
  useEffect(() => {
    // A toast being read or used stays; once left, it gets its full time again.
    if (held) return;
    const timer = window.setTimeout(() => dismiss(toast.id), TOAST_LIFETIME_MS);
    return () => window.clearTimeout(timer);
  }, [dismiss, toast.id, held]);

  const close = (): void => {
    if (item.current?.contains(document.activeElement)) focusAfterClosing(item.current);
    dismiss(toast.id);
  };
  const open = (path: RoutePath): void => {
    dismiss(toast.id);
    navigate(path);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };
  const onBlur = (event: FocusEvent<HTMLLIElement>): void => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false);
  };
  return (
    <li
      ref={item}
      className="toast"
      data-testid="toast"
      onKeyDown={onKeyDown}
      onFocus={() => setFocused(true)}
      onBlur={onBlur}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
    >
      <span className="toast__title">{title}</span>
      <p className="toast__body">{body}</p>
      <button
        type="button"
        className="button toast__close"
        aria-label={t('toasts.dismiss', { title })}
        onClick={close}
      >
        ×
      </button>
      <span className="toast__actions">
        {toast.target ? (
          <button type="button" className="button" onClick={() => open(targetPath(toast.target!))}>
            {t('toasts.show')}
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => open('alerts')}>
          {t('toasts.centre')}
        </button>
      </span>
    </li>
  );
}
