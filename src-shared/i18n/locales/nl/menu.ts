/** Dutch, namespace `menu`. */
import type { Translation } from '../../catalog';
import type { menu as en } from '../en/menu';

export const menu: Translation<typeof en> = {
  app: {
    about: 'Over Hostdeck',
    hide: 'Verberg Hostdeck',
    hideOthers: 'Verberg andere',
    showAll: 'Toon alles',
    quit: 'Stop Hostdeck'
  },
  file: {
    label: 'Bestand',
    settings: 'Instellingen…',
    closeWindow: 'Venster sluiten',
    quit: 'Afsluiten'
  },
  edit: {
    label: 'Bewerken',
    undo: 'Ongedaan maken',
    redo: 'Opnieuw',
    cut: 'Knippen',
    copy: 'Kopiëren',
    paste: 'Plakken',
    selectAll: 'Alles selecteren'
  },
  view: {
    label: 'Beeld',
    reload: 'Opnieuw laden',
    devTools: 'Ontwikkelaarstools',
    actualSize: 'Werkelijke grootte',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    fullScreen: 'Volledig scherm'
  },
  window: {
    label: 'Venster',
    minimize: 'Minimaliseren',
    zoom: 'Zoomen',
    front: 'Alles naar voorgrond'
  }
};
