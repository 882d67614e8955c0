/** English, namespace `settings`: the source catalog; French and Dutch follow its keys. */
export const settings = {
  form: 'Settings',
  loadFailed: 'Settings could not be loaded: {{reason}}',
  loading: 'Loading settings…',
  appearance: {
    title: 'Appearance and region',
    theme: 'Theme',
    themeSystem: 'Same as the system',
    themeLight: 'Light',
    themeDark: 'Dark',
    timeZone: 'Time zone',
    timeZoneHelp: 'An IANA zone such as Europe/Brussels. Billing months and alert days follow it.'
  },
  language: {
    label: 'Language',
    system: 'Same as the system',
    help: 'Applies at once. Same as the system follows {{source}}.',
    sourceBrowser: 'this browser’s languages',
    sourceSystem: 'the operating system’s languages',
    saveFailed: 'The language could not be saved: {{message}}'
  },
  sync: {
    title: 'Sync and startup',
    interval: 'Sync interval (minutes)',
    intervalHelp: 'Between 5 and 1440 minutes.',
    closeToTray: 'Keep running in the tray when the window is closed',
    startAtLogin: 'Start Hostdeck when I log in'
  },
  notifications: {
    title: 'Notifications',
    showFor: 'Show desktop notifications for',
    domains: 'Domains',
    tickets: 'Tickets',
    invoices: 'Invoices',
    pause: 'Pause notifications',
    pauseHelp: 'Alerts still appear in Hostdeck; only desktop pop-ups stop.',
    quietHours: 'Quiet hours',
    quietEnabled: 'Hold notifications during quiet hours',
    quietStart: 'Quiet hours start',
    quietEnd: 'Quiet hours end'
  },
  alerts: {
    title: 'Domain expiry alerts',
    thresholds: 'Alert thresholds (days before expiry)',
    thresholdsHelp: 'Comma-separated days, e.g. 60, 30, 14, 7, 3, 1.',
    allForAutoRenew: 'Alert at every threshold for auto-renewing domains',
    allForAutoRenewHelp: 'Otherwise auto-renewing domains alert only at the last thresholds.'
  },
  billing: {
    title: 'Billing',
    pdfScope: 'Invoice PDFs kept for offline use',
    pdfScope24: 'Unpaid invoices and the last 24 months',
    pdfScopeAll: 'Every invoice',
    pdfScopeHelp: 'Downloaded in the background after each sync.',
    lowCredit: 'Low-credit alert below',
    lowCreditHelp: 'An amount in your account’s currency, e.g. 50.00. Leave empty for no alert.'
  },
  credentials: {
    title: 'Credentials',
    weakStorage: 'Allow weakly protected secret storage',
    weakStorageHelp:
      'Linux desktop app only, when no keychain is running: stores provider secrets encrypted with a fixed key instead of asking again each session. Takes effect at the next start.'
  },
  save: 'Save settings',
  saved: 'Saved',
  draftError: {
    syncIntervalMinutes: 'Sync interval: enter a whole number of minutes.',
    alertThresholds: 'Alert thresholds: enter whole days separated by commas, e.g. 60, 30, 7.',
    lowCreditThreshold:
      'Low-credit alert: enter an amount such as 50.00, or leave it empty for no alert.'
  },
  about: {
    title: 'About this installation',
    version: 'Version',
    shell: 'Shell',
    shellElectron: 'Desktop app (Electron)',
    shellWeb: 'Web shell (browser)',
    dataDir: 'Data folder',
    logDir: 'Log folder',
    secretStorage: 'Secret storage'
  },
  prices: {
    title: 'Price list of {{name}}',
    text: 'This provider’s API has no prices: the monthly price of each service pack and add-on is set here and prices the usage Hostdeck records.',
    edit: 'Edit the price list'
  }
} as const;
