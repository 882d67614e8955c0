import { describe, expect, it } from 'vitest';
import { FakeClock } from '@tests/fakes/fake-clock';
import { createWhmcsAdapter } from '@main/core/providers/whmcs/whmcs-adapter';
import { NotFoundError } from '@main/core/providers/errors';
import { classicProvider, fixture, type FakeWhmcs } from './whmcs-test-kit';

function adapterFor(http: FakeWhmcs) {
  return createWhmcsAdapter(
    {
      baseUrl: 'https://billing.example.com/whmcs',
      auth: { mode: 'classic', identifier: 'id-abc', secret: 's3cr3t', clientId: '7' },
      timeZone: 'Europe/Brussels'
    },
    { http, clock: new FakeClock('2026-11-22T09:00:00Z') }
  );
}

/** Decodes WHMCS's attachments parameter back into its JSON list. */
function decodeAttachments(param: string | undefined): unknown {
  return JSON.parse(Buffer.from(param ?? '', 'base64').toString('utf8'));
}

describe('WHMCS ticket writes', () => {
  it('sends a reply as markdown with its files as base64 of a JSON list of {name, data}', async () => {
    const http = classicProvider().action('AddTicketReply', fixture('add-ticket-reply.json'));
    const data = Buffer.from('disk full\n').toString('base64');
    await adapterFor(http).replyToTicket('41', {
      message: 'See the log',
      attachments: [{ name: 'error.log', dataBase64: data }],
      clientMarker: 'abc123'
    });
    const [call] = http.calls('AddTicketReply');
    expect(call?.params).toMatchObject({
      ticketid: '41',
      clientid: '7',
      markdown: '1',
      message: 'See the log\n\n[hd:abc123]'
    });
    expect(decodeAttachments(call?.params.attachments)).toEqual([{ name: 'error.log', data }]);
  });

  it('sends no attachments parameter for a reply without files', async () => {
    const http = classicProvider().action('AddTicketReply', fixture('add-ticket-reply.json'));
    await adapterFor(http).replyToTicket('41', { message: 'Thanks' });
    expect(http.calls('AddTicketReply')[0]?.params).not.toHaveProperty('attachments');
  });

  it('opens a ticket about a service, with files', async () => {
    const http = classicProvider().action('OpenTicket', fixture('open-ticket.json'));
    await adapterFor(http).openTicket({
      departmentId: '2',
      subject: 'Slow site',
      message: 'It is **slow**',
      priority: 'low',
      relatedServiceId: '12',
      attachments: [{ name: 'a.png', dataBase64: 'iVBORw==' }]
    });
    const [call] = http.calls('OpenTicket');
    expect(call?.params).toMatchObject({
      serviceid: '12',
      priority: 'Low',
      markdown: '1'
    });
    expect(call?.params).not.toHaveProperty('domainid');
    expect(decodeAttachments(call?.params.attachments)).toEqual([
      { name: 'a.png', data: 'iVBORw==' }
    ]);
  });

  it('closes a ticket with UpdateTicket status=Closed and accepts the bare success answer', async () => {
    const http = classicProvider().action('UpdateTicket', fixture('add-ticket-reply.json'));
    await adapterFor(http).closeTicket('41');
    expect(http.calls('UpdateTicket')[0]?.params).toMatchObject({
      ticketid: '41',
      status: 'Closed'
    });
  });

  it('reports an unknown ticket on close as not found', async () => {
    const http = classicProvider().action('UpdateTicket', fixture('error-invoice-not-found.json'));
    await expect(adapterFor(http).closeTicket('999')).rejects.toBeInstanceOf(NotFoundError);
  });
});
