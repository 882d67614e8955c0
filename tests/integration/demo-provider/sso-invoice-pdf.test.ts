import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { FakeClock } from '../../fakes/fake-clock';
import { callApi } from './api-client';
import { pdfStructureProblems, pdfText } from './pdf-structure';

let provider: DemoProvider;
let clock: FakeClock;

beforeAll(async () => {
  clock = new FakeClock('2026-11-22T09:00:00Z');
  provider = await startDemoProvider({ size: 'demo', seed: 5, clock });
});
afterAll(() => provider.close());

async function ssoFor(path: string): Promise<string> {
  const reply = await callApi(provider, {
    action: 'CreateSsoToken',
    client_id: 1,
    destination: 'sso:custom_redirect',
    sso_redirect_path: path
  });
  expect(reply.result).toBe('success');
  expect(String(reply.redirect_url)).toMatch(/\/oauth\/singlesignon\.php\?access_token=[0-9a-f]+$/);
  return String(reply.redirect_url);
}

async function login(redirectUrl: string): Promise<Response> {
  return fetch(redirectUrl, { redirect: 'manual' });
}

describe('CreateSsoToken and dl.php', () => {
  it('downloads a valid invoice PDF through the SSO redirect and its session cookie', async () => {
    const invoice = provider.data.invoices.find((i) => i.status === 'Paid' && i.invoicenum !== '');
    const landing = await login(await ssoFor(`dl.php?type=i&id=${invoice?.id}`));
    expect(landing.status).toBe(302);
    expect(landing.headers.get('location')).toBe(`/dl.php?type=i&id=${invoice?.id}`);
    const cookie = landing.headers.get('set-cookie')?.split(';')[0] ?? '';
    expect(cookie).toMatch(/^WHMCS\w+=\w+$/);

    const pdf = await fetch(new URL(landing.headers.get('location') ?? '', provider.url), {
      headers: { cookie }
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    expect(pdfStructureProblems(bytes)).toEqual([]);
    const text = pdfText(bytes);
    expect(text).toContain(`Invoice #${invoice?.invoicenum}`);
    expect(text).toContain('Status: Paid');
    expect(text).toContain(`Total: ${(Number(invoice?.totalMinor) / 100).toFixed(2)} EUR`);
    expect(text).toContain(invoice?.items[0]?.description ?? '<missing>');
  });

  it('serves the HTML login page from dl.php without a session', async () => {
    const res = await fetch(`${provider.url}/dl.php?type=i&id=${provider.data.invoices[0]?.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('Login');
  });

  it('accepts an SSO token only once', async () => {
    const url = await ssoFor('clientarea.php');
    expect((await login(url)).headers.get('set-cookie')).not.toBeNull();
    const second = await login(url);
    expect(second.headers.get('set-cookie')).toBeNull();
    expect(second.headers.get('location')).toMatch(/^\/login\.php/);
  });

  it('expires an unused SSO token after 60 seconds of clock time', async () => {
    const url = await ssoFor('clientarea.php');
    clock.advance(60_001);
    const res = await login(url);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('requires sso_redirect_path for a custom redirect', async () => {
    const reply = await callApi(provider, {
      action: 'CreateSsoToken',
      client_id: 1,
      destination: 'sso:custom_redirect'
    });
    expect(reply.result).toBe('error');
  });
});
