/**
 * Domain and alert views for renderer tests, plus a FakeBridge wired with the domain and
 * alert channels over a small in-memory state (snooze / acknowledge / renew act on it).
 * `domainList` stands in for main's query (tests/unit/core/alerts/domain-list.test.ts pins
 * the real one down): filtered, sorted and paged, with the totals and renewals ahead.
 */
import type { z } from 'zod';
import {
  ALERT_GROUP_IDS,
  domainListInputSchema,
  type AlertListInput,
  type AlertSummary,
  type AlertView,
  type DomainListInput,
  type DomainView,
  type InvokeOutput,
  type RenewalsAhead
} from '@shared/contract';
import { ok } from '@shared/result';
import { FakeBridge } from './fake-bridge';

/** The day the fixtures' days-left were computed for. */
export const TODAY = '2026-11-22';

/** A domain view with sensible defaults. */
export function domainView(overrides: Partial<DomainView> & { readonly id: string }): DomainView {
  return {
    name: `domain-${overrides.id}.com`,
    status: 'active',
    expiresOn: '2027-06-01',
    nextDueOn: '2027-06-01',
    daysLeft: 191,
    autoRenew: true,
    renewalPrice: { amountMinor: 1299, currency: 'EUR' },
    registrar: 'openprovider',
    alert: null,
    ...overrides
  };
}

/** Five domains covering the states the table must word and sort. */
export function sampleDomains(): DomainView[] {
  return [
    domainView({
      id: '1',
      name: 'alpha-shop.com',
      expiresOn: '2026-11-23',
      nextDueOn: '2026-11-23',
      daysLeft: 1,
      autoRenew: false,
      renewalPrice: { amountMinor: 1299, currency: 'EUR' },
      alert: {
        key: 'domain:1',
        kind: 'threshold',
        threshold: 7,
        severity: 'critical',
        text: {
          code: 'domain-threshold',
          domain: 'alpha-shop.com',
          daysLeft: 1,
          expiresOn: '2026-11-23'
        },
        message: 'Expires tomorrow',
        snoozed: false,
        acknowledged: false
      }
    }),
    domainView({
      id: '2',
      name: 'bravo-studio.be',
      expiresOn: '2026-11-29',
      nextDueOn: '2026-11-29',
      daysLeft: 7,
      autoRenew: true,
      renewalPrice: { amountMinor: 899, currency: 'EUR' },
      alert: {
        key: 'domain:2',
        kind: 'threshold',
        threshold: 7,
        severity: 'warning',
        text: {
          code: 'domain-threshold',
          domain: 'bravo-studio.be',
          daysLeft: 7,
          expiresOn: '2026-11-29'
        },
        message: 'Expires in 7 days',
        snoozed: false,
        acknowledged: false
      }
    }),
    domainView({
      id: '3',
      name: 'charlie-bakery.nl',
      status: 'grace',
      expiresOn: '2026-11-19',
      nextDueOn: '2026-11-19',
      daysLeft: -3,
      autoRenew: null,
      renewalPrice: { amountMinor: 2500, currency: 'EUR' },
      alert: {
        key: 'domain:3',
        kind: 'grace',
        threshold: null,
        severity: 'critical',
        text: {
          code: 'domain-grace',
          domain: 'charlie-bakery.nl',
          expiresOn: '2026-11-19',
          renewal: null
        },
        message: 'In grace period',
        snoozed: true,
        acknowledged: false
      }
    }),
    domainView({
      id: '4',
      name: 'delta-garage.eu',
      expiresOn: '2027-02-10',
      nextDueOn: '2027-01-27',
      daysLeft: 80,
      autoRenew: true,
      renewalPrice: { amountMinor: 1000, currency: 'EUR' }
    }),
    domainView({
      id: '5',
      name: 'echo-transfer.com',
      status: 'pending_transfer',
      expiresOn: null,
      nextDueOn: '2027-11-20',
      daysLeft: null,
      autoRenew: true,
      renewalPrice: null
    })
  ];
}

