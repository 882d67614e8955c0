import { describe, expect, it } from 'vitest';
import { FakeClock } from '@tests/fakes/fake-clock';
import { createResilientHttp } from '@main/core/http/resilient-http';
import { createWhmcsAdapter } from '@main/core/providers/whmcs/whmcs-adapter';
import { ProviderError, RateLimitedError } from '@main/core/providers/errors';
import { allPages, classicProvider, fixture, reply } from './whmcs-test-kit';

function wire(http: ReturnType<typeof classicProvider>) {
  const clock = new FakeClock('2026-11-22T09:00:00Z');
  const resilient = createResilientHttp({
    http,
    clock,
    random: () => 0,
    timeoutMs: 10_000,
    maxAttempts: 3,
    baseDelayMs: 100,
    maxDelayMs: 1_000,
    maxRetryAfterSeconds: 60,
    circuit: { failureThreshold: 10, probeAfterMs: 30_000 }
  });
  const adapter = createWhmcsAdapter(
    {
      baseUrl: 'https://billing.example.com',
      auth: { mode: 'classic', identifier: 'i', secret: 's', clientId: '7' },
      usage: 'disabled'
    },
    { http: resilient, clock }
  );
  return { adapter, clock };
}

describe('WHMCS adapter behind resilient http', () => {
  it('retries read actions posted to api.php', async () => {
    const http = classicProvider().action(
      'GetClientsProducts',
      reply('<html>503</html>', 503, { 'content-type': 'text/html' }),
      fixture('get-clients-products.json')
    );
    const { adapter, clock } = wire(http);
    const pages = await allPages(adapter.pages('services'));
    expect(pages[0]?.items).toHaveLength(2);
    expect(http.calls('GetClientsProducts')).toHaveLength(2);
    expect(clock.sleeps).toEqual([0]);
  });

  it('never repeats a ticket reply after a 503', async () => {
    const http = classicProvider().action(
      'AddTicketReply',
      reply('<html>503</html>', 503, { 'content-type': 'text/html' }),
      fixture('add-ticket-reply.json')
    );
    const { adapter } = wire(http);
    await expect(
      adapter.replyToTicket('41', { message: 'hi', clientMarker: 'm1' })
    ).rejects.toBeInstanceOf(ProviderError);
    expect(http.calls('AddTicketReply')).toHaveLength(1);
  });

  it('reports a rate limit it will not wait for as RateLimitedError with the delay', async () => {
    const http = classicProvider().action(
      'GetClientsProducts',
      reply('{}', 429, { 'retry-after': '600' })
    );
    const { adapter } = wire(http);
    const error = await allPages(adapter.pages('services')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).toBe(600);
    expect(http.calls('GetClientsProducts')).toHaveLength(1);
  });
});
