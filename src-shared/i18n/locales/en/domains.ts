/** English, namespace `domains`: the source catalog; French and Dutch follow its keys. */
export const domains = {
  list: {
    /** For "Loading {{what}}…" and "{{what}} could not be loaded". */
    loadingWhat: 'domains',
    failedWhat: 'Domains',
    region: 'All domains',
    noun: 'domains',
    emptyTitle: 'No domains yet',
    openSettings: 'Open Settings',
    emptyText:
      'Connect your provider in Settings, or use the demo provider. Domains close to expiry will be listed here, and Hostdeck will alert you at the thresholds you choose in Settings.',
    noMatchTitle: 'No domains match these filters',
    noMatchText: 'Widen the filters or clear them to see every domain again.',
    clearFilters: 'Clear filters'
  },
  count: {
    all_one: '{{n}} domain',
    all_other: '{{n}} domains',
    ofCached_one: '{{n}} of {{cached}} domain',
    ofCached_other: '{{n}} of {{cached}} domains',
    range_one: '{{first}}–{{last}} of {{n}} domain',
    range_other: '{{first}}–{{last}} of {{n}} domains',
    rangeMatching_one: '{{first}}–{{last}} of {{n}} matching, {{cached}} domain',
    rangeMatching_other: '{{first}}–{{last}} of {{n}} matching, {{cached}} domains'
  },
  caption: {
    sorted: 'Domains, sorted by {{column}} ({{direction}}).',
    ascending: 'ascending',
    descending: 'descending'
  },
  columns: {
    name: 'Domain',
    status: 'Status',
    alert: 'Alert',
    expiresOn: 'Expires',
    daysLeft: 'Days left',
    autoRenew: 'Auto-renew',
    nextDueOn: 'Next due',
    renewalPrice: 'Renewal price'
  },
  /** `when` is a relative day in the locale: "yesterday", "3 days ago". */
  expired: 'expired {{when}}',
  autoRenew: { on: 'on', off: 'off', unknown: 'unknown' },
  status: {
    active: 'Active',
    grace: 'Grace period',
    redemption: 'Redemption',
    expired: 'Expired',
    pending: 'Pending',
    pending_registration: 'Pending registration',
    pending_transfer: 'Pending transfer',
    cancelled: 'Cancelled',
    fraud: 'Fraud',
    transferred_away: 'Transferred away',
    unknown: 'Unknown'
  },
  filters: {
    region: 'Filter domains',
    search: 'Search',
    searchPlaceholder: 'Domain name',
    within: 'Expires within',
    anyTime: 'Any time',
    withinDays_one: '{{count}} day',
    withinDays_other: '{{count}} days',
    status: 'Status',
    allStatuses: 'All statuses',
    autoRenewOff: 'Auto-renew off only',
    clear: 'Clear filters'
  },
  detail: {
    back: '← All domains',
    loading: 'Loading the domain…',
    loadFailed: 'This domain could not be loaded: {{reason}}',
    retry: 'Retry',
    expires: 'Expires',
    daysLeft: 'Days left',
    autoRenew: 'Auto-renew',
    nextDue: 'Next due',
    renewalPrice: 'Renewal price',
    registrar: 'Registrar',
    renew: 'Renew',
    renewing: 'Renewing…',
    openRenewalPage: 'Open the renewal page',
    renewResult: {
      renewed: '{{domain}} was renewed for one year.',
      renewedPending:
        '{{domain}} was renewed for one year; the new expiry date shows after the next successful sync.',
      openedPage: 'The renewal page for {{domain}} opened in your browser.',
      pageUrl: "Open the provider's renewal page to renew {{domain}}."
    },
    alert: 'Alert',
    acknowledged: 'Acknowledged: it comes back at the next threshold.',
    noAlert: 'No open alert for this domain.',
    history: 'Alert history',
    noHistory: 'No alerts so far.',
    events: {
      raised: 'Raised',
      notified: 'Notified',
      snoozed: 'Snoozed',
      acknowledged: 'Acknowledged',
      cleared: 'Cleared'
    }
  },
  autoRenewSwitch: {
    on: 'On',
    off: 'Off',
    saving: 'Saving…',
    of: ' — auto-renew of {{name}}',
    notChanged: 'Not changed: {{reason}}'
  },
  renewals: {
    title: 'Renewals ahead',
    none: 'No renewals due in the next 12 months.',
    total_one: '{{count}} renewal in the next 12 months',
    total_other: '{{count}} renewals in the next 12 months',
    totalCost_one: '{{count}} renewal in the next 12 months, {{amount}}',
    totalCost_other: '{{count}} renewals in the next 12 months, {{amount}}',
    legendCount: 'Renewals (left axis)',
    legendCost: 'Cost (right axis)',
    legendCostIn: 'Cost in {{currency}} (right axis)',
    tableCaption: 'Renewals and their cost per month',
    month: 'Month',
    renewals: 'Renewals',
    cost: 'Cost',
    unpriced_one: ' (+{{count}} without price)',
    unpriced_other: ' (+{{count}} without price)'
  }
} as const;
