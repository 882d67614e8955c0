import { describe, expect, it } from 'vitest';
import { FakeClock } from '@tests/fakes/fake-clock';
import { createWhmcsAdapter } from '@main/core/providers/whmcs/whmcs-adapter';
import { ProtocolError, ProviderError } from '@main/core/providers/errors';
import { FakeWhmcs, fixture, reply } from './whmcs-test-kit';

const PDF = new TextEncoder().encode('%PDF-1.7\n%fake invoice\n');

function adapterFor(http: FakeWhmcs) {
  return createWhmcsAdapter(
    {
      baseUrl: 'https://billing.example.com',
      auth: { mode: 'classic', identifier: 'i', secret: 's', clientId: '7' },
      usage: 'disabled'
    },
    { http, clock: new FakeClock() }
  );
}

function ssoProvider(final: Parameters<FakeWhmcs['on']>[1]): FakeWhmcs {
  return new FakeWhmcs()
    .action('CreateSsoToken', fixture('create-sso-token.json'))
    .on(
      'GET /oauth/singlesignon.php',
      reply('', 302, {
        location: '/dl.php?type=i&id=101',
        'set-cookie':
          'WHMCSy551iLvnhYt7=abc123; path=/; secure; HttpOnly\nWHMCSLang=english; expires=Fri, 21 Nov 2027 10:00:00 GMT; path=/'
      })
    )
    .on('GET /dl.php', final);
}

describe('WHMCS invoice PDF via single sign-on', () => {
  it('asks CreateSsoToken for a dl.php redirect, keeps the session cookie from the 302 and downloads the PDF', async () => {
    const http = ssoProvider(
      reply(PDF, 200, {
        'content-type': 'application/pdf',
        'content-disposition': 'attachment; filename="Invoice-101.pdf"'
      })
    );
    const pdf = await adapterFor(http).getInvoicePdf('101');
    expect(pdf.filename).toBe('Invoice-101.pdf');
    expect(pdf.bytes).toEqual(PDF);
    expect(http.calls('CreateSsoToken')[0]?.params).toMatchObject({
      client_id: '7',
      destination: 'sso:custom_redirect',
      sso_redirect_path: 'dl.php?type=i&id=101'
    });
    const [sso, download] = http.requests.filter((r) => r.method === 'GET');
    expect(sso?.url).toBe('https://billing.example.com/oauth/singlesignon.php?access_token=5f1e2d');
    expect(download?.url).toBe('https://billing.example.com/dl.php?type=i&id=101');
    expect(download?.headers?.cookie).toBe('WHMCSy551iLvnhYt7=abc123; WHMCSLang=english');
  });

  it('names the file after the invoice when the provider gives no filename', async () => {
    const http = ssoProvider(reply(PDF, 200, { 'content-type': 'application/octet-stream' }));
    await expect(adapterFor(http).getInvoicePdf('101')).resolves.toMatchObject({
      filename: 'invoice-101.pdf'
    });
  });

  it('reports an HTML page instead of the PDF as a failed single sign-on', async () => {
    const http = ssoProvider(
      reply('<html>Login</html>', 200, { 'content-type': 'text/html; charset=utf-8' })
    );
    const error = await adapterFor(http)
      .getInvoicePdf('101')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as Error).message).toMatch(/Single sign-on to the client area failed/);
  });

  it('refuses to carry the session to another site', async () => {
    const http = new FakeWhmcs()
      .action('CreateSsoToken', fixture('create-sso-token.json'))
      .on(
        'GET /oauth/singlesignon.php',
        reply('', 302, { location: 'https://evil.example/dl.php', 'set-cookie': 's=1' })
      );
    await expect(adapterFor(http).getInvoicePdf('101')).rejects.toBeInstanceOf(ProtocolError);
    expect(http.requests.some((r) => r.url.startsWith('https://evil.example'))).toBe(false);
  });
});
