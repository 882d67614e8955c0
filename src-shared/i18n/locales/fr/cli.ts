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
  },
  invoices: {
    header: {
      number: 'NUMÉRO',
      issued: 'ÉMISE LE',
      due: 'ÉCHÉANCE',
      status: 'STATUT',
      total: 'TOTAL',
      balance: 'SOLDE',
      pdf: 'PDF'
    },
    status: {
      draft: 'brouillon',
      unpaid: 'impayée',
      payment_pending: 'paiement en cours',
      paid: 'payée',
      collections: 'en recouvrement',
      cancelled: 'annulée',
      refunded: 'remboursée',
      overdue: 'en retard'
    },
    detail: {
      title: 'Facture {{number}} (id {{id}})',
      status: 'Statut : {{status}}',
      issued: 'Émise le : {{date}}',
      due: 'Échéance : {{date}}',
      paid: 'Payée le : {{date}}',
      paymentMethod: 'Mode de paiement : {{method}}',
      lines: 'Lignes :',
      untaxed: '{{amount}} (hors TVA)',
      linesUnavailable: 'Lignes : indisponibles ({{reason}})',
      linesNotSynced: 'Lignes : pas encore synchronisées',
      subtotal: 'Sous-total : {{amount}}',
      tax: 'TVA : {{amount}}',
      credit: 'Crédit : {{amount}}',
      total: 'Total : {{amount}}',
      balance: 'Solde : {{amount}}',
      transactions: 'Transactions :',
      refund: 'remboursement {{amount}}',
      payment: 'payé {{amount}}',
      reference: 'réf. {{reference}}',
      pdfCached: 'PDF : en cache ({{file}}, {{size}})',
      pdfNotCached: 'PDF : pas en cache'
    },
    pdfCached: 'en cache',
    none: 'Aucune facture en cache pour le moment.',
    noMatch: 'Aucune facture ne correspond à ces filtres.',
    sum: '{{total}} (dont {{due}} à payer)',
    summary_one: '{{count}} facture, total {{sums}}.',
    summary_many: '{{count}} de factures, total {{sums}}.',
    summary_other: '{{count}} factures, total {{sums}}.'
  },
  services: {
    header: {
      domain: 'DOMAINE',
      pack: 'PACK DE SERVICES',
      status: 'STATUT',
      cycle: 'CYCLE',
      amount: 'MONTANT',
      nextDue: 'PROCHAINE ÉCHÉANCE',
      disk: 'DISQUE (Mo)',
      bandwidth: 'BANDE PASSANTE (Mo)'
    },
    status: {
      pending: 'en attente',
      active: 'actif',
      suspended: 'suspendu',
      terminated: 'résilié',
      cancelled: 'annulé',
      fraud: 'fraude',
      completed: 'terminé',
      unknown: 'inconnu'
    },
    none: 'Aucun pack de services en cache pour le moment.',
    noMatch: 'Aucun pack de services ne correspond à ces filtres.',
    summary_one: '{{shown}} sur {{count}} pack de services.',
    summary_many: '{{shown}} sur {{count}} de packs de services.',
    summary_other: '{{shown}} sur {{count}} packs de services.'
  },
  tickets: {
    header: {
      number: 'NUMÉRO',
      status: 'STATUT',
      lastReply: 'DERNIÈRE RÉPONSE',
      new: 'NOUVEAU',
      technician: 'TECHNICIEN',
      subject: 'SUJET'
    },
    none: 'Aucun ticket en cache pour le moment.',
    noMatch: 'Aucun ticket ne correspond à ces filtres.',
    summary: '{{shown}} affichés sur {{total}} ; {{unread}} non lus.',
    thread: {
      status: 'Statut : {{status}}',
      awaitingYou: '{{status}} (en attente de votre réponse)',
      priority: 'Priorité : {{priority}}',
      department: 'Service : {{name}}',
      technician: 'Technicien : {{name}}',
      opened: 'Ouvert le : {{time}}',
      lastReply: 'Dernière réponse : {{time}}',
      clientArea: 'Espace client : {{url}}',
      attachments: '[pièces jointes : {{files}}]',
      author: { staff: 'support', customer: 'client' },
      notSent: 'pas encore envoyé ({{state}}) : {{kind}}',
      state: {
        queued: 'en file d’attente',
        sending: 'envoi en cours',
        sent: 'envoyé',
        failed: 'échec'
      },
      kind: { reply: 'réponse', open: 'nouveau ticket', close: 'demande de clôture' }
    }
  },
  outbox: {
    header: {
      id: 'ID',
      kind: 'TYPE',
      ticket: 'TICKET',
      state: 'ÉTAT',
      tries: 'ESSAIS',
      stored: 'ENREGISTRÉ LE',
      lastError: 'DERNIÈRE ERREUR'
    },
    empty: 'Rien n’attend d’être envoyé.'
  },
  payu: {
    title: 'PAYU {{month}} ({{timeZone}}), {{hours}} heures, du {{start}} au {{end}}',
    asOf: 'État au {{asOf}} : {{state}}',
    final: 'définitif',
    notFinal: 'pas encore définitif',
    totals:
      'Total {{total}}  Estimation du mois {{estimate}}  Heures en attente {{pending}}  (en centimes)',
    billed:
      'Comptes facturés {{accounts}}  Add-ons facturés {{addons}}  Packs de services {{packs}}',
    header: {
      resource: 'Ressource',
      kind: 'Type',
      parent: 'Parent',
      pack: 'Pack',
      price: 'Prix',
      activeHours: 'h actives',
      billedHours: 'h facturées',
      days: 'Jours facturés',
      amount: 'Montant',
      status: 'Statut',
      firstHour: 'Première heure',
      lastHour: 'Dernière heure'
    },
    kind: { account: 'compte', addon: 'add-on' },
    status: { charged: 'facturé', pending: 'en attente', free: 'gratuit' },
    daily: { date: 'Date', hours: 'Heures', amount: 'Montant' },
    noUsage: 'Aucune consommation ce mois-ci.',
    warnings: 'Avertissements ({{count}}) :'
  },
  sync: {
    start: 'Synchronisation de « {{profile}} » dans {{path}}',
    ok: 'ok',
    failed: 'ÉCHEC',
    changed_one: '{{count}} modification',
    changed_many: '{{count}} de modifications',
    changed_other: '{{count}} modifications',
    recorded: 'image horaire {{last}} enregistrée (enregistrement depuis {{first}})',
    cancelled: 'annulée ; la prochaine synchronisation reprendra là où celle-ci s’est arrêtée',
    refused: 'le fournisseur a refusé les identifiants',
    partial:
      'certaines données n’ont pas pu être synchronisées ; les données en cache ont été conservées'
  }
};
