/**
 * Exports cached invoices, domains and tickets as JSON or CSV (money as plain decimals).
 */
import type { DatabaseSync } from 'node:sqlite';
import { minorToDecimalString } from '@shared/money';
import { readEntities } from '../cache/repositories/entities';
import { toCsv, type CsvCell } from './csv';

export const EXPORTABLE = ['invoices', 'domains', 'tickets'] as const;
export type Exportable = (typeof EXPORTABLE)[number];

const money = (m: { amountMinor: number } | null): CsvCell =>
  m ? minorToDecimalString(m.amountMinor) : null;

/** Renders one entity from the cache. */
export function exportEntity(db: DatabaseSync, entity: Exportable, format: 'json' | 'csv'): string {
  if (entity === 'invoices') {
    const items = readEntities(db, 'invoices', 'issued_on DESC, id DESC');
    if (format === 'json') return JSON.stringify(items, null, 2) + '\n';
    return toCsv(
      [
        'id',
        'number',
        'issued_on',
        'due_on',
        'status',
        'overdue',
        'currency',
        'subtotal',
        'tax',
        'total',
        'balance',
        'paid_at'
      ],
      items.map((i) => [
        i.id,
        i.number,
        i.issuedOn,
        i.dueOn,
        i.status,
        i.isOverdue,
        i.total.currency,
        money(i.subtotal),
        money(i.tax),
        money(i.total),
        money(i.balance),
        i.paidAt
      ])
    );
  }
  if (entity === 'domains') {
    const items = readEntities(db, 'domains', 'expires_on IS NULL, expires_on, name');
    if (format === 'json') return JSON.stringify(items, null, 2) + '\n';
    return toCsv(
      [
        'id',
        'name',
        'status',
        'expires_on',
        'next_due_on',
        'auto_renew',
        'registrar',
        'renewal_price',
        'currency'
      ],
      items.map((d) => [
        d.id,
        d.name,
        d.status,
        d.expiresOn,
        d.nextDueOn,
        d.autoRenew,
        d.registrar,
        money(d.recurringAmount),
        d.recurringAmount?.currency ?? null
      ])
    );
  }
  const items = readEntities(db, 'tickets', 'last_reply_at DESC, id DESC');
  if (format === 'json') return JSON.stringify(items, null, 2) + '\n';
  return toCsv(
    ['id', 'number', 'subject', 'department', 'status', 'priority', 'opened_at', 'last_reply_at'],
    items.map((t) => [
      t.id,
      t.publicId,
      t.subject,
      t.departmentName ?? t.departmentId,
      t.status,
      t.priority,
      t.openedAt,
      t.lastReplyAt
    ])
  );
}
