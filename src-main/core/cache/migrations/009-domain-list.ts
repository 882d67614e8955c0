import type { Migration } from './types';

/**
 * Indexes behind `domains:list` as a query: the name order and search, the status filter
 * and its counts, and the renewal month (next due date, else expiry) of "Renewals ahead".
 */
export const migration009: Migration = {
  version: 9,
  name: 'domain-list',
  up: (db) => {
    db.exec(`
      CREATE INDEX domains_name ON domains (name COLLATE NOCASE);
      CREATE INDEX domains_status ON domains (status, expires_on);
      CREATE INDEX domains_renewal ON domains (coalesce(next_due_on, expires_on));
    `);
  }
};
