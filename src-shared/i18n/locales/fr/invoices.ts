/** French, namespace `invoices`. */
import type { Translation } from '../../catalog';
import type { invoices as en } from '../en/invoices';

export const invoices: Translation<typeof en> = {
  loading: 'les factures',
  loadingStatement: 'le relevé de compte',
  loadFailed: 'les factures',
  statementLoadFailed: 'le relevé de compte',
  tabs: {
    label: 'Vues de la facturation',
    invoices: 'Factures',
    statement: 'Relevé et dossier comptable'
  },
  noProvider: {
    title: 'Aucun fournisseur connecté',
    action: 'Ouvrir les fournisseurs',
    invoices:
      'Connectez votre fournisseur ou utilisez le fournisseur de démonstration. Chaque facture, avec son PDF, apparaîtra ici après la première synchronisation et restera consultable hors ligne.',
    statement:
      'Connectez votre fournisseur ou utilisez le fournisseur de démonstration pour voir ses paiements et son crédit.'
  },
  empty: {
    title: 'Aucune facture en cache pour l’instant',
    body: 'Hostdeck affiche les factures synchronisées depuis votre fournisseur, pour qu’elles restent consultables hors ligne avec leur PDF. Aucune n’a encore été synchronisée : utilisez <strong>Synchroniser</strong> dans la barre d’état ou attendez la prochaine synchronisation automatique.',
    noMatchTitle: 'Aucune facture ne correspond à ces filtres',
    noMatchBody: 'Essayez une autre recherche ou une période plus large, ou effacez les filtres.',
    clearFilters: 'Effacer les filtres'
  },
  list: {
    label: 'Factures',
    noun: 'factures',
    all_one: '{{count, number}} facture',
    all_many: '{{count, number}} de factures',
    all_other: '{{count, number}} factures',
    range_one: '{{first}}–{{last}} sur {{count, number}} facture',
    range_many: '{{first}}–{{last}} sur {{count, number}} de factures',
    range_other: '{{first}}–{{last}} sur {{count, number}} factures',
    matching: '{{range}} correspondantes, {{cached}} en cache',
    noMatch: 'Aucune facture correspondante ({{cached}} en cache)',
    stillDue: '{{total}} · encore dû {{due}}'
  },
  filters: {
    label: 'Filtrer les factures',
    status: 'Statut',
    search: 'Rechercher',
    searchPlaceholder: 'N°, montant, article',
    issuedFrom: 'Émises du',
    clear: 'Effacer les filtres'
  },
  status: {
    all: 'Toutes',
    draft: 'Brouillon',
    unpaid: 'Impayée',
    payment_pending: 'Paiement en cours',
    paid: 'Payée',
    collections: 'Recouvrement',
    cancelled: 'Annulée',
    refunded: 'Remboursée',
    overdue: 'En retard'
  },
  columns: {
    number: 'Facture',
    issued: 'Émise le',
    due: 'Échéance',
    status: 'Statut',
    total: 'Total',
    balance: 'Solde',
    method: 'Moyen',
    pdf: 'PDF',
    offline: 'Hors ligne',
    notYet: 'Pas encore'
  },
  caption: {
    issued: 'Factures par date d’émission, {{dir}}.',
    due: 'Factures par échéance, {{dir}}.',
    number: 'Factures par numéro, {{dir}}.',
    total: 'Factures par total, {{dir}}.',
    status: 'Factures par statut, {{dir}}.',
    aToZ: 'de A à Z',
    zToA: 'de Z à A',
    oldestFirst: 'les plus anciennes d’abord',
    newestFirst: 'les plus récentes d’abord',
    lowestFirst: 'les plus petits montants d’abord',
    highestFirst: 'les plus gros montants d’abord'
  },
  pdfCache: {
    available: 'PDF disponibles hors ligne : {{cached}} sur {{wanted}}',
    scope24: 'impayées et 24 derniers mois',
    scopeAll: 'toutes les factures',
    failing_one: '{{count, number}} échec, nouvel essai plus tard',
    failing_many: '{{count, number}} d’échecs, nouvel essai plus tard',
    failing_other: '{{count, number}} échecs, nouvel essai plus tard',
    downloading: 'Téléchargement…',
    downloadingOf: 'Téléchargement {{done}} sur {{total}}',
    progress: 'Téléchargement des PDF',
    stopped: 'Téléchargements interrompus : {{message}}'
  },
  detail: {
    back: '← Toutes les factures',
    what: 'la facture',
    noun: 'Facture',
    title: 'Facture {{number}}',
    issued: 'Émise le',
    due: 'Échéance',
    paid: 'Payée le',
    method: 'Moyen de paiement',
    balanceDue: 'Solde dû',
    items: 'Articles',
    noLinesFromProvider:
      'Le fournisseur n’a transmis aucune ligne pour cette facture ({{reason}}) ; Hostdeck n’en affiche aucune plutôt que de les deviner.',
    noLines: 'Cette facture ne contient aucune ligne.',
    linesNotCached:
      'Les lignes ne sont pas encore en cache : la prochaine synchronisation les récupère.',
    linesCaption: 'Articles et totaux de la facture {{number}}',
    description: 'Description',
    type: 'Type',
    amount: 'Montant',
    taxed: 'Soumis à la TVA',
    taxedNote: '* article soumis à la TVA',
    subtotal: 'Sous-total',
    tax: 'TVA',
    creditApplied: 'Crédit utilisé',
    total: 'Total',
    payments: 'Paiements',
    noPayments: 'Aucun paiement n’est enregistré pour cette facture.',
    date: 'Date',
    reference: 'Référence',
    fees: 'Frais',
    refund: 'Remboursement −{{amount}}'
  },
  actions: {
    savePdf: 'Enregistrer le PDF…',
    saving: 'Enregistrement…',
    saveUnavailable: 'Le PDF n’est pas encore téléchargé et le fournisseur est hors ligne',
    saved: '{{file}} enregistré',
    pay: 'Payer',
    opening: 'Ouverture…',
    payTitle: 'Ouvre la page de paiement dans votre navigateur',
    payOffline: 'Le paiement passe par votre fournisseur, qui est injoignable',
    payOfflineNow: 'Le paiement passe par votre fournisseur, qui est injoignable pour le moment.',
    paySso: 'La page de paiement s’est ouverte dans votre navigateur, vous êtes déjà connecté.',
    payLogin:
      'La page de paiement s’est ouverte dans votre navigateur ; connectez-vous-y pour payer.',
    copy: 'Copier le numéro',
    copied: '{{number}} copié',
    noClipboard: 'Le presse-papiers n’est pas disponible ici.'
  },
  pdf: {
    title: 'PDF',
    availableOffline: 'Disponible hors ligne',
    availableOfflineSize: 'Disponible hors ligne · {{size}}',
    downloadedNow: 'Téléchargé à l’instant',
    notDownloaded: 'Pas encore téléchargé',
    notDownloadedTitle: 'Pas encore téléchargé.',
    downloadingNow: 'Hostdeck est en train de le télécharger.',
    willDownload:
      'Hostdeck télécharge les PDF des factures en arrière-plan après chaque synchronisation, et celui-ci n’a pas encore été récupéré. Le fournisseur est injoignable pour le moment ; il sera téléchargé dès que possible.',
    tryAgain: 'Réessayer',
    cannotShow: 'Impossible d’afficher le PDF : {{reason}}',
    retry: 'Réessayer',
    opening: 'Ouverture du PDF…',
    downloading: 'Téléchargement du PDF depuis votre fournisseur…',
    page: 'Facture {{number}}, page {{page}} sur {{pages}}'
  },
  statement: {
    title: 'Paiements, remboursements et crédit',
    exportCsv: 'Exporter en CSV',
    saved: '{{file}} enregistré',
    notSyncedTitle: 'Pas encore synchronisé',
    notSyncedBody:
      'Hostdeck n’a pas encore lu les transactions et l’historique de crédit de ce compte. Ils apparaîtront ici après la prochaine synchronisation.',
    emptyTitle: 'Rien sur cette période',
    emptyBody:
      'Aucun paiement, remboursement ni mouvement de crédit aux dates choisies. Essayez une période plus large.',
    payments: 'Paiements',
    refunds: 'Remboursements',
    fees: 'Frais de paiement',
    creditAdded: 'Crédit ajouté',
    creditUsed: 'Crédit utilisé',
    creditNow: 'Solde créditeur actuel',
    skipped_one: '{{count, number}} opération dans une autre devise que {{currency}} est exclue.',
    skipped_many:
      '{{count, number}} d’opérations dans une autre devise que {{currency}} sont exclues.',
    skipped_other:
      '{{count, number}} opérations dans une autre devise que {{currency}} sont exclues.',
    accountCurrency: 'celle du compte',
    asOf: 'Transactions au {{time}}.',
    caption:
      'Paiements, remboursements et mouvements de crédit du {{from}} au {{to}}, les plus anciens d’abord, avec les soldes cumulés.',
    date: 'Date',
    type: 'Type',
    description: 'Description',
    invoice: 'Facture',
    method: 'Moyen',
    paidIn: 'Encaissé',
    refunded: 'Remboursé',
    credit: 'Crédit',
    paidBalance: 'Solde payé',
    creditBalance: 'Solde créditeur',
    opening: 'Solde d’ouverture',
    closing: 'Totaux de la période, soldes de clôture',
    kind: { payment: 'Paiement', refund: 'Remboursement', credit: 'Crédit' },
    pagerNoun: 'le relevé de compte',
    invoicePayment: 'Paiement de facture',
    creditApplied: 'Crédit appliqué à la facture n° {{number}}'
  },
  period: {
    label: 'Période du relevé',
    period: 'Période',
    from: 'Du',
    custom: 'Dates personnalisées',
    'last-12-months': '12 derniers mois',
    'this-month': 'Ce mois-ci',
    'last-month': 'Le mois dernier',
    'this-quarter': 'Ce trimestre',
    'last-quarter': 'Le trimestre dernier',
    'this-year': 'Cette année',
    'last-year': 'L’année dernière'
  },
  bundle: {
    title: 'Dossier pour le comptable',
    intro:
      'Un ZIP avec le PDF de chaque facture émise du {{from}} au {{to}}, <code>invoices.csv</code> et <code>transactions.csv</code>. Il est constitué à partir du cache de Hostdeck et fonctionne donc hors ligne ; les PDF pas encore téléchargés sont listés ci-dessous.',
    export: 'Exporter le dossier (ZIP)',
    building: 'Préparation du dossier…',
    progress: 'Progression du dossier',
    failed: 'Impossible de constituer le dossier : {{reason}}',
    saved:
      '<strong>{{file}}</strong> enregistré ({{size}}) : {{invoices}}, {{pdfs}}, {{transactions}}.',
    invoices_one: '{{count, number}} facture',
    invoices_many: '{{count, number}} de factures',
    invoices_other: '{{count, number}} factures',
    pdfs_one: '{{count, number}} PDF',
    pdfs_many: '{{count, number}} de PDF',
    pdfs_other: '{{count, number}} PDF',
    transactions_one: '{{count, number}} transaction',
    transactions_many: '{{count, number}} de transactions',
    transactions_other: '{{count, number}} transactions',
    complete: 'Chaque facture de la période a son PDF.',
    missing_one: '{{count, number}} PDF manque dans le dossier :',
    missing_many: '{{count, number}} de PDF manquent dans le dossier :',
    missing_other: '{{count, number}} PDF manquent dans le dossier :',
    more_one:
      '… et {{count, number}} autre. Il est téléchargé en arrière-plan après chaque synchronisation, ou quand vous ouvrez la facture.',
    more_many:
      '… et {{count, number}} d’autres. Ils sont téléchargés en arrière-plan après chaque synchronisation, ou quand vous ouvrez la facture.',
    more_other:
      '… et {{count, number}} autres. Ils sont téléchargés en arrière-plan après chaque synchronisation, ou quand vous ouvrez la facture.',
    reason: {
      'not-cached': 'pas encore téléchargé',
      'file-missing': 'le fichier en cache a disparu',
      'checksum-mismatch': 'le fichier en cache est endommagé',
      'not-a-pdf': 'le fournisseur a envoyé autre chose qu’un PDF'
    }
  }
};
