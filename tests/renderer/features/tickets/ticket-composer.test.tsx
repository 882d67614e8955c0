/**
 * The reply composer and what a sent reply looks like in the thread: limits shown before
 * sending and violations refused with a sentence, files read as base64, and the message
 * states "Sending…", "Sent", "Queued — …" and "Failed: <reason>" with Retry and Discard.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useReplyEchoStore } from '@renderer/features/tickets/ticket-actions';
import type { TicketDetail } from '@shared/contract';
import { err, ok } from '@shared/result';
import {
  detail,
  holdChannel,
  inputsOf,
  LIST,
  openThread,
  outboxItem,
  ticketsBridge
} from '../../tickets-fixtures';

beforeEach(() => {
  useReplyEchoStore.setState({ echoes: [], drafts: new Map() });
});

const composer = (): HTMLElement => screen.getByTestId('composer');
const textbox = (): HTMLElement => within(composer()).getByLabelText('Your reply');
const sendButton = (): HTMLElement =>
  within(composer()).getByRole('button', { name: 'Send reply' });
const fileInput = (): HTMLInputElement =>
  within(composer()).getByTestId('attachment-input') as HTMLInputElement;
const entries = (): HTMLElement[] => screen.queryAllByTestId('outbox-entry');

function file(name: string, content: string | Uint8Array<ArrayBuffer>, type = 'text/plain'): File {
  return new File([content], name, { type });
}

describe('the composer', () => {
  it('shows the attachment limits before anything is sent', async () => {
    await openThread(ticketsBridge());
    expect(within(composer()).getByTestId('attachment-limits').textContent).toBe(
      'Up to 5 files, 2 MB each: .jpg, .jpeg, .gif, .png, .pdf, .txt, .log, .zip — or drop files here.'
    );
  });

  it('refuses an empty message with a sentence and sends nothing', async () => {
    const user = userEvent.setup();
    const bridge = ticketsBridge();
    await openThread(bridge);
    await user.type(textbox(), '   ');
    await user.click(sendButton());
    expect(within(composer()).getByRole('alert').textContent).toBe(
      'Write a message before sending.'
    );
    expect(textbox().getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(textbox());
    expect(bridge.callCount('tickets:reply')).toBe(0);
    expect(entries()).toHaveLength(0);
  });

  it('refuses files of another type, over 2 MB, empty, twice the same, or past five', async () => {
    const user = userEvent.setup({ applyAccept: false });
    await openThread(ticketsBridge());
    await user.upload(fileInput(), [
      file('setup.exe', 'MZ', 'application/octet-stream'),
      file('huge.png', new Uint8Array(2 * 1024 * 1024 + 1), 'image/png'),
      file('empty.txt', '')
    ]);
    const refused = within(composer()).getByTestId('attachment-refused');
    expect(refused.getAttribute('role')).toBe('alert');
    expect(
      within(refused)
        .getAllByRole('listitem')
        .map((li) => li.textContent)
    ).toEqual([
      '“setup.exe” cannot be attached: only .jpg, .jpeg, .gif, .png, .pdf, .txt, .log, .zip files are accepted.',
      '“huge.png” is too large (2.0 MB): the limit is 2 MB per file.',
      '“empty.txt” is empty.'
    ]);
    expect(within(composer()).queryAllByTestId('attachment')).toHaveLength(0);

    await user.upload(
      fileInput(),
      ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => file(`${n}.log`, n))
    );
    await waitFor(() => expect(within(composer()).getAllByTestId('attachment')).toHaveLength(5));
    expect(within(composer()).getByTestId('attachment-refused').textContent).toBe(
      '“f.log” was not added: at most 5 files can be attached.'
    );
    expect(within(composer()).getByRole('button', { name: 'Attach files' })).toHaveProperty(
      'disabled',
      true
    );

    await user.click(within(composer()).getByRole('button', { name: 'Remove a.log' }));
    await user.upload(fileInput(), [file('b.log', 'again')]);
    expect(within(composer()).getByTestId('attachment-refused').textContent).toBe(
      '“b.log” is already attached.'
    );
  });

  it('sends the message with the picked files as base64, and empties itself at once', async () => {
    const user = userEvent.setup();
    const bridge = ticketsBridge();
    const reply = holdChannel(bridge, 'tickets:reply');
    await openThread(bridge);
    await user.type(textbox(), 'Logs **attached**');
    await user.upload(fileInput(), [file('mail.log', 'hello')]);
    await waitFor(() =>
      expect(within(composer()).getByTestId('attachment').textContent).toContain('mail.log')
    );
    await user.click(sendButton());

    expect(reply.inputs).toEqual([
      {
        ticketId: '41',
        message: 'Logs **attached**',
        attachments: [{ name: 'mail.log', type: 'text/plain', dataBase64: 'aGVsbG8=' }]
      }
    ]);
    expect((textbox() as HTMLTextAreaElement).value).toBe('');
    expect(within(composer()).queryAllByTestId('attachment')).toHaveLength(0);
    act(() => reply.release(ok({ item: outboxItem({ state: 'sent' }) })));
  });

  it('takes files dropped onto it', async () => {
    await openThread(ticketsBridge());
    const dropped = file('screenshot.png', 'PNG', 'image/png');
    fireEvent.dragEnter(composer(), { dataTransfer: { types: ['Files'], files: [dropped] } });
    expect(composer().className).toContain('composer--dragging');
    fireEvent.drop(composer(), { dataTransfer: { types: ['Files'], files: [dropped] } });
    await waitFor(() =>
      expect(within(composer()).getByTestId('attachment').textContent).toContain('screenshot.png')
    );
    expect(composer().className).not.toContain('composer--dragging');
  });

  it('sends with Ctrl+Enter', async () => {
    const user = userEvent.setup();
    const bridge = ticketsBridge();
    bridge.handle('tickets:reply', () => ok({ item: outboxItem({ state: 'sent' }) }));
    await openThread(bridge);
    await user.type(textbox(), 'Quick thanks{Control>}{Enter}{/Control}');
    await waitFor(() => expect(bridge.callCount('tickets:reply')).toBe(1));
  });

  it('previews the markdown it will send, as safely as the thread shows it', async () => {
    const user = userEvent.setup();
    await openThread(ticketsBridge());
    await user.type(textbox(), 'A **bold** <img src=x onerror=alert(1)>');
    await user.click(within(composer()).getByRole('radio', { name: 'Preview' }));
    const preview = within(composer()).getByTestId('composer-preview');
    expect(within(preview).getByText('bold').tagName).toBe('STRONG');
    expect(preview.querySelector('img')).toBeNull();
    expect(preview.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('switches Write and Preview with the arrow keys, one tab stop, and back to writing on a problem', async () => {
    const user = userEvent.setup();
    await openThread(ticketsBridge());
    const write = within(composer()).getByRole('radio', { name: 'Write' });
    const preview = within(composer()).getByRole('radio', { name: 'Preview' });
    expect([write.tabIndex, preview.tabIndex]).toEqual([0, -1]);
    write.focus();
    await user.keyboard('{ArrowRight}');
    expect(preview.getAttribute('aria-checked')).toBe('true');
    expect(document.activeElement).toBe(preview);
    expect(within(composer()).getByTestId('composer-preview')).toBeTruthy();
    expect([write.tabIndex, preview.tabIndex]).toEqual([-1, 0]);

    // Sending an empty reply from the preview brings the text field back, with focus in it.
    await user.click(sendButton());
    expect(write.getAttribute('aria-checked')).toBe('true');
    expect(document.activeElement).toBe(textbox());
  });

  it('says that replying reopens a closed ticket', async () => {
    await openThread(ticketsBridge(LIST, { detail: detail({ status: 'Closed' }) }));
    expect(screen.getByTestId('reopen-note').textContent).toBe(
      'This ticket is closed. Replying reopens it.'
    );
    expect(screen.queryByRole('button', { name: 'Close ticket' })).toBeNull();
  });
});

describe('a reply in the thread', () => {
  it('appears at once as "Sending…", then "Sent", and gives way to the message it became', async () => {
    const user = userEvent.setup();
    let thread: TicketDetail = detail();
    const bridge = ticketsBridge();
    bridge.handle('tickets:get', () => ok(thread));
    const reply = holdChannel(bridge, 'tickets:reply');
    await openThread(bridge);
    await user.type(textbox(), 'Thanks, it works now.');
    await user.click(sendButton());

    const entry = screen.getByTestId('outbox-entry');
    expect(entry.getAttribute('data-send-state')).toBe('sending');
    expect(within(entry).getByTestId('outbox-state').textContent).toBe('Sending…');
    expect(within(entry).getByTestId('ticket-message-body').textContent).toBe(
      'Thanks, it works now.'
    );

    act(() => reply.release(ok({ item: outboxItem({ state: 'sent' }) })));
    await waitFor(() => expect(entries()[0]?.getAttribute('data-send-state')).toBe('sent'));
    expect(within(entries()[0]!).getByTestId('outbox-state').textContent).toBe('Sent');

    // The next read of the thread holds the reply as a message posted by this app.
    thread = detail({
      messages: [
        ...detail().messages,
        {
          id: '8',
          author: { name: 'Robin Reseller', kind: 'customer' },
          postedAt: new Date().toISOString(),
          body: 'Thanks, it works now.',
          bodyFormat: 'markdown',
          attachments: [],
          clientMarker: 'hd-1'
        }
      ]
    });
    act(() => bridge.emit('cache:changed', { scopes: ['tickets'] }));
    await waitFor(() => expect(entries()).toHaveLength(0));
    const messages = screen.getAllByTestId('ticket-message');
    expect(messages).toHaveLength(3);
    expect(within(messages[2]!).getByTestId('message-sent').textContent).toBe('Sent from Hostdeck');
    expect(within(messages[1]!).queryByTestId('message-sent')).toBeNull();
  });

  it('shows a reply stored while offline as queued, with Discard', async () => {
    const user = userEvent.setup();
    const bridge = ticketsBridge();
    const queued = outboxItem({
      state: 'queued',
      lastError: { kind: 'offline', message: 'The provider cannot be reached.' }
    });
    bridge.handle('tickets:reply', () => ok({ item: queued }));
    await openThread(bridge);
    await user.type(textbox(), 'Thanks, it works now.');
    await user.click(sendButton());
    await waitFor(() => expect(entries()[0]?.getAttribute('data-send-state')).toBe('queued'));
    expect(within(entries()[0]!).getByTestId('outbox-state').textContent).toBe(
      'Queued — will be sent when the provider is reachable'
    );
    expect(within(entries()[0]!).queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(within(entries()[0]!).getByRole('button', { name: 'Discard' })).toBeTruthy();
  });

  it('shows a refused reply as "Failed: <reason>"; Retry asks main again, Discard drops it', async () => {
    const user = userEvent.setup();
    let thread: TicketDetail = detail();
    const failed = outboxItem({
      state: 'failed',
      attempts: 1,
      lastError: { kind: 'provider', message: 'Ticket is locked by staff' }
    });
    const bridge = ticketsBridge();
    bridge.handle('tickets:get', () => ok(thread));
    bridge.handle('tickets:reply', () => {
      thread = detail({ outbox: [failed] });
      return ok({ item: failed });
    });
    bridge.handle('outbox:retry', () => {
      thread = detail({ outbox: [{ ...failed, state: 'queued', attempts: 2 }] });
      return ok({ item: { ...failed, state: 'queued', attempts: 2 } });
    });
    bridge.handle('outbox:discard', () => {
      thread = detail();
      return ok({});
    });
    await openThread(bridge);
    await user.type(textbox(), 'Thanks, it works now.');
    await user.click(sendButton());

    await waitFor(() => expect(entries()[0]?.getAttribute('data-send-state')).toBe('failed'));
    expect(within(entries()[0]!).getByTestId('outbox-state').textContent).toBe(
      'Failed: The provider answered with an error (Ticket is locked by staff)'
    );
    // One entry, not two: the echo and the thread's outbox item are the same write.
    expect(entries()).toHaveLength(1);

    await user.click(within(entries()[0]!).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(inputsOf(bridge, 'outbox:retry')).toEqual([{ id: 'ob-1' }]));
    await waitFor(() => expect(entries()[0]?.getAttribute('data-send-state')).toBe('queued'));

    await user.click(within(entries()[0]!).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(inputsOf(bridge, 'outbox:discard')).toEqual([{ id: 'ob-1' }]));
    await waitFor(() => expect(entries()).toHaveLength(0));
  });

  it('keeps a reply main refused to store, with its reason; Retry sends the same reply again', async () => {
    const user = userEvent.setup();
    const bridge = ticketsBridge();
    bridge.handle('tickets:reply', () =>
      err('invalid-input', 'Invalid input for tickets:reply: ticketId: Which ticket?')
    );
    await openThread(bridge);
    await user.type(textbox(), 'Hello');
    await user.click(sendButton());
    await waitFor(() => expect(entries()[0]?.getAttribute('data-send-state')).toBe('failed'));
    expect(within(entries()[0]!).getByTestId('outbox-state').textContent).toBe(
      'Failed: The request was not valid (Invalid input for tickets:reply: ticketId: Which ticket?)'
    );

    bridge.handle('tickets:reply', () =>
      ok({ item: outboxItem({ state: 'sent', message: 'Hello' }) })
    );
    await user.click(within(entries()[0]!).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(entries()[0]?.getAttribute('data-send-state')).toBe('sent'));
    expect(inputsOf(bridge, 'tickets:reply')).toEqual([
      { ticketId: '41', message: 'Hello', attachments: [] },
      { ticketId: '41', message: 'Hello', attachments: [] }
    ]);
  });

  it('discards a refused reply without asking main', async () => {
    const user = userEvent.setup();
    const bridge = ticketsBridge();
    bridge.handle('tickets:reply', () => err('internal', 'The cache is locked.'));
    await openThread(bridge);
    await user.type(textbox(), 'Hello');
    await user.click(sendButton());
    await waitFor(() => expect(entries()[0]?.getAttribute('data-send-state')).toBe('failed'));
    await user.click(within(entries()[0]!).getByRole('button', { name: 'Discard' }));
    expect(entries()).toHaveLength(0);
    expect(bridge.callCount('outbox:discard')).toBe(0);
  });

  it('shows writes stored elsewhere (the CLI, an earlier session) from the thread outbox', async () => {
    await openThread(
      ticketsBridge(LIST, {
        detail: detail({
          outbox: [
            outboxItem({ id: 'ob-7', message: 'Sent from cron', state: 'queued' }),
            outboxItem({
              id: 'ob-8',
              kind: 'close',
              message: null,
              state: 'failed',
              lastError: { kind: 'provider', message: 'Access denied' }
            })
          ]
        })
      })
    );
    const [reply, close] = entries();
    expect(reply!.getAttribute('data-send-state')).toBe('queued');
    expect(reply!.textContent).toContain('Sent from cron');
    expect(close!.getAttribute('data-kind')).toBe('close');
    expect(within(close!).getByTestId('outbox-state').textContent).toBe(
      'Failed: The provider answered with an error (Access denied)'
    );
  });
});
