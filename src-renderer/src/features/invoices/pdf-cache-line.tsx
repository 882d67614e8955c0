/**
 * How many invoice PDFs can be shown offline, and the background downloader at work (from
 * `invoices:pdf-progress`): "PDFs offline: 412 of 430 · Downloading 12 of 30".
 */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@shared/i18n/format';
import { useLocale } from '../../lib/i18n';
import type { usePdfProgress } from './use-pdf-progress';

type PdfProgressState = ReturnType<typeof usePdfProgress>;

const SCOPE_KEYS = { '24-months': 'pdfCache.scope24', all: 'pdfCache.scopeAll' } as const;

/** The line under the filter bar (`data-testid="pdf-cache"`). */
export function PdfCacheLine({ state }: { readonly state: PdfProgressState }) {
  const { status, progress, running } = state;
  const { t } = useTranslation('invoices');
  const locale = useLocale();
  if (!status) return null;
  const percent =
    progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <div
      className="pdf-cache"
      data-testid="pdf-cache"
      data-running={running ? 'true' : 'false'}
      role="status"
    >
      <span>
        {t('pdfCache.available', {
          cached: formatNumber(status.cached, locale),
          wanted: formatNumber(status.wanted, locale)
        })}{' '}
        <span className="muted">({t(SCOPE_KEYS[status.scope])})</span>
        {status.failing > 0 ? (
          <span className="pdf-cache__failing">
            {' · '}
            {t('pdfCache.failing', { count: status.failing })}
          </span>
        ) : null}
      </span>
      {running ? (
        <span className="pdf-cache__run">
          <span>
            {progress && progress.total > 0
              ? t('pdfCache.downloadingOf', {
                  done: formatNumber(progress.done, locale),
                  total: formatNumber(progress.total, locale)
                })
              : t('pdfCache.downloading')}
          </span>
          <span
            className="progress"
            role="progressbar"
            aria-label={t('pdfCache.progress')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
          >
            <span className="progress__fill" style={{ width: `${percent}%` }} />
          </span>
        </span>
      ) : progress?.phase === 'failed' && progress.message ? (
        <span className="pdf-cache__failing">
          {t('pdfCache.stopped', { message: progress.message })}
        </span>
      ) : null}
    </div>
  );
}
