/** Dutch, namespace `usage`. */
import type { Translation } from '../../catalog';
import type { usage as en } from '../en/usage';

export const usage: Translation<typeof en> = {
  month: 'Maand',
  loading: 'De maand wordt berekend uit de uurlijkse momentopnamen…',
  loadFailed: 'Het verbruik kon niet worden geladen: {{reason}}',
  rowsFailed: 'De regels konden niet worden geladen: {{reason}}',
  tryAgain: 'Opnieuw proberen',
  unavailable: {
    title: 'Uw provider geeft geen verbruik door',
    openSettings: 'Instellingen openen',
    text: 'Bedragen op basis van verbruik worden berekend uit de uurlijkse momentopnamen van uw reselleraccount. Deze providerkoppeling levert die niet, dus er valt niets uit te splitsen. Uw facturen staan nog steeds op het dashboard.'
  },
  asOf: 'Volgens de momentopname van {{when}}',
  hoursInMonth_one: '{{count}} uur in de maand',
  hoursInMonth_other: '{{count}} uur in de maand',
  noSnapshots: {
    title: 'Geen momentopnamen voor {{month}}',
    none: 'Er staan nog geen uurlijkse momentopnamen in de cache. Ze komen met de volgende synchronisatie.',
    notCovered:
      'De uurlijkse momentopnamen in de cache dekken deze maand niet. Kies een andere maand of wacht op de volgende synchronisatie.'
  },
  hours: '{{hours}} u',
  summary: {
    region: 'Maandoverzicht',
    total: 'Maandtotaal',
    totalSoFar: 'Maandtotaal tot nu toe',
    final: 'Definitief',
    provisional: 'Voorlopig',
    finalHint: 'Elke periode van de maand is afgerekend volgens de 48-uursregel.',
    provisionalHint:
      'Resources in afwachting kunnen nog worden aangerekend voor uren die al gebruikt zijn.',
    estimate: 'Maandschatting',
    estimatePending: 'Als er niets verandert; inclusief {{hours}} nog in afwachting.',
    estimateSteady: 'Als de huidige resources ongewijzigd blijven tot het einde van de maand.',
    billedAccounts: 'Gefactureerde accounts',
    billedAccountsHint: 'Hostingaccounts met minstens één aangerekend uur.',
    billedAddons: 'Gefactureerde add-ons',
    billedAddonsHint: 'Add-ons met minstens één aangerekend uur.',
    packsUsed: 'Gebruikte servicepakketten',
    noPacks: 'Nog geen aangerekend.'
  },
  chart: {
    title: 'Kosten per dag',
    charged: 'Aangerekend',
    estimated: 'Geschat (resterende dagen)',
    caption: 'Aangerekend bedrag per dag',
    captionEstimate: 'Aangerekend bedrag per dag, met de schatting voor de resterende dagen',
    day: 'Dag'
  },
  warnings: {
    region: 'Waarschuwingen over de gegevens',
    titles: {
      'missing-snapshots': 'Ontbrekende momentopnamen (uren geïnterpoleerd)',
      'hours-without-data': 'Uren zonder gegevens',
      'established-run': 'Periode gestart vóór de geschiedenis in de cache',
      'non-whole-hour-zone': 'Tijdzone met een verschuiving van geen heel uur',
      'addon-without-parent': 'Add-on zonder account',
      'addon-parent-absent': 'Add-on waarvan het account weg is'
    },
    missingSnapshots_one:
      '{{count}} uurlijkse momentopname ontbreekt, {{from}} tot {{to}}; resources die ervoor en erna aanwezig waren, tellen mee voor dat uur.',
    missingSnapshots_other:
      '{{count}} uurlijkse momentopnamen ontbreken, {{from}} tot {{to}}; resources die ervoor en erna aanwezig waren, tellen mee voor die uren.',
    cases_one: '{{count}} geval',
    cases_other: '{{count}} gevallen',
    more_one: '…en nog {{count}}.',
    more_other: '…en nog {{count}}.'
  },
  table: {
    title: 'Resources',
    filterPlaceholder: 'Filteren op resource of pakket',
    filterRows: 'Regels filteren',
    filterStatus: 'Filteren op status',
    label: 'Verbruiksregels',
    columns: {
      resource: 'Resource',
      kind: 'Soort',
      pack: 'Pakket',
      price: 'Prijs/mnd',
      activeHours: 'Actieve uren',
      // Soft hyphens: the long word breaks in a narrow column header rather than being cut.
      billedHours: 'Gefactu\u00ADreerde uren',
      billedDays: 'Gefactu\u00ADreerde dagen',
      amount: 'Bedrag',
      status: 'Status'
    },
    statuses: {
      all: 'Alle statussen',
      charged: 'Aangerekend',
      pending: 'In afwachting',
      free: 'Gratis'
    },
    kinds: { addon: 'Add-on', account: 'Account' },
    onAccount: 'op {{account}}',
    noResources: 'Er waren deze maand geen actieve resources.',
    noMatch: 'Geen regels die aan de filters voldoen.',
    count_one: '{{shown}} van {{total}} regel · {{amount}}',
    count_other: '{{shown}} van {{total}} regels · {{amount}}',
    noun: 'verbruiksregels',
    pendingHint: 'aangerekend over {{hours}} u tenzij verwijderd',
    markers: {
      upgraded: 'opgewaardeerd',
      downgraded: 'afgewaardeerd',
      priceChange: 'prijswijziging',
      recreated: 'opnieuw aangemaakt'
    }
  },
  bill: {
    title: 'Factuur controleren',
    notOver: 'De maand is nog niet voorbij: de provider factureert haar nadat ze afloopt.',
    noInvoice:
      'Nog geen factuur in de cache heeft een verbruiksregel voor deze maand. Die verschijnt na de volgende synchronisatie zodra de provider de maand heeft gefactureerd.',
    invoice: 'Factuur',
    invoiced: 'Gefactureerd',
    computed: 'Berekend',
    difference: 'Verschil',
    match: 'De factuur klopt tot op de cent met de uurlijkse momentopnamen.',
    rounding_one:
      'Enkele centen verschil: de regel wordt één keer afgerond, en de provider kan per regel, per dag of op het totaal afronden. Maanden in {{zone}} kunnen ook een uur verschoven beginnen ten opzichte van die van de provider.',
    rounding_other:
      'Enkele centen verschil: elk van de {{count}} regels wordt één keer afgerond, en de provider kan per regel, per dag of op het totaal afronden. Maanden in {{zone}} kunnen ook een uur verschoven beginnen ten opzichte van die van de provider.',
    moreThanRounding:
      'Meer dan afronding: vergelijk de regels met de factuurregels, of open een ticket bij uw provider met de CSV als bijlage.'
  },
  export: {
    rows: 'Regels exporteren (CSV)',
    daily: 'Per dag exporteren (CSV)',
    saved: '{{filename}} opgeslagen'
  },
  source: {
    title: 'Eigen uurregistratie van Hostdeck',
    recordingSince: 'Registratie sinds {{when}}.',
    recordingText:
      'Uw provider bewaart geen verbruiksgeschiedenis die Hostdeck kan lezen, dus Hostdeck registreert uw accounts en add-ons elk uur zolang het draait (ook in het systeemvak). Uren daarvoor zijn onbekend.',
    notRecording: 'Nog geen registratie.',
    notRecordingText:
      'Hostdeck registreert uw accounts en add-ons bij elke uurlijkse synchronisatie; de eerste synchronisatie start de registratie.',
    gaps_one: 'Hostdeck heeft deze maand een tijd niet gedraaid:',
    gaps_other: 'Hostdeck heeft deze maand {{count}} keer niet gedraaid:',
    gap_one: '{{from}} tot {{to}}: {{count}} uur zonder uurlijkse momentopname.',
    gap_other: '{{from}} tot {{to}}: {{count}} uur zonder uurlijkse momentopname.',
    gapsNote:
      'Accounts die voor en na een onderbreking aanwezig waren, tellen mee voor die uren; een account dat erin is aangemaakt en weer verwijderd, blijft onzichtbaar. Laat Hostdeck draaien (in het systeemvak) om elk uur te registreren.',
    unpriced_one: 'Eén pakket heeft nog geen prijs:',
    unpriced_other: '{{count}} pakketten en add-ons hebben nog geen prijs:',
    unpricedText:
      'hun uren tellen als onbekend, niet als gratis, dus het maandtotaal is onvolledig.',
    kinds: { servicepack: 'Servicepakket', addon: 'Add-on' },
    resources_one: '{{count}} resource',
    resources_other: '{{count}} resources',
    activeHours_one: '{{count}} uur',
    activeHours_other: '{{count}} uur',
    setPrices: 'Prijzen instellen in de prijslijst'
  }
};
