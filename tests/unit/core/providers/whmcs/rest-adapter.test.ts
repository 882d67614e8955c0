import { describe, expect, it } from 'vitest';
import { FakeClock } from '@tests/fakes/fake-clock';
import { createWhmcsAdapter } from '@main/core/providers/whmcs/whmcs-adapter';
import type { WhmcsAdapterConfig } from '@main/core/providers/whmcs/config';
import {
  AuthError,
  IpNotAllowedError,
  SecondFactorRequiredError,
  UnsupportedError,
  ValidationError
} from '@main/core/providers/errors';
import { invoiceSchema } from '@shared/model';
import { allPages, FakeWhmcs, fixture } from './whmcs-test-kit';

const rest: WhmcsAdapterConfig = {
  baseUrl: 'https://billing.example.com',
  auth: { mode: 'rest', email: 'ada@example.com', password: 'pw' },
  currency: 'EUR'
};

function adapterFor(http: FakeWhmcs, overrides: Partial<WhmcsAdapterConfig> = {}) {
  return createWhmcsAdapter(
    { ...rest, ...overrides },
    { http, clock: new FakeClock('2026-11-22T09:00:00Z') }
  );
}

const loginOk = () => new FakeWhmcs().on('POST /api/v2/login', fixture('rest-login.json'));

