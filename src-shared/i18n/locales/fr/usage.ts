/** French, namespace `usage`. */
import type { Translation } from '../../catalog';
import type { usage as en } from '../en/usage';

export const usage: Translation<typeof en> = {
  month: 'Mois',
  loading: 'Calcul du mois à partir des relevés horaires…',
  loadFailed: 'Impossible de charger la consommation\u00a0: {{reason}}',
  rowsFailed: 'Impossible de charger les lignes\u00a0: {{reason}}',
  tryAgain: 'Réessayer',
  unavailable: {
    title: 'Votre fournisseur ne communique pas la consommation',
    openSettings: 'Ouvrir les paramètres',
    text: 'Les montants à l’usage sont calculés à partir des relevés horaires de votre compte revendeur. Cette connexion ne les fournit pas\u00a0: il n’y a donc rien à détailler. Vos factures restent visibles sur le tableau de bord.'
  },
  asOf: 'Selon le relevé du {{when}}',
  hoursInMonth_one: '{{count}} heure dans le mois',
  hoursInMonth_many: '{{count}} heures dans le mois',
  hoursInMonth_other: '{{count}} heures dans le mois',
  noSnapshots: {
    title: 'Aucun relevé pour {{month}}',
    none: 'Aucun relevé horaire n’est encore en cache. Ils arriveront avec la prochaine synchronisation.',
    notCovered:
      'Les relevés horaires en cache ne couvrent pas ce mois. Choisissez un autre mois ou attendez la prochaine synchronisation.'
  },
  hours: '{{hours}} h',
  summary: {
    region: 'Résumé du mois',
    total: 'Total du mois',
    totalSoFar: 'Total du mois à ce jour',
    final: 'Définitif',
    provisional: 'Provisoire',
    finalHint: 'Toutes les périodes du mois sont réglées selon la règle des 48 heures.',
    provisionalHint:
      'Les ressources en attente peuvent encore être facturées pour les heures déjà utilisées.',
    estimate: 'Estimation du mois',
    estimatePending: 'Si rien ne change\u00a0; dont {{hours}} encore en attente.',
    estimateSteady: 'Si les ressources actuelles restent telles quelles jusqu’à la fin du mois.',
    billedAccounts: 'Comptes facturés',
    billedAccountsHint: 'Comptes d’hébergement avec au moins une heure facturée.',
    billedAddons: 'Options facturées',
    billedAddonsHint: 'Options avec au moins une heure facturée.',
    packsUsed: 'Packs de services utilisés',
    noPacks: 'Aucun facturé pour l’instant.'
  },
  chart: {
    title: 'Montants par jour',
    charged: 'Facturé',
    estimated: 'Estimé (jours restants)',
    caption: 'Montant facturé par jour',
    captionEstimate: 'Montant facturé par jour, avec l’estimation pour les jours restants',
    day: 'Jour'
  },
  warnings: {
    region: 'Avertissements sur les données',
    titles: {
      'missing-snapshots': 'Relevés manquants (heures interpolées)',
      'hours-without-data': 'Heures sans données',
      'established-run': 'Période commencée avant l’historique en cache',
      'non-whole-hour-zone': 'Fuseau horaire décalé d’une fraction d’heure',
      'addon-without-parent': 'Option sans compte',
      'addon-parent-absent': 'Option dont le compte a disparu'
    },
    missingSnapshots_one:
      '{{count}} relevé horaire manquant, du {{from}} au {{to}}\u00a0; les ressources présentes avant et après sont comptées pour cette heure.',
    missingSnapshots_many:
      '{{count}} relevés horaires manquants, du {{from}} au {{to}}\u00a0; les ressources présentes avant et après sont comptées pour ces heures.',
    missingSnapshots_other:
      '{{count}} relevés horaires manquants, du {{from}} au {{to}}\u00a0; les ressources présentes avant et après sont comptées pour ces heures.',
    cases_one: '{{count}} cas',
    cases_many: '{{count}} cas',
    cases_other: '{{count}} cas',
    more_one: '… et {{count}} autre.',
    more_many: '… et {{count}} autres.',
    more_other: '… et {{count}} autres.'
  },
  table: {
    title: 'Ressources',
    filterPlaceholder: 'Filtrer par ressource ou pack',
    filterRows: 'Filtrer les lignes',
    filterStatus: 'Filtrer par statut',
    label: 'Lignes de consommation',
    columns: {
      resource: 'Ressource',
      kind: 'Type',
      pack: 'Pack',
      price: 'Prix/mois',
      activeHours: 'Heures actives',
      // Soft hyphens: the long word breaks in a narrow column header rather than being cut.
      billedHours: 'Heures factu\u00ADrées',
      billedDays: 'Jours factu\u00ADrés',
      amount: 'Montant',
      status: 'Statut'
    },
    statuses: {
      all: 'Tous les statuts',
      charged: 'Facturé',
      pending: 'En attente',
      free: 'Gratuit'
    },
    kinds: { addon: 'Option', account: 'Compte' },
    onAccount: 'sur {{account}}',
    noResources: 'Aucune ressource active ce mois-ci.',
    noMatch: 'Aucune ligne ne correspond aux filtres.',
    count_one: '{{shown}} sur {{total}} ligne · {{amount}}',
    count_many: '{{shown}} sur {{total}} lignes · {{amount}}',
    count_other: '{{shown}} sur {{total}} lignes · {{amount}}',
    noun: 'lignes de consommation',
    pendingHint: 'facturé dans {{hours}} h sauf suppression',
    markers: {
      upgraded: 'montée en gamme',
      downgraded: 'descente en gamme',
      priceChange: 'changement de prix',
      recreated: 'recréé'
    }
  },
  bill: {
    title: 'Vérifier la facture',
    notOver: 'Le mois n’est pas terminé\u00a0: le fournisseur le facture une fois écoulé.',
    noInvoice:
      'Aucune facture en cache ne contient encore de ligne à l’usage pour ce mois. Elle apparaîtra après la prochaine synchronisation, une fois le mois facturé par le fournisseur.',
    invoice: 'Facture',
    invoiced: 'Facturé',
    computed: 'Calculé',
    difference: 'Écart',
    match: 'La facture correspond aux relevés horaires au centime près.',
    rounding_one:
      'Quelques centimes d’écart\u00a0: la ligne est arrondie une fois, et le fournisseur peut arrondir par ligne, par jour ou sur le total. Les mois en {{zone}} peuvent aussi commencer une heure plus tôt ou plus tard que chez le fournisseur.',
    rounding_many:
      'Quelques centimes d’écart\u00a0: chacune des {{count}} lignes est arrondie une fois, et le fournisseur peut arrondir par ligne, par jour ou sur le total. Les mois en {{zone}} peuvent aussi commencer une heure plus tôt ou plus tard que chez le fournisseur.',
    rounding_other:
      'Quelques centimes d’écart\u00a0: chacune des {{count}} lignes est arrondie une fois, et le fournisseur peut arrondir par ligne, par jour ou sur le total. Les mois en {{zone}} peuvent aussi commencer une heure plus tôt ou plus tard que chez le fournisseur.',
    moreThanRounding:
      'Plus qu’un arrondi\u00a0: comparez les lignes avec celles de la facture, ou ouvrez un ticket chez votre fournisseur en joignant le CSV.'
  },
  export: {
    rows: 'Exporter les lignes (CSV)',
    daily: 'Exporter par jour (CSV)',
    saved: '{{filename}} enregistré'
  },
  source: {
    title: 'Relevé horaire de Hostdeck',
    recordingSince: 'Relevé depuis le {{when}}.',
    recordingText:
      'Votre fournisseur ne conserve aucun historique de consommation lisible par Hostdeck\u00a0: Hostdeck relève donc vos comptes et options toutes les heures tant qu’il tourne (y compris depuis la zone de notification). Les heures antérieures sont inconnues.',
    notRecording: 'Pas encore de relevé.',
    notRecordingText:
      'Hostdeck relève vos comptes et options à chaque synchronisation horaire\u00a0; la première synchronisation démarre le relevé.',
    gaps_one: 'Hostdeck n’a pas tourné pendant un moment ce mois-ci\u00a0:',
    gaps_many: 'Hostdeck n’a pas tourné à {{count}} reprises ce mois-ci\u00a0:',
    gaps_other: 'Hostdeck n’a pas tourné à {{count}} reprises ce mois-ci\u00a0:',
    gap_one: 'du {{from}} au {{to}}\u00a0: {{count}} heure sans relevé horaire.',
    gap_many: 'du {{from}} au {{to}}\u00a0: {{count}} heures sans relevé horaire.',
    gap_other: 'du {{from}} au {{to}}\u00a0: {{count}} heures sans relevé horaire.',
    gapsNote:
      'Les comptes présents avant et après une interruption sont comptés pour ses heures\u00a0; un compte créé puis supprimé pendant celle-ci reste invisible. Laissez Hostdeck tourner (dans la zone de notification) pour relever chaque heure.',
    unpriced_one: 'Un pack n’a pas encore de prix\u00a0:',
    unpriced_many: '{{count}} packs et options n’ont pas encore de prix\u00a0:',
    unpriced_other: '{{count}} packs et options n’ont pas encore de prix\u00a0:',
    unpricedText:
      'leurs heures comptent comme inconnues, pas comme gratuites\u00a0: le total du mois est donc incomplet.',
    kinds: { servicepack: 'Pack de services', addon: 'Option' },
    resources_one: '{{count}} ressource',
    resources_many: '{{count}} ressources',
    resources_other: '{{count}} ressources',
    activeHours_one: '{{count}} heure',
    activeHours_many: '{{count}} heures',
    activeHours_other: '{{count}} heures',
    setPrices: 'Définir les prix dans la liste de prix'
  }
};
