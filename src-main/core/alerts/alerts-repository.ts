/**
 * The alerts' tables in the profile's cache: the ledger of alerts already handled, their
 * history and the domains' snooze / acknowledge states (migration 003), and the columns of
 * the cached rows the rules and the crossing timer read. The ledger's pass itself is the
 * pure ledgerPass (ledger.ts); this applies what it says in one transaction.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { inTransaction } from '../cache/database';
import { alertTextSchema } from '@shared/contract/alert-text';
import { LAPSED_DOMAIN_STATUSES, OVERDUE_INVOICE_STATUSES } from '@shared/model';
import type { PlannableAlert } from './notifications';
import {
  acknowledgedUnrecordedWrites,
  baselineWrites,
  ledgerPass,
  type AlertHistoryEntry,
  type AlertHistoryEvent,
  type LedgerOutcome,
  type LedgerPayload,
  type LedgerRow,
  type LedgerWrite
} from './ledger';
import type {
  AlertCategory,
  AlertDomain,
  AlertSettings,
  AlertStage,
  DomainAlertState,
  DomainStatus
} from './types';

/**
 * The facts ride in the `detail` column as JSON next to the English (no migration needed);
 * rows written before are plain English and read back without facts.
 */
const FACTS_PREFIX = '{"en":';

function encodeDetail(entry: AlertHistoryEntry): string {
  if (!entry.text && !entry.until) return entry.detail;
  return JSON.stringify({ en: entry.detail, text: entry.text ?? null, until: entry.until ?? null });
}

function decodeDetail(stored: string): Pick<AlertHistoryEntry, 'detail' | 'text' | 'until'> {
  if (!stored.startsWith(FACTS_PREFIX)) return { detail: stored, text: null, until: null };
  try {
    const parsed = JSON.parse(stored) as { en?: unknown; text?: unknown; until?: unknown };
    const text = alertTextSchema.safeParse(parsed.text);
    return {
      detail: typeof parsed.en === 'string' ? parsed.en : stored,
      text: text.success ? text.data : null,
      until: typeof parsed.until === 'string' ? parsed.until : null
    };
  } catch {
    return { detail: stored, text: null, until: null };
  }
}

interface RawLedgerRow {
  key: string;
  category: string;
  raised_at: string;
  notified_at: string | null;
  handled: number;
  acknowledged_at: string | null;
  payload: string;
}

/** Every alert the ledger holds, by key. */
export function readLedger(db: DatabaseSync): Map<string, LedgerRow> {
  const rows = db
    .prepare('SELECT * FROM alert_ledger ORDER BY raised_at, key')
    .all() as unknown as RawLedgerRow[];
  return new Map(
    rows.map((r) => [
      r.key,
      {
        key: r.key,
        category: r.category as AlertCategory,
        raisedAt: r.raised_at,
        notifiedAt: r.notified_at,
        handled: r.handled === 1,
        acknowledgedAt: r.acknowledged_at,
        payload: JSON.parse(r.payload) as LedgerPayload
      }
    ])
  );
}

/** Appends one history entry. */
export function appendHistory(db: DatabaseSync, entry: AlertHistoryEntry): void {
  db.prepare(
    'INSERT INTO alert_history (key, domain_id, at, event, detail) VALUES (?, ?, ?, ?, ?)'
  ).run(entry.key, entry.domainId, entry.at, entry.event, encodeDetail(entry));
}

/** The history of one domain's alerts, oldest first. */
export function readDomainHistory(db: DatabaseSync, domainId: string): AlertHistoryEntry[] {
  const rows = db
    .prepare(
      'SELECT key, domain_id, at, event, detail FROM alert_history WHERE domain_id = ? ORDER BY id'
    )
    .all(domainId) as unknown as {
    key: string;
    domain_id: string | null;
    at: string;
    event: AlertHistoryEvent;
    detail: string;
  }[];
  return rows.map((r) => ({
    key: r.key,
    domainId: r.domain_id,
    at: r.at,
    event: r.event,
    ...decodeDetail(r.detail)
  }));
}

