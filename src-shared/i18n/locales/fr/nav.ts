/** French, namespace `nav`. */
import type { Translation } from '../../catalog';
import type { nav as en } from '../en/nav';

export const nav: Translation<typeof en> = {
  label: 'Principale',
  pages: {
    dashboard: 'Tableau de bord',
    usage: 'Consommation',
    domains: 'Domaines',
    tickets: 'Tickets',
    invoices: 'Factures',
    services: 'Services',
    settings: 'Paramètres',
    alerts: 'Centre d’alertes',
    profiles: 'Fournisseurs',
    statement: 'Relevé de compte',
    prices: 'Liste de prix',
    onboarding: 'Bienvenue dans Hostdeck'
  },
  entryTitle: '{{title}} (Alt+{{digit}} ou Ctrl+{{digit}})'
};
