/** Fixed catalogue the generators draw from: packs, add-ons, TLD prices, names, texts. */

export interface Pack {
  readonly pid: number;
  readonly name: string;
  readonly monthlyMinor: number;
  readonly diskMb: number;
}

export const PACKS: readonly Pack[] = [
  { pid: 1, name: 'Starter 1', monthlyMinor: 495, diskMb: 1024 },
  { pid: 2, name: 'Pro 10', monthlyMinor: 1250, diskMb: 10240 },
  { pid: 3, name: 'Business 25', monthlyMinor: 2490, diskMb: 25600 },
  { pid: 4, name: 'Agency 50', monthlyMinor: 4990, diskMb: 51200 }
];

export const ADDONS: readonly { readonly name: string; readonly monthlyMinor: number }[] = [
  { name: 'Extra Storage 10 GB', monthlyMinor: 300 },
  { name: 'Daily Backup', monthlyMinor: 200 },
  { name: 'Dedicated IP', monthlyMinor: 450 },
  { name: 'SSL Premium', monthlyMinor: 600 }
];

export const TLDS: readonly { readonly tld: string; readonly priceMinor: number }[] = [
  { tld: 'com', priceMinor: 1299 },
  { tld: 'be', priceMinor: 899 },
  { tld: 'eu', priceMinor: 799 },
  { tld: 'nl', priceMinor: 999 },
  { tld: 'net', priceMinor: 1499 },
  { tld: 'io', priceMinor: 4500 },
  { tld: 'shop', priceMinor: 2999 }
];

export const NAME_LEFT: readonly string[] = [
  'blue',
  'bakkerij',
  'atelier',
  'fiets',
  'studio',
  'green',
  'koffie',
  'north',
  'happy',
  'brussels',
  'urban',
  'smart',
  'tuin',
  'pixel',
  'golden',
  'river',
  'maison',
  'bright',
  'vlaams',
  'fresh'
];

export const NAME_RIGHT: readonly string[] = [
  'shop',
  'design',
  'garage',
  'lab',
  'market',
  'media',
  'bistro',
  'works',
  'yoga',
  'events',
  'kids',
  'travel',
  'photo',
  'print',
  'wellness',
  'bikes',
  'wines',
  'dental',
  'legal',
  'cloud'
];

export const STAFF: readonly string[] = [
  'Sofie Peeters',
  'Lucas Janssens',
  'Emma Maes',
  'Demo Admin'
];

export const DEPARTMENTS: readonly {
  readonly id: number;
  readonly name: string;
  readonly email: string;
}[] = [
  { id: 1, name: 'General Support', email: 'support@demo-host.example' },
  { id: 2, name: 'Billing', email: 'billing@demo-host.example' },
  { id: 3, name: 'Sales', email: 'sales@demo-host.example' },
  { id: 4, name: 'Technical', email: 'tech@demo-host.example' }
];

export const SUBJECTS: Readonly<Record<number, readonly string[]>> = {
  1: ['Cannot log in to webmail', 'Question about my account', 'Mail bouncing for one mailbox'],
  2: [
    'Invoice amount looks wrong',
    'Please resend invoice as PDF',
    'Pay-as-you-use charge question'
  ],
  3: ['Upgrade options for Pro 10', 'Bulk domain transfer quote', 'Reseller discount tiers'],
  4: ['Site returns 500 after PHP upgrade', 'DNS not propagating', 'SSL certificate not renewing']
};

export const CUSTOMER_LINES: readonly string[] = [
  'Hello,\r\n\r\nCould you have a look at this? It started this morning.',
  'Thanks for the quick answer. It still happens on **two** of my accounts.',
  'I attached a screenshot.\r\n\r\n- account: see below\r\n- time: around 10:00 CET',
  'Any update on this? My customer is waiting.',
  'That fixed it, thank you!',
  'One more question: does this also apply to the add-ons?'
];

export const STAFF_LINES: readonly string[] = [
  'Hello,\r\n\r\nThank you for contacting us. We are looking into it.',
  'We changed the setting on our side. Could you check again?',
  'This is expected: the charge covers the hours the account existed.\r\n\r\nKind regards',
  'We have escalated this to our system team.',
  'Please clear your browser cache and try once more.'
];

export const NOTE_LINES: readonly string[] = [
  'Internal note: customer is on a legacy discount, do not mention it.',
  'Internal note: checked server logs, disk quota exceeded twice this week.',
  'Internal note: approved a goodwill credit of EUR 5.00 if they ask again.'
];