/** The statements a pass writes with, prepared once per pass. */
const LEDGER_WRITES = {
  delete: 'DELETE FROM alert_ledger WHERE key = ?',
  'update-payload': 'UPDATE alert_ledger SET payload = ? WHERE key = ?',
  insert:
    'INSERT INTO alert_ledger (key, category, raised_at, notified_at, handled, acknowledged_at, payload) VALUES (?, ?, ?, NULL, ?, ?, ?)',
  'mark-notified': 'UPDATE alert_ledger SET handled = 1, notified_at = ? WHERE key = ?',
  'mark-suppressed': 'UPDATE alert_ledger SET handled = 1 WHERE key = ?'
} as const;

/** Applies a pass's writes in their order (call inside a transaction). */
export function applyLedgerWrites(db: DatabaseSync, writes: readonly LedgerWrite[]): void {
  const statements = new Map<keyof typeof LEDGER_WRITES, StatementSync>();
  const statement = (op: keyof typeof LEDGER_WRITES): StatementSync => {
    let prepared = statements.get(op);
    if (!prepared) {
      prepared = db.prepare(LEDGER_WRITES[op]);
      statements.set(op, prepared);
    }
    return prepared;
  };
  for (const write of writes) {
    switch (write.op) {
      case 'delete':
        statement('delete').run(write.key);
        break;
      case 'update-payload':
        statement('update-payload').run(JSON.stringify(write.payload), write.key);
        break;
      case 'insert':
        statement('insert').run(
          write.key,
          write.category,
          write.raisedAt,
          write.handled ? 1 : 0,
          write.acknowledgedAt,
          JSON.stringify(write.payload)
        );
        break;
      case 'mark-notified':
        statement('mark-notified').run(write.at, write.key);
        break;
      case 'mark-suppressed':
        statement('mark-suppressed').run(write.key);
        break;
      case 'history':
        appendHistory(db, write.entry);
        break;
    }
  }
}

/** Records the first-sync baseline (ledger.ts's baselineWrites) in one transaction. */
export function recordBaseline(
  db: DatabaseSync,
  alerts: readonly PlannableAlert[],
  at: string,
  options: { readonly acknowledge: boolean }
): void {
  inTransaction(db, () => {
    applyLedgerWrites(db, baselineWrites(readLedger(db), alerts, at, options));
  });
}

/** One ledger pass (ledger.ts's ledgerPass) over the stored ledger, in one transaction. */
export function runLedgerPass(
  db: DatabaseSync,
  alerts: readonly PlannableAlert[],
  settings: AlertSettings,
  now: number
): LedgerOutcome {
  return inTransaction(db, () => {
    const { writes, outcome } = ledgerPass(readLedger(db), alerts, settings, now);
    applyLedgerWrites(db, writes);
    return outcome;
  });
}

/** Records a ticket or invoice alert no pass has recorded yet as acknowledged (and handled). */
export function recordAcknowledged(db: DatabaseSync, alert: PlannableAlert, at: string): void {
  applyLedgerWrites(db, acknowledgedUnrecordedWrites(alert, at));
}

/** Marks a ticket or invoice alert acknowledged: it leaves the open list, the key stays known. */
export function acknowledgeKey(db: DatabaseSync, key: string, at: string): boolean {
  const result = db
    .prepare(
      'UPDATE alert_ledger SET acknowledged_at = ? WHERE key = ? AND acknowledged_at IS NULL'
    )
    .run(at, key);
  return Number(result.changes) > 0;
}

function stageToText(stage: AlertStage | null | undefined): string | null {
  return stage === null || stage === undefined ? null : String(stage);
}

function stageFromText(text: string | null): AlertStage | null {
  if (text === null) return null;
  if (/^\d+$/.test(text)) return Number(text);
  const lapsed = LAPSED_DOMAIN_STATUSES.find((status) => status === text);
  return lapsed ?? null;
}

/** Every stored snooze / acknowledge state, in the rules' shape. */
export function readAlertStates(db: DatabaseSync): DomainAlertState[] {
  const rows = db.prepare('SELECT * FROM alert_state ORDER BY domain_id').all() as unknown as {
    domain_id: string;
    snoozed_until: string | null;
    snoozed_at_stage: string | null;
    acknowledged_at: string | null;
    acknowledged_stage: string | null;
  }[];
  return rows.map((r) => ({
    domainId: r.domain_id,
    snoozedUntil: r.snoozed_until,
    snoozedAtThreshold: stageFromText(r.snoozed_at_stage),
    acknowledgedAt: r.acknowledged_at,
    acknowledgedThreshold: stageFromText(r.acknowledged_stage)
  }));
}