describe('WHMCS REST adapter', () => {
  it('logs in with email and password, then pages /user/invoices with the bearer token', async () => {
    const http = loginOk().on(
      'GET /api/v2/user/invoices',
      fixture('rest-user-invoices-page-1.json'),
      fixture('rest-user-invoices-page-2.json')
    );
    const adapter = adapterFor(http);
    const pages = await allPages(adapter.pages('invoices', { pageSize: 2 }));
    const login = http.requests[0];
    expect(login?.url).toBe('https://billing.example.com/api/v2/login');
    expect(JSON.parse(login?.body as string)).toEqual({ email: 'ada@example.com', password: 'pw' });
    const gets = http.requests.filter((r) => r.method === 'GET');
    expect(gets.map((r) => [r.params.page, r.params.page_size, r.headers?.authorization])).toEqual([
      ['1', '2', 'Bearer eyJhbGciOi.rest-token-1'],
      ['2', '2', 'Bearer eyJhbGciOi.rest-token-1']
    ]);
    expect(pages.map((p) => [p.offset, p.nextOffset, p.total])).toEqual([
      [0, 2, 3],
      [2, null, 3]
    ]);
    const invoices = pages.flatMap((p) => p.items);
    expect(invoices[0]).toMatchObject({
      number: '201',
      total: { amountMinor: 1940, currency: 'EUR' },
      balance: { amountMinor: 1940, currency: 'EUR' },
      isOverdue: true,
      tax: null
    });
    expect(invoices[1]).toMatchObject({
      number: '2026-0202',
      issuedOn: '2026-11-01',
      status: 'paid'
    });
    expect(invoices[2]?.status).toBe('payment_pending');
    for (const i of invoices) expect(invoiceSchema.safeParse(i).success).toBe(true);
    expect(adapter.sessionToken()).toBe('eyJhbGciOi.rest-token-1');
  });

  it('reads /user/domains with expiry and status, and auto-renew only when the provider sends it', async () => {
    const http = loginOk().on('GET /api/v2/user/domains', fixture('rest-user-domains.json'));
    const domains = (await allPages(adapterFor(http).pages('domains'))).flatMap((p) => p.items);
    expect(domains.map((d) => [d.id, d.name, d.status, d.expiresOn, d.autoRenew])).toEqual([
      ['11', 'ada.example', 'active', '2026-12-01', null],
      ['12', 'old-shop.example', 'grace', '2026-11-10', false]
    ]);
    expect(domains[1]).toMatchObject({
      registeredOn: '2020-01-01',
      nextDueOn: '2026-11-10',
      recurringAmount: { amountMinor: 1500, currency: 'EUR' }
    });
    expect(domains[0]).toMatchObject({
      registeredOn: null,
      nextDueOn: null,
      recurringAmount: null
    });
  });

  it('surfaces a 202 login as SecondFactorRequiredError and finishes it with completeSecondFactor', async () => {
    const http = new FakeWhmcs()
      .on('POST /api/v2/login', fixture('rest-login-second-factor.json', 202))
      .on('POST /api/v2/login/second-factor', fixture('rest-second-factor.json'))
      .on('GET /api/v2/user/domains', fixture('rest-user-domains.json'));
    const adapter = adapterFor(http);
    const result = await adapter.testConnection();
    expect(result).toMatchObject({ ok: false, reason: 'second-factor', challenge: 'ch-5521' });
    const error = await allPages(adapter.pages('domains')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecondFactorRequiredError);

    await adapter.completeSecondFactor('ch-5521', '123456');
    const secondFactor = http.requests.find((r) => r.path === '/api/v2/login/second-factor');
    expect(JSON.parse(secondFactor?.body as string)).toEqual({
      challenge: 'ch-5521',
      code: '123456'
    });
    await allPages(adapter.pages('domains'));
    expect(http.requests.at(-1)?.headers?.authorization).toBe('Bearer eyJhbGciOi.rest-token-2fa');
  });

  it('maps login statuses 401, 403 and 422 to typed errors', async () => {
    const cases: [string, number, unknown][] = [
      ['rest-error-401.json', 401, AuthError],
      ['rest-error-403.json', 403, IpNotAllowedError],
      ['rest-error-422.json', 422, ValidationError]
    ];
    for (const [name, status, type] of cases) {
      const http = new FakeWhmcs().on('POST /api/v2/login', fixture(name, status));
      const error = await allPages(adapterFor(http).pages('invoices')).catch((e: unknown) => e);
      expect(error, `HTTP ${status}`).toBeInstanceOf(type);
    }
  });

  it('maps a 412 on the second-factor step to AuthError', async () => {
    const http = new FakeWhmcs().on(
      'POST /api/v2/login/second-factor',
      fixture('rest-error-412.json', 412)
    );
    await expect(adapterFor(http).completeSecondFactor('ch', '000000')).rejects.toThrow(
      /second-factor code was not accepted: Two-factor/
    );
  });

  it('logs in again once when a kept token has expired', async () => {
    const http = loginOk().on(
      'GET /api/v2/user/domains',
      fixture('rest-error-401.json', 401),
      fixture('rest-user-domains.json')
    );
    const adapter = adapterFor(http, {
      auth: { mode: 'rest', email: 'ada@example.com', password: 'pw', token: 'old' }
    });
    const domains = (await allPages(adapter.pages('domains'))).flatMap((p) => p.items);
    expect(domains).toHaveLength(2);
    expect(
      http.requests.map((r) => `${r.method} ${r.path} ${r.headers?.authorization ?? ''}`)
    ).toEqual([
      'GET /api/v2/user/domains Bearer old',
      'POST /api/v2/login ',
      'GET /api/v2/user/domains Bearer eyJhbGciOi.rest-token-1'
    ]);
  });

  it('shares one login between requests made at the same time', async () => {
    const http = loginOk()
      .on('GET /api/v2/user/domains', fixture('rest-user-domains.json'))
      .on('GET /api/v2/user/invoices', fixture('rest-user-invoices-page-2.json'));
    const adapter = adapterFor(http);
    await Promise.all([allPages(adapter.pages('domains')), allPages(adapter.pages('invoices'))]);
    expect(http.requests.filter((r) => r.path === '/api/v2/login')).toHaveLength(1);
  });

  it('reports tickets, services, account and usage as unsupported on a stock WHMCS 9', async () => {
    const adapter = adapterFor(loginOk(), { usage: 'enabled' });
    expect(adapter.capabilities()).toMatchObject({
      invoices: true,
      domains: true,
      tickets: false,
      services: false,
      account: false,
      invoicePdf: false,
      usageSnapshots: false
    });
    await expect(allPages(adapter.pages('tickets'))).rejects.toBeInstanceOf(UnsupportedError);
    await expect(adapter.getAccount()).rejects.toBeInstanceOf(UnsupportedError);
    await expect(
      allPages(adapter.getUsage({ from: '2026-11-01T00:00:00Z', to: '2026-11-02T00:00:00Z' }))
    ).rejects.toBeInstanceOf(UnsupportedError);
  });

  it('sends classic actions with the bearer token when the provider bridges them (demo provider)', async () => {
    const http = loginOk()
      .action('GetClientsDetails', fixture('get-clients-details.json'))
      .action('GetSupportDepartments', fixture('get-support-departments.json'))
      .action('GetTickets', fixture('get-tickets.json'));
    const adapter = adapterFor(http, { classicActionsWithBearer: true });
    expect(adapter.capabilities()).toMatchObject({ tickets: true, services: true, account: true });
    const tickets = (await allPages(adapter.pages('tickets'))).flatMap((p) => p.items);
    expect(tickets).toHaveLength(2);
    const call = http.calls('GetTickets')[0];
    expect(call?.headers?.authorization).toBe('Bearer eyJhbGciOi.rest-token-1');
    expect(call?.params.identifier).toBeUndefined();
    expect(call?.params.secret).toBeUndefined();
    expect(call?.params.clientid).toBeUndefined();
  });

  it('passes a connection test by logging in and reading one invoice page', async () => {
    const http = loginOk().on(
      'GET /api/v2/user/invoices',
      fixture('rest-user-invoices-page-1.json')
    );
    await expect(adapterFor(http).testConnection()).resolves.toMatchObject({
      ok: true,
      capabilities: { invoices: true, tickets: false }
    });
    expect(http.requests.find((r) => r.method === 'GET')?.params.page_size).toBe('1');
  });
});
