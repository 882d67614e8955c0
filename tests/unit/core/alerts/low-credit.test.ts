import { beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '@shared/contract';
import type { AccountSummary } from '@shared/model';
import { alertSettingsFrom } from '@main/core/alerts';
import { alertViews, collectAlerts, evaluateAlerts } from '@main/core/alerts/alert-service';
import type { OpenedCache } from '@main/core/cache/database';
import { markSuccess } from '@main/core/cache/repositories/sync-state';
import { RecordingEventSink, RecordingNotifier } from '@tests/fakes/recording-notifier';
import { openTempCache } from '@tests/fakes/temp-cache';
import { NOW } from './alert-fixtures';

function account(creditMinor: number): AccountSummary {
  return {
    id: '7',
    name: 'Jane',
    companyName: null,
    email: 'jane@example.com',
    currency: 'EUR',
    creditBalance: { amountMinor: creditMinor, currency: 'EUR' },
    status: 'active'
  };
}

describe('the low-credit alert', () => {
  let cache: OpenedCache;
  const notifier = new RecordingNotifier();
  const events = new RecordingEventSink();
  const withThreshold = (threshold: number | null) =>
    alertSettingsFrom({ ...defaultSettings(), lowCreditThreshold: threshold });
  const setCredit = (minor: number) =>
    cache.db
      .prepare(
        'INSERT INTO account (id, json, synced_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json'
      )
      .run('7', JSON.stringify(account(minor)), '2026-11-22T09:00:00Z');

  beforeEach(() => {
    const temp = openTempCache(() => NOW);
    cache = temp.cache;
    markSuccess(cache.db, 'invoices', '2026-11-22T09:00:00Z');
    notifier.clear();
    return temp.close;
  });

  it('is raised only below the threshold set in Settings', () => {
    setCredit(999);
    const keys = (threshold: number | null) =>
      collectAlerts(cache.db, withThreshold(threshold), NOW).invoiceAlerts.map((a) => a.key);
    expect(keys(1_000)).toEqual(['credit:low']);
    expect(keys(999)).toEqual([]);
    expect(keys(null)).toEqual([]);
    const collected = collectAlerts(cache.db, withThreshold(1_000), NOW);
    expect(alertViews(cache.db, collected, NOW).alerts).toEqual([
      expect.objectContaining({
        kind: 'low-credit',
        category: 'invoice',
        body: 'Your credit balance is €9.99, below your alert level of €10.00'
      })
    ]);
  });

  it('notifies once when the balance drops, and again only after a top-up and a new drop', () => {
    const settings = withThreshold(1_000);
    const evaluate = (at: number) => evaluateAlerts(cache.db, settings, at, { notifier, events });
    setCredit(5_000);
    evaluate(NOW); // first pass: the baseline
    setCredit(500);
    evaluate(NOW + 60_000);
    evaluate(NOW + 120_000);
    expect(notifier.shown.map((n) => [n.id, n.title])).toEqual([
      ['credit:low', 'Credit balance low']
    ]);
    setCredit(2_000);
    evaluate(NOW + 180_000);
    setCredit(100);
    evaluate(NOW + 240_000);
    expect(notifier.ids).toEqual(['credit:low', 'credit:low']);
  });
});
