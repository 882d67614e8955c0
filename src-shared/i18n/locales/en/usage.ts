/** English, namespace `usage`: the source catalog; French and Dutch follow its keys. */
export const usage = {
  month: 'Month',
  loading: 'Computing the month from the hourly snapshots…',
  loadFailed: 'Usage could not be loaded: {{reason}}',
  rowsFailed: 'The rows could not be loaded: {{reason}}',
  tryAgain: 'Try again',
  unavailable: {
    title: 'Your provider does not report usage',
    openSettings: 'Open Settings',
    text: 'Pay-as-you-use figures are computed from the hourly snapshots of your reseller account. This provider connection does not offer them, so there is nothing to break down. Invoices still appear on the Dashboard.'
  },
  asOf: 'As of the snapshot of {{when}}',
  hoursInMonth_one: '{{count}} hour in the month',
  hoursInMonth_other: '{{count}} hours in the month',
  noSnapshots: {
    title: 'No snapshots for {{month}}',
    none: 'No hourly usage snapshots are cached yet. They arrive with the next sync.',
    notCovered:
      'The cached hourly snapshots do not cover this month. Pick another month, or wait for the next sync.'
  },
  /** Hours as a short figure: "744 h". */
  hours: '{{hours}} h',
  summary: {
    region: 'Month summary',
    total: 'Month total',
    totalSoFar: 'Month total so far',
    final: 'Final',
    provisional: 'Provisional',
    finalHint: 'Every run of the month is settled under the 48-hour rule.',
    provisionalHint: 'Pending resources may still be charged for hours already used.',
    estimate: 'Estimate for the month',
    estimatePending: 'If nothing changes; includes {{hours}} still pending.',
    estimateSteady: 'If the current resources stay as they are until the month ends.',
    billedAccounts: 'Billed accounts',
    billedAccountsHint: 'Hosting accounts with at least one charged hour.',
    billedAddons: 'Billed add-ons',
    billedAddonsHint: 'Add-ons with at least one charged hour.',
    packsUsed: 'Service packs used',
    noPacks: 'None charged yet.'
  },
  chart: {
    title: 'Daily charges',
    charged: 'Charged',
    estimated: 'Estimated (remaining days)',
    caption: 'Amount charged per day',
    captionEstimate: 'Amount charged per day, with the estimate for the remaining days',
    day: 'Day'
  },
  warnings: {
    region: 'Data warnings',
    titles: {
      'missing-snapshots': 'Missing snapshots (hours interpolated)',
      'hours-without-data': 'Hours without data',
      'established-run': 'Run started before the cached history',
      'non-whole-hour-zone': 'Time zone with a non-whole-hour offset',
      'addon-without-parent': 'Add-on without an account',
      'addon-parent-absent': 'Add-on whose account is gone'
    },
    missingSnapshots_one:
      '{{count}} hourly snapshot missing, {{from}} to {{to}}; resources present before and after are counted for that hour.',
    missingSnapshots_other:
      '{{count}} hourly snapshots missing, {{from}} to {{to}}; resources present before and after are counted for those hours.',
    cases_one: '{{count}} case',
    cases_other: '{{count}} cases',
    more_one: '…and {{count}} more.',
    more_other: '…and {{count}} more.'
  },
  table: {
    title: 'Resources',
    filterPlaceholder: 'Filter by resource or pack',
    filterRows: 'Filter rows',
    filterStatus: 'Filter by status',
    label: 'Usage rows',
    columns: {
      resource: 'Resource',
      kind: 'Kind',
      pack: 'Pack',
      price: 'Price/mo',
      activeHours: 'Active hours',
      billedHours: 'Billed hours',
      billedDays: 'Billed days',
      amount: 'Amount',
      status: 'Status'
    },
    statuses: { all: 'All statuses', charged: 'Charged', pending: 'Pending', free: 'Free' },
    kinds: { addon: 'Add-on', account: 'Account' },
    onAccount: 'on {{account}}',
    noResources: 'No resources were active this month.',
    noMatch: 'No rows match the filters.',
    count_one: '{{shown}} of {{total}} row · {{amount}}',
    count_other: '{{shown}} of {{total}} rows · {{amount}}',
    /** The rows as the pager names them: "Pages of usage rows". */
    noun: 'usage rows',
    pendingHint: 'charged in {{hours}} h unless deleted',
    markers: {
      upgraded: 'upgraded',
      downgraded: 'downgraded',
      priceChange: 'price change',
      recreated: 'recreated'
    }
  },
  bill: {
    title: 'Check the bill',
    notOver: 'The month is not over yet: the provider invoices it after it ends.',
    noInvoice:
      'No cached invoice has a pay-as-you-use line for this month yet. It appears after the next sync once the provider has billed it.',
    invoice: 'Invoice',
    invoiced: 'Invoiced',
    computed: 'Computed',
    difference: 'Difference',
    match: 'The invoice matches the hourly snapshots to the cent.',
    rounding_one:
      "A few cents apart: the row is rounded once, and the provider may round per line, per day, or on the total. Months in {{zone}} may also start an hour apart from the provider's.",
    rounding_other:
      "A few cents apart: each of the {{count}} rows is rounded once, and the provider may round per line, per day, or on the total. Months in {{zone}} may also start an hour apart from the provider's.",
    moreThanRounding:
      'More than rounding: compare the rows with the invoice lines, or open a ticket with your provider with the CSV attached.'
  },
  export: {
    rows: 'Export rows (CSV)',
    daily: 'Export daily (CSV)',
    saved: 'Saved {{filename}}'
  },
  source: {
    title: "Hostdeck's own hourly record",
    recordingSince: 'Recording since {{when}}.',
    recordingText:
      'Your provider keeps no usage history Hostdeck can read, so Hostdeck records your accounts and add-ons every hour while it runs (the tray included). Hours before that are unknown.',
    notRecording: 'Not recording yet.',
    notRecordingText:
      'Hostdeck records your accounts and add-ons at each hourly sync; the first sync starts the record.',
    gaps_one: 'Hostdeck was not running for a while this month:',
    gaps_other: 'Hostdeck was not running {{count}} times this month:',
    gap_one: '{{from}} to {{to}}: {{count}} hour without an hourly image.',
    gap_other: '{{from}} to {{to}}: {{count}} hours without an hourly image.',
    gapsNote:
      'Accounts present before and after a gap are counted for its hours; one created and deleted inside it cannot be seen. Keep Hostdeck running (in the tray) to record every hour.',
    unpriced_one: 'One pack has no price yet:',
    unpriced_other: '{{count}} packs and add-ons have no price yet:',
    unpricedText: "their hours count as unknown, not free, so the month's total is incomplete.",
    kinds: { servicepack: 'Service pack', addon: 'Add-on' },
    resources_one: '{{count}} resource',
    resources_other: '{{count}} resources',
    activeHours_one: '{{count}} hour',
    activeHours_other: '{{count}} hours',
    setPrices: 'Set the prices in the price list'
  }
} as const;
