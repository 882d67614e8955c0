import { describe, expect, it } from 'vitest';
import { evaluateDomainAlerts } from '@main/core/alerts';
import { baselineWrites, ledgerPass, type LedgerRow } from '@main/core/alerts/ledger';
import { NOW, domainExpiringIn, settingsWith } from './alert-fixtures';

/** The ledger's rule without a database: what a pass writes, given what the ledger holds. */
const AT = new Date(NOW).toISOString();
const alertsFor = (days: number) =>
  evaluateDomainAlerts([domainExpiringIn(days)], [], settingsWith(), NOW);

function rowOf(key: string, handled: boolean): LedgerRow {
  return {
    key,
    category: 'domain',
    raisedAt: '2026-11-20T10:00:00.000Z',
    notifiedAt: handled ? '2026-11-20T10:00:00.000Z' : null,
    handled,
    acknowledgedAt: null,
    payload: { title: 'example.com', body: 'expires in 9 days', domainId: 'd1' }
  };
}

describe('ledgerPass', () => {
  it('raises and notifies a new alert: a row, then its history, then marked notified', () => {
    const { writes, outcome } = ledgerPass(new Map(), alertsFor(7), settingsWith(), NOW);
    expect(outcome.raised).toEqual(['domain:d1:threshold:7']);
    expect(outcome.plan.notifyNow.map((n) => n.key)).toEqual(['domain:d1:threshold:7']);
    expect(
      writes.map((w) => (w.op === 'history' ? `history ${w.entry.event}` : `${w.op} ${w.key}`))
    ).toEqual([
      'insert domain:d1:threshold:7',
      'history raised',
      'mark-notified domain:d1:threshold:7',
      'history notified'
    ]);
    expect(writes[0]).toMatchObject({ raisedAt: AT, handled: false, acknowledgedAt: null });
  });

  it('only refreshes the wording of an alert the ledger already handled', () => {
    const key = 'domain:d1:threshold:7';
    const { writes, outcome } = ledgerPass(
      new Map([[key, rowOf(key, true)]]),
      alertsFor(6),
      settingsWith(),
      NOW
    );
    expect(outcome).toMatchObject({ raised: [], cleared: [] });
    expect(outcome.plan.notifyNow).toEqual([]);
    expect(writes).toEqual([
      { op: 'update-payload', key, payload: expect.objectContaining({ domainId: 'd1' }) }
    ]);
  });

  it('clears a key the rules no longer produce, with what it last said', () => {
    const key = 'domain:d1:threshold:7';
    const { writes, outcome } = ledgerPass(
      new Map([[key, rowOf(key, true)]]),
      [],
      settingsWith(),
      NOW
    );
    expect(outcome.cleared).toEqual([key]);
    expect(writes).toEqual([
      { op: 'delete', key },
      {
        op: 'history',
        entry: {
          key,
          domainId: 'd1',
          at: AT,
          event: 'cleared',
          detail: 'expires in 9 days',
          text: null
        }
      }
    ]);
  });
});

describe('baselineWrites', () => {
  it('records alerts older than the first sync as handled, acknowledged when asked, never twice', () => {
    const alerts = alertsFor(7);
    const writes = baselineWrites(new Map(), alerts, AT, { acknowledge: true });
    expect(writes[0]).toMatchObject({ op: 'insert', handled: true, acknowledgedAt: AT });
    expect(writes[1]).toMatchObject({ op: 'history', entry: { event: 'raised' } });
    const key = alerts[0]!.key;
    expect(
      baselineWrites(new Map([[key, rowOf(key, true)]]), alerts, AT, { acknowledge: true })
    ).toEqual([]);
  });
});
