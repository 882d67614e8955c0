/**
 * Reads the dashboard's inputs from a profile's cache and hands them to the pure
 * computation. The only place that knows which tables the summary comes from.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { AccountSummaryView } from '@shared/contract';
import { localDate, monthsEndingWith } from '../time';
import { countEntities } from '../cache/repositories/entities';
import { UNPAID_INVOICE_STATUSES } from '@shared/model';
import { readCachedInvoicesWithStatus } from '../invoices/invoice-repository';
import { countOpenTickets, readCachedAccount } from './account-repository';
import { SPEND_MONTHS, computeAccountSummary } from './account-summary';

/** The account summary of the cache in `db` at instant `now`, with days in `timeZone`. */
export function readAccountSummary(
  db: DatabaseSync,
  now: number,
  timeZone: string
): AccountSummaryView {
  return computeAccountSummary({
    account: readCachedAccount(db),
    // With the balance of each cached detail: the open amounts the alerts and invoices page use.
    // Only what the summary reads: the unpaid ones and those paid in the spend chart's months.
    invoices: readCachedInvoicesWithStatus(
      db,
      UNPAID_INVOICE_STATUSES,
      `${monthsEndingWith(localDate(now, timeZone).slice(0, 7), SPEND_MONTHS)[0]}-01`
    ),
    counts: {
      domains: countEntities(db, 'domains'),
      services: countEntities(db, 'services'),
      openTickets: countOpenTickets(db)
    },
    today: localDate(now, timeZone)
  });
}
