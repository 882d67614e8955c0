/** French, namespace `menu`. */
import type { Translation } from '../../catalog';
import type { menu as en } from '../en/menu';

export const menu: Translation<typeof en> = {
  app: {
    about: 'À propos de Hostdeck',
    hide: 'Masquer Hostdeck',
    hideOthers: 'Masquer les autres',
    showAll: 'Tout afficher',
    quit: 'Quitter Hostdeck'
  },
  file: {
    label: 'Fichier',
    settings: 'Paramètres…',
    closeWindow: 'Fermer la fenêtre',
    quit: 'Quitter'
  },
  edit: {
    label: 'Édition',
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner'
  },
  view: {
    label: 'Affichage',
    reload: 'Actualiser',
    devTools: 'Outils de développement',
    actualSize: 'Taille réelle',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    fullScreen: 'Plein écran'
  },
  window: {
    label: 'Fenêtre',
    minimize: 'Réduire',
    zoom: 'Agrandir',
    front: 'Tout ramener au premier plan'
  }
};
