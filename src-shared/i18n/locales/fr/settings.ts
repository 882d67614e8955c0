/** French, namespace `settings`. */
import type { Translation } from '../../catalog';
import type { settings as en } from '../en/settings';

export const settings: Translation<typeof en> = {
  form: 'Paramètres',
  loadFailed: 'Impossible de charger les paramètres : {{reason}}',
  loading: 'Chargement des paramètres…',
  appearance: {
    title: 'Apparence et région',
    theme: 'Thème',
    themeSystem: 'Identique au système',
    themeLight: 'Clair',
    themeDark: 'Sombre',
    timeZone: 'Fuseau horaire',
    timeZoneHelp:
      'Un fuseau IANA comme Europe/Brussels. Les mois de facturation et les jours d’alerte le suivent.'
  },
  language: {
    label: 'Langue',
    system: 'Identique au système',
    help: 'S’applique immédiatement. « Identique au système » suit {{source}}.',
    sourceBrowser: 'les langues de ce navigateur',
    sourceSystem: 'les langues du système d’exploitation',
    saveFailed: 'La langue n’a pas pu être enregistrée : {{message}}'
  },
  sync: {
    title: 'Synchronisation et démarrage',
    interval: 'Intervalle de synchronisation (minutes)',
    intervalHelp: 'Entre 5 et 1440 minutes.',
    closeToTray: 'Rester actif dans la zone de notification quand la fenêtre est fermée',
    startAtLogin: 'Lancer Hostdeck à l’ouverture de session'
  },
  notifications: {
    title: 'Notifications',
    showFor: 'Afficher des notifications sur le bureau pour',
    domains: 'Les domaines',
    tickets: 'Les tickets',
    invoices: 'Les factures',
    pause: 'Suspendre les notifications',
    pauseHelp:
      'Les alertes restent visibles dans Hostdeck ; seules les fenêtres contextuelles du bureau s’arrêtent.',
    quietHours: 'Heures calmes',
    quietEnabled: 'Retenir les notifications pendant les heures calmes',
    quietStart: 'Début des heures calmes',
    quietEnd: 'Fin des heures calmes'
  },
  alerts: {
    title: 'Alertes d’expiration des domaines',
    thresholds: 'Seuils d’alerte (jours avant l’échéance)',
    thresholdsHelp: 'Des jours séparés par des virgules, par ex. 60, 30, 14, 7, 3, 1.',
    allForAutoRenew: 'Alerter à chaque seuil pour les domaines en renouvellement automatique',
    allForAutoRenewHelp:
      'Sinon, les domaines en renouvellement automatique n’alertent qu’aux derniers seuils.'
  },
  billing: {
    title: 'Facturation',
    pdfScope: 'PDF de factures conservés hors ligne',
    pdfScope24: 'Factures impayées et 24 derniers mois',
    pdfScopeAll: 'Toutes les factures',
    pdfScopeHelp: 'Téléchargés en arrière-plan après chaque synchronisation.',
    lowCredit: 'Alerte de crédit bas sous',
    lowCreditHelp:
      'Un montant dans la devise de votre compte, par ex. 50.00. Laissez vide pour ne pas être alerté.'
  },
  credentials: {
    title: 'Identifiants',
    weakStorage: 'Autoriser un stockage des secrets faiblement protégé',
    weakStorageHelp:
      'Application de bureau sous Linux uniquement, sans trousseau de clés actif : les secrets des fournisseurs sont chiffrés avec une clé fixe au lieu d’être redemandés à chaque session. Prend effet au prochain démarrage.'
  },
  save: 'Enregistrer les paramètres',
  saved: 'Enregistré',
  draftError: {
    syncIntervalMinutes: 'Intervalle de synchronisation : saisissez un nombre entier de minutes.',
    alertThresholds:
      'Seuils d’alerte : saisissez des jours entiers séparés par des virgules, par ex. 60, 30, 7.',
    lowCreditThreshold:
      'Alerte de crédit bas : saisissez un montant comme 50.00, ou laissez vide pour ne pas être alerté.'
  },
  about: {
    title: 'À propos de cette installation',
    version: 'Version',
    shell: 'Environnement',
    shellElectron: 'Application de bureau (Electron)',
    shellWeb: 'Shell web (navigateur)',
    dataDir: 'Dossier des données',
    logDir: 'Dossier des journaux',
    secretStorage: 'Stockage des secrets'
  },
  prices: {
    title: 'Liste de prix de {{name}}',
    text: 'L’API de ce fournisseur ne donne pas de prix : le prix mensuel de chaque pack de services et de chaque option se fixe ici et valorise la consommation que Hostdeck enregistre.',
    edit: 'Modifier la liste de prix'
  }
};