/** The alert list matching `sampleDomains` plus a ticket alert. */
export function sampleAlerts(): AlertView[] {
  const base = { raisedAt: '2026-11-22T08:00:00Z', threshold: null, daysLeft: null };
  return [
    {
      ...base,
      key: 'domain:1',
      category: 'domain',
      kind: 'threshold',
      severity: 'critical',
      text: {
        code: 'domain-threshold',
        domain: 'alpha-shop.com',
        daysLeft: 1,
        expiresOn: '2026-11-23'
      },
      title: 'alpha-shop.com expires tomorrow',
      body: 'Auto-renew is off.',
      target: { kind: 'domain', id: '1' },
      subject: 'alpha-shop.com',
      domainId: '1',
      snoozed: false
    },
    {
      ...base,
      key: 'domain:2',
      category: 'domain',
      kind: 'threshold',
      severity: 'warning',
      text: {
        code: 'domain-threshold',
        domain: 'bravo-studio.be',
        daysLeft: 7,
        expiresOn: '2026-11-29'
      },
      title: 'bravo-studio.be expires in 7 days',
      body: 'Auto-renew is on.',
      target: { kind: 'domain', id: '2' },
      subject: 'bravo-studio.be',
      domainId: '2',
      snoozed: false
    },
    {
      ...base,
      key: 'ticket:9',
      category: 'ticket',
      kind: 'ticket-reply',
      severity: 'info',
      text: { code: 'ticket-reply', subject: 'Staff answered.' },
      title: 'New reply on #9',
      body: 'Staff answered.',
      target: { kind: 'ticket', id: '9' },
      subject: 'Mail bounces',
      domainId: null,
      snoozed: false
    },
    {
      ...base,
      key: 'domain:3',
      category: 'domain',
      kind: 'grace',
      severity: 'critical',
      text: {
        code: 'domain-grace',
        domain: 'charlie-bakery.nl',
        expiresOn: '2026-11-19',
        renewal: null
      },
      title: 'charlie-bakery.nl is in its grace period',
      body: 'Restore fee may apply.',
      target: { kind: 'domain', id: '3' },
      subject: 'charlie-bakery.nl',
      domainId: '3',
      snoozed: true
    }
  ];
}

/** A FakeBridge answering the domain and alert channels from mutable state. */
export function domainsBridge(
  domains: DomainView[] = sampleDomains(),
  alerts: AlertView[] = sampleAlerts()
) {
  const bridge = new FakeBridge();
  const state = { domains, alerts };
  const openCount = (): number => state.alerts.filter((a) => !a.snoozed).length;
  bridge.handle('domains:list', (input) => ok(domainList(state.domains, input)));
  bridge.handle('domains:get', ({ id }) => {
    const domain = state.domains.find((d) => d.id === id);
    if (!domain) return { ok: false, error: { kind: 'not-found', message: `No domain ${id}.` } };
    return ok({
      domain,
      history: [
        {
          key: `domain:${id}`,
          at: '2026-11-20T09:00:00Z',
          event: 'raised' as const,
          // An entry stored before history carried facts: its English detail shows.
          detail: '7-day threshold crossed',
          text: null,
          until: null
        },
        {
          key: `domain:${id}`,
          at: '2026-11-20T09:00:05Z',
          event: 'notified' as const,
          detail: 'Desktop notification',
          text: null,
          until: null
        },
        {
          key: `domain:${id}`,
          at: '2026-11-20T10:00:00Z',
          event: 'snoozed' as const,
          detail: 'until 2026-12-01',
          text: null,
          until: '2026-12-01'
        },
        {
          key: `domain:${id}`,
          at: '2026-11-21T09:00:00Z',
          event: 'acknowledged' as const,
          detail: 'English detail',
          text: {
            code: 'domain-threshold' as const,
            domain: domain.name,
            daysLeft: 3,
            expiresOn: '2026-11-24'
          },
          until: null
        }
      ]
    });
  });
  bridge.handle('alerts:list', (input) => ok(alertPages(state.alerts, input)));
  bridge.handle('alerts:summary', () => ok(alertCounts(state.alerts)));
  bridge.handle('alerts:snooze', ({ key }) => {
    state.alerts = state.alerts.map((a) => (a.key === key ? { ...a, snoozed: true } : a));
    return ok({ openCount: openCount() });
  });
  bridge.handle('alerts:acknowledge', ({ key }) => {
    state.alerts = state.alerts.filter((a) => a.key !== key);
    return ok({ openCount: openCount() });
  });
  bridge.handle('domains:renew', () =>
    ok({ mode: 'renewed' as const, url: null, synced: true, message: 'Renewed for one year.' })
  );
  return { bridge, state };
}

const SEVERITY_RANK = { info: 1, warning: 2, critical: 3 } as const;
const ENDED = new Set(['cancelled', 'transferred_away', 'fraud']);

function sortValue(domain: DomainView, key: DomainListInput['sort']): string | number | null {
  switch (key) {
    case 'name':
      return domain.name.toLowerCase();
    case 'status':
      return domain.status;
    case 'expiresOn':
      return domain.expiresOn;
    case 'daysLeft':
      return ENDED.has(domain.status) ? null : domain.daysLeft;
    case 'autoRenew':
      return domain.autoRenew === null ? null : domain.autoRenew ? 1 : 0;
    case 'nextDueOn':
      return domain.nextDueOn;
    case 'renewalPrice':
      return domain.renewalPrice?.amountMinor ?? null;
    case 'alert':
      return domain.alert
        ? SEVERITY_RANK[domain.alert.severity] -
            (domain.alert.snoozed || domain.alert.acknowledged ? 0.5 : 0)
        : null;
  }
}

