/**
 * The toast stack for `alerts:notify`: a polite live region in a corner. Each toast links to
 * its item and closes by itself after a while; the alert centre keeps the information.
 */
import { useEffect } from 'react';
import { navigate } from '../../lib/router';
import { useToastStore, type AlertToast } from './toast-store';
import '../../components/alert-ui.css';

/** How long a toast stays before it closes itself. */
export const TOAST_LIFETIME_MS = 12_000;

/** The stack; always rendered (empty) so screen readers know the live region beforehand. */
export function AlertToasts() {
  const toasts = useToastStore((state) => state.toasts);
  return (
    <ul className="toast-stack" aria-live="polite" aria-label="Notifications" data-testid="toasts">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </ul>
  );
}

function ToastItem({ toast }: { readonly toast: AlertToast }) {
  const dismiss = useToastStore((state) => state.dismiss);
  useEffect(() => {
    const timer = window.setTimeout(() => dismiss(toast.id), TOAST_LIFETIME_MS);
    return () => window.clearTimeout(timer);
  }, [dismiss, toast.id]);

  const open = (route: string): void => {
    dismiss(toast.id);
    navigate(route);
  };
  return (
    <li className="toast" data-testid="toast">
      <span className="toast__title">{toast.title}</span>
      <p className="toast__body">{toast.body}</p>
      <button
        type="button"
        className="button toast__close"
        aria-label={`Dismiss: ${toast.title}`}
        onClick={() => dismiss(toast.id)}
      >
        ×
      </button>
      <span className="toast__actions">
        {toast.route ? (
          <button type="button" className="button" onClick={() => open(toast.route ?? '')}>
            Show
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => open('alerts')}>
          Alert centre
        </button>
      </span>
    </li>
  );
}
