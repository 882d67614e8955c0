/** French, namespace `cli`. */
import type { Translation } from '../../catalog';
import type { cli as en } from '../en/cli';

export const cli: Translation<typeof en> = {
  alerts: {
    header: {
      severity: 'GRAVITÉ',
      category: 'CATÉGORIE',
      item: 'ÉLÉMENT',
      reason: 'MOTIF',
      daysLeft: 'JOURS RESTANTS',
      message: 'MESSAGE'
    },
    none: 'Aucune alerte ouverte.',
    creditBalance: 'Solde de crédit',
    invoice: 'Facture {{number}}',
    severity: { info: 'info', warning: 'avertissement', critical: 'critique' },
    category: { domain: 'domaine', ticket: 'ticket', invoice: 'facture' },
    reason: {
      threshold_one: 'seuil de {{count}} jour',
      threshold_many: 'seuil de {{count}} de jours',
      threshold_other: 'seuil de {{count}} jours',
      grace: 'période de grâce',
      redemption: 'rédemption',
      expired: 'expiré',
      ticketReply: 'réponse du support',
      invoiceOverdue: 'en retard',
      lowCredit: 'crédit bas'
    }
  }
};