/** Renewals ahead of `domains` over twelve months from TODAY (EUR only, as the fixtures are). */
function renewalsOf(domains: readonly DomainView[]): RenewalsAhead {
  const months = Array.from({ length: 12 }, (_, i) => {
    const index = 2026 * 12 + 10 + i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
  const due = domains.filter((d) => {
    const date = d.nextDueOn ?? d.expiresOn;
    return (
      date !== null && date >= TODAY && !ENDED.has(d.status) && months.includes(date.slice(0, 7))
    );
  });
  const rows = months.map((month) => {
    const inMonth = due.filter((d) => (d.nextDueOn ?? d.expiresOn)!.startsWith(month));
    const priced = inMonth.filter((d) => d.renewalPrice?.currency === 'EUR');
    return {
      month,
      count: inMonth.length,
      costMinor: priced.reduce((sum, d) => sum + d.renewalPrice!.amountMinor, 0),
      unpricedCount: inMonth.length - priced.length
    };
  });
  return {
    currency: due.some((d) => d.renewalPrice) ? 'EUR' : null,
    months: rows,
    totalCount: due.length,
    totalCostMinor: rows.reduce((sum, r) => sum + r.costMinor, 0)
  };
}

/** What main's `domains:list` answers for `input` over `domains`. */
export function domainList(
  domains: readonly DomainView[],
  raw: z.input<typeof domainListInputSchema> = {}
): InvokeOutput<'domains:list'> {
  const input = domainListInputSchema.parse(raw);
  const needle = input.q.trim().toLowerCase();
  const matched = domains.filter((d) => {
    if (needle && !d.name.toLowerCase().includes(needle)) return false;
    if (input.status !== 'all' && d.status !== input.status) return false;
    if (input.autoRenewOffOnly && d.autoRenew !== false) return false;
    if (
      input.within !== null &&
      (d.daysLeft === null || d.daysLeft < 0 || d.daysLeft > input.within)
    )
      return false;
    return true;
  });
  const sign = input.dir === 'asc' ? 1 : -1;
  const sorted = [...matched].sort((a, b) => {
    const va = sortValue(a, input.sort);
    const vb = sortValue(b, input.sort);
    if (va === null && vb !== null) return 1;
    if (vb === null && va !== null) return -1;
    if (va !== null && vb !== null && va !== vb) return (va < vb ? -1 : 1) * sign;
    return a.name.localeCompare(b.name);
  });
  const statusCounts: Record<string, number> = {};
  for (const d of domains) statusCounts[d.status] = (statusCounts[d.status] ?? 0) + 1;
  return {
    domains: sorted.slice(input.offset, input.offset + input.limit),
    total: matched.length,
    cachedCount: domains.length,
    statusCounts,
    renewals: renewalsOf(domains),
    today: TODAY
  };
}

/** `domains:list` over an empty cache. */
export function emptyDomainList(): InvokeOutput<'domains:list'> {
  return domainList([]);
}

/** The open and snoozed counts of `alerts`, as `alerts:summary` answers them. */
export function alertCounts(alerts: readonly AlertView[]): AlertSummary {
  const snoozedCount = alerts.filter((a) => a.snoozed).length;
  return { openCount: alerts.length - snoozedCount, snoozedCount };
}

const SEVERITY_ORDER = ['critical', 'warning', 'info'] as const;

/**
 * `alerts:list` over `alerts` as main answers it: the non-empty groups (open ones by severity,
 * then snoozed ones by severity), each paged by `input`, with totals and counts.
 */
export function alertPages(
  alerts: readonly AlertView[],
  input: AlertListInput = { limit: 50 }
): InvokeOutput<'alerts:list'> {
  const groups = ALERT_GROUP_IDS.map((id) => {
    const all = alerts
      .filter((a) => (a.snoozed ? 'snoozed' : a.severity) === id)
      .map((alert, index) => ({ alert, index }))
      .sort(
        (a, b) =>
          SEVERITY_ORDER.indexOf(a.alert.severity) - SEVERITY_ORDER.indexOf(b.alert.severity) ||
          a.index - b.index
      )
      .map(({ alert }) => alert);
    const asked = input.offsets?.[id] ?? 0;
    const offset = Math.min(
      asked,
      Math.max(0, Math.floor((all.length - 1) / input.limit)) * input.limit
    );
    return { id, total: all.length, offset, alerts: all.slice(offset, offset + input.limit) };
  }).filter((group) => group.total > 0);
  return { ...alertCounts(alerts), groups };
}
