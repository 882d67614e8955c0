/**
 * The accountant's bundle: for the chosen period, one ZIP with every cached PDF of the
 * invoices issued in it, invoices.csv and transactions.csv, built by main from the cache (so
 * offline too), with progress from `invoices:bundle-progress`; then what it holds and which
 * PDFs are missing, each linking to its invoice.
 */
import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ContractEventPayload } from '@shared/contract';
import { getBridge } from '../../lib/bridge';
import { errorMessage } from '../../lib/call';
import { useLocale } from '../../lib/i18n';
import { navigate, routeHref } from '../../lib/router';
import { formatBytes, formatLocalDate, invoicePath, type Period } from './invoices-lib';
import { useExportBundle } from './invoices-queries';

type BundleProgress = ContractEventPayload<'invoices:bundle-progress'>;

/** The most missing invoices listed by name; the rest are counted. */
const MISSING_LISTED = 100;

export function BundleExport({ period }: { readonly period: Period }) {
  const exportBundle = useExportBundle();
  const { t } = useTranslation('invoices');
  const locale = useLocale();
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
        {t('bundle.title')}
      </h2>
      <p className="muted">
        <Trans
          t={t}
          i18nKey="bundle.intro"
          values={{
            from: formatLocalDate(period.from, locale),
            to: formatLocalDate(period.to, locale)
          }}
          components={{ code: <code /> }}
        />
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
          {busy ? t('bundle.building') : t('bundle.export')}
        </button>
        {busy ? (
          <span
            className="progress"
            role="progressbar"
            aria-label={t('bundle.progress')}
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
            {t('bundle.failed', { reason: errorMessage(exportBundle.error) })}
          </p>
        ) : result ? (
          <>
            <p>
              <Trans
                t={t}
                i18nKey="bundle.saved"
                values={{
                  file: result.filename,
                  size: formatBytes(result.sizeBytes, locale),
                  invoices: t('bundle.invoices', { count: result.invoices }),
                  pdfs: t('bundle.pdfs', { count: result.pdfs }),
                  transactions: t('bundle.transactions', { count: result.transactions })
                }}
                components={{ strong: <strong /> }}
              />
            </p>
            {result.missing.length === 0 ? (
              <p className="bundle__complete">{t('bundle.complete')}</p>
            ) : (
              <>
                <p className="bundle__missing-title">
                  {t('bundle.missing', { count: result.missing.length })}
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
                      <span className="muted">— {t(`bundle.reason.${item.reason}`)}</span>
                    </li>
                  ))}
                </ul>
                {result.missing.length > MISSING_LISTED ? (
                  <p className="muted">
                    {t('bundle.more', { count: result.missing.length - MISSING_LISTED })}
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
