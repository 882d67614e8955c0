/**
 * Opening and closing tickets from the inbox, new tickets not yet sent, and the outbox in
 * the status bar with "Send now".
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { err, ok } from '@shared/result';
import { renderReadyApp } from '../../render-app';
import {
  detail,
  holdChannel,
  inputsOf,
  LIST,
  openRoute,
  openThread,
  outboxItem,
  ticketsBridge
} from '../../tickets-fixtures';
import type { FakeBridge } from '../../fake-bridge';
import { domainList } from '../../domains-fixtures';

beforeEach(() => {
  window.location.hash = '';
});

const form = (): HTMLElement => screen.getByTestId('open-ticket-form');

async function openForm(bridge: FakeBridge) {
  const user = userEvent.setup();
  await openRoute(bridge, 'tickets');
  await screen.findByTestId('tickets-table');
  await user.click(screen.getByRole('button', { name: 'New ticket' }));
  await screen.findByTestId('open-ticket-form');
  // The departments come from the cache.
  await within(form()).findByRole('option', { name: 'Billing' });
  return user;
}

describe('the open-ticket form', () => {
  it('moves focus to the department when it opens, and back to "New ticket" on Escape', async () => {
    const user = await openForm(ticketsBridge());
    expect(document.activeElement).toBe(within(form()).getByLabelText('Department'));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('open-ticket-form')).toBeNull());
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New ticket' }))
    );
  });

  it('refuses a draft without department, subject or message, field by field, sending nothing', async () => {
    const bridge = ticketsBridge();
    const user = await openForm(bridge);
    await user.click(within(form()).getByRole('button', { name: 'Open ticket' }));
    const alerts = within(form())
      .getAllByRole('alert')
      .map((a) => a.textContent);
    expect(alerts).toEqual([
      'Choose a department.',
      'Write a subject.',
      'Write a message before sending.'
    ]);
    expect(within(form()).getByLabelText('Department').getAttribute('aria-invalid')).toBe('true');
    await waitFor(() =>
      expect(document.activeElement).toBe(within(form()).getByLabelText('Department'))
    );
    expect(bridge.callCount('tickets:open')).toBe(0);
  });

  it('opens a ticket with department, subject, message, priority, a related domain and a file', async () => {
    const bridge = ticketsBridge();
    bridge.handle('domains:list', (input) =>
      ok(
        domainList(
          [
            {
              id: 'd7',
              name: 'example.org',
              status: 'active',
              expiresOn: null,
              nextDueOn: null,
              daysLeft: null,
              autoRenew: null,
              renewalPrice: null,
              registrar: null,
              alert: null
            }
          ],
          input
        )
      )
    );
    bridge.handle('services:list', () =>
      ok({
        services: [
          {
            id: 's3',
            name: 'Reseller 10 GB',
            group: null,
            domain: 'shop.example.org',
            status: 'active',
            billingCycle: null,
            recurringAmount: null,
            nextDueOn: null,
            registeredOn: null,
            disk: null,
            bandwidth: null,
            serverHostname: null
          }
        ],
        total: 1,
        cachedCount: 1,
        statusCounts: { active: 1 }
      })
    );
    const open = holdChannel(bridge, 'tickets:open');
    const user = await openForm(bridge);
    await user.selectOptions(within(form()).getByLabelText('Department'), 'Billing');
    await user.type(within(form()).getByLabelText('Subject'), '  Refund for March ');
    await user.type(within(form()).getByLabelText('Message'), 'Please refund **March**.');
    await user.click(within(form()).getByRole('radio', { name: 'High' }));
    await within(form()).findByRole('option', { name: 'example.org' });
    await within(form()).findByRole('option', { name: 'Reseller 10 GB — shop.example.org' });
    const related = within(form()).getByLabelText('Related service or domain');
    expect(
      within(related)
        .getAllByRole('group')
        .map((g) => g.getAttribute('label'))
    ).toEqual(['Services', 'Domains']);
    await user.selectOptions(related, 'example.org');
    await user.upload(within(form()).getByTestId('attachment-input'), [
      new File(['%PDF'], 'invoice.pdf', { type: 'application/pdf' })
    ]);
    await waitFor(() => expect(within(form()).getAllByTestId('attachment')).toHaveLength(1));
    await user.click(within(form()).getByRole('button', { name: 'Open ticket' }));

    expect(open.inputs).toEqual([
      {
        departmentId: '2',
        subject: 'Refund for March',
        message: 'Please refund **March**.',
        priority: 'high',
        related: { kind: 'domain', id: 'd7' },
        attachments: [{ name: 'invoice.pdf', type: 'application/pdf', dataBase64: 'JVBERg==' }]
      }
    ]);
    expect(within(form()).getByRole('button', { name: 'Opening…' })).toHaveProperty(
      'disabled',
      true
    );
    act(() =>
      open.release(
        ok({
          item: outboxItem({ kind: 'open', state: 'sent', ticketId: '77', subject: 'Refund' })
        })
      )
    );
    // Opened at the provider: the new ticket's thread is shown.
    await waitFor(() => expect(window.location.hash).toBe('#/tickets/77'));
  });

  it('can relate the ticket to a cached service', async () => {
    const bridge = ticketsBridge();
    bridge.handle('services:list', () =>
      ok({
        services: [
          {
            id: 's3',
            name: 'Reseller 10 GB',
            group: null,
            domain: null,
            status: 'active',
            billingCycle: null,
            recurringAmount: null,
            nextDueOn: null,
            registeredOn: null,
            disk: null,
            bandwidth: null,
            serverHostname: null
          }
        ],
        total: 1,
        cachedCount: 1,
        statusCounts: { active: 1 }
      })
    );
    const open = holdChannel(bridge, 'tickets:open');
    const user = await openForm(bridge);
    await user.selectOptions(within(form()).getByLabelText('Department'), 'Technical');
    await user.type(within(form()).getByLabelText('Subject'), 'Disk full');
    await user.type(within(form()).getByLabelText('Message'), 'Please look');
    await within(form()).findByRole('option', { name: 'Reseller 10 GB' });
    await user.selectOptions(
      within(form()).getByLabelText('Related service or domain'),
      'Reseller 10 GB'
    );
    await user.click(within(form()).getByRole('button', { name: 'Open ticket' }));
    expect(open.inputs[0]).toMatchObject({ related: { kind: 'service', id: 's3' } });
  });

  it('closes on a queued ticket, says so, and lists it as not yet sent with Discard', async () => {
    const bridge = ticketsBridge();
    let items = [] as ReturnType<typeof outboxItem>[];
    bridge.handle('outbox:list', () => ok({ items }));
    bridge.handle('tickets:open', () => {
      items = [
        outboxItem({ id: 'ob-9', kind: 'open', ticketId: null, subject: 'DNS', state: 'queued' })
      ];
      return ok({ item: items[0]! });
    });
    const user = await openForm(bridge);
    await user.selectOptions(within(form()).getByLabelText('Department'), 'Technical');
    await user.type(within(form()).getByLabelText('Subject'), 'DNS');
    await user.type(within(form()).getByLabelText('Message'), 'Zone is empty');
    await user.click(within(form()).getByRole('button', { name: 'Open ticket' }));

    await waitFor(() => expect(screen.queryByTestId('open-ticket-form')).toBeNull());
    expect(screen.getByTestId('open-outcome').textContent).toBe(
      '“DNS” is queued and will be opened when the provider is reachable.'
    );
    const unsent = await screen.findByTestId('unsent-ticket');
    expect(unsent.textContent).toContain('Queued — will be sent when the provider is reachable');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New ticket' }))
    );
    await user.click(within(unsent).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(inputsOf(bridge, 'outbox:discard')).toEqual([{ id: 'ob-9' }]));
  });

  it('keeps the form open with main’s reason when the ticket was not stored', async () => {
    const bridge = ticketsBridge();
    bridge.handle('tickets:open', () =>
      err('invalid-input', 'Invalid input for tickets:open: departmentId: Unknown department')
    );
    const user = await openForm(bridge);
    await user.selectOptions(within(form()).getByLabelText('Department'), 'Technical');
    await user.type(within(form()).getByLabelText('Subject'), 'DNS');
    await user.type(within(form()).getByLabelText('Message'), 'Zone is empty');
    await user.click(within(form()).getByRole('button', { name: 'Open ticket' }));
    expect((await within(form()).findByTestId('open-error')).textContent).toBe(
      'The ticket was not stored: The request was not valid (Invalid input for tickets:open: departmentId: Unknown department)'
    );
    expect((within(form()).getByLabelText('Subject') as HTMLInputElement).value).toBe('DNS');
  });
});

describe('closing a ticket', () => {
  it('sends tickets:close and notes that replying reopens', async () => {
    const user = userEvent.setup();
    const bridge = ticketsBridge();
    let thread = detail();
    bridge.handle('tickets:get', () => ok(thread));
    bridge.handle('tickets:close', () => {
      thread = detail({ status: 'Closed', awaitingYou: false });
      return ok({ item: outboxItem({ kind: 'close', message: null, state: 'sent' }) });
    });
    await openThread(bridge);
    expect(screen.getByText('Closing is not final: replying reopens the ticket.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Close ticket' }));
    await waitFor(() => expect(inputsOf(bridge, 'tickets:close')).toEqual([{ ticketId: '41' }]));
    expect(await screen.findByText('Closed. Replying reopens the ticket.')).toBeTruthy();
    expect(screen.getByTestId('reopen-note')).toBeTruthy();
  });

  it('shows a close request waiting to be sent, and does not offer Close twice', async () => {
    await openThread(
      ticketsBridge(LIST, {
        detail: detail({ outbox: [outboxItem({ kind: 'close', message: null, state: 'queued' })] })
      })
    );
    expect(screen.getByRole('button', { name: 'Close ticket' })).toHaveProperty('disabled', true);
    expect(screen.getByText('Close request waiting to be sent.')).toBeTruthy();
    expect(screen.getByTestId('outbox-entry').getAttribute('data-kind')).toBe('close');
  });

  it('says why a close could not be stored', async () => {
    const user = userEvent.setup();
    const bridge = ticketsBridge();
    bridge.handle('tickets:close', () => err('not-found', 'This ticket is not in the cache.'));
    await openThread(bridge);
    await user.click(screen.getByRole('button', { name: 'Close ticket' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The ticket was not closed: The provider did not find what was asked for (This ticket is not in the cache.)'
    );
  });
});

describe('the outbox in the status bar', () => {
  it('counts writes waiting and failed, and "Send now" sends them', async () => {
    const user = userEvent.setup();
    let items = [
      outboxItem({ id: 'a', state: 'queued' }),
      outboxItem({ id: 'b', state: 'queued' }),
      outboxItem({ id: 'c', state: 'failed' }),
      outboxItem({ id: 'd', state: 'sent' })
    ];
    const bridge = ticketsBridge();
    bridge.handle('outbox:list', () => ok({ items }));
    bridge.handle('outbox:send', () => {
      items = items.map((i) => (i.state === 'queued' ? { ...i, state: 'sent' as const } : i));
      return ok({ sent: 2, failed: 0, queued: 0 });
    });
    await renderReadyApp(bridge);
    const status = await screen.findByTestId('status-outbox');
    expect(status.getAttribute('data-pending')).toBe('2');
    expect(within(status).getByRole('button', { name: /Outbox/ }).textContent).toBe(
      'Outbox: 2 waiting to send, 1 failed'
    );
    await user.click(within(status).getByRole('button', { name: 'Send now' }));
    await waitFor(() => expect(bridge.callCount('outbox:send')).toBe(1));
    await waitFor(() =>
      expect(screen.getByTestId('status-outbox').textContent).toContain('Outbox: 1 failed')
    );
    expect(screen.queryByRole('button', { name: 'Send now' })).toBeNull();
  });

  it('follows outbox:changed, and shows nothing when everything is sent', async () => {
    let items = [outboxItem({ state: 'queued' })];
    const bridge = ticketsBridge();
    bridge.handle('outbox:list', () => ok({ items }));
    await renderReadyApp(bridge);
    await screen.findByTestId('status-outbox');
    items = [outboxItem({ state: 'sent' })];
    act(() => bridge.emit('outbox:changed', { pending: 0, failed: 0 }));
    await waitFor(() => expect(screen.queryByTestId('status-outbox')).toBeNull());
  });

  it('says when Send now finds the provider still unreachable', async () => {
    const user = userEvent.setup();
    const bridge = ticketsBridge(LIST, { outbox: [outboxItem({ state: 'queued' })] });
    bridge.handle('outbox:send', () => ok({ sent: 0, failed: 0, queued: 1 }));
    await renderReadyApp(bridge);
    await user.click(await screen.findByRole('button', { name: 'Send now' }));
    expect(await screen.findByText('The provider is not reachable yet.')).toBeTruthy();
  });
});
