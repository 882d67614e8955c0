/** French, namespace `common`. */
import type { Translation } from '../../catalog';
import type { common as en } from '../en/common';

export const common: Translation<typeof en> = {
  actions: {
    retry: 'Réessayer',
    tryAgain: 'Réessayer',
    cancel: 'Annuler',
    close: 'Fermer',
    save: 'Enregistrer',
    saving: 'Enregistrement…'
  },
  loading: 'Chargement…',
  loadingWhat: 'Chargement en cours : {{what}}…',
  loadFailed: 'Chargement impossible ({{what}}) : {{reason}}',
  pager: {
    previous: '← Précédente',
    next: 'Suivante →',
    pageOf: 'Page {{page}} sur {{pages}}',
    pagesOf: 'Pages : {{noun}}'
  },
  dateRange: { to: 'au' },
  table: {
    keys: 'Les flèches haut et bas passent d’une ligne à l’autre ; Entrée ou Espace ouvre la ligne.',
    keysStatic: 'Les flèches haut et bas passent d’une ligne à l’autre.'
  },
  chartTable: { show: 'Afficher sous forme de tableau', drawing: 'Tracé du graphique…' },
  detail: {
    loading: 'Chargement en cours : {{what}}…',
    notCached:
      '{{noun}} {{id}} ne figure pas dans le cache : la synchronisation n’est peut-être pas encore passée, ou l’élément a été supprimé chez le fournisseur.',
    loadFailed: 'Chargement impossible ({{noun}}) : {{reason}}'
  },
  none: '—'
};
