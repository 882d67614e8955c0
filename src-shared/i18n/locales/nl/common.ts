/** Dutch, namespace `common`. */
import type { Translation } from '../../catalog';
import type { common as en } from '../en/common';

export const common: Translation<typeof en> = {
  actions: {
    retry: 'Opnieuw proberen',
    tryAgain: 'Opnieuw proberen',
    cancel: 'Annuleren',
    close: 'Sluiten',
    save: 'Opslaan',
    saving: 'Bezig met opslaan…'
  },
  loading: 'Bezig met laden…',
  loadingWhat: 'Bezig met laden: {{what}}…',
  loadFailed: 'Laden mislukt ({{what}}): {{reason}}',
  pager: {
    previous: '← Vorige',
    next: 'Volgende →',
    pageOf: 'Pagina {{page}} van {{pages}}',
    pagesOf: 'Pagina’s: {{noun}}'
  },
  dateRange: { to: 'tot' },
  table: {
    keys: 'Pijl omhoog en omlaag gaan naar een andere rij; Enter of spatie opent de rij.',
    keysStatic: 'Pijl omhoog en omlaag gaan naar een andere rij.'
  },
  chartTable: { show: 'Als tabel tonen', drawing: 'Grafiek wordt getekend…' },
  detail: {
    loading: 'Bezig met laden: {{what}}…',
    notCached:
      '{{noun}} {{id}} staat niet in de cache: misschien is er nog niet gesynchroniseerd, of het item is bij de provider verwijderd.',
    loadFailed: 'Laden mislukt ({{noun}}): {{reason}}'
  },
  none: '—'
};
