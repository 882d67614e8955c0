/** English, namespace `dashboard`: the source catalog; French and Dutch follow its keys. */
export const dashboard = {
  loading: 'Loading your account…',
  loadFailed: 'The dashboard could not be read: {{reason}}',
  retry: 'Retry',
  empty: {
    syncingTitle: 'Syncing your account…',
    syncingText:
      'Hostdeck is reading your balance, invoices, domains and tickets from your provider. They appear here as soon as the first sync finishes.',
    noDataTitle: 'No billing data yet',
    noDataText:
      "Hostdeck has not read this provider's account yet. Start a sync to fill the dashboard; the status bar shows its progress and any problem."
  },
  cards: {
    credit: 'Credit balance',
    creditDetail: 'Available for new invoices',
    unpaid: 'Unpaid invoices',
    nothingToPay: 'Nothing to pay',
    invoiceCount_one: '{{count}} invoice',
    invoiceCount_other: '{{count}} invoices',
    overdue: 'Overdue',
    pastDue_one: '{{count}} invoice past due',
    pastDue_other: '{{count}} invoices past due',
    nothingOverdue: 'Nothing overdue',
    domains: 'Domains',
    viewDomains: 'View domains',
    services: 'Services',
    viewServices: 'View services',
    tickets: 'Open tickets',
    viewTickets: 'View tickets'
  },
  unpaid: {
    title: 'Invoices to pay',
    all_one: 'All {{count}} unpaid invoice',
    all_other: 'All {{count}} unpaid invoices',
    invoice: 'Invoice',
    issued: 'Issued',
    due: 'Due',
    openAmount: 'Open amount',
    state: 'State',
    overdue: 'Overdue',
    paymentPending: 'Payment pending',
    unpaid: 'Unpaid'
  },
  spend: {
    title: 'Spend per month',
    paidLastYear: 'paid in the last 12 months',
    paid: 'Paid',
    month: 'Month',
    tableCaption: 'Paid invoices per month'
  }
} as const;
