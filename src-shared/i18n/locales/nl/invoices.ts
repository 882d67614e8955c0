/** Dutch, namespace `invoices`. */
import type { Translation } from '../../catalog';
import type { invoices as en } from '../en/invoices';

export const invoices: Translation<typeof en> = {
  loading: 'facturen',
  loadingStatement: 'het rekeningoverzicht',
  loadFailed: 'facturen',
  statementLoadFailed: 'rekeningoverzicht',
  tabs: {
    label: 'Weergaven van de facturatie',
    invoices: 'Facturen',
    statement: 'Rekeningoverzicht en boekhoudpakket'
  },
  noProvider: {
    title: 'Geen provider gekoppeld',
    action: 'Naar providers',
    invoices:
      'Koppel uw provider of gebruik de demoprovider. Elke factuur verschijnt hier met haar pdf na de eerste synchronisatie en blijft offline leesbaar.',
    statement:
      'Koppel uw provider of gebruik de demoprovider om de betalingen en het tegoed te zien.'
  },
  empty: {
    title: 'Nog geen facturen in de cache',
    body: 'Hostdeck toont de facturen die het bij uw provider heeft gesynchroniseerd, zodat ze met hun pdf offline leesbaar blijven. Er zijn er nog geen gesynchroniseerd: gebruik <strong>Nu synchroniseren</strong> in de statusbalk of wacht op de volgende automatische synchronisatie.',
    noMatchTitle: 'Geen facturen die aan deze filters voldoen',
    noMatchBody: 'Probeer een andere zoekopdracht of een ruimere periode, of wis de filters.',
    clearFilters: 'Filters wissen'
  },
  list: {
    label: 'Facturen',
    noun: 'facturen',
    all_one: '{{count, number}} factuur',
    all_other: '{{count, number}} facturen',
    range_one: '{{first}}–{{last}} van {{count, number}} factuur',
    range_other: '{{first}}–{{last}} van {{count, number}} facturen',
    matching: '{{range}} gevonden, {{cached}} in de cache',
    noMatch: 'Geen facturen gevonden ({{cached}} in de cache)',
    stillDue: '{{total}} · nog te betalen {{due}}'
  },
  filters: {
    label: 'Facturen filteren',
    status: 'Status',
    search: 'Zoeken',
    searchPlaceholder: 'Nr., bedrag, artikel',
    issuedFrom: 'Uitgereikt van',
    clear: 'Filters wissen'
  },
  status: {
    all: 'Alle',
    draft: 'Concept',
    unpaid: 'Onbetaald',
    payment_pending: 'Betaling in behandeling',
    paid: 'Betaald',
    collections: 'Incasso',
    cancelled: 'Geannuleerd',
    refunded: 'Terugbetaald',
    overdue: 'Vervallen'
  },
  columns: {
    number: 'Factuur',
    issued: 'Datum',
    due: 'Vervaldatum',
    status: 'Status',
    total: 'Totaal',
    balance: 'Saldo',
    method: 'Methode',
    pdf: 'Pdf',
    offline: 'Offline',
    notYet: 'Nog niet'
  },
  caption: {
    issued: 'Facturen op factuurdatum, {{dir}}.',
    due: 'Facturen op vervaldatum, {{dir}}.',
    number: 'Facturen op nummer, {{dir}}.',
    total: 'Facturen op totaal, {{dir}}.',
    status: 'Facturen op status, {{dir}}.',
    aToZ: 'van A tot Z',
    zToA: 'van Z tot A',
    oldestFirst: 'oudste eerst',
    newestFirst: 'nieuwste eerst',
    lowestFirst: 'laagste eerst',
    highestFirst: 'hoogste eerst'
  },
  pdfCache: {
    available: 'Pdf’s offline beschikbaar: {{cached}} van {{wanted}}',
    scope24: 'onbetaald en de laatste 24 maanden',
    scopeAll: 'alle facturen',
    failing_one: '{{count, number}} mislukt, later opnieuw geprobeerd',
    failing_other: '{{count, number}} mislukt, later opnieuw geprobeerd',
    downloading: 'Downloaden…',
    downloadingOf: 'Downloaden {{done}} van {{total}}',
    progress: 'Pdf-downloads',
    stopped: 'Downloads gestopt: {{message}}'
  },
  detail: {
    back: '← Alle facturen',
    what: 'de factuur',
    noun: 'Factuur',
    title: 'Factuur {{number}}',
    issued: 'Factuurdatum',
    due: 'Vervaldatum',
    paid: 'Betaald op',
    method: 'Betaalmethode',
    balanceDue: 'Te betalen saldo',
    items: 'Artikelen',
    noLinesFromProvider:
      'De provider gaf geen factuurregels voor deze factuur ({{reason}}); Hostdeck toont er geen in plaats van ze te raden.',
    noLines: 'Deze factuur heeft geen factuurregels.',
    linesNotCached:
      'De factuurregels staan nog niet in de cache: de volgende synchronisatie haalt ze op.',
    linesCaption: 'Artikelen en totalen van factuur {{number}}',
    description: 'Omschrijving',
    type: 'Soort',
    amount: 'Bedrag',
    taxed: 'Btw-plichtig',
    taxedNote: '* btw-plichtig artikel',
    subtotal: 'Subtotaal',
    tax: 'Btw',
    creditApplied: 'Gebruikt tegoed',
    total: 'Totaal',
    payments: 'Betalingen',
    noPayments: 'Er zijn geen betalingen voor deze factuur geregistreerd.',
    date: 'Datum',
    reference: 'Referentie',
    fees: 'Kosten',
    refund: 'Terugbetaling −{{amount}}'
  },
  actions: {
    savePdf: 'Pdf opslaan…',
    saving: 'Opslaan…',
    saveUnavailable: 'De pdf is nog niet gedownload en de provider is offline',
    saved: '{{file}} opgeslagen',
    pay: 'Betalen',
    opening: 'Openen…',
    payTitle: 'Opent de betaalpagina in uw browser',
    payOffline: 'Betalen gaat via uw provider, en die is niet bereikbaar',
    payOfflineNow: 'Betalen gaat via uw provider, en die is nu niet bereikbaar.',
    paySso: 'De betaalpagina is in uw browser geopend, u bent al aangemeld.',
    payLogin: 'De betaalpagina is in uw browser geopend; meld u daar aan om te betalen.',
    copy: 'Nummer kopiëren',
    copied: '{{number}} gekopieerd',
    noClipboard: 'Het klembord is hier niet beschikbaar.'
  },
  pdf: {
    title: 'Pdf',
    availableOffline: 'Offline beschikbaar',
    availableOfflineSize: 'Offline beschikbaar · {{size}}',
    downloadedNow: 'Zojuist gedownload',
    notDownloaded: 'Nog niet gedownload',
    notDownloadedTitle: 'Nog niet gedownload.',
    downloadingNow: 'Hostdeck is hem nu aan het downloaden.',
    willDownload:
      'Hostdeck downloadt de pdf’s van facturen op de achtergrond na elke synchronisatie, en deze is nog niet opgehaald. De provider is nu niet bereikbaar; de pdf wordt gedownload zodra dat kan.',
    tryAgain: 'Opnieuw proberen',
    cannotShow: 'De pdf kan niet worden getoond: {{reason}}',
    retry: 'Opnieuw',
    opening: 'Pdf openen…',
    downloading: 'Pdf downloaden bij uw provider…',
    page: 'Factuur {{number}}, pagina {{page}} van {{pages}}'
  },
  statement: {
    title: 'Betalingen, terugbetalingen en tegoed',
    exportCsv: 'CSV exporteren',
    saved: '{{file}} opgeslagen',
    notSyncedTitle: 'Nog niet gesynchroniseerd',
    notSyncedBody:
      'Hostdeck heeft de transacties en het tegoedoverzicht van dit account nog niet gelezen. Ze verschijnen hier na de volgende synchronisatie.',
    emptyTitle: 'Niets in deze periode',
    emptyBody:
      'Geen betalingen, terugbetalingen of tegoedbewegingen op de gekozen data. Probeer een ruimere periode.',
    payments: 'Betalingen',
    refunds: 'Terugbetalingen',
    fees: 'Transactiekosten',
    creditAdded: 'Tegoed toegevoegd',
    creditUsed: 'Tegoed gebruikt',
    creditNow: 'Huidig tegoed',
    skipped_one: '{{count, number}} boeking in een andere munt dan {{currency}} is weggelaten.',
    skipped_other:
      '{{count, number}} boekingen in een andere munt dan {{currency}} zijn weggelaten.',
    accountCurrency: 'die van het account',
    asOf: 'Transacties op {{time}}.',
    caption:
      'Betalingen, terugbetalingen en tegoedbewegingen van {{from}} tot {{to}}, oudste eerst, met lopende saldi.',
    date: 'Datum',
    type: 'Soort',
    description: 'Omschrijving',
    invoice: 'Factuur',
    method: 'Methode',
    paidIn: 'Ontvangen',
    // A soft hyphen: the statement's narrow column header breaks here rather than overflow.
    refunded: 'Terug\u00ADbetaald',
    credit: 'Tegoed',
    paidBalance: 'Saldo betaald',
    creditBalance: 'Saldo tegoed',
    opening: 'Beginsaldo',
    closing: 'Totalen van de periode, eindsaldi',
    kind: { payment: 'Betaling', refund: 'Terugbetaling', credit: 'Tegoed' },
    pagerNoun: 'het rekeningoverzicht',
    invoicePayment: 'Betaling van factuur',
    creditApplied: 'Tegoed toegepast op factuur #{{number}}'
  },
  period: {
    label: 'Periode van het overzicht',
    period: 'Periode',
    from: 'Van',
    custom: 'Eigen data',
    'last-12-months': 'Laatste 12 maanden',
    'this-month': 'Deze maand',
    'last-month': 'Vorige maand',
    'this-quarter': 'Dit kwartaal',
    'last-quarter': 'Vorig kwartaal',
    'this-year': 'Dit jaar',
    'last-year': 'Vorig jaar'
  },
  bundle: {
    title: 'Pakket voor de boekhouder',
    intro:
      'Eén zip met de pdf van elke factuur uitgereikt van {{from}} tot {{to}}, <code>invoices.csv</code> en <code>transactions.csv</code>. Het wordt gemaakt uit de cache van Hostdeck en werkt dus ook offline; pdf’s die nog niet gedownload zijn, staan hieronder.',
    export: 'Pakket exporteren (zip)',
    building: 'Pakket samenstellen…',
    progress: 'Voortgang van het pakket',
    failed: 'Het pakket kon niet worden gemaakt: {{reason}}',
    saved:
      '<strong>{{file}}</strong> opgeslagen ({{size}}): {{invoices}}, {{pdfs}}, {{transactions}}.',
    invoices_one: '{{count, number}} factuur',
    invoices_other: '{{count, number}} facturen',
    pdfs_one: '{{count, number}} pdf',
    pdfs_other: '{{count, number}} pdf’s',
    transactions_one: '{{count, number}} transactie',
    transactions_other: '{{count, number}} transacties',
    complete: 'Elke factuur van de periode heeft haar pdf.',
    missing_one: '{{count, number}} pdf ontbreekt in het pakket:',
    missing_other: '{{count, number}} pdf’s ontbreken in het pakket:',
    more_one:
      '… en nog {{count, number}}. Die wordt op de achtergrond gedownload na elke synchronisatie, of wanneer u de factuur opent.',
    more_other:
      '… en nog {{count, number}}. Die worden op de achtergrond gedownload na elke synchronisatie, of wanneer u de factuur opent.',
    reason: {
      'not-cached': 'nog niet gedownload',
      'file-missing': 'het bestand in de cache is verdwenen',
      'checksum-mismatch': 'het bestand in de cache is beschadigd',
      'not-a-pdf': 'de provider stuurde iets anders dan een pdf'
    }
  }
};
