import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '@main/core/dispatch';
import { demoCredentials, startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { createSessionSecretStore } from '@main/node/keytar-secret-store';
import { startWebShell, type WebShell } from '@main/web-shell/web-shell';
import type { TicketListItem } from '@shared/contract';
import { FakeClock } from '../../fakes/fake-clock';
import { RecordingLogger } from '../../fakes/recording-logger';
import { makeTempDir } from '../../fakes/temp-dir';

describe("a profile's server time zone", () => {
  let provider: DemoProvider;
  let shell: WebShell;
  let dir: { path: string; cleanup: () => void };
  const clock = new FakeClock('2026-11-22T09:30:00Z');
  const call = (channel: string, input?: unknown) =>
    dispatch(shell.services.handlers, channel, input, new RecordingLogger());
  const connection = (serverTimeZone?: string) => ({
    authMode: 'classic',
    baseUrl: provider.url,
    identifier: demoCredentials.identifier,
    secret: demoCredentials.secret,
    clientId: String(demoCredentials.clientId),
    ...(serverTimeZone ? { serverTimeZone } : {})
  });
  const firstTicket = async (): Promise<TicketListItem> => {
    const listed = await call('tickets:list', {
      status: 'all',
      sort: 'last-reply',
      dir: 'desc',
      offset: 0,
      limit: 1
    });
    if (!listed.ok) throw new Error(JSON.stringify(listed));
    const ticket = (listed.value as { tickets: TicketListItem[] }).tickets[0];
    if (!ticket) throw new Error('no ticket cached');
    return ticket;
  };
  /** When the demo provider (which writes UTC) says ticket `id` was last answered. */
  const lastReplyAtProvider = (id: string): number =>
    provider.data.tickets.find((t) => String(t.id) === id)!.lastReplyMs;

  beforeAll(async () => {
    dir = makeTempDir();
    provider = await startDemoProvider({ port: 0, size: 'demo', seed: 21, clock });
    shell = await startWebShell({
      dataDir: dir.path,
      staticDir: null,
      version: 't',
      secrets: createSessionSecretStore('test'),
      clock,
      autoDemo: false
    });
  });
  afterAll(async () => {
    await shell.close();
    await provider.close();
    dir.cleanup();
  });

  it('refuses a zone that is not an IANA name before anything is saved', async () => {
    const created = await call('profiles:create', {
      name: 'Typo',
      connection: connection('Europe/Brusels')
    });
    expect(created).toMatchObject({ ok: false, error: { kind: 'invalid-input' } });
    expect((await call('profiles:list')) as unknown).toMatchObject({
      value: { profiles: [] }
    });
  });

  it('reads times in UTC by default, as the demo provider writes them', async () => {
    expect(await call('profiles:create', { name: 'UTC', connection: connection() })).toMatchObject({
      ok: true
    });
    expect(await call('sync:run-now', { mode: 'full' })).toMatchObject({ value: { ok: true } });
    const ticket = await firstTicket();
    expect(Date.parse(ticket.lastReplyAt ?? '')).toBe(lastReplyAtProvider(ticket.id));
  });

  it('reads the same wall-clock text in the zone the profile names, kept in profiles.json', async () => {
    const created = await call('profiles:create', {
      name: 'New York',
      connection: connection('America/New_York')
    });
    expect(created).toMatchObject({ ok: true });
    const id = (created as { value: { id: string } }).value.id;
    const stored = JSON.parse(readFileSync(join(dir.path, 'profiles.json'), 'utf8')) as {
      profiles: { id: string; serverTimeZone?: string }[];
    };
    expect(stored.profiles.find((p) => p.id === id)?.serverTimeZone).toBe('America/New_York');
    expect(await call('sync:run-now', { mode: 'full' })).toMatchObject({ value: { ok: true } });
    const ticket = await firstTicket();
    // New York is UTC-5 in November: "09:00" there is 14:00 UTC.
    expect(Date.parse(ticket.lastReplyAt ?? '') - lastReplyAtProvider(ticket.id)).toBe(
      5 * 3_600_000
    );
  });
});
