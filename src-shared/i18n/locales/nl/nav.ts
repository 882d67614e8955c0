/** Dutch, namespace `nav`. */
import type { Translation } from '../../catalog';
import type { nav as en } from '../en/nav';

export const nav: Translation<typeof en> = {
  label: 'Hoofdmenu',
  pages: {
    dashboard: 'Overzicht',
    usage: 'Verbruik',
    domains: 'Domeinnamen',
    tickets: 'Tickets',
    invoices: 'Facturen',
    services: 'Diensten',
    settings: 'Instellingen',
    alerts: 'Meldingencentrum',
    profiles: 'Providers',
    statement: 'Rekeningoverzicht',
    prices: 'Prijslijst',
    onboarding: 'Welkom bij Hostdeck'
  },
  entryTitle: '{{title}} (Alt+{{digit}} of Ctrl+{{digit}})'
};
