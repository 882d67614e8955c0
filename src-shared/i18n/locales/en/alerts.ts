/** English, namespace `alerts`: the source catalog; French and Dutch follow its keys. */
export const alerts = {
  /** The pager of one group: "Pages of alerts (Warning)"; `group` is the group's title. */
  pagerNoun: 'alerts ({{group}})',
  loadingWhat: 'alerts',
  failedWhat: 'Alerts',
  summary: {
    none: 'No open alerts.',
    open_one: '{{count}} open alert.',
    open_other: '{{count}} open alerts.'
  },
  empty: {
    title: 'Nothing needs your attention',
    text: 'Domains close to expiry, new staff replies and overdue invoices will show up here.'
  },
  groups: { critical: 'Critical', warning: 'Warning', info: 'Info', snoozed: 'Snoozed' },
  openItem: { domain: 'Open domain', ticket: 'Open ticket', invoice: 'Open invoice' },
  /** The alert's object in its buttons' names ("Acknowledge the alert for invoice 2026-0042"). */
  object: {
    credit: 'your credit balance',
    invoice: 'invoice {{number}}',
    ticket: 'the ticket “{{subject}}”'
  },
  toasts: {
    region: 'Notifications',
    dismiss: 'Dismiss: {{title}}',
    show: 'Show',
    centre: 'Alert centre'
  },
  permission: {
    granted: 'Desktop notifications are on in this browser.',
    denied:
      'This browser blocks notifications from Hostdeck. Allow them in the browser’s site settings if you want them; alerts still appear here and in the status bar.',
    unsupported:
      'This browser cannot show desktop notifications; alerts appear here and in the status bar.',
    ask: 'Get a desktop notification when a domain crosses an alert threshold. This only affects this browser; the desktop app has its own setting.',
    enable: 'Enable desktop notifications'
  }
} as const;
