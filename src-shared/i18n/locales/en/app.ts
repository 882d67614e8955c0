/**
 * English, namespace `app`: the window's frame (header, status bar, not-found and error
 * screens) and the shared components. French and Dutch follow its keys.
 */
export const app = {
  skipToContent: 'Skip to content',
  pageNotFound: 'Page not found',
  statusLoadFailed: 'Hostdeck could not load its status: {{reason}}',
  notFound: {
    text: 'There is no page at “{{path}}”.',
    toDashboard: 'Go to the dashboard'
  },
  unavailable: {
    title: 'Not available for this provider',
    providerNamed: 'The provider of “{{name}}”',
    thisProvider: 'This provider',
    invoices:
      '{{provider}} does not offer invoices through its API, so there are no invoices or statements to show.',
    tickets:
      '{{provider}} does not offer support tickets through its API, so there is no ticket inbox.',
    usageRecording:
      '{{provider}} sends its own prices and usage, so Hostdeck keeps no price list for it.',
    other: '{{provider}} does not offer this through its API.',
    switchHint:
      'Other providers can be added or switched to from the profile name in the status bar.'
  },
  missingToken: {
    title: 'Hostdeck needs its access link',
    open: 'Open Hostdeck with the link printed by',
    openAfter: '(it carries a one-time token).',
    why: 'The token keeps other programs on this computer from reading your billing data. It is printed in the terminal each time the web shell starts.'
  },
  errorBoundary: {
    title: '{{area}} could not be shown',
    unexpected: 'An unexpected error occurred.'
  },
  status: {
    label: 'Status',
    manageProviders: 'Manage providers',
    noProvider: 'No provider connected',
    unavailable: 'Status unavailable',
    demoBadge: 'Demo provider',
    lastSynced: 'Last synced {{when}}',
    neverSynced: 'Never synced',
    online: 'Online',
    offlineSince: 'Offline — showing data from {{when}}',
    offlineNoData: 'Offline — no cached data yet'
  },
  sync: {
    failed: 'Sync failed: {{reason}}',
    failedDataFrom: 'Sync failed: {{reason}} — data from {{when}}',
    failedUnknown: 'the provider could not be synced',
    syncing: 'Syncing…',
    syncingEntity: 'Syncing {{entity}}…',
    progress: 'Sync progress',
    progressText: '{{label}} {{percent}}',
    now: 'Sync now',
    cancel: 'Cancel sync',
    cancelling: 'Cancelling…',
    nowFailed: 'The last “Sync now” failed: {{reason}}',
    entities: {
      account: 'account',
      departments: 'departments',
      services: 'services',
      domains: 'domains',
      invoices: 'invoices',
      transactions: 'transactions',
      credits: 'credits',
      tickets: 'tickets',
      usage: 'usage',
      'invoice-details': 'invoice details',
      connection: 'connection'
    }
  },
  alerts: {
    none: 'No alerts',
    count_one: '{{count}} alert',
    count_other: '{{count}} alerts',
    open: 'Open the alert centre',
    snoozedOpen_one: '{{count}} snoozed — open the alert centre',
    snoozedOpen_other: '{{count}} snoozed — open the alert centre'
  },
  severity: {
    critical: 'Critical',
    warning: 'Warning',
    info: 'Info',
    snoozed: 'snoozed',
    acknowledged: 'acknowledged'
  },
  alertActions: {
    snoozeNext: 'Snooze to next threshold',
    snoozeNextName: 'Snooze to next threshold, the alert for {{item}}',
    snoozedNext: 'Snoozed until the next threshold.',
    snoozeDate: 'Snooze until a date…',
    snoozeDateName: 'Snooze until a date, the alert for {{item}}',
    snoozeUntil: 'Snooze until',
    snooze: 'Snooze',
    snoozePickedName: 'Snooze the alert for {{item}} until the picked date',
    snoozedUntil: 'Snoozed until {{date}}.',
    acknowledge: 'Acknowledge',
    acknowledgeName: 'Acknowledge the alert for {{item}}',
    acknowledged: 'Acknowledged.'
  }
} as const;
