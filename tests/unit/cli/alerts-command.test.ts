import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Domain, Invoice } from '@shared/model';
import { runAlerts, type CliAlertRow } from '@main/cli/commands/alerts';
import { openCache } from '@main/core/cache/database';
import { upsertEntities } from '@main/core/cache/repositories/entities';
import { markSuccess } from '@main/core/cache/repositories/sync-state';
import { openProfileStore } from '@main/core/profiles/profile-store';
import { RecordingLogger } from '../../fakes/recording-logger';
import { makeTempDir } from '../../fakes/temp-dir';
import { defaultSettings } from '@shared/contract';
import { createAlertHandlers } from '@main/core/alerts/alert-handlers';
import { FakeClock } from '../../fakes/fake-clock';
import { RecordingNotifier } from '../../fakes/recording-notifier';
import { openTestSession, sessionContext } from '../../fakes/core-kit';
import { listAllAlerts } from '../../integration/alerts/list-all-alerts';
import { eur, sampleInvoice } from '../../fakes/model-fixtures';

/** 11:00 in Brussels, so the local date is 2026-11-22. */
const AS_OF = '2026-11-22T10:00:00Z';

function domain(
  id: string,
  name: string,
  expiresOn: string | null,
  overrides: Partial<Domain> = {}
): Domain {
  return {
    id,
    name,
    status: 'active',
    registeredOn: '2020-01-01',
    expiresOn,
    nextDueOn: expiresOn,
    autoRenew: false,
    recurringAmount: { amountMinor: 1299, currency: 'EUR' },
    registrar: 'openprovider',
    ...overrides
  };
}

function invoice(id: string, dueOn: string, status: Invoice['status']): Invoice {
  return sampleInvoice(id, 12100, { issuedOn: '2026-10-01', dueOn, status, balance: eur(12100) });
}

async function run(
  args: readonly string[],
  env: Record<string, string> = { LANG: 'en_US.UTF-8' }
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runAlerts(args, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    env
  });
  return { code, out, err };
}

