import type { Migration } from './types';

/**
 * The stored result of the last alert pass. The pass runs when the data changes (a sync, a
 * snooze, an acknowledgement, a renewal, an opened ticket) and writes every alert it produced
 * here, so reads (domains, the alert centre, the tray, the status bar) never run the rules
 * over the whole cache. `meta['alerts.results']` says for which local day, settings and
 * synced data the rows hold; when any of those moved, the next read runs the pass again.
 */
export const migration007: Migration = {
  version: 7,
  name: 'alert-results',
  up: (db) => {
    db.exec(`
      CREATE TABLE alert_results (
        key TEXT PRIMARY KEY,
        category TEXT NOT NULL CHECK (category IN ('domain', 'ticket', 'invoice')),
        domain_id TEXT,
        -- The DomainAlert or GenericAlert the rules produced, as JSON.
        payload TEXT NOT NULL
      ) STRICT;
      CREATE INDEX alert_results_domain ON alert_results (domain_id) WHERE domain_id IS NOT NULL;
    `);
  }
};
