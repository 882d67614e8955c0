/** Dutch, namespace `dashboard`. */
import type { Translation } from '../../catalog';
import type { dashboard as en } from '../en/dashboard';

export const dashboard: Translation<typeof en> = {
  loading: 'Uw account wordt geladen…',
  loadFailed: 'Het dashboard kon niet worden gelezen: {{reason}}',
  retry: 'Opnieuw proberen',
  empty: {
    syncingTitle: 'Uw account wordt gesynchroniseerd…',
    syncingText:
      'Hostdeck leest uw tegoed, facturen, domeinnamen en tickets bij uw provider. Ze verschijnen hier zodra de eerste synchronisatie klaar is.',
    noDataTitle: 'Nog geen factuurgegevens',
    noDataText:
      'Hostdeck heeft het account bij deze provider nog niet gelezen. Start een synchronisatie om het dashboard te vullen; de statusbalk toont de voortgang en eventuele problemen.'
  },
  cards: {
    credit: 'Tegoed',
    creditDetail: 'Beschikbaar voor nieuwe facturen',
    unpaid: 'Openstaande facturen',
    nothingToPay: 'Niets te betalen',
    invoiceCount_one: '{{count}} factuur',
    invoiceCount_other: '{{count}} facturen',
    overdue: 'Vervallen',
    pastDue_one: '{{count}} factuur over de vervaldatum',
    pastDue_other: '{{count}} facturen over de vervaldatum',
    nothingOverdue: 'Niets vervallen',
    domains: 'Domeinnamen',
    viewDomains: 'Domeinnamen bekijken',
    services: 'Diensten',
    viewServices: 'Diensten bekijken',
    tickets: 'Open tickets',
    viewTickets: 'Tickets bekijken'
  },
  unpaid: {
    title: 'Te betalen facturen',
    all_one: 'De openstaande factuur',
    all_other: 'Alle {{count}} openstaande facturen',
    invoice: 'Factuur',
    issued: 'Factuurdatum',
    due: 'Vervaldatum',
    openAmount: 'Openstaand bedrag',
    state: 'Status',
    overdue: 'Vervallen',
    paymentPending: 'Betaling in behandeling',
    unpaid: 'Onbetaald'
  },
  spend: {
    title: 'Uitgaven per maand',
    paidLastYear: 'betaald in de afgelopen 12 maanden',
    paid: 'Betaald',
    month: 'Maand',
    tableCaption: 'Betaalde facturen per maand'
  }
};
