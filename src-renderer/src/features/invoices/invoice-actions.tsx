/**
 * The invoice's buttons: "Save PDF…" (from the cache, offline too), "Pay" (the provider's
 * payment page through the vetted external-link path; needs the provider) and "Copy number",
 * with a one-line outcome announced to screen readers.
 */
import { useState } from 'react';
import type { InvoiceDetailView } from '../../../../src-shared/contract';
import { errorMessage } from '../../lib/call';
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
  if (!copied) throw new Error('The clipboard is not available here.');
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
          title={canSave ? undefined : 'The PDF is not downloaded yet and the provider is offline'}
          onClick={() => void run(async () => `Saved ${await save.mutateAsync(invoice.id)}`)}
        >
          {save.isPending ? 'Saving…' : 'Save PDF…'}
        </button>
        {invoice.payable ? (
          <button
            type="button"
            className="button button--primary"
            disabled={!online || pay.isPending}
            title={
              online
                ? 'Opens the payment page in your browser'
                : 'Paying needs your provider, which cannot be reached'
            }
            onClick={() =>
              void run(async () => {
                const { singleSignOn } = await pay.mutateAsync(invoice.id);
                return singleSignOn
                  ? 'The payment page opened in your browser, already logged in.'
                  : 'The payment page opened in your browser; log in there to pay.';
              })
            }
          >
            {pay.isPending ? 'Opening…' : 'Pay'}
          </button>
        ) : null}
        <button
          type="button"
          className="button"
          onClick={() =>
            void run(async () => {
              await copyText(invoice.number);
              return `Copied ${invoice.number}`;
            })
          }
        >
          Copy number
        </button>
      </div>
      <p
        className={`invoice-actions__outcome${outcome?.tone === 'error' ? ' invoice-actions__outcome--error' : ''}`}
        role="status"
        data-testid="invoice-action-outcome"
      >
        {outcome?.text ??
          (invoice.payable && !online
            ? 'Paying needs your provider, which cannot be reached right now.'
            : '')}
      </p>
    </div>
  );
}
