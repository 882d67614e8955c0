/** French, namespace `domains`. */
import type { Translation } from '../../catalog';
import type { domains as en } from '../en/domains';

export const domains: Translation<typeof en> = {
  list: {
    loadingWhat: 'les domaines',
    failedWhat: 'les domaines',
    region: 'Tous les domaines',
    noun: 'domaines',
    emptyTitle: 'Pas encore de domaines',
    openSettings: 'Ouvrir les paramètres',
    emptyText:
      'Connectez votre fournisseur dans les paramètres, ou utilisez le fournisseur de démonstration. Les domaines proches de leur échéance s’afficheront ici, et Hostdeck vous préviendra aux seuils choisis dans les paramètres.',
    noMatchTitle: 'Aucun domaine ne correspond à ces filtres',
    noMatchText: 'Élargissez ou effacez les filtres pour revoir tous les domaines.',
    clearFilters: 'Effacer les filtres'
  },
  count: {
    all_one: '{{n}} domaine',
    all_many: '{{n}} domaines',
    all_other: '{{n}} domaines',
    ofCached_one: '{{n}} sur {{cached}} domaine',
    ofCached_many: '{{n}} sur {{cached}} domaines',
    ofCached_other: '{{n}} sur {{cached}} domaines',
    range_one: '{{first}}–{{last}} sur {{n}} domaine',
    range_many: '{{first}}–{{last}} sur {{n}} domaines',
    range_other: '{{first}}–{{last}} sur {{n}} domaines',
    rangeMatching_one: '{{first}}–{{last}} sur {{n}} trouvés, {{cached}} domaine au total',
    rangeMatching_many: '{{first}}–{{last}} sur {{n}} trouvés, {{cached}} domaines au total',
    rangeMatching_other: '{{first}}–{{last}} sur {{n}} trouvés, {{cached}} domaines au total'
  },
  caption: {
    sorted: 'Domaines, triés par {{column}} ({{direction}}).',
    ascending: 'ordre croissant',
    descending: 'ordre décroissant'
  },
  columns: {
    name: 'Domaine',
    status: 'Statut',
    alert: 'Alerte',
    expiresOn: 'Expiration',
    daysLeft: 'Jours restants',
    autoRenew: 'Renouv. auto',
    nextDueOn: 'Échéance',
    // A soft hyphen: the long word breaks in a narrow column header rather than being cut.
    renewalPrice: 'Prix de renouvel\u00ADlement'
  },
  expired: 'expiré {{when}}',
  autoRenew: { on: 'activé', off: 'désactivé', unknown: 'inconnu' },
  status: {
    active: 'Actif',
    grace: 'Période de grâce',
    redemption: 'Rédemption',
    expired: 'Expiré',
    pending: 'En attente',
    pending_registration: 'Enregistrement en cours',
    pending_transfer: 'Transfert en cours',
    cancelled: 'Annulé',
    fraud: 'Fraude',
    transferred_away: 'Transféré ailleurs',
    unknown: 'Inconnu'
  },
  filters: {
    region: 'Filtrer les domaines',
    search: 'Rechercher',
    searchPlaceholder: 'Nom de domaine',
    within: 'Expire dans',
    anyTime: 'Peu importe',
    withinDays_one: '{{count}} jour',
    withinDays_many: '{{count}} jours',
    withinDays_other: '{{count}} jours',
    status: 'Statut',
    allStatuses: 'Tous les statuts',
    autoRenewOff: 'Renouvellement auto désactivé uniquement',
    clear: 'Effacer les filtres'
  },
  detail: {
    back: '← Tous les domaines',
    loading: 'Chargement du domaine…',
    loadFailed: 'Impossible de charger ce domaine\u00a0: {{reason}}',
    retry: 'Réessayer',
    expires: 'Expiration',
    daysLeft: 'Jours restants',
    autoRenew: 'Renouvellement automatique',
    nextDue: 'Prochaine échéance',
    renewalPrice: 'Prix de renouvellement',
    registrar: 'Bureau d’enregistrement',
    renew: 'Renouveler',
    renewing: 'Renouvellement…',
    openRenewalPage: 'Ouvrir la page de renouvellement',
    renewResult: {
      renewed: '{{domain}} a été renouvelé pour un an.',
      renewedPending:
        '{{domain}} a été renouvelé pour un an\u00a0; la nouvelle échéance apparaîtra après la prochaine synchronisation réussie.',
      openedPage: 'La page de renouvellement de {{domain}} s’est ouverte dans votre navigateur.',
      pageUrl: 'Ouvrez la page de renouvellement du fournisseur pour renouveler {{domain}}.'
    },
    alert: 'Alerte',
    acknowledged: 'Marquée comme vue\u00a0: elle reviendra au prochain seuil.',
    noAlert: 'Aucune alerte ouverte pour ce domaine.',
    history: 'Historique des alertes',
    noHistory: 'Aucune alerte jusqu’ici.',
    events: {
      raised: 'Déclenchée',
      notified: 'Notifiée',
      snoozed: 'Reportée',
      acknowledged: 'Marquée comme vue',
      cleared: 'Levée'
    }
  },
  autoRenewSwitch: {
    on: 'Activé',
    off: 'Désactivé',
    saving: 'Enregistrement…',
    of: ' — renouvellement automatique de {{name}}',
    notChanged: 'Pas de changement\u00a0: {{reason}}'
  },
  renewals: {
    title: 'Renouvellements à venir',
    none: 'Aucun renouvellement dans les 12 prochains mois.',
    total_one: '{{count}} renouvellement dans les 12 prochains mois',
    total_many: '{{count}} renouvellements dans les 12 prochains mois',
    total_other: '{{count}} renouvellements dans les 12 prochains mois',
    totalCost_one: '{{count}} renouvellement dans les 12 prochains mois, {{amount}}',
    totalCost_many: '{{count}} renouvellements dans les 12 prochains mois, {{amount}}',
    totalCost_other: '{{count}} renouvellements dans les 12 prochains mois, {{amount}}',
    legendCount: 'Renouvellements (axe de gauche)',
    legendCost: 'Coût (axe de droite)',
    legendCostIn: 'Coût en {{currency}} (axe de droite)',
    tableCaption: 'Renouvellements et leur coût par mois',
    month: 'Mois',
    renewals: 'Renouvellements',
    cost: 'Coût',
    unpriced_one: ' (+{{count}} sans prix)',
    unpriced_many: ' (+{{count}} sans prix)',
    unpriced_other: ' (+{{count}} sans prix)'
  }
};
