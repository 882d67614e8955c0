/** English, namespace `profiles`: the source catalog; French and Dutch follow its keys. */
export const profiles = {
  loading: 'Loading providers…',
  loadFailed: 'The providers could not be listed: {{reason}}',
  intro: "Hostdeck shows one provider at a time. Switching keeps every provider's cached data.",
  listLabel: 'Providers',
  add: 'Add provider',
  addTitle: 'Add a provider',
  /** The default names main gives the built-in demos, shown in the app's language. */
  defaultNames: {
    demo: 'Demo provider',
    combellDemo: 'Combell demo'
  },
  kind: {
    demo: 'Demo provider',
    combell: 'Combell',
    whmcs: 'WHMCS',
    /** "Kind · sign-in". */
    line: '{{kind}} · {{signIn}}'
  },
  auth: {
    demo: 'Built-in sample data',
    classic: 'Classic API',
    rest: 'WHMCS 9 client login',
    combell: 'API key and secret'
  },
  facts: {
    kind: 'Kind',
    address: 'Address',
    apiKey: 'API key',
    login: 'Login'
  },
  active: 'Active',
  switch: 'Switch',
  switching: 'Switching…',
  switchTo: 'Switch to {{name}}',
  switchFailed: 'Could not switch: {{reason}}',
  priceList: 'Price list',
  rename: 'Rename',
  renameName: 'Rename {{name}}',
  remove: 'Remove',
  removeName: 'Remove {{name}}',
  renameForm: {
    label: 'New name for “{{name}}”',
    save: 'Save name'
  },
  removeDialog: {
    title: 'Remove “{{name}}”?',
    body: "Hostdeck deletes this provider's cached data (invoices, domains, tickets, usage) from this computer. Nothing changes at the provider; you can connect it again later.",
    bodyWithSecret:
      "Hostdeck deletes this provider's cached data (invoices, domains, tickets, usage) from this computer and the secret stored in your keychain. Nothing changes at the provider; you can connect it again later.",
    removing: 'Removing…',
    confirm: 'Remove provider'
  }
} as const;
