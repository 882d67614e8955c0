/** English, namespace `prices`: the source catalog; French and Dutch follow its keys. */
export const prices = {
  loading: 'Loading the price list…',
  loadFailed: 'The price list could not be read: {{reason}}',
  intro:
    "Combell's API has no prices, so Hostdeck prices its own hourly record of your accounts with this list. Enter what Combell charges you per month for each service pack and add-on; leave a price empty when you do not know it yet (its usage is then shown as unknown, never as free).",
  introFor: '{{profile}}: {{intro}}',
  title: 'Monthly prices',
  empty:
    'Hostdeck has not seen any service pack or add-on yet. They are listed here after the first sync; you can already import a CSV file below.',
  kinds: { servicepack: 'Service pack', addon: 'Add-on' },
  editor: {
    currency: 'Currency',
    currencyHelp: 'One currency for the whole list, as on your Combell invoices (EUR).',
    currencyInvalid: 'Use a three-letter currency code such as EUR.',
    allPriced_one: 'The one entry is priced.',
    allPriced_other: 'All {{count}} priced.',
    unpriced_one: '{{count}} of {{total}} without a price: its usage counts as unknown, not free.',
    unpriced_other:
      '{{count}} of {{total}} without a price: their usage counts as unknown, not free.',
    caption: 'Monthly prices of the service packs and add-ons seen in your account',
    columns: {
      name: 'Name',
      kind: 'Kind',
      monthlyPrice: 'Monthly price ({{currency}})',
      price: 'Saved price',
      lastSeen: 'Last seen'
    },
    inputName: {
      servicepack: 'Monthly price of service pack {{name}}',
      addon: 'Monthly price of add-on {{name}}'
    },
    noPrice: 'No price',
    priced: 'Priced',
    notSeen: 'Not seen',
    save: 'Save prices',
    saving: 'Saving the price list…',
    saveFailed: 'The prices were not saved: {{reason}}',
    problems_one: 'Nothing saved: one price needs fixing.',
    problems_other: 'Nothing saved: {{count}} prices need fixing.',
    saved: 'Price list saved. The usage of this month is priced again.',
    unsaved: 'Unsaved changes.'
  },
  /** What is wrong with a typed price. */
  problem: {
    notANumber: 'Enter an amount such as {{example}}, or leave it empty.',
    noDecimals: 'This currency has no decimals.',
    tooManyDecimals_one: 'At most {{count}} decimal.',
    tooManyDecimals_other: 'At most {{count}} decimals.',
    tooLarge: 'That amount is too large.'
  },
  import: {
    title: 'Import from a CSV file',
    /** `<code>` marks the file's own words, shown as code. */
    help: 'One line per price: <code>kind,name,monthly_price,currency</code>, with kind <code>servicepack</code> or <code>addon</code> and the price as a decimal (<code>12.50</code>), all in one currency. The first line is the header. A file with a problem is not imported at all.',
    button: 'Import CSV…',
    importing: 'Importing…',
    theFile: 'the file',
    failed: '{{file}} could not be imported: {{reason}}',
    issues_one: 'Nothing imported: {{file}} has a problem. Fix it and choose it again.',
    issues_other:
      'Nothing imported: {{file}} has {{count}} problems. Fix them and choose it again.',
    line: 'Line {{line}}:',
    imported_one: 'Imported {{count}} price from {{file}}.',
    imported_other: 'Imported {{count}} prices from {{file}}.'
  },
  /** A CSV line's problem, from its code (core/prices/price-list.ts). */
  csv: {
    empty: 'the file is empty',
    header: 'the header must be “{{expected}}”, got “{{got}}”',
    fieldCount: 'expected 4 fields, got {{got}}',
    kind: 'kind must be servicepack or addon, got “{{got}}”',
    nameEmpty: 'name is empty',
    currency: 'currency “{{got}}” is not a currency code such as EUR',
    currencyMixed: 'currency {{got}} differs from {{currency}}: one currency per price list',
    currencyList:
      "the list's prices are in {{currency}}: import {{currency}} prices, or every priced entry in {{got}}",
    priceNotNumber: 'monthly_price “{{got}}” is not a plain decimal number such as 12.50',
    priceDecimals_one: 'monthly_price “{{got}}” has more than {{count}} decimal',
    priceDecimals_other: 'monthly_price “{{got}}” has more than {{count}} decimals',
    priceTooLarge: 'monthly_price “{{got}}” is too large',
    duplicate: {
      servicepack: 'service pack “{{name}}” is already priced on line {{line}}',
      addon: 'add-on “{{name}}” is already priced on line {{line}}'
    },
    noLines: 'no price lines after the header'
  }
} as const;
