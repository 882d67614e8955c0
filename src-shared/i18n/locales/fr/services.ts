/** French, namespace `services`. */
import type { Translation } from '../../catalog';
import type { services as en } from '../en/services';

export const services: Translation<typeof en> = {
  loading: 'les services',
  loadFailed: 'les services',
  noProvider: {
    title: 'Aucun fournisseur connecté',
    action: 'Ouvrir les fournisseurs',
    body: 'Connectez votre fournisseur ou utilisez le fournisseur de démonstration. Vos hébergements et autres produits apparaîtront ici après la première synchronisation.'
  },
  empty: {
    title: 'Aucun service en cache pour l’instant',
    body: 'Hostdeck affiche les hébergements et produits synchronisés depuis votre fournisseur. Aucun n’a encore été synchronisé : utilisez <strong>Synchroniser</strong> dans la barre d’état ou attendez la prochaine synchronisation automatique.',
    noMatchTitle: 'Aucun service ne correspond à ces filtres',
    noMatchBody: 'Essayez une autre recherche ou un autre statut, ou effacez les filtres.',
    clearFilters: 'Effacer les filtres'
  },
  list: {
    label: 'Services',
    noun: 'services',
    all_one: '{{count, number}} service',
    all_many: '{{count, number}} de services',
    all_other: '{{count, number}} services',
    range_one: '{{first}}–{{last}} sur {{count, number}} service',
    range_many: '{{first}}–{{last}} sur {{count, number}} de services',
    range_other: '{{first}}–{{last}} sur {{count, number}} services',
    matching: '{{range}} correspondants, {{cached}} en cache',
    noMatch: 'Aucun service correspondant ({{cached}} en cache)'
  },
  filters: {
    label: 'Filtrer les services',
    status: 'Statut',
    search: 'Rechercher',
    searchPlaceholder: 'Domaine, pack, serveur'
  },
  status: {
    all: 'Tous',
    pending: 'En attente',
    active: 'Actif',
    suspended: 'Suspendu',
    terminated: 'Résilié',
    cancelled: 'Annulé',
    fraud: 'Fraude',
    completed: 'Terminé',
    unknown: 'Inconnu'
  },
  cycle: {
    free: 'Gratuit',
    oneTime: 'Paiement unique',
    monthly: 'Mensuel',
    quarterly: 'Trimestriel',
    semiAnnually: 'Semestriel',
    annually: 'Annuel',
    biennially: 'Tous les deux ans',
    triennially: 'Tous les trois ans'
  },
  columns: {
    domain: 'Domaine',
    noDomain: '(aucun domaine)',
    pack: 'Pack',
    status: 'Statut',
    cycle: 'Cycle',
    amount: 'Montant',
    nextDue: 'Échéance',
    disk: 'Disque',
    bandwidth: 'Trafic',
    diskOf: 'Espace disque utilisé par {{name}}',
    bandwidthOf: 'Trafic utilisé par {{name}}'
  },
  caption: {
    name: 'Services par pack, {{dir}}.',
    domain: 'Services par domaine, {{dir}}.',
    status: 'Services par statut, {{dir}}.',
    'next-due': 'Services par prochaine échéance, {{dir}}.',
    amount: 'Services par montant récurrent, {{dir}}.',
    disk: 'Services par espace disque utilisé, {{dir}}.',
    bandwidth: 'Services par trafic utilisé, {{dir}}.',
    ascending: 'ordre croissant',
    descending: 'ordre décroissant'
  },
  meter: {
    noLimit: '{{used}}, sans limite',
    of: '{{used}} sur {{limit}} ({{percent}})'
  },
  detail: {
    back: '← Tous les services',
    what: 'le service',
    noun: 'Service',
    login: 'Se connecter au panneau de contrôle',
    opening: 'Ouverture…',
    loginOpened: 'Le panneau de contrôle s’est ouvert dans votre navigateur.',
    loginOffline: 'La connexion passe par votre fournisseur, qui est injoignable pour le moment.',
    pack: 'Pack de services',
    group: 'Groupe',
    cycle: 'Cycle de facturation',
    amount: 'Montant récurrent',
    nextDue: 'Prochaine échéance',
    registered: 'Créé le',
    server: 'Serveur',
    disk: 'Disque',
    bandwidth: 'Trafic',
    diskUse: 'Espace disque utilisé',
    bandwidthUse: 'Trafic utilisé'
  }
};
