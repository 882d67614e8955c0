/** French, namespace `dashboard`. */
import type { Translation } from '../../catalog';
import type { dashboard as en } from '../en/dashboard';

export const dashboard: Translation<typeof en> = {
  loading: 'Chargement de votre compte…',
  loadFailed: 'Impossible de lire le tableau de bord\u00a0: {{reason}}',
  retry: 'Réessayer',
  empty: {
    syncingTitle: 'Synchronisation de votre compte…',
    syncingText:
      'Hostdeck lit votre solde, vos factures, vos domaines et vos tickets chez votre fournisseur. Ils s’afficheront ici dès la fin de la première synchronisation.',
    noDataTitle: 'Pas encore de données de facturation',
    noDataText:
      'Hostdeck n’a pas encore lu le compte de ce fournisseur. Lancez une synchronisation pour remplir le tableau de bord\u00a0; la barre d’état en montre l’avancement et signale tout problème.'
  },
  cards: {
    credit: 'Solde de crédit',
    creditDetail: 'Disponible pour les prochaines factures',
    unpaid: 'Factures impayées',
    nothingToPay: 'Rien à payer',
    invoiceCount_one: '{{count}} facture',
    invoiceCount_many: '{{count}} factures',
    invoiceCount_other: '{{count}} factures',
    overdue: 'Échéance dépassée',
    pastDue_one: '{{count}} facture en retard',
    pastDue_many: '{{count}} factures en retard',
    pastDue_other: '{{count}} factures en retard',
    nothingOverdue: 'Aucun retard de paiement',
    domains: 'Domaines',
    viewDomains: 'Voir les domaines',
    services: 'Services',
    viewServices: 'Voir les services',
    tickets: 'Tickets ouverts',
    viewTickets: 'Voir les tickets'
  },
  unpaid: {
    title: 'Factures à payer',
    all_one: 'La facture impayée',
    all_many: 'Les {{count}} factures impayées',
    all_other: 'Les {{count}} factures impayées',
    invoice: 'Facture',
    issued: 'Émise le',
    due: 'Échéance',
    openAmount: 'Montant dû',
    state: 'État',
    overdue: 'En retard',
    paymentPending: 'Paiement en cours',
    unpaid: 'Impayée'
  },
  spend: {
    title: 'Dépenses par mois',
    paidLastYear: 'payés sur les 12 derniers mois',
    paid: 'Payé',
    month: 'Mois',
    tableCaption: 'Factures payées par mois'
  }
};
