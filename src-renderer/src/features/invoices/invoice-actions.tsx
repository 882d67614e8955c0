/**
 * The invoice's buttons: "Save PDF…" (from the cache, offline too), "Pay" (the provider's
 * payment page through the vetted external-link path; needs the provider) and "Copy number",
 * with a one-line outcome announced to screen readers.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvoiceDetailView } from '@shared/contract';
import { errorMessage } from '../../lib/call';
import { i18n } from '../../lib/i18n';
import { usePayInvoice, useSavePdf } from './invoices-queries';

/** Writes text to the clipboard; the textarea route covers browsers without the async API. */
async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) throw new Error(i18n.t('invoices:actions.noClipboard'));
}

type Outcome = { readonly tone: 'ok' | 'error'; readonly text: string } | null;

export function InvoiceActions({
  invoice,
  online
}: {
  readonly invoice: InvoiceDetailView;
  readonly online: boolean;
}) {
  const save = useSavePdf();
  const pay = usePayInvoice();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const { t } = useTranslation('invoices');
  const canSave = invoice.pdf.cached || online;

  const run = async (action: () => Promise<string>) => {
    setOutcome(null);
    try {
      setOutcome({ tone: 'ok', text: await action() });
    } catch (error) {
      setOutcome({ tone: 'error', text: errorMessage(error) });
    }
  };

  return (
    <div className="invoice-actions">
      <div className="invoice-actions__buttons">
        <button
          type="button"
          className="button"
          disabled={!canSave || save.isPending}
          title={canSave ? undefined : t('actions.saveUnavailable')}
          onClick={() =>
            void run(async () => t('actions.saved', { file: await save.mutateAsync(invoice.id) }))
          }
        >
          {save.isPending ? t('actions.saving') : t('actions.savePdf')}
        </button>
        {invoice.payable ? (
          <button
            type="button"
            className="button button--primary"
            disabled={!online || pay.isPending}
            title={online ? t('actions.payTitle') : t('actions.payOffline')}
            onClick={() =>
              void run(async () => {
                const { singleSignOn } = await pay.mutateAsync(invoice.id);
                return singleSignOn ? t('actions.paySso') : t('actions.payLogin');
              })
            }
          >
            {pay.isPending ? t('actions.opening') : t('actions.pay')}
          </button>
        ) : null}
        <button
          type="button"
          className="button"
          onClick={() =>
            void run(async () => {
              await copyText(invoice.number);
              return t('actions.copied', { number: invoice.number });
            })
          }
        >
          {t('actions.copy')}
        </button>
      </div>
      <p
        className={`invoice-actions__outcome${outcome?.tone === 'error' ? ' invoice-actions__outcome--error' : ''}`}
        role="status"
        data-testid="invoice-action-outcome"
      >
        {outcome?.text ?? (invoice.payable && !online ? t('actions.payOfflineNow') : '')}
      </p>
    </div>
  );
}
