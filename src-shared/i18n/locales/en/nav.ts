/** English, namespace `nav`: page titles and the navigation. French and Dutch follow its keys. */
export const nav = {
  label: 'Main',
  pages: {
    dashboard: 'Dashboard',
    usage: 'Usage',
    domains: 'Domains',
    tickets: 'Tickets',
    invoices: 'Invoices',
    services: 'Services',
    settings: 'Settings',
    alerts: 'Alert centre',
    profiles: 'Providers',
    statement: 'Statement',
    prices: 'Price list',
    onboarding: 'Welcome to Hostdeck'
  },
  /** The tooltip of an entry: its title and its shortcut. */
  entryTitle: '{{title}} (Alt+{{digit}} or Ctrl+{{digit}})'
} as const;
