import { describe, expect, it } from 'vitest';
import { cacheScopeSchema, invokeContract, type InvokeChannel } from '@shared/contract';
import {
  CACHE_SCOPES,
  CHANNEL_SCOPES,
  channelsReading,
  invalidatedBy,
  type CacheScope,
  type ChannelScopes
} from '@shared/contract/cache-scopes';

const channels = Object.keys(invokeContract) as InvokeChannel[];
/** The channels whose queries a successful call of `channel` refreshes. */
const refreshedBy = (channel: InvokeChannel): InvokeChannel[] =>
  [...channelsReading(invalidatedBy(channel))].sort();

describe('the cache scopes of the channels', () => {
  it('declares every channel of the contract, and nothing else', () => {
    expect(Object.keys(CHANNEL_SCOPES).sort()).toEqual([...channels].sort());
  });

  it('names only scopes of the closed list, each once per channel', () => {
    for (const channel of channels) {
      const { reads, invalidates } = CHANNEL_SCOPES[channel];
      for (const scopes of [reads, invalidates]) {
        expect(
          scopes.every((scope) => CACHE_SCOPES.includes(scope)),
          channel
        ).toBe(true);
        expect(new Set(scopes).size, channel).toBe(scopes.length);
      }
    }
    expect(cacheScopeSchema.options).toEqual([...CACHE_SCOPES]);
  });

  it('has every scope read by some channel, so no announced change is lost', () => {
    const read = new Set<CacheScope>(channels.flatMap((c) => CHANNEL_SCOPES[c].reads));
    expect([...CACHE_SCOPES].filter((scope) => !read.has(scope))).toEqual([]);
  });

  it('never lets a call refetch its own query (a read announcing what it reads would loop)', () => {
    for (const channel of channels) {
      const { reads, invalidates }: ChannelScopes = CHANNEL_SCOPES[channel];
      expect(
        invalidates.filter((scope) => reads.includes(scope)),
        channel
      ).toEqual([]);
    }
  });

  it('has every write refresh the screens that show what it wrote', () => {
    const expectations: Partial<Record<InvokeChannel, InvokeChannel[]>> = {
      // The theme, the time zone and the thresholds.
      'settings:update': ['settings:get', 'usage:get-month', 'invoices:list', 'alerts:summary'],
      // A renamed profile's name is in the status bar and the profiles list.
      'profiles:rename': ['app:get-status', 'profiles:list'],
      // Snoozing changes the open count, the alert centre and the domain rows' badges.
      'alerts:snooze': ['alerts:summary', 'alerts:list', 'domains:list', 'domains:get'],
      'alerts:acknowledge': ['alerts:summary', 'alerts:list', 'domains:list', 'domains:get'],
      'domains:set-auto-renew': ['domains:get', 'domains:list', 'alerts:summary'],
      'domains:renew': ['domains:get', 'domains:list', 'alerts:summary'],
      // A save prices the month and its rows again.
      'prices:save': ['prices:get', 'usage:get-month', 'usage:list-rows', 'usage:get-source'],
      'prices:import-csv': ['prices:get', 'usage:get-month'],
      // A reply shows in its thread, in the list's unsent badge and in the outbox count.
      'tickets:reply': ['tickets:get', 'tickets:list', 'outbox:list'],
      'tickets:open': ['tickets:list', 'outbox:list'],
      'tickets:close': ['tickets:get', 'tickets:list', 'outbox:list'],
      'outbox:send': ['outbox:list', 'tickets:get', 'tickets:list'],
      'outbox:retry': ['outbox:list', 'tickets:get'],
      'outbox:discard': ['outbox:list', 'tickets:get', 'tickets:list'],
      'sync:run-now': ['app:get-status', 'sync:get-state', 'account:get-summary'],
      'sync:cancel': ['app:get-status', 'sync:get-state']
    };
    for (const [channel, expected] of Object.entries(expectations) as [
      InvokeChannel,
      InvokeChannel[]
    ][])
      expect(refreshedBy(channel), channel).toEqual(expect.arrayContaining(expected));
  });

  it('has a profile switch refresh every query but the settings', () => {
    const everyQuery = channels.filter((c) => CHANNEL_SCOPES[c].reads.length > 0);
    for (const channel of [
      'profiles:create',
      'profiles:use-demo',
      'profiles:use-combell-demo',
      'profiles:switch',
      'profiles:remove'
    ] as const)
      expect(refreshedBy(channel), channel).toEqual(
        everyQuery.filter((c) => c !== 'settings:get').sort()
      );
  });

  it('keeps a write from refreshing what it cannot change', () => {
    expect(refreshedBy('alerts:snooze')).not.toContain('tickets:list');
    expect(refreshedBy('outbox:discard')).not.toContain('tickets:list-departments');
    expect(refreshedBy('prices:save')).not.toContain('invoices:list');
    expect(refreshedBy('settings:update')).not.toContain('profiles:list');
    expect(refreshedBy('profiles:rename')).not.toContain('invoices:list');
  });

  it('has the calls that change nothing announce nothing', () => {
    const quiet = channels.filter((c) => CHANNEL_SCOPES[c].invalidates.length === 0);
    // Every read, plus the calls that only open, test or export.
    expect(quiet).toEqual(
      expect.arrayContaining([
        'app:open-external',
        'profiles:test-connection',
        'invoices:pay-url',
        'services:login-url',
        'invoices:export-bundle',
        'usage:export-csv',
        'tickets:get'
      ])
    );
    expect(quiet.filter((c) => c.includes(':update') || c.includes(':save'))).toEqual([
      'invoices:save-pdf'
    ]);
  });
});
