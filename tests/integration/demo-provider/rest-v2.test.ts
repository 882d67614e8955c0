import { afterEach, describe, expect, it } from 'vitest';
import { demoCredentials, startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { FakeClock } from '../../fakes/fake-clock';
import { callApi, listOf } from './api-client';

let provider: DemoProvider | undefined;
afterEach(async () => {
  await provider?.close();
  provider = undefined;
});

async function start(twoFactor = false): Promise<DemoProvider> {
  provider = await startDemoProvider({
    size: 'demo',
    seed: 9,
    clock: new FakeClock('2026-11-22T09:00:00Z'),
    twoFactor
  });
  return provider;
}

const post = (p: DemoProvider, path: string, body: unknown): Promise<Response> =>
  fetch(`${p.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body)
  });

async function token(p: DemoProvider): Promise<string> {
  const res = await post(p, '/api/v2/login', {
    email: demoCredentials.email,
    password: demoCredentials.password
  });
  expect(res.status).toBe(200);
  return String(((await res.json()) as { token: string }).token);
}

const get = (p: DemoProvider, path: string, bearer?: string): Promise<Response> =>
  fetch(`${p.url}${path}`, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });

describe('WHMCS 9 REST login', () => {
  it('returns 200 with a bearer token when 2FA is off', async () => {
    const p = await start();
    expect(await token(p)).toMatch(/^[0-9a-f]{32,}$/);
  });

  it('returns 401 for bad credentials', async () => {
    const p = await start();
    const res = await post(p, '/api/v2/login', { email: demoCredentials.email, password: 'wrong' });
    expect(res.status).toBe(401);
  });

  it('returns 202 with a challenge when 2FA is on, then 412 for a wrong code and 200 for the right one', async () => {
    const p = await start(true);
    const first = await post(p, '/api/v2/login', {
      email: demoCredentials.email,
      password: demoCredentials.password
    });
    expect(first.status).toBe(202);
    const body = (await first.json()) as { second_factor_required: boolean; challenge: string };
    expect(body.second_factor_required).toBe(true);
    expect(
      (await post(p, '/api/v2/login/second-factor', { challenge: body.challenge, code: '000000' }))
        .status
    ).toBe(412);
    const ok = await post(p, '/api/v2/login/second-factor', {
      challenge: body.challenge,
      code: demoCredentials.twoFactorCode
    });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { token: string }).token).toBeTruthy();
    expect(
      (
        await post(p, '/api/v2/login/second-factor', {
          challenge: body.challenge,
          code: demoCredentials.twoFactorCode
        })
      ).status
    ).toBe(412);
  });
});

describe('WHMCS 9 REST user resources', () => {
  it('rejects /user/invoices without a bearer token', async () => {
    const p = await start();
    expect((await get(p, '/api/v2/user/invoices')).status).toBe(401);
  });

  it('pages invoices with numbers for money and a meta object', async () => {
    const p = await start();
    const bearer = await token(p);
    const seen: unknown[] = [];
    let page = 1;
    let total: number;
    for (;;) {
      const res = await get(p, `/api/v2/user/invoices?page=${page}&page_size=25`, bearer);
      expect(res.status).toBe(200);
      const body = (await res.json()) as {
        data: Record<string, unknown>[];
        meta: { total: number; page: number; page_size: number };
      };
      expect(body.meta).toMatchObject({ page, page_size: 25 });
      total = body.meta.total;
      seen.push(...body.data.map((d) => d.id));
      if (body.data.length > 0) {
        expect(typeof body.data[0]?.total).toBe('number');
        expect(typeof body.data[0]?.balance).toBe('number');
      }
      if (page * 25 >= total) break;
      page++;
    }
    expect(total).toBe(p.data.invoices.length);
    expect(new Set(seen).size).toBe(total);
  });

  it('defaults page_size to 50 and rejects more than 500', async () => {
    const p = await start();
    const bearer = await token(p);
    const body = (await (await get(p, '/api/v2/user/invoices', bearer)).json()) as {
      data: unknown[];
      meta: { page_size: number };
    };
    expect(body.meta.page_size).toBe(50);
    expect(body.data).toHaveLength(50);
    expect((await get(p, '/api/v2/user/invoices?page_size=501', bearer)).status).toBe(422);
  });

  it('lists domains with days_to_expiry and auto_renew as the inverse of donotrenew', async () => {
    const p = await start();
    const bearer = await token(p);
    const body = (await (await get(p, '/api/v2/user/domains?page_size=500', bearer)).json()) as {
      data: Record<string, unknown>[];
    };
    const soon = body.data.find((d) => d.days_to_expiry === 7);
    const model = p.data.domains.find((d) => d.id === soon?.id);
    expect(soon?.auto_renew).toBe(!model?.donotrenew);
    expect(body.data.find((d) => d.status === 'Grace')?.in_grace_period).toBe(true);
    expect(body.data.find((d) => d.expiry_date === null)?.status).toBe('Pending');
  });

  it('lets the bearer token call the classic API, scoped to the logged-in client', async () => {
    const p = await start();
    const bearer = await token(p);
    const tickets = await callApi(p, { action: 'GetTickets' }, { bearer });
    expect(Number(tickets.totalresults)).toBe(p.data.tickets.length);
    const foreign = await callApi(p, { action: 'GetClientsDetails', clientid: 2 }, { bearer });
    expect((foreign.client as Record<string, unknown>).id).toBe(1);
    const usage = await callApi(p, { action: 'GetUsageIntervals', limitnum: 1 }, { bearer });
    expect(listOf(usage, 'intervals', 'interval')).toHaveLength(1);
    expect(await callApi(p, { action: 'GetTickets' }, { bearer: 'not-a-token' })).toEqual({
      result: 'error',
      message: 'Authentication Failed'
    });
  });
});
