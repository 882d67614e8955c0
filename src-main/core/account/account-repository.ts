/** The cached account row (the sync keeps at most one) and the counts the dashboard reads. */
import type { DatabaseSync } from 'node:sqlite';
import type { AccountSummary } from '@shared/model';

/** The ticket status that means "nothing left to do"; every other status counts as open. */
const CLOSED_TICKET_STATUS = 'Closed';

/** Reads the cached account row, or null before the first sync. */
export function readCachedAccount(db: DatabaseSync): AccountSummary | null {
  const row = db.prepare('SELECT json FROM account LIMIT 1').get() as { json: string } | undefined;
  return row ? (JSON.parse(row.json) as AccountSummary) : null;
}

/**
 * Stores the account as the provider returned it, replacing any other account row. Returns 1
 * when the stored account changed, 0 when it was already this one.
 */
export function writeAccount(db: DatabaseSync, account: AccountSummary, syncedAt: string): number {
  const json = JSON.stringify(account);
  const existing = db.prepare('SELECT json FROM account WHERE id = ?').get(account.id) as
    { json: string } | undefined;
  db.prepare('DELETE FROM account WHERE id <> ?').run(account.id);
  db.prepare(
    'INSERT INTO account (id, json, synced_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json, synced_at = excluded.synced_at'
  ).run(account.id, json, syncedAt);
  return existing?.json === json ? 0 : 1;
}

/** Counts tickets whose status is not Closed. */
export function countOpenTickets(db: DatabaseSync): number {
  const row = db
    .prepare('SELECT count(*) AS n FROM tickets WHERE status <> ?')
    .get(CLOSED_TICKET_STATUS) as { n: number };
  return row.n;
}
