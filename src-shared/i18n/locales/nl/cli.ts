/** Dutch, namespace `cli`. */
import type { Translation } from '../../catalog';
import type { cli as en } from '../en/cli';

export const cli: Translation<typeof en> = {
  alerts: {
    header: {
      severity: 'ERNST',
      category: 'CATEGORIE',
      item: 'ONDERWERP',
      reason: 'REDEN',
      daysLeft: 'DAGEN OVER',
      message: 'BERICHT'
    },
    none: 'Geen open meldingen.',
    creditBalance: 'Tegoed',
    invoice: 'Factuur {{number}}',
    severity: { info: 'info', warning: 'waarschuwing', critical: 'kritiek' },
    category: { domain: 'domeinnaam', ticket: 'ticket', invoice: 'factuur' },
    reason: {
      threshold_one: 'grens van {{count}} dag',
      threshold_other: 'grens van {{count}} dagen',
      grace: 'grace-periode',
      redemption: 'quarantaine',
      expired: 'verlopen',
      ticketReply: 'antwoord van support',
      invoiceOverdue: 'over de vervaldatum',
      lowCredit: 'tegoed laag'
    }
  }
};