describe('hostdeck alerts', () => {
  let dir: { path: string; cleanup: () => void };
  let cacheFile = '';

  beforeEach(() => {
    dir = makeTempDir();
    const store = openProfileStore(dir.path);
    const profile = store.add(
      {
        name: 'Demo provider',
        kind: 'demo',
        baseUrl: null,
        authMode: 'demo',
        login: null,
        clientId: null
      },
      AS_OF
    );
    store.setActive(profile.id);
    cacheFile = join(store.dirOf(profile.id), 'cache.sqlite');
    const cache = openCache(cacheFile, {
      logger: new RecordingLogger(),
      now: () => Date.parse(AS_OF)
    });
    upsertEntities(
      cache.db,
      'domains',
      [
        domain('1', 'soon.be', '2026-11-29'),
        domain('2', 'later.eu', '2027-06-01'),
        domain('3', 'lapsed.nl', '2026-11-12', { status: 'grace' }),
        domain('4', 'gone.fr', '2025-01-01', { status: 'cancelled' })
      ],
      'run-1'
    );
    upsertEntities(
      cache.db,
      'invoices',
      [
        invoice('7', '2026-11-15', 'unpaid'),
        invoice('8', '2026-11-15', 'paid'),
        invoice('9', '2026-12-01', 'unpaid')
      ],
      'run-1'
    );
    markSuccess(cache.db, 'invoices', AS_OF);
    cache.close();
  });
  afterEach(() => dir.cleanup());

  it('prints the open alerts as JSON, most urgent first, with item, reason, days left and coded text', async () => {
    const { code, out, err } = await run([
      '--data-dir',
      dir.path,
      '--as-of',
      AS_OF,
      '--format',
      'json'
    ]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { today: string; openCount: number; alerts: CliAlertRow[] };
    expect(parsed.today).toBe('2026-11-22');
    expect(parsed.openCount).toBe(3);
    expect(
      parsed.alerts.map((a) => [a.category, a.item, a.reason, a.threshold, a.daysLeft])
    ).toEqual([
      ['domain', 'lapsed.nl', 'grace', null, -10],
      ['domain', 'soon.be', 'threshold', 7, 7],
      ['invoice', 'INV-7', 'invoice-overdue', null, -7]
    ]);
    expect(parsed.alerts[1]).toMatchObject({
      key: 'domain:1:threshold:7',
      severity: 'warning',
      target: { kind: 'domain', id: '1' },
      text: { code: 'domain-threshold', domain: 'soon.be', daysLeft: 7, expiresOn: '2026-11-29' }
    });
    expect(parsed.alerts[2]?.text).toEqual({
      code: 'invoice-overdue',
      invoice: 'INV-7',
      dueOn: '2026-11-15',
      balance: { amountMinor: 12100, currency: 'EUR' }
    });
  });

  it('writes the table in the system language (LANG=fr_BE.UTF-8) and keeps JSON identical to English', async () => {
    const args = ['--data-dir', dir.path, '--as-of', AS_OF];
    const french = await run([...args, '--format', 'table'], { LANG: 'fr_BE.UTF-8' });
    expect(french.code).toBe(0);
    const lines = french.out.split('\n');
    expect(lines[0]).toMatch(/^GRAVITÉ\s+CATÉGORIE\s+ÉLÉMENT\s+MOTIF\s+JOURS RESTANTS\s+MESSAGE$/);
    expect(french.out).toContain('seuil de 7 jours');
    expect(french.out).toContain('soon.be expire dans 7 jours (29 nov. 2026)');
    expect(french.out).toContain('Facture INV-7');
    expect(french.out).toContain(
      'La facture INV-7 était à échéance le 15 nov. 2026 — 121,00\u00a0€ restent dus'
    );
    expect(french.out).not.toMatch(/expires|overdue|threshold/);
    const dutch = await run([...args, '--format', 'table'], { LANG: 'nl_BE.UTF-8' });
    expect(dutch.out).toContain('soon.be verloopt over 7 dagen (29 nov 2026)');
    expect(dutch.out).toContain('grens van 7 dagen');

    const frenchJson = await run([...args, '--format', 'json'], { LANG: 'fr_BE.UTF-8' });
    const englishJson = await run([...args, '--format', 'json'], { LANG: 'en_US.UTF-8' });
    expect(frenchJson.code).toBe(0);
    expect(frenchJson.out).toBe(englishJson.out);
  });

  it('never writes the ledger, so the app still notifies what the command listed', async () => {
    await run(['--data-dir', dir.path, '--as-of', AS_OF, '--format', 'json']);
    const cache = openCache(cacheFile, {
      logger: new RecordingLogger(),
      now: () => Date.parse(AS_OF)
    });
    expect(cache.db.prepare('SELECT count(*) AS n FROM alert_ledger').get()).toEqual({ n: 0 });
    expect(cache.db.prepare('SELECT count(*) AS n FROM alert_history').get()).toEqual({ n: 0 });
    cache.close();
  });

  it('prints a table, and exits 0 when nothing alerts', async () => {
    const table = await run(['--data-dir', dir.path, '--as-of', AS_OF, '--format', 'table']);
    expect(table.code).toBe(0);
    expect(table.out.split('\n')[0]).toMatch(
      /^SEVERITY\s+CATEGORY\s+ITEM\s+REASON\s+DAYS LEFT\s+MESSAGE$/
    );
    expect(table.out).toContain('soon.be');
    // A profile whose cache holds nothing that alerts.
    const store = openProfileStore(dir.path);
    const quiet = store.add(
      { name: 'Quiet', kind: 'demo', baseUrl: null, authMode: 'demo', login: null, clientId: null },
      AS_OF
    );
    openCache(join(store.dirOf(quiet.id), 'cache.sqlite'), {
      logger: new RecordingLogger(),
      now: () => Date.parse(AS_OF)
    }).close();
    const calm = await run([
      '--data-dir',
      dir.path,
      '--profile',
      'quiet',
      '--as-of',
      AS_OF,
      '--format',
      'json'
    ]);
    expect(calm.code).toBe(0);
    expect(JSON.parse(calm.out)).toMatchObject({ profile: 'Quiet', openCount: 0, alerts: [] });
    const calmTable = await run([
      '--data-dir',
      dir.path,
      '--profile',
      'Quiet',
      '--as-of',
      AS_OF,
      '--format',
      'table'
    ]);
    expect(calmTable).toMatchObject({ code: 0, out: 'No open alerts.\n' });
  });

  it('exits 2 for bad usage and 1 when there is no cache', async () => {
    expect((await run(['--data-dir', dir.path, '--format', 'xml'])).code).toBe(2);
    expect(
      (await run(['--data-dir', dir.path, '--format', 'json', '--as-of', '2026-11-22'])).code
    ).toBe(2);
    expect((await run(['--data-dir', dir.path, '--format', 'json', '--bogus'])).code).toBe(2);
    const empty = makeTempDir();
    try {
      const none = await run(['--data-dir', empty.path, '--format', 'json']);
      expect(none.code).toBe(1);
      expect(none.err).toMatch(/run "hostdeck sync" first/);
    } finally {
      empty.cleanup();
    }
    expect(
      (await run(['--data-dir', dir.path, '--profile', 'Nope', '--format', 'json'])).code
    ).toBe(1);
  });

  describe('snooze and acknowledge', () => {
    const listed = async (): Promise<{ openCount: number; alerts: CliAlertRow[] }> =>
      JSON.parse(
        (await run(['--data-dir', dir.path, '--as-of', AS_OF, '--format', 'json'])).out
      ) as { openCount: number; alerts: CliAlertRow[] };
    const act = (...args: string[]) => run([...args, '--data-dir', dir.path, '--as-of', AS_OF]);

    it('snooze a domain alert and acknowledge an invoice alert: the list no longer shows them', async () => {
      expect((await listed()).openCount).toBe(3);
      const snoozed = await act('snooze', 'domain:1:threshold:7', '--until', '2026-11-25');
      expect(snoozed.err).toBe('');
      expect(snoozed.code).toBe(0);
      expect(JSON.parse(snoozed.out)).toEqual({
        profile: 'Demo provider',
        key: 'domain:1:threshold:7',
        snoozed: true,
        until: '2026-11-25',
        openCount: 2,
        snoozedCount: 1
      });
      const acknowledged = await act('acknowledge', 'invoice:7:overdue');
      expect(acknowledged.code).toBe(0);
      expect(JSON.parse(acknowledged.out)).toMatchObject({
        key: 'invoice:7:overdue',
        acknowledged: true,
        openCount: 1,
        snoozedCount: 1
      });
      const after = await listed();
      expect(after.openCount).toBe(1);
      expect(after.alerts.map((a) => a.key)).toEqual(['domain:3:grace']);
      // Until the next stage, the default: the grace alert leaves the list too.
      const next = await act('snooze', 'domain:3:grace');
      expect(JSON.parse(next.out)).toMatchObject({ until: 'next-threshold', openCount: 0 });
      // The snooze ends at the start of the 25th in the reseller's zone (Europe/Brussels).
      const back = await run([
        '--data-dir',
        dir.path,
        '--as-of',
        '2026-11-24T23:00:00Z',
        '--format',
        'json'
      ]);
      expect((JSON.parse(back.out) as { alerts: CliAlertRow[] }).alerts.map((a) => a.key)).toEqual([
        'domain:1:threshold:7'
      ]);
    });

    it('what the command did is what the app shows, and the app still notifies what it owes', async () => {
      await act('snooze', 'domain:1:threshold:7', '--until', '2026-11-25');
      await act('acknowledge', 'invoice:7:overdue');
      // The app, on the same profile, at the same instant.
      const store = openProfileStore(dir.path);
      const profile = store.list()[0]!;
      const clock = new FakeClock(AS_OF);
      const notifier = new RecordingNotifier();
      const settings = defaultSettings();
      const ctx = sessionContext(() => session, { clock, notifier, settings: () => settings });
      const alerts = createAlertHandlers(ctx);
      const session = openTestSession(profile, store.dirOf(profile.id), {
        clock,
        demo: null,
        timeZone: () => settings.timeZone
      });
      try {
        const centre = await listAllAlerts(alerts.handlers);
        expect(centre.openCount).toBe(1);
        expect(centre.snoozedCount).toBe(1);
        expect(centre.groups.map((g) => [g.id, g.alerts.map((a) => a.key)])).toEqual([
          ['critical', ['domain:3:grace']],
          ['snoozed', ['domain:1:threshold:7']]
        ]);
        // The app's next pass (after its sync) notifies the alert still open, and only that.
        await alerts.afterSync(session, {
          ok: true,
          cancelled: false,
          startedAt: AS_OF,
          finishedAt: AS_OF,
          entities: []
        });
        expect(notifier.ids).toEqual(['domain:3:grace']);
      } finally {
        await session.close();
      }
    });

    it('refuses with exit 2 what the alert centre refuses, and changes nothing', async () => {
      const refusals = [
        [['snooze', 'invoice:7:overdue'], /Only domain alerts can be snoozed/],
        [['snooze', 'domain:1:threshold:7', '--until', '2026-11-22'], /a date after today/],
        [['snooze', 'domain:1:threshold:7', '--until', '2026-02-30'], /a date after today/],
        [['snooze', 'domain:2:threshold:7'], /no longer active/],
        [['acknowledge', 'invoice:8:overdue'], /no longer active/],
        [['snooze', 'domain:1:threshold:7', '--until', 'tomorrow'], /--until must be/],
        [['acknowledge'], /expected one alert key/],
        [['acknowledge', 'invoice:7:overdue', 'invoice:9:overdue'], /expected one alert key/]
      ] as const;
      for (const [args, message] of refusals) {
        const refused = await act(...args);
        expect(refused.code, args.join(' ')).toBe(2);
        expect(refused.out).toBe('');
        expect(refused.err).toMatch(message);
      }
      expect((await listed()).openCount).toBe(3);
      const empty = makeTempDir();
      try {
        const none = await run(['acknowledge', 'invoice:7:overdue', '--data-dir', empty.path]);
        expect(none.code).toBe(1);
        expect(none.err).toMatch(/run "hostdeck sync" first/);
      } finally {
        empty.cleanup();
      }
    });
  });
});
