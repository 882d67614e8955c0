/**
 * The invoice's PDF inside the app, drawn by pdf.js into canvases as wide as the panel. It
 * reads the cached file (offline too); a PDF not cached yet is downloaded when the provider
 * answers, and otherwise the panel says it is not downloaded yet. `data-pdf-state` on the panel
 * (missing | loading | rendering | ready | error) is what end-to-end tests wait on.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvoiceDetailView, InvoicePdf, PdfProgressView } from '@shared/contract';
import { BridgeError, errorMessage } from '../../lib/call';
import { useLocale } from '../../lib/i18n';
import { formatBytes } from './invoices-lib';
import { useInvoicePdf } from './invoices-queries';
import { isCancelled, openPdf, type OpenedPdf } from './pdf-render';
import { base64ToBytes } from './save-file';

/** The widest a page is drawn, in CSS pixels: wider only makes lines longer to read. */
const MAX_PAGE_WIDTH = 820;

/** The width of an element, following resizes (rounded to steps, so drags do not redraw often). */
function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.clientWidth / 20) * 20);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** The document opened from one answer of the PDF query, or why it could not be. */
type Opened =
  | { readonly source: InvoicePdf; readonly pdf: OpenedPdf }
  | { readonly source: InvoicePdf; readonly error: string };

/** The outcome of drawing one document at one width (and attempt). */
interface Drawn {
  readonly key: string;
  readonly error: string | null;
}

/** The PDF panel of the invoice view. */
export function InvoicePdfViewer({
  invoice,
  online,
  progress
}: {
  readonly invoice: InvoiceDetailView;
  readonly online: boolean;
  /** The background downloader's latest event, to show it at work. */
  readonly progress: PdfProgressView | null;
}) {
  const { pdf } = invoice;
  const query = useInvoicePdf(invoice.id, pdf.fetchedAt, pdf.cached || online);
  const frame = useRef<HTMLDivElement>(null);
  const canvases = useRef<(HTMLCanvasElement | null)[]>([]);
  const width = useWidth(frame);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  const [attempt, setAttempt] = useState(0);
  const { t } = useTranslation('invoices');
  const locale = useLocale();

  // Open the document when its bytes arrive (a refetch with equal bytes keeps the same object).
  const data = query.data;
  useEffect(() => {
    if (!data) return;
    let cancelled = false;
    let result: OpenedPdf | null = null;
    openPdf(base64ToBytes(data.base64)).then(
      (doc) => {
        if (cancelled) return doc.close();
        result = doc;
        setOpened({ source: data, pdf: doc });
      },
      (error: unknown) => {
        if (!cancelled) setOpened({ source: data, error: errorMessage(error) });
      }
    );
    return () => {
      cancelled = true;
      result?.close();
    };
  }, [data, attempt]);

  const current = opened !== null && opened.source === data ? opened : null;
  const doc = current && 'pdf' in current ? current.pdf : null;
  const cssWidth = Math.min(width, MAX_PAGE_WIDTH);
  const drawKey = `${pdf.fetchedAt ?? ''}:${cssWidth}:${attempt}`;

  // Draw every page at the panel's width; a resize redraws.
  useEffect(() => {
    if (!doc || cssWidth === 0) return;
    let cancelled = false;
    const pages = Array.from({ length: doc.pageCount }, (_, i) => i + 1);
    Promise.all(
      pages.map((n) => {
        const canvas = canvases.current[n - 1];
        return canvas ? doc.drawPage(n, canvas, cssWidth) : Promise.resolve();
      })
    ).then(
      () => {
        if (!cancelled) setDrawn({ key: drawKey, error: null });
      },
      (error: unknown) => {
        if (!cancelled && !isCancelled(error))
          setDrawn({ key: drawKey, error: errorMessage(error) });
      }
    );
    return () => {
      cancelled = true;
      doc.cancelDraws();
    };
  }, [doc, cssWidth, drawKey]);

  const thisDraw = drawn?.key === drawKey ? drawn : null;
  const problem = current && 'error' in current ? current.error : (thisDraw?.error ?? null);
  const notCachedOffline =
    (!pdf.cached && !online) ||
    (query.error instanceof BridgeError && query.error.kind === 'offline');
  const state = notCachedOffline
    ? 'missing'
    : query.isError || problem !== null
      ? 'error'
      : !data
        ? 'loading'
        : thisDraw !== null
          ? 'ready'
          : 'rendering';
  const downloadingHere = progress?.phase === 'downloading' && progress.invoiceId === invoice.id;

  return (
    <section
      className="card pdf-panel"
      aria-labelledby="invoice-pdf-title"
      data-testid="invoice-pdf"
      data-pdf-state={state}
      aria-busy={state === 'loading' || state === 'rendering'}
    >
      <div className="pdf-panel__head">
        <h3 id="invoice-pdf-title">{t('pdf.title')}</h3>
        <span className="muted pdf-panel__meta" data-testid="invoice-pdf-meta">
          {pdf.cached
            ? pdf.sizeBytes !== null
              ? t('pdf.availableOfflineSize', { size: formatBytes(pdf.sizeBytes, locale) })
              : t('pdf.availableOffline')
            : data?.source === 'provider'
              ? t('pdf.downloadedNow')
              : t('pdf.notDownloaded')}
        </span>
      </div>
      {state === 'missing' ? (
        <div className="pdf-panel__message" role="status">
          <p>
            <strong>{t('pdf.notDownloadedTitle')}</strong>{' '}
            {downloadingHere ? t('pdf.downloadingNow') : t('pdf.willDownload')}
          </p>
          {query.isError ? (
            <button type="button" className="button" onClick={() => void query.refetch()}>
              {t('pdf.tryAgain')}
            </button>
          ) : null}
        </div>
      ) : state === 'error' ? (
        <div className="banner banner--error" role="alert">
          <span>
            {t('pdf.cannotShow', {
              reason: query.isError ? errorMessage(query.error) : (problem ?? '')
            })}
          </span>
          <button
            type="button"
            className="button"
            onClick={() => {
              if (query.isError) void query.refetch();
              else setAttempt((n) => n + 1);
            }}
          >
            {t('pdf.retry')}
          </button>
        </div>
      ) : state === 'loading' ? (
        <p className="muted pdf-panel__message" role="status">
          {pdf.cached ? t('pdf.opening') : t('pdf.downloading')}
        </p>
      ) : null}
      <div
        ref={frame}
        className="pdf-panel__pages"
        hidden={state === 'missing' || state === 'error' || state === 'loading'}
      >
        {doc
          ? Array.from({ length: doc.pageCount }, (_, i) => (
              <canvas
                key={i}
                ref={(element) => {
                  canvases.current[i] = element;
                }}
                className="pdf-panel__page"
                role="img"
                aria-label={t('pdf.page', {
                  number: invoice.number,
                  page: i + 1,
                  pages: doc.pageCount
                })}
                data-testid="invoice-pdf-page"
              />
            ))
          : null}
      </div>
    </section>
  );
}
