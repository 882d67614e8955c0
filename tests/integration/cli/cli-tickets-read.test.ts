import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCache } from '@main/core/cache/database';
import { systemClock } from '@main/core/ports';
import { openProfileStore } from '@main/core/profiles/profile-store';
import { demoCredentials, startDemoProvider, type DemoProvider } from '@main/demo-provider';
import type { TicketDetail, TicketListItem } from '@shared/contract';
import { RecordingLogger } from '../../fakes/recording-logger';
import { makeTempDir } from '../../fakes/temp-dir';
import { demoFlags, runCommand as run } from '../../fakes/cli-kit';

/** `hostdeck tickets list|show` against a cache synced from the demo provider over loopback. */
describe('hostdeck tickets list and show', () => {
  let provider: DemoProvider;
  let dir: { path: string; cleanup: () => void };
  let secretFile: string;
  const connection = (secret = secretFile) => [
    ...demoFlags(provider.url),
    '--secret-file',
    secret,
    '--data-dir',
    dir.path
  ];
  const withCache = <T>(work: (db: ReturnType<typeof openCache>['db']) => T): T => {
    const store = openProfileStore(dir.path);
    const profile = store.list()[0]!;
    const cache = openCache(join(store.dirOf(profile.id), 'cache.sqlite'), {
      logger: new RecordingLogger(),
      now: () => Date.now()
    });
    try {
      return work(cache.db);
    } finally {
      cache.close();
    }
  };

  beforeAll(async () => {
    dir = makeTempDir();
    secretFile = join(dir.path, 'secret');
    writeFileSync(secretFile, `${demoCredentials.secret}\n`, { mode: 0o600 });
    // The CLI runs on the system clock, so the provider does too.
    provider = await startDemoProvider({
      port: 0,
      size: 'demo',
      seed: 5,
      clock: systemClock,
      staffReplyDelayMs: 3_600_000
    });
    const synced = await run(['sync', ...connection()]);
    expect(synced.code, synced.err).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await provider.close();
    dir.cleanup();
  });

  it('lists what the sync cached, nothing unread after the first sync, and finds by #number', async () => {
    const all = await run([
      'tickets',
      'list',
      '--status',
      'all',
      '--format',
      'json',
      ...connection()
    ]);
    expect(all.code, all.err).toBe(0);
    const listed = JSON.parse(all.out) as {
      total: number;
      unreadCount: number;
      tickets: TicketListItem[];
    };
    expect(listed.total).toBe(provider.data.tickets.length);
    expect(listed.tickets).toHaveLength(listed.total);
    expect(listed.unreadCount).toBe(0);
    const wanted = provider.data.tickets[3]!;
    const found = await run([
      'tickets',
      'list',
      '--status',
      'all',
      '--q',
      `#${wanted.tid}`,
      '--format',
      'json',
      ...connection()
    ]);
    expect(
      (JSON.parse(found.out) as { tickets: TicketListItem[] }).tickets.map((t) => t.id)
    ).toEqual([String(wanted.id)]);
  });

  it('shows a ticket the cache lost by asking the provider, and caches it again', async () => {
    const wanted = provider.data.tickets[5]!;
    withCache((db) => db.prepare('DELETE FROM tickets WHERE id = ?').run(String(wanted.id)));
    const shown = await run([
      'tickets',
      'show',
      String(wanted.id),
      '--format',
      'json',
      ...connection()
    ]);
    expect(shown.code, shown.err).toBe(0);
    const detail = JSON.parse(shown.out) as TicketDetail;
    expect(detail).toMatchObject({
      id: String(wanted.id),
      publicId: wanted.tid,
      subject: wanted.subject
    });
    expect(detail.messages.length).toBeGreaterThan(0);
    // Cached again, searchable again.
    const again = await run([
      'tickets',
      'list',
      '--status',
      'all',
      '--q',
      `#${wanted.tid}`,
      '--format',
      'json',
      ...connection()
    ]);
    expect((JSON.parse(again.out) as { total: number }).total).toBe(1);
  });

  it('says a ticket is neither cached nor at the provider with exit 2', async () => {
    const missing = await run(['tickets', 'show', '999999', ...connection()]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(
      /ticket 999999 is neither in the cache of ".+" nor at the provider/
    );
  });

  it('exits 3 when the provider refuses the secret it was given', async () => {
    const wrong = join(dir.path, 'wrong-secret');
    writeFileSync(wrong, 'not-the-secret\n', { mode: 0o600 });
    const refused = await run(['tickets', 'show', '999998', ...connection(wrong)]);
    expect(refused.code, refused.err).toBe(3);
    expect(refused.err).toMatch(/provider could not be asked/);
  });
});
