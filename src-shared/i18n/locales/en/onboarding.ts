/** English, namespace `onboarding`: the source catalog; French and Dutch follow its keys. */
export const onboarding = {
  intro:
    "Hostdeck keeps your provider's billing, domains, tickets and usage on this computer, readable even offline. Start with sample data, or connect your own provider.",
  demo: {
    title: 'Try the demo provider',
    description:
      'A built-in sample WHMCS provider with invoices, domains, services, tickets and usage.',
    failed: 'The demo provider could not start: {{reason}}'
  },
  combellDemo: {
    title: 'Try the Combell demo',
    description:
      "A built-in sample Combell reseller account: hosting accounts, service packs, add-ons and domains. Combell's API has no invoices, tickets or usage, so Hostdeck records the hourly usage itself.",
    failed: 'The Combell demo could not start: {{reason}}'
  },
  starting: 'Starting the demo…',
  demoNote:
    'All made up, all local: nothing leaves this computer. You can connect your real provider later from the profile name in the status bar.',
  connect: {
    title: 'Connect your provider',
    text: 'A WHMCS installation (API credentials or your WHMCS 9 client login), or a Combell reseller account (an API key and secret from the Combell panel).'
  }
} as const;
