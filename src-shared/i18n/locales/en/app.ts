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
  connect: {
    name: 'Profile name',
    nameHelp: "How this provider appears in Hostdeck. Leave empty to use the address's host name.",
    nameHelpCombell: 'How this provider appears in Hostdeck. Leave empty for “Combell”.',
    defaultName: 'My provider',
    provider: 'Provider',
    whmcsHelp: "A hosting provider's WHMCS client area.",
    combellHelp: "A Combell reseller account, through Combell's API.",
    apiKey: 'API key',
    apiKeyHelp: 'On the API page of the Combell panel.',
    apiSecret: 'API secret',
    apiUrl: 'API address (optional)',
    apiUrlHelp: "Leave empty for Combell's public API.",
    whmcsAddress: 'WHMCS address',
    whmcsAddressHelp: "The address of your provider's client area.",
    serverTimeZone: "Provider's time zone (optional)",
    serverTimeZoneHelp:
      "The zone your provider's WHMCS server runs in, such as Europe/Brussels: WHMCS sends its times without one. Leave empty for UTC.",
    signIn: 'Sign-in method',
    classic: 'Classic API credentials',
    classicHelp: 'An API identifier and secret your provider created for you.',
    rest: 'WHMCS 9 client login',
    restHelp: 'The e-mail and password you use on the client area.',
    identifier: 'API identifier',
    accessKey: 'Access key (optional)',
    accessKeyHelp: 'Only if your provider gave you one.',
    clientId: 'Client id',
    clientIdHelp: 'Your client number at the provider.',
    email: 'E-mail',
    password: 'Password',
    code: 'Verification code',
    codeHelp: 'The digits shown by your authenticator app.',
    secretKeychain: "Stored in your OS keychain, never in Hostdeck's files.",
    secretIn: "Stored in {{place}}, never in Hostdeck's files.",
    testing: 'Testing…',
    verifyCode: 'Verify code',
    test: 'Test connection',
    connecting: 'Connecting…',
    saveConnect: 'Save and connect',
    providerSaid: 'The provider said: “{{detail}}”',
    fields: {
      baseUrl: 'WHMCS address',
      serverTimeZone: "Provider's time zone",
      identifier: 'API identifier',
      secret: 'API secret',
      accessKey: 'Access key',
      clientId: 'Client id',
      email: 'E-mail',
      password: 'Password',
      code: 'Verification code',
      apiKey: 'API key',
      apiSecret: 'API secret',
      apiUrl: 'API address'
    },
    required: '{{label}} is required.',
    invalid: '{{label}}: {{reason}}.',
    notValid: 'not valid',
    baseUrlFull: '{{label}} must be a full address such as https://billing.example.com.',
    apiUrlFull:
      'API address must be a full address such as https://api.combell.com, or empty for the public API.',
    works: 'Connection works.',
    reasons: {
      auth: 'Authentication failed: the provider did not accept these credentials.',
      'second-factor': 'Your account uses two-step verification. Enter the code from your app.',
      'ip-not-allowed':
        "Your provider does not allow API access from this computer's IP address. Ask them to add it to the API allow-list.",
      network: 'Hostdeck could not reach that address. Check the URL and your internet connection.',
      'rate-limited': 'The provider is limiting requests right now. Wait a minute and try again.',
      protocol: 'That address did not answer like a WHMCS installation. Check the URL.',
      unknown: 'The connection did not work.'
    },
    combellReasons: {
      auth: 'Combell did not accept this API key and secret. Copy both again from the API page of the Combell panel.',
      'second-factor': 'Combell asked for a verification step Hostdeck cannot answer.',
      'ip-not-allowed':
        "Combell refused this computer's IP address. Add it to the allowed IP addresses on the API page of the Combell panel, then test again.",
      network:
        'Hostdeck could not reach the Combell API. Check your internet connection, and the API address if you set one.',
      'rate-limited':
        'Combell is limiting requests right now (rate limit). Wait a minute and try again.',
      protocol:
        'That address did not answer like the Combell API. Check the API address, or leave it empty.',
      unknown: 'The connection did not work.'
    }
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
