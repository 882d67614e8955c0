/**
 * The online state main reports (app:get-status) follows the provider: any call that cannot
 * reach it — a sync, a reply sent through the outbox — turns it offline, and the next call
 * that gets through turns it back online. The demo provider is stopped and started through
 * the web shell's test control, over loopback, as the end-to-end tests do.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '@main/core/dispatch';
import { createSessionSecretStore } from '@main/node/keytar-secret-store';
import { startWebShell, type WebShell } from '@main/web-shell/web-shell';
import type { AppStatus, TicketListItem } from '@shared/contract';
import { FakeClock } from '../../fakes/fake-clock';
import { RecordingLogger } from '../../fakes/recording-logger';
import { makeTempDir } from '../../fakes/temp-dir';

/**
 * A fake clock whose short waits (retry backoff) pass at once, moving time on, while long
 * ones (the background sync's interval) wait for the test: retries cannot stall a test and
 * the scheduler does not spin.
 */
class RetryClock extends FakeClock {
  override sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (ms > 60_000) return super.sleep(ms, signal);
    if (signal?.aborted) return Promise.reject(signal.reason ?? new Error('aborted'));
    this.advance(ms);
    return Promise.resolve();
  }
}

describe('the online state in the status', () => {
  let shell: WebShell;
  let dir: { path: string; cleanup: () => void };
  let clock: RetryClock;

  async function call<T>(channel: string, input?: unknown): Promise<T> {
    const result = await dispatch(shell.services.handlers, channel, input, new RecordingLogger());
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  }
  const status = () => call<AppStatus>('app:get-status');
  async function demoProvider(action: 'stop' | 'start'): Promise<void> {
    const response = await fetch(`${shell.testControlUrl}/demo-provider/${action}`, {
      method: 'POST',
      headers: { 'X-Hostdeck-Token': shell.token }
    });
    expect(response.status).toBe(200);
  }
  async function openTicket(): Promise<TicketListItem> {
    const { tickets } = await call<{ tickets: TicketListItem[] }>('tickets:list', {
      status: 'active',
      sort: 'last-reply',
      dir: 'desc',
      offset: 0,
      limit: 20
    });
    const ticket = tickets.find((t) => t.status !== 'Closed');
    if (!ticket) throw new Error('the demo data has no open ticket');
    return ticket;
  }

  beforeEach(async () => {
    dir = makeTempDir();
    clock = new RetryClock('2026-11-22T09:30:00Z');
    shell = await startWebShell({
      dataDir: dir.path,
      staticDir: null,
      version: 't',
      secrets: createSessionSecretStore('test'),
      clock,
      demo: { clock },
      autoDemo: false,
      testControl: true
    });
    await call('profiles:use-demo');
    const first = await call<{ ok: boolean }>('sync:run-now', { mode: 'full' });
    expect(first.ok).toBe(true);
  });
  afterEach(async () => {
    await shell.close();
    dir.cleanup();
  });

  it('goes offline when a reply cannot be sent, keeps how fresh the data is, and comes back with the next sync', async () => {
    const before = await status();
    expect(before).toMatchObject({ online: true });
    expect(before.lastSyncAt).not.toBeNull();
    const ticket = await openTicket();

    await demoProvider('stop');
    const { item } = await call<{ item: { state: string; lastError: { kind: string } } }>(
      'tickets:reply',
      { ticketId: ticket.id, message: 'Are you there?', attachments: [] }
    );
    expect(item).toMatchObject({ state: 'queued', lastError: { kind: 'offline' } });
    const down = await status();
    expect(down.online).toBe(false);
    // The status bar says how fresh the shown data is: the last sync that got through.
    expect(down.lastSyncAt).toBe(before.lastSyncAt);

    await demoProvider('start');
    clock.advance(60_000);
    const report = await call<{ ok: boolean }>('sync:run-now', { mode: 'incremental' });
    expect(report.ok).toBe(true);
    expect(await status()).toMatchObject({ online: true });
  });

  it('goes offline when a sync cannot reach the provider, and back online once a send gets through', async () => {
    const ticket = await openTicket();
    await demoProvider('stop');
    const failed = await call<{ ok: boolean; entities: { error?: { kind: string } }[] }>(
      'sync:run-now',
      { mode: 'incremental' }
    );
    expect(failed.ok).toBe(false);
    expect(failed.entities.at(-1)?.error?.kind).toBe('offline');
    expect(await status()).toMatchObject({ online: false });

    await demoProvider('start');
    // A PDF download still in flight when the provider stopped may have failed too, which
    // with the sync's four attempts opens the circuit: the send is then its probe, let
    // through once the probe interval has passed.
    clock.advance(30_000);
    const { item } = await call<{ item: { state: string } }>('tickets:reply', {
      ticketId: ticket.id,
      message: 'Back again',
      attachments: []
    });
    expect(item.state).toBe('sent');
    expect(await status()).toMatchObject({ online: true });
  });
});
