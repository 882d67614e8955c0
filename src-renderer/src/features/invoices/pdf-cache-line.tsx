/**
 * How many invoice PDFs can be shown offline, and the background downloader at work (from
 * `invoices:pdf-progress`): "PDFs offline: 412 of 430 · Downloading 12 of 30".
 */
import type { usePdfProgress } from './use-pdf-progress';

type PdfProgressState = ReturnType<typeof usePdfProgress>;

const SCOPE_WORDS = {
  '24-months': 'unpaid and the last 24 months',
  all: 'every invoice'
} as const;

/** The line under the filter bar (`data-testid="pdf-cache"`). */
export function PdfCacheLine({ state }: { readonly state: PdfProgressState }) {
  const { status, progress, running } = state;
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
        PDFs available offline: {status.cached.toLocaleString()} of {status.wanted.toLocaleString()}{' '}
        <span className="muted">({SCOPE_WORDS[status.scope]})</span>
        {status.failing > 0 ? (
          <span className="pdf-cache__failing"> · {status.failing} failed, retried later</span>
        ) : null}
      </span>
      {running ? (
        <span className="pdf-cache__run">
          <span>
            Downloading
            {progress && progress.total > 0 ? ` ${progress.done} of ${progress.total}` : '…'}
          </span>
          <span
            className="progress"
            role="progressbar"
            aria-label="PDF downloads"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
          >
            <span className="progress__fill" style={{ width: `${percent}%` }} />
          </span>
        </span>
      ) : progress?.phase === 'failed' && progress.message ? (
        <span className="pdf-cache__failing">Downloads stopped: {progress.message}</span>
      ) : null}
    </div>
  );
}
