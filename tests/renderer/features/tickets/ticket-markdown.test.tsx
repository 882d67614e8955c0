/**
 * Ticket messages are untrusted. Markdown is rendered the way WHMCS does, but HTML in a
 * message shows as text, images are never loaded, and links leave only through main's
 * vetted `app:open-external`.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TicketMessage } from '@shared/model';
import { err, ok } from '@shared/result';
import { detail, inputsOf, LIST, openThread, ticketsBridge } from '../../tickets-fixtures';

afterEach(() => vi.restoreAllMocks());

function message(body: string, bodyFormat: 'markdown' | 'text' = 'markdown'): TicketMessage {
  return {
    id: '9',
    author: { name: 'Mallory', kind: 'staff' },
    postedAt: null,
    body,
    bodyFormat,
    attachments: [],
    clientMarker: null
  };
}

async function showMessage(body: string, bodyFormat: 'markdown' | 'text' = 'markdown') {
  const bridge = ticketsBridge(LIST, { detail: detail({ messages: [message(body, bodyFormat)] }) });
  await openThread(bridge);
  return { bridge, body: screen.getByTestId('ticket-message-body') };
}

const thread = (): HTMLElement => screen.getByTestId('ticket-thread');

describe('markdown in ticket messages', () => {
  it('renders WHMCS markdown: emphasis, lists, code, tables and strikethrough', async () => {
    const { body } = await showMessage(
      [
        'It still happens on **two** of my _accounts_:',
        '',
        '- `mail.example.com`',
        '- ~~web~~',
        '',
        '| Host | Status |',
        '| ---- | ------ |',
        '| mx1  | down   |'
      ].join('\n')
    );
    expect(within(body).getByText('two').tagName).toBe('STRONG');
    expect(within(body).getByText('accounts').tagName).toBe('EM');
    expect(within(body).getByText('mail.example.com').tagName).toBe('CODE');
    expect(within(body).getByText('web').tagName).toBe('DEL');
    expect(within(body).getAllByRole('listitem')).toHaveLength(2);
    expect(within(body).getByRole('table')).toBeTruthy();
    expect(body.textContent).not.toContain('**');
  });

  it('keeps single line breaks, as WHMCS shows them, but not inside code', async () => {
    const { body } = await showMessage('Dana Demo\nMain Street 1\n\n```\nline a\nline b\n```');
    const paragraph = within(body).getByText(/Dana Demo/);
    expect(paragraph.querySelectorAll('br')).toHaveLength(1);
    expect(paragraph.textContent).toBe('Dana Demo\nMain Street 1');
    expect(body.querySelector('pre br')).toBeNull();
    expect(body.querySelector('pre')?.textContent).toBe('line a\nline b\n');
  });

  it('shows a <script> block and an <img onerror> as text, never as HTML', async () => {
    const { body } = await showMessage(
      '<script>window.__pwned = 1</script>\n\nLook: <img src=x onerror="window.__pwned=2"> done'
    );
    expect(thread().querySelector('script')).toBeNull();
    expect(thread().querySelector('img')).toBeNull();
    expect(thread().querySelector('[onerror]')).toBeNull();
    expect(body.textContent).toContain('<script>window.__pwned = 1</script>');
    expect(body.textContent).toContain('<img src=x onerror="window.__pwned=2">');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('keeps plain-text messages as text with their line breaks', async () => {
    const { body } = await showMessage('a **b**\n<b>c</b>', 'text');
    expect(body.textContent).toBe('a **b**\n<b>c</b>');
    expect(thread().querySelector('b, strong')).toBeNull();
  });

  it('never loads an image: it becomes a link opened like any other', async () => {
    const user = userEvent.setup();
    const { bridge, body } = await showMessage('![tracking pixel](https://tracker.example/p.png)');
    expect(thread().querySelector('img')).toBeNull();
    await user.click(within(body).getByRole('link', { name: 'Image: tracking pixel' }));
    await waitFor(() =>
      expect(inputsOf(bridge, 'app:open-external')).toEqual([
        { url: 'https://tracker.example/p.png' }
      ])
    );
  });

  it('opens a link through app:open-external, and in a new tab only when the web shell cannot', async () => {
    const user = userEvent.setup();
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const { bridge, body } = await showMessage('See [the docs](https://docs.example.com/mx).');
    const link = within(body).getByRole('link', { name: 'the docs' });
    expect(link.getAttribute('title')).toBe('https://docs.example.com/mx');
    await user.click(link);
    await waitFor(() => expect(bridge.callCount('app:open-external')).toBe(1));
    expect(open).not.toHaveBeenCalled();

    bridge.handle('app:open-external', () => ok({ opened: false }));
    await user.click(link);
    await waitFor(() =>
      expect(open).toHaveBeenCalledWith(
        'https://docs.example.com/mx',
        '_blank',
        'noopener,noreferrer'
      )
    );
  });

  it('says why main refused a link, and opens nothing', async () => {
    const user = userEvent.setup();
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const { bridge, body } = await showMessage('[plain http](http://example.com)');
    bridge.handle('app:open-external', () => err('forbidden', 'Links using http: are not opened.'));
    await user.click(within(body).getByRole('link', { name: 'plain http' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This link was not opened: The provider refused this (Links using http: are not opened.)'
    );
    expect(open).not.toHaveBeenCalled();
  });

  it('drops javascript: and file: links, keeping their words', async () => {
    const { bridge, body } = await showMessage(
      '[click me](javascript:alert(1)) and [secrets](file:///etc/passwd)'
    );
    expect(within(body).queryByRole('link')).toBeNull();
    expect(body.textContent).toBe('click me and secrets');
    expect(bridge.callCount('app:open-external')).toBe(0);
  });
});
