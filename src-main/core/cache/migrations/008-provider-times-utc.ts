import type { DatabaseSync } from 'node:sqlite';
import type { Migration } from './types';

/**
 * `expr` as a UTC instant to the second ("2026-12-02T09:00:00Z") when it holds a date-time,
 * else unchanged. Text without a zone is read as UTC: every profile cached before this step
 * reads its provider in UTC (the `serverTimeZone` default), so the result is exactly what the
 * adapter now writes for the same reply.
 */
function utc(expr: string): string {
  return `CASE WHEN ${expr} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]*'
    THEN coalesce(strftime('%Y-%m-%dT%H:%M:%SZ', ${expr}), ${expr}) ELSE ${expr} END`;
}

/** JSON `json` with the text at `path` rewritten by {@link utc}. */
function utcAt(json: string, path: string): string {
  return `json_replace(${json}, '${path}', ${utc(`json_extract(${json}, '${path}')`)})`;
}

/**
 * The JSON array at `path` of `json` (a list of objects) with each item's `field` rewritten.
 * Name the column with its table: inside json_each, a bare `json` is json_each's own column.
 */
function utcInEach(json: string, path: string, field: string): string {
  return `json((SELECT json_group_array(json(${utcAt('e.value', field)}) ORDER BY e.key)
    FROM json_each(${json}, '${path}') e))`;
}

/** True when `path` of `json` is an array of objects only (anything else is left alone). */
function objectsAt(json: string, path: string): string {
  return `json_valid(${json}) AND json_type(${json}, '${path}') = 'array'
    AND NOT EXISTS (SELECT 1 FROM json_each(${json}, '${path}') e WHERE e.type <> 'object')`;
}

/** Runs `body` without trigger `name`, which is put back exactly as it was. */
function withoutTrigger(db: DatabaseSync, name: string, body: () => void): void {
  const row = db
    .prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?")
    .get(name) as { sql: string } | undefined;
  if (row) db.exec(`DROP TRIGGER ${name}`);
  body();
  if (row) db.exec(row.sql);
}

/** A ticket-reply alert key, `ticket:<id>:reply:<staff reply time>`, with its time in UTC. */
const REPLY_KEY = `substr(key, 1, instr(key, ':reply:') + 6) || ${utc("substr(key, instr(key, ':reply:') + 7)")}`;

/**
 * Provider date-times become UTC instants. WHMCS writes them as wall-clock text without a
 * zone, which the cache kept as given and the screens read in the reseller's zone (a reply
 * posted at 10:00 UTC showed at 09:00 in Brussels). The adapter now converts them with the
 * profile's `serverTimeZone`; this step rewrites what is already cached the same way, so the
 * stored text compares equal to what the next sync brings: nothing is fetched again (ticket
 * threads, invoice details), read tickets stay read (`read_through` against
 * `staff_reply_at`), and acknowledged reply alerts keep their keys.
 *
 * Unchanged search text is not indexed again (the FTS trigger is set aside), nor are invoice
 * details marked stale (their trigger too).
 */
export const migration008: Migration = {
  version: 8,
  name: 'provider-times-utc',
  up: (db) => {
    withoutTrigger(db, 'tickets_derive_text', () => {
      // The list trigger still runs: ticket_state's zoned keys follow opened_at/last_reply_at.
      db.exec(`
        UPDATE tickets SET
          opened_at = ${utc('opened_at')},
          last_reply_at = ${utc('last_reply_at')},
          thread_last_reply_at = ${utc('thread_last_reply_at')},
          json = CASE WHEN json_valid(json)
            THEN ${utcAt(utcAt('json', '$.openedAt'), '$.lastReplyAt')} ELSE json END,
          thread_json = CASE WHEN ${objectsAt('tickets.thread_json', '$')}
            THEN ${utcInEach('tickets.thread_json', '$', '$.postedAt')} ELSE thread_json END;
        UPDATE ticket_state SET
          staff_reply_at = ${utc('staff_reply_at')},
          read_through = ${utc('read_through')};
      `);
    });
    withoutTrigger(db, 'invoices_changed_detail_stale', () => {
      db.exec(`
        UPDATE invoices SET json = ${utcAt('json', '$.paidAt')} WHERE json_valid(json);
        UPDATE invoice_details SET json = ${utcAt('json', '$.paidAt')} WHERE json_valid(json);
        UPDATE invoice_details SET json = json_replace(json, '$.payments',
            ${utcInEach('invoice_details.json', '$.payments', '$.date')})
          WHERE ${objectsAt('invoice_details.json', '$.payments')};
      `);
    });
    db.exec(`
      UPDATE transactions SET
        date = ${utc('date')},
        json = CASE WHEN json_valid(json) THEN ${utcAt('json', '$.date')} ELSE json END;
      UPDATE OR REPLACE alert_ledger SET key = ${REPLY_KEY} WHERE key GLOB 'ticket:*:reply:*';
      UPDATE alert_history SET key = ${REPLY_KEY} WHERE key GLOB 'ticket:*:reply:*';
      -- The stored alert pass holds the old keys: the next read runs it again.
      DELETE FROM alert_results;
      DELETE FROM meta WHERE key = 'alerts.results';
    `);
  }
};
