import { describe, expect, it } from 'vitest';
import { FakeClock } from '@tests/fakes/fake-clock';
import { createWhmcsAdapter } from '@main/core/providers/whmcs/whmcs-adapter';
import {
  AuthError,
  IpNotAllowedError,
  NetworkError,
  NotFoundError,
  ProtocolError,
  ProviderError,
  RateLimitedError,
  ValidationError
} from '@main/core/providers/errors';
import { FakeWhmcs, fixture, reply } from './whmcs-test-kit';

function adapterFor(http: FakeWhmcs) {
  return createWhmcsAdapter(
    {
      baseUrl: 'https://billing.example.com/',
      auth: { mode: 'classic', identifier: 'i', secret: 's', clientId: '7' },
      usage: 'disabled'
    },
    { http, clock: new FakeClock('2026-11-22T09:00:00Z') }
  );
}

const getAccount = (http: FakeWhmcs) => adapterFor(http).getAccount();

describe('WHMCS classic error mapping', () => {
  it.each([
    ['error-authentication-failed.json', AuthError, 'auth'],
    ['error-invalid-ip.json', IpNotAllowedError, 'ip-not-allowed'],
    ['error-department-not-found.json', NotFoundError, 'not-found'],
    ['error-message-required.json', ValidationError, 'invalid-input'],
    ['error-other.json', ProviderError, 'provider']
  ])('maps HTTP 200 result:error from %s to %o', async (name, type, kind) => {
    const http = new FakeWhmcs().action('GetClientsDetails', fixture(name));
    const error = await getAccount(http).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(type);
    expect(error).toMatchObject({ kind });
  });

  it('keeps the IP address the provider saw in the message', async () => {
    const http = new FakeWhmcs().action('GetClientsDetails', fixture('error-invalid-ip.json'));
    await expect(getAccount(http)).rejects.toThrow(/203\.0\.113\.7/);
  });

  it('keeps the provider text of an unclassified error', async () => {
    const http = new FakeWhmcs().action('GetClientsDetails', fixture('error-other.json'));
    await expect(getAccount(http)).rejects.toMatchObject({
      providerMessage: 'Something odd happened'
    });
  });

  it('turns an HTML page (a PHP fatal error) into a ProtocolError that says so', async () => {
    const http = new FakeWhmcs().action('GetClientsDetails', fixture('php-fatal-error.html'));
    const error = await getAccount(http).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProtocolError);
    expect((error as Error).message).toMatch(/GetClientsDetails returned an HTML page/);
  });

  it('turns a truncated JSON reply into a ProtocolError', async () => {
    const http = new FakeWhmcs().action('GetClientsDetails', fixture('truncated-reply.txt'));
    await expect(getAccount(http)).rejects.toThrow(/not valid JSON \(truncated\?\)/);
  });

  it('turns a reply of an unknown shape into a ProtocolError instead of crashing', async () => {
    const noResult = new FakeWhmcs().action('GetClientsDetails', reply('{"client":{}}'));
    await expect(getAccount(noResult)).rejects.toThrow(/no result "success"/);
    const wrongShape = new FakeWhmcs().action(
      'GetClientsDetails',
      reply('{"result":"success","client":"nobody"}')
    );
    await expect(getAccount(wrongShape)).rejects.toBeInstanceOf(ProtocolError);
    const notObject = new FakeWhmcs().action('GetClientsDetails', reply('[1,2,3]'));
    await expect(getAccount(notObject)).rejects.toBeInstanceOf(ProtocolError);
  });

  it('accepts a success that carries a deprecation warning', async () => {
    const http = new FakeWhmcs().action('AddTicketReply', fixture('success-with-warning.json'));
    await expect(adapterFor(http).replyToTicket('1', { message: 'hi' })).resolves.toBeUndefined();
  });

  it('maps transport statuses: 401, 403, 429 with Retry-After, 5xx HTML', async () => {
    const cases: [number, Record<string, string>, unknown][] = [
      [401, {}, AuthError],
      [403, {}, IpNotAllowedError],
      [429, { 'retry-after': '30' }, RateLimitedError],
      [502, { 'content-type': 'text/html' }, ProviderError]
    ];
    for (const [status, headers, type] of cases) {
      const body =
        status === 502 ? '<html>Bad gateway</html>' : '{"result":"error","message":"nope"}';
      const http = new FakeWhmcs().action(
        'GetClientsDetails',
        reply(body, status, { 'content-type': 'application/json', ...headers })
      );
      const error = await getAccount(http).catch((e: unknown) => e);
      expect(error, `HTTP ${status}`).toBeInstanceOf(type);
      if (status === 429) expect((error as RateLimitedError).retryAfterSeconds).toBe(30);
    }
  });

  it('reports expected failures from testConnection as reasons instead of throwing', async () => {
    const cases: [FakeWhmcs, string][] = [
      [
        new FakeWhmcs().action('GetClientsDetails', fixture('error-authentication-failed.json')),
        'auth'
      ],
      [
        new FakeWhmcs().action('GetClientsDetails', fixture('error-invalid-ip.json')),
        'ip-not-allowed'
      ],
      [new FakeWhmcs().action('GetClientsDetails', fixture('php-fatal-error.html')), 'protocol'],
      [
        new FakeWhmcs().action('GetClientsDetails', () =>
          Promise.reject(new NetworkError('Could not reach billing.example.com'))
        ),
        'network'
      ]
    ];
    for (const [http, reason] of cases) {
      await expect(adapterFor(http).testConnection()).resolves.toMatchObject({ ok: false, reason });
    }
    const ok = await adapterFor(
      new FakeWhmcs().action('GetClientsDetails', fixture('get-clients-details.json'))
    ).testConnection();
    expect(ok).toMatchObject({ ok: true, capabilities: { invoices: true } });
  });
});
