/**
 * The loading and failure states of a detail page (one invoice, one service): the page's
 * readiness signal, the way back, and for a failure either "not in the cache" (nothing to
 * retry until a sync brings it) or the reason with Retry.
 */
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BridgeError, errorMessage } from '../lib/call';

interface DetailFrameProps {
  readonly page: string;
  readonly className: string;
  readonly back: ReactNode;
}

/** "Loading the invoice…" under the back link. */
export function DetailLoading({
  page,
  className,
  back,
  what
}: DetailFrameProps & { readonly what: string }) {
  const { t } = useTranslation('common');
  return (
    <div data-page={page} data-view-state="loading" className={className}>
      {back}
      <p role="status" className="muted">
        {t('detail.loading', { what })}
      </p>
    </div>
  );
}

/** Why the detail could not be shown; `Noun` names it in a sentence ("Invoice", "Service"). */
export function DetailFailure({
  page,
  className,
  back,
  noun,
  id,
  error,
  onRetry,
  onKeyDown
}: DetailFrameProps & {
  readonly noun: string;
  readonly id: string;
  readonly error: unknown;
  readonly onRetry: () => void;
  readonly onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void;
}) {
  const { t } = useTranslation('common');
  const missing = error instanceof BridgeError && error.kind === 'not-found';
  return (
    <div data-page={page} data-view-state="error" className={className} onKeyDown={onKeyDown}>
      {back}
      <div className="banner banner--error" role="alert">
        <span>
          {missing
            ? t('detail.notCached', { noun, id })
            : t('detail.loadFailed', { noun: noun.toLowerCase(), reason: errorMessage(error) })}
        </span>
        {missing ? null : (
          <button type="button" className="button" onClick={onRetry}>
            {t('actions.retry')}
          </button>
        )}
      </div>
    </div>
  );
}
