/** French, namespace `profiles`. */
import type { Translation } from '../../catalog';
import type { profiles as en } from '../en/profiles';

export const profiles: Translation<typeof en> = {
  loading: 'Chargement des fournisseurs…',
  loadFailed: 'Impossible d’afficher les fournisseurs : {{reason}}',
  intro:
    'Hostdeck affiche un fournisseur à la fois. Changer de fournisseur conserve les données en cache de chacun.',
  listLabel: 'Fournisseurs',
  add: 'Ajouter un fournisseur',
  addTitle: 'Ajouter un fournisseur',
  defaultNames: {
    demo: 'Fournisseur de démonstration',
    combellDemo: 'Démo Combell'
  },
  kind: {
    demo: 'Fournisseur de démonstration',
    combell: 'Combell',
    whmcs: 'WHMCS',
    line: '{{kind}} · {{signIn}}'
  },
  auth: {
    demo: 'Données d’exemple intégrées',
    classic: 'API classique',
    rest: 'Connexion client WHMCS 9',
    combell: 'Clé API et secret'
  },
  facts: {
    kind: 'Type',
    address: 'Adresse',
    apiKey: 'Clé API',
    login: 'Identifiant'
  },
  active: 'Actif',
  switch: 'Activer',
  switching: 'Changement…',
  switchTo: 'Activer {{name}}',
  switchFailed: 'Impossible de changer de fournisseur : {{reason}}',
  priceList: 'Liste de prix',
  rename: 'Renommer',
  renameName: 'Renommer {{name}}',
  remove: 'Supprimer',
  removeName: 'Supprimer {{name}}',
  renameForm: {
    label: 'Nouveau nom pour « {{name}} »',
    save: 'Enregistrer le nom'
  },
  removeDialog: {
    title: 'Supprimer « {{name}} » ?',
    body: 'Hostdeck efface de cet ordinateur les données en cache de ce fournisseur (factures, domaines, tickets, consommation). Rien ne change chez le fournisseur ; vous pourrez le connecter à nouveau plus tard.',
    bodyWithSecret:
      'Hostdeck efface de cet ordinateur les données en cache de ce fournisseur (factures, domaines, tickets, consommation) ainsi que le secret conservé dans votre trousseau. Rien ne change chez le fournisseur ; vous pourrez le connecter à nouveau plus tard.',
    removing: 'Suppression…',
    confirm: 'Supprimer le fournisseur'
  }
};
