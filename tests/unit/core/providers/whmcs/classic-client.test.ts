import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createClassicClient } from '@main/core/providers/whmcs/classic-client';
import { FakeClock } from '@tests/fakes/fake-clock';
import { FakeWhmcs, reply } from './whmcs-test-kit';

/** How PHP reads a form field as a boolean: absent, "" and "0" are false, any other text true. */
function phpTruthy(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0';
}

function clientOver(http: FakeWhmcs) {
  return createClassicClient({
    baseUrl: 'https://billing.example.com/',
    http,
    clock: new FakeClock(),
    auth: () => ({ kind: 'credentials', identifier: 'id-abc', secret: 's3cr3t' })
  });
}

const ok = () => reply(JSON.stringify({ result: 'success' }));

describe('classic WHMCS parameters', () => {
  it('sends true as 1 and leaves a false flag out, never as the words true or false', async () => {
    const http = new FakeWhmcs().action('AddTicketReply', ok());
    await clientOver(http).call(
      'AddTicketReply',
      { ticketid: '41', markdown: true, noemail: false, useframework: 0 },
      z.object({}),
      { idempotent: false }
    );
    const [call] = http.calls('AddTicketReply');
    expect(call?.params.markdown).toBe('1');
    expect(call?.params).not.toHaveProperty('noemail');
    // An explicit number is sent as given: the way to switch off a flag that is on by default.
    expect(call?.params.useframework).toBe('0');
    expect(Object.values(call?.params ?? {})).not.toContain('true');
    expect(Object.values(call?.params ?? {})).not.toContain('false');
  });

  it('every boolean flag reads in PHP as the value the caller meant', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.stringMatching(/^[a-z_]{1,12}$/), fc.boolean(), { maxKeys: 6 }),
        async (flags) => {
          const http = new FakeWhmcs().action('UpdateTicket', ok());
          await clientOver(http).call('UpdateTicket', flags, z.object({}), { idempotent: true });
          const sent = http.calls('UpdateTicket')[0]?.params ?? {};
          for (const [name, value] of Object.entries(flags)) {
            if (['action', 'responsetype', 'identifier', 'secret'].includes(name)) continue;
            expect(phpTruthy(sent[name])).toBe(value);
          }
        }
      ),
      { seed: 20261202, numRuns: 50 }
    );
  });
});
