import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, usageRowsInputSchema, type Settings } from '@shared/contract';
import { createUsageHandlers } from '@main/core/usage/usage-handlers';
import type { Http } from '@main/core/ports';
import type { StoredProfile } from '@main/core/profiles/profile-store';
import { type Session } from '@main/core/profile-session';
import { createDemoProviderPort } from '@main/node/demo-provider-port';
import { createNodeHttp } from '@main/node/node-http';
import { FakeClock } from '../../fakes/fake-clock';
import { makeTempDir } from '../../fakes/temp-dir';
import { openTestSession, sessionContext } from '../../fakes/core-kit';

const demoProfile: StoredProfile = {
  id: 'demo',
  name: 'Demo provider',
  kind: 'demo',
  baseUrl: null,
  authMode: 'demo',
  login: null,
  clientId: null,
  createdAt: '2026-11-22T09:00:00Z'
};

/** Real loopback HTTP to the demo provider, counting every request the app sends. */
function countingHttp(): Http & { count(): number } {
  const http = createNodeHttp();
  let sent = 0;
  return {
    count: () => sent,
    send: (request) => {
      sent += 1;
      return http.send(request);
    }
  };
}

/**
 * The Usage screen's reads answer from the cache: the sync fetched the snapshots and the
 * invoice lines, and its after-sync step computed and stored the recent months. No read —
 * the month, its pages of rows, the bill check of a past month, the CSV exports — sends a
 * request, not even to learn whether the provider offers usage.
 */
describe('the usage read path', () => {
  const clock = new FakeClock('2026-11-22T09:30:00Z');
  const settings: Settings = { ...defaultSettings(), timeZone: 'Europe/Brussels' };
  const demo = createDemoProviderPort({ clock });
  const http = countingHttp();
  let dir: { path: string; cleanup: () => void };
  let session: Session;
  let usage: ReturnType<typeof createUsageHandlers>;

  const open = () =>
    openTestSession(demoProfile, dir.path, {
      clock,
      http,
      demo,
      timeZone: () => settings.timeZone,
      afterSync: (s, report) => usage.afterSync(s, report)
    });

  beforeAll(async () => {
    dir = makeTempDir();
    const ctx = sessionContext(() => session, { clock, settings: () => settings });
    usage = createUsageHandlers(ctx);
    session = open();
    expect((await session.sync('full')).ok).toBe(true);
  }, 60_000);

  afterAll(async () => {
    await session?.close();
    await demo.close();
    dir?.cleanup();
  });

  /** Every read the Usage screen makes, for the current month and the one before last. */
  async function readEverything() {
    const current = await usage.handlers['usage:get-month']({});
    const past = current.months[2] ?? '';
    const month = await usage.handlers['usage:get-month']({ month: past });
    const pages = [];
    for (const m of [current.month, past]) {
      pages.push(
        await usage.handlers['usage:list-rows'](usageRowsInputSchema.parse({ month: m })),
        await usage.handlers['usage:list-rows'](
          usageRowsInputSchema.parse({ month: m, sort: 'amount', dir: 'desc', status: 'charged' })
        ),
        await usage.handlers['usage:list-rows'](
          usageRowsInputSchema.parse({ month: m, q: 'acc-2' })
        )
      );
      await usage.handlers['usage:export-csv']({ month: m, what: 'rows' });
      await usage.handlers['usage:export-csv']({ month: m, what: 'daily' });
    }
    return { current, past: month, pages };
  }

  it('sends no request to the provider, and the sync stored the months it reads', async () => {
    const stored = session.cache.db
      .prepare('SELECT month FROM usage_months ORDER BY month')
      .all() as { month: string }[];
    expect(stored.map((r) => r.month)).toEqual(['2026-10', '2026-11']);

    const before = http.count();
    const { current, past, pages } = await readEverything();
    expect(http.count()).toBe(before);

    expect(current.report?.rowCount).toBeGreaterThan(0);
    expect(pages[0]?.rows.length).toBeGreaterThan(0);
    // The demo bills every month: the invoice lines came with the sync.
    expect(past.bill?.invoiced).toBeGreaterThan(0);
    expect(past.bill?.computed).toBe(past.report?.total);
  });

  it('sends none from a session that has not connected yet either', async () => {
    await session.close();
    session = open();
    const before = http.count();
    const { current } = await readEverything();
    expect(current.available).toBe(true);
    expect(current.report).not.toBeNull();
    expect(http.count()).toBe(before);
  });
});