/** Stores one domain's state (as returned by snoozeDomainAlert / acknowledgeDomainAlert). */
export function writeAlertState(db: DatabaseSync, state: DomainAlertState): void {
  db.prepare(
    `INSERT INTO alert_state (domain_id, snoozed_until, snoozed_at_stage, acknowledged_at, acknowledged_stage)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (domain_id) DO UPDATE SET snoozed_until = excluded.snoozed_until, snoozed_at_stage = excluded.snoozed_at_stage,
       acknowledged_at = excluded.acknowledged_at, acknowledged_stage = excluded.acknowledged_stage`
  ).run(
    state.domainId,
    state.snoozedUntil ?? null,
    stageToText(state.snoozedAtThreshold),
    state.acknowledgedAt ?? null,
    stageToText(state.acknowledgedThreshold)
  );
}

/**
 * The alert rules' view of every cached domain, by name, read from the table's columns (and
 * the renewal price from its JSON, in SQLite): no domain row is parsed in JavaScript.
 */
export function readAlertDomains(db: DatabaseSync): AlertDomain[] {
  const rows = db
    .prepare(
      `SELECT id, name, status, expires_on, next_due_on, auto_renew,
              json_extract(json, '$.recurringAmount.amountMinor') AS price,
              json_extract(json, '$.recurringAmount.currency') AS currency
         FROM domains ORDER BY name`
    )
    .all() as {
    id: string;
    name: string;
    status: string;
    expires_on: string | null;
    next_due_on: string | null;
    auto_renew: number | null;
    price: number | null;
    currency: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    status: r.status as AlertDomain['status'],
    expiresOn: r.expires_on,
    nextDueOn: r.next_due_on,
    autoRenew: r.auto_renew === null ? null : r.auto_renew !== 0,
    renewalPriceMinor: r.price,
    ...(r.currency === null ? {} : { currency: r.currency })
  }));
}

type DomainColumns = {
  id: string;
  name: string;
  status: string;
  expires_on: string;
  next_due_on: string | null;
  auto_renew: number | null;
};

const DOMAIN_COLUMNS = 'id, name, status, expires_on, next_due_on, auto_renew';

/** Cached domains expiring on or after `from`, soonest first, one at a time. */
export function* domainExpiriesFrom(
  db: DatabaseSync,
  from: string
): Generator<{ readonly status: DomainStatus; readonly expiresOn: string }> {
  for (const row of db
    .prepare(`SELECT ${DOMAIN_COLUMNS} FROM domains WHERE expires_on >= ? ORDER BY expires_on`)
    .iterate(from) as Iterable<DomainColumns>)
    yield { status: row.status as DomainStatus, expiresOn: row.expires_on };
}

/** The rules' view of the cached domains expiring in [`from`, `to`], from the columns only. */
export function alertDomainsExpiringBetween(
  db: DatabaseSync,
  from: string,
  to: string
): AlertDomain[] {
  const rows = db
    .prepare(`SELECT ${DOMAIN_COLUMNS} FROM domains WHERE expires_on >= ? AND expires_on <= ?`)
    .all(from, to) as DomainColumns[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    status: r.status as DomainStatus,
    expiresOn: r.expires_on,
    nextDueOn: r.next_due_on,
    autoRenew: r.auto_renew === null ? null : r.auto_renew !== 0,
    renewalPriceMinor: null
  }));
}

/** The statuses an invoice can be overdue in, as an SQL list. */
const OVERDUE_SQL = OVERDUE_INVOICE_STATUSES.map((status) => `'${status}'`).join(', ');

/** The earliest due date on or after `from` of an invoice that can fall overdue, or null. */
export function earliestUnpaidDueFrom(db: DatabaseSync, from: string): string | null {
  const row = db
    .prepare(
      `SELECT min(due_on) AS due FROM invoices WHERE status IN (${OVERDUE_SQL}) AND due_on >= ?`
    )
    .get(from) as { due: string | null } | undefined;
  return row?.due ?? null;
}

/** The earliest end (ISO) of a dated snooze still running after `after` (ISO), or null. */
export function earliestSnoozeEndAfter(db: DatabaseSync, after: string): string | null {
  const row = db
    .prepare('SELECT min(snoozed_until) AS until FROM alert_state WHERE snoozed_until > ?')
    .get(after) as { until: string | null } | undefined;
  return row?.until ?? null;
}
