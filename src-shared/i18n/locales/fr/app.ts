/** French, namespace `app`. */
import type { Translation } from '../../catalog';
import type { app as en } from '../en/app';

export const app: Translation<typeof en> = {
  skipToContent: 'Aller au contenu',
  pageNotFound: 'Page introuvable',
  statusLoadFailed: 'Hostdeck n’a pas pu charger son état : {{reason}}',
  notFound: {
    text: 'Il n’y a pas de page à l’adresse « {{path}} ».',
    toDashboard: 'Aller au tableau de bord'
  },
  unavailable: {
    title: 'Non disponible pour ce fournisseur',
    providerNamed: 'Le fournisseur de « {{name}} »',
    thisProvider: 'Ce fournisseur',
    invoices:
      '{{provider}} ne propose pas les factures dans son API : il n’y a donc ni facture ni relevé à afficher.',
    tickets:
      '{{provider}} ne propose pas les tickets de support dans son API : il n’y a donc pas de boîte de tickets.',
    usageRecording:
      '{{provider}} envoie lui-même ses prix et sa consommation : Hostdeck ne tient donc pas de liste de prix pour lui.',
    other: '{{provider}} ne propose pas cette fonction dans son API.',
    switchHint:
      'Vous pouvez ajouter un autre fournisseur ou en changer depuis le nom du profil, dans la barre d’état.'
  },
  missingToken: {
    title: 'Hostdeck a besoin de son lien d’accès',
    open: 'Ouvrez Hostdeck avec le lien affiché par',
    openAfter: '(il contient un jeton à usage unique).',
    why: 'Ce jeton empêche les autres programmes de cet ordinateur de lire vos données de facturation. Il est affiché dans le terminal à chaque démarrage du shell web.'
  },
  errorBoundary: {
    title: 'Impossible d’afficher « {{area}} »',
    unexpected: 'Une erreur inattendue s’est produite.'
  },
  status: {
    label: 'État',
    manageProviders: 'Gérer les fournisseurs',
    noProvider: 'Aucun fournisseur connecté',
    unavailable: 'État indisponible',
    demoBadge: 'Fournisseur de démonstration',
    lastSynced: 'Dernière synchronisation : {{when}}',
    neverSynced: 'Jamais synchronisé',
    online: 'En ligne',
    offlineSince: 'Hors ligne — données du {{when}}',
    offlineNoData: 'Hors ligne — pas encore de données en cache'
  },
  sync: {
    failed: 'Échec de la synchronisation : {{reason}}',
    failedDataFrom: 'Échec de la synchronisation : {{reason}} — données du {{when}}',
    failedUnknown: 'le fournisseur n’a pas pu être synchronisé',
    syncing: 'Synchronisation…',
    syncingEntity: 'Synchronisation : {{entity}}…',
    progress: 'Progression de la synchronisation',
    progressText: '{{label}} {{percent}}',
    now: 'Synchroniser',
    cancel: 'Arrêter la synchronisation',
    cancelling: 'Arrêt…',
    nowFailed: 'La dernière synchronisation demandée a échoué : {{reason}}',
    entities: {
      account: 'compte',
      departments: 'services du support',
      services: 'services',
      domains: 'domaines',
      invoices: 'factures',
      transactions: 'transactions',
      credits: 'crédits',
      tickets: 'tickets',
      usage: 'consommation',
      'invoice-details': 'détail des factures',
      connection: 'connexion'
    }
  },
  alerts: {
    none: 'Aucune alerte',
    count_one: '{{count}} alerte',
    count_many: '{{count}} alertes',
    count_other: '{{count}} alertes',
    open: 'Ouvrir le centre d’alertes',
    snoozedOpen_one: '{{count}} reportée — ouvrir le centre d’alertes',
    snoozedOpen_many: '{{count}} reportées — ouvrir le centre d’alertes',
    snoozedOpen_other: '{{count}} reportées — ouvrir le centre d’alertes'
  },
  severity: {
    critical: 'Critique',
    warning: 'Avertissement',
    info: 'Info',
    snoozed: 'reportée',
    acknowledged: 'vue'
  },
  alertActions: {
    snoozeNext: 'Reporter au seuil suivant',
    snoozeNextName: 'Reporter au seuil suivant l’alerte pour {{item}}',
    snoozedNext: 'Reportée jusqu’au seuil suivant.',
    snoozeDate: 'Reporter jusqu’à une date…',
    snoozeDateName: 'Reporter jusqu’à une date l’alerte pour {{item}}',
    snoozeUntil: 'Reporter jusqu’au',
    snooze: 'Reporter',
    snoozePickedName: 'Reporter l’alerte pour {{item}} jusqu’à la date choisie',
    snoozedUntil: 'Reportée jusqu’au {{date}}.',
    acknowledge: 'Marquer comme vue',
    acknowledgeName: 'Marquer comme vue l’alerte pour {{item}}',
    acknowledged: 'Marquée comme vue.'
  }
};
