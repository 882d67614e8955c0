import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resilientHttpFor } from '@main/core/profiles/connect';
import { createWhmcsAdapter } from '@main/core/providers/whmcs/whmcs-adapter';
import { startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { createNodeHttp } from '@main/node/node-http';
import { FakeClock } from '../../fakes/fake-clock';
import { RecordingLogger } from '../../fakes/recording-logger';
import { demoClassicAuth } from '../../fakes/core-kit';

describe('invoice PDFs through CreateSsoToken and dl.php', () => {
  let provider: DemoProvider;
  const clock = new FakeClock('2026-11-22T09:30:00Z');
  const logger = new RecordingLogger();
  const adapter = () =>
    createWhmcsAdapter(
      {
        baseUrl: provider.url,
        auth: demoClassicAuth()
      },
      {
        http: resilientHttpFor({
          http: createNodeHttp(),
          clock,
          logger,
          timeZone: 'Europe/Brussels'
        }),
        clock,
        logger
      }
    );

  beforeAll(async () => {
    provider = await startDemoProvider({ port: 0, size: 'demo', seed: 2, clock });
  });
  afterAll(() => provider.close());

  it('downloads a real PDF of the invoice over the single-sign-on session', async () => {
    const invoice = provider.data.invoices.find((i) => i.status === 'Paid')!;
    const pdf = await adapter().getInvoicePdf!(String(invoice.id));
    const text = Buffer.from(pdf.bytes).toString('latin1');
    expect(text.startsWith('%PDF-1.')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(pdf.filename).toMatch(/\.pdf$/);
    expect(pdf.filename).toContain(invoice.invoicenum || String(invoice.id));
  });

  it('refuses an invoice that does not exist with a not-found error', async () => {
    await expect(adapter().getInvoicePdf!('999999')).rejects.toMatchObject({ kind: 'not-found' });
  });
});
