/** English, namespace `services`: the source catalog; French and Dutch follow its keys. */
export const services = {
  loading: 'services',
  loadFailed: 'Services',
  noProvider: {
    title: 'No provider connected',
    action: 'Open Providers',
    body: 'Connect your provider, or use the demo provider. Your hosting accounts and other products will be listed here after the first sync.'
  },
  empty: {
    title: 'No services cached yet',
    body: 'Hostdeck lists the hosting accounts and products it has synced from your provider. None have been synced yet: use <strong>Sync now</strong> in the status bar, or wait for the next automatic sync.',
    noMatchTitle: 'No services match these filters',
    noMatchBody: 'Try another search or status, or clear the filters.',
    clearFilters: 'Clear filters'
  },
  list: {
    label: 'Services',
    noun: 'services',
    all_one: '{{count, number}} service',
    all_other: '{{count, number}} services',
    range_one: '{{first}}–{{last}} of {{count, number}} service',
    range_other: '{{first}}–{{last}} of {{count, number}} services',
    matching: '{{range}} matching, {{cached}} cached',
    noMatch: 'No matching services ({{cached}} cached)'
  },
  filters: {
    label: 'Filter services',
    status: 'Status',
    search: 'Search',
    searchPlaceholder: 'Domain, pack or server'
  },
  status: {
    all: 'All',
    pending: 'Pending',
    active: 'Active',
    suspended: 'Suspended',
    terminated: 'Terminated',
    cancelled: 'Cancelled',
    fraud: 'Fraud',
    completed: 'Completed',
    unknown: 'Unknown'
  },
  cycle: {
    free: 'Free',
    oneTime: 'One time',
    monthly: 'Monthly',
    quarterly: 'Quarterly',
    semiAnnually: 'Every six months',
    annually: 'Yearly',
    biennially: 'Every two years',
    triennially: 'Every three years'
  },
  columns: {
    domain: 'Domain',
    noDomain: '(no domain)',
    pack: 'Pack',
    status: 'Status',
    cycle: 'Cycle',
    amount: 'Amount',
    nextDue: 'Next due',
    disk: 'Disk',
    bandwidth: 'Bandwidth',
    diskOf: 'Disk use of {{name}}',
    bandwidthOf: 'Bandwidth use of {{name}}'
  },
  caption: {
    name: 'Services by pack, {{dir}}.',
    domain: 'Services by domain, {{dir}}.',
    status: 'Services by status, {{dir}}.',
    'next-due': 'Services by next due date, {{dir}}.',
    amount: 'Services by recurring amount, {{dir}}.',
    disk: 'Services by disk use, {{dir}}.',
    bandwidth: 'Services by bandwidth use, {{dir}}.',
    ascending: 'ascending',
    descending: 'descending'
  },
  meter: {
    noLimit: '{{used}}, no limit',
    of: '{{used}} of {{limit}} ({{percent}})'
  },
  detail: {
    back: '← All services',
    what: 'service',
    noun: 'Service',
    login: 'Log in to control panel',
    opening: 'Opening…',
    loginOpened: 'The control panel opened in your browser.',
    loginOffline: 'Logging in needs your provider, which cannot be reached right now.',
    pack: 'Pack',
    group: 'Group',
    cycle: 'Billing cycle',
    amount: 'Recurring amount',
    nextDue: 'Next due',
    registered: 'Registered',
    server: 'Server',
    disk: 'Disk',
    bandwidth: 'Bandwidth',
    diskUse: 'Disk use',
    bandwidthUse: 'Bandwidth use'
  }
} as const;
