/**
 * The loading and failure states every data page shows the same way: a polite status line
 * while loading, and an alert with the envelope's message and a Retry button on failure.
 * `data-view-state` is the readiness signal end-to-end tests wait on.
 */
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/call';

/** "Loading …" for a page whose data has not arrived yet; `what` is a translated noun. */
export function QueryLoading({ page, what }: { readonly page: string; readonly what: string }) {
  const { t } = useTranslation('common');
  return (
    <div data-page={page} data-view-state="loading">
      <p role="status" className="muted">
        {t('loadingWhat', { what })}
      </p>
    </div>
  );
}

/** "<What> could not be loaded: <reason>" with a Retry button. */
export function QueryFailure({
  page,
  what,
  error,
  onRetry
}: {
  readonly page: string;
  readonly what: string;
  readonly error: unknown;
  readonly onRetry: () => void;
}) {
  const { t } = useTranslation('common');
  return (
    <div data-page={page} data-view-state="error">
      <div className="banner banner--error" role="alert">
        <span>{t('loadFailed', { what, reason: errorMessage(error) })}</span>
        <button type="button" className="button" onClick={onRetry}>
          {t('actions.retry')}
        </button>
      </div>
    </div>
  );
}
