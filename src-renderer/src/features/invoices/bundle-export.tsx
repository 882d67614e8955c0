/**
 * The accountant's bundle: for the chosen period, one ZIP with every cached PDF of the
 * invoices issued in it, invoices.csv and transactions.csv, built by main from the cache (so
 * offline too), with progress from `invoices:bundle-progress`; then what it holds and which
 * PDFs are missing, each linking to its invoice.
 */
import { useEffect, useState } from 'react';
import type { ContractEventPayload } from '../../../../src-shared/contract';
import { getBridge } from '../../lib/bridge';
import { errorMessage } from '../../lib/call';
import { navigate, routeHref } from '../../lib/router';
import { formatBytes, formatLocalDate, invoicePath, type Period } from './invoices-lib';
import { useExportBundle } from './invoices-queries';

type BundleProgress = ContractEventPayload<'invoices:bundle-progress'>;

/** The most missing invoices listed by name; the rest are counted. */
const MISSING_LISTED = 100;

const MISSING_WORDS = {
  'not-cached': 'not downloaded yet',
  'file-missing': 'the cached file is gone',
  'checksum-mismatch': 'the cached file is damaged',
  'not-a-pdf': 'the provider sent something else than a PDF'
} as const;

export function BundleExport({ period }: { readonly period: Period }) {
  const exportBundle = useExportBundle();
  const [progress, setProgress] = useState<BundleProgress | null>(null);
  useEffect(() => getBridge().on('invoices:bundle-progress', setProgress), []);
  // A result speaks of its period only.
  const { reset } = exportBundle;
  useEffect(() => reset(), [period.from, period.to, reset]);

  const result = exportBundle.data;
  const busy = exportBundle.isPending;
  const percent =
    progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;

  return (
    <section className="card bundle" aria-labelledby="bundle-title" data-testid="bundle">
      <h2 id="bundle-title" className="billing__section-title">
        Accountant&apos;s bundle
      </h2>
      <p className="muted">
        One ZIP with the PDF of every invoice issued from {formatLocalDate(period.from)} to{' '}
        {formatLocalDate(period.to)}, <code>invoices.csv</code> and <code>transactions.csv</code>.
        It is made from what Hostdeck has cached, so it works offline; PDFs not downloaded yet are
        listed below.
      </p>
      <div className="bundle__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => {
            setProgress(null);
            exportBundle.mutate(period);
          }}
        >
          {busy ? 'Building the bundle…' : 'Export bundle (ZIP)'}
        </button>
        {busy ? (
          <span
            className="progress"
            role="progressbar"
            aria-label="Bundle progress"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
          >
            <span className="progress__fill" style={{ width: `${percent}%` }} />
          </span>
        ) : null}
      </div>
      <div role="status" data-testid="bundle-outcome">
        {exportBundle.isError ? (
          <p className="bundle__error">
            The bundle could not be made: {errorMessage(exportBundle.error)}
          </p>
        ) : result ? (
          <>
            <p>
              Saved <strong>{result.filename}</strong> ({formatBytes(result.sizeBytes)}):{' '}
              {result.invoices} invoice{result.invoices === 1 ? '' : 's'}, {result.pdfs} PDF
              {result.pdfs === 1 ? '' : 's'}, {result.transactions} transaction
              {result.transactions === 1 ? '' : 's'}.
            </p>
            {result.missing.length === 0 ? (
              <p className="bundle__complete">Every invoice of the period has its PDF.</p>
            ) : (
              <>
                <p className="bundle__missing-title">
                  {result.missing.length} PDF{result.missing.length === 1 ? ' is' : 's are'} missing
                  from the bundle:
                </p>
                <ul className="bundle__missing" data-testid="bundle-missing">
                  {result.missing.slice(0, MISSING_LISTED).map((item) => (
                    <li key={item.invoiceId}>
                      <a
                        href={routeHref(invoicePath(item.invoiceId))}
                        onClick={(event) => {
                          event.preventDefault();
                          navigate(invoicePath(item.invoiceId));
                        }}
                      >
                        {item.number}
                      </a>{' '}
                      <span className="muted">— {MISSING_WORDS[item.reason]}</span>
                    </li>
                  ))}
                </ul>
                {result.missing.length > MISSING_LISTED ? (
                  <p className="muted">
                    … and {result.missing.length - MISSING_LISTED} more. They are downloaded in the
                    background after each sync, or when you open the invoice.
                  </p>
                ) : null}
              </>
            )}
          </>
        ) : null}
      </div>
    </section>
  );
}
