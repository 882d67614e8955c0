/** Dutch, namespace `app`. */
import type { Translation } from '../../catalog';
import type { app as en } from '../en/app';

export const app: Translation<typeof en> = {
  skipToContent: 'Naar de inhoud',
  pageNotFound: 'Pagina niet gevonden',
  statusLoadFailed: 'Hostdeck kon zijn status niet laden: {{reason}}',
  notFound: {
    text: 'Er is geen pagina op “{{path}}”.',
    toDashboard: 'Naar het overzicht'
  },
  unavailable: {
    title: 'Niet beschikbaar bij deze provider',
    providerNamed: 'De provider van “{{name}}”',
    thisProvider: 'Deze provider',
    invoices:
      '{{provider}} biedt geen facturen aan via zijn API, dus er zijn geen facturen of overzichten om te tonen.',
    tickets: '{{provider}} biedt geen supporttickets aan via zijn API, dus er is geen ticketinbox.',
    usageRecording:
      '{{provider}} stuurt zelf zijn prijzen en verbruik, dus Hostdeck houdt er geen prijslijst voor bij.',
    other: '{{provider}} biedt dit niet aan via zijn API.',
    switchHint:
      'Via de profielnaam in de statusbalk kunt u andere providers toevoegen of naar een andere overschakelen.'
  },
  missingToken: {
    title: 'Hostdeck heeft zijn toegangslink nodig',
    open: 'Open Hostdeck met de link die wordt getoond door',
    openAfter: '(die bevat een eenmalige token).',
    why: 'De token voorkomt dat andere programma’s op deze computer uw factuurgegevens lezen. Hij wordt in de terminal getoond telkens als de webshell start.'
  },
  errorBoundary: {
    title: '‘{{area}}’ kan niet worden getoond',
    unexpected: 'Er is een onverwachte fout opgetreden.'
  },
  status: {
    label: 'Status',
    manageProviders: 'Providers beheren',
    noProvider: 'Geen provider gekoppeld',
    unavailable: 'Status niet beschikbaar',
    demoBadge: 'Demoprovider',
    lastSynced: 'Laatste synchronisatie: {{when}}',
    neverSynced: 'Nog nooit gesynchroniseerd',
    online: 'Verbonden',
    offlineSince: 'Offline — gegevens van {{when}}',
    offlineNoData: 'Offline — nog geen gegevens in de cache'
  },
  sync: {
    failed: 'Synchronisatie mislukt: {{reason}}',
    failedDataFrom: 'Synchronisatie mislukt: {{reason}} — gegevens van {{when}}',
    failedUnknown: 'de provider kon niet worden gesynchroniseerd',
    syncing: 'Bezig met synchroniseren…',
    syncingEntity: 'Bezig met synchroniseren: {{entity}}…',
    progress: 'Voortgang van de synchronisatie',
    progressText: '{{label}} {{percent}}',
    now: 'Nu synchroniseren',
    cancel: 'Synchronisatie stoppen',
    cancelling: 'Bezig met stoppen…',
    nowFailed: 'De laatste synchronisatie op verzoek is mislukt: {{reason}}',
    entities: {
      account: 'account',
      departments: 'supportafdelingen',
      services: 'diensten',
      domains: 'domeinnamen',
      invoices: 'facturen',
      transactions: 'transacties',
      credits: 'tegoeden',
      tickets: 'tickets',
      usage: 'verbruik',
      'invoice-details': 'factuurdetails',
      connection: 'verbinding'
    }
  },
  alerts: {
    none: 'Geen meldingen',
    count_one: '{{count}} melding',
    count_other: '{{count}} meldingen',
    open: 'Het meldingencentrum openen',
    snoozedOpen_one: '{{count}} uitgesteld — het meldingencentrum openen',
    snoozedOpen_other: '{{count}} uitgesteld — het meldingencentrum openen'
  },
  severity: {
    critical: 'Kritiek',
    warning: 'Waarschuwing',
    info: 'Info',
    snoozed: 'uitgesteld',
    acknowledged: 'gezien'
  },
  connect: {
    name: 'Profielnaam',
    nameHelp:
      'Hoe deze provider in Hostdeck heet. Leeg laten om de hostnaam van het adres te gebruiken.',
    nameHelpCombell: 'Hoe deze provider in Hostdeck heet. Leeg laten voor ‘Combell’.',
    defaultName: 'Mijn provider',
    provider: 'Provider',
    whmcsHelp: 'De WHMCS-klantenzone van een hostingprovider.',
    combellHelp: 'Een Combell-reselleraccount, via de API van Combell.',
    apiKey: 'API-sleutel',
    apiKeyHelp: 'Op de API-pagina van het Combell-controlepaneel.',
    apiSecret: 'API-geheim',
    apiUrl: 'API-adres (optioneel)',
    apiUrlHelp: 'Leeg laten voor de publieke API van Combell.',
    whmcsAddress: 'WHMCS-adres',
    whmcsAddressHelp: 'Het adres van de klantenzone van uw provider.',
    serverTimeZone: 'Tijdzone van de provider (optioneel)',
    serverTimeZoneHelp:
      'De tijdzone van de WHMCS-server van uw provider, zoals Europe/Brussels: WHMCS stuurt zijn tijden zonder tijdzone. Leeg laten voor UTC.',
    signIn: 'Aanmeldmethode',
    classic: 'Klassieke API-gegevens',
    classicHelp: 'Een API-identificatie en -geheim die uw provider voor u heeft aangemaakt.',
    rest: 'Klantaanmelding WHMCS 9',
    restHelp: 'Het e-mailadres en wachtwoord van uw klantenzone.',
    identifier: 'API-identificatie',
    accessKey: 'Toegangssleutel (optioneel)',
    accessKeyHelp: 'Alleen als uw provider er een heeft gegeven.',
    clientId: 'Klantnummer',
    clientIdHelp: 'Uw klantnummer bij de provider.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    code: 'Verificatiecode',
    codeHelp: 'De cijfers die uw authenticator-app toont.',
    secretKeychain: 'Bewaard in de sleutelbos van uw systeem, nooit in de bestanden van Hostdeck.',
    secretIn: 'Bewaard in {{place}}, nooit in de bestanden van Hostdeck.',
    testing: 'Bezig met testen…',
    verifyCode: 'Code controleren',
    test: 'Verbinding testen',
    connecting: 'Bezig met verbinden…',
    saveConnect: 'Opslaan en verbinden',
    providerSaid: 'Antwoord van de provider: “{{detail}}”',
    fields: {
      baseUrl: 'WHMCS-adres',
      serverTimeZone: 'Tijdzone van de provider',
      identifier: 'API-identificatie',
      secret: 'API-geheim',
      accessKey: 'Toegangssleutel',
      clientId: 'Klantnummer',
      email: 'E-mailadres',
      password: 'Wachtwoord',
      code: 'Verificatiecode',
      apiKey: 'API-sleutel',
      apiSecret: 'API-geheim',
      apiUrl: 'API-adres'
    },
    required: '{{label}} is verplicht.',
    invalid: '{{label}}: {{reason}}.',
    notValid: 'ongeldig',
    baseUrlFull: '{{label}}: vul een volledig adres in, zoals https://billing.example.com.',
    apiUrlFull:
      'API-adres: vul een volledig adres in, zoals https://api.combell.com, of laat het leeg voor de publieke API.',
    works: 'De verbinding werkt.',
    reasons: {
      auth: 'Aanmelden mislukt: de provider heeft deze gegevens niet aanvaard.',
      'second-factor':
        'Uw account gebruikt verificatie in twee stappen. Vul de code uit uw app in.',
      'ip-not-allowed':
        'Uw provider staat geen API-toegang toe vanaf het IP-adres van deze computer. Vraag hem het toe te voegen aan de lijst met toegestane adressen.',
      network: 'Hostdeck kon dat adres niet bereiken. Controleer de URL en uw internetverbinding.',
      'rate-limited':
        'De provider beperkt op dit moment het aantal verzoeken. Wacht een minuut en probeer het opnieuw.',
      protocol: 'Dat adres antwoordt niet zoals een WHMCS-installatie. Controleer de URL.',
      unknown: 'De verbinding werkte niet.'
    },
    combellReasons: {
      auth: 'Combell heeft deze API-sleutel en dit geheim niet aanvaard. Kopieer ze opnieuw van de API-pagina van het Combell-controlepaneel.',
      'second-factor': 'Combell vraagt een verificatiestap waarop Hostdeck niet kan antwoorden.',
      'ip-not-allowed':
        'Combell heeft het IP-adres van deze computer geweigerd. Voeg het toe aan de toegestane IP-adressen op de API-pagina van het Combell-controlepaneel en test opnieuw.',
      network:
        'Hostdeck kon de API van Combell niet bereiken. Controleer uw internetverbinding, en het API-adres als u er een hebt ingevuld.',
      'rate-limited':
        'Combell beperkt op dit moment het aantal verzoeken (limiet per minuut). Wacht een minuut en probeer het opnieuw.',
      protocol:
        'Dat adres antwoordt niet zoals de API van Combell. Controleer het API-adres of laat het leeg.',
      unknown: 'De verbinding werkte niet.'
    }
  },
  alertActions: {
    snoozeNext: 'Uitstellen tot de volgende drempel',
    snoozeNextName: 'Uitstellen tot de volgende drempel, de melding voor {{item}}',
    snoozedNext: 'Uitgesteld tot de volgende drempel.',
    snoozeDate: 'Uitstellen tot een datum…',
    snoozeDateName: 'Uitstellen tot een datum, de melding voor {{item}}',
    snoozeUntil: 'Uitstellen tot',
    snooze: 'Uitstellen',
    snoozePickedName: 'Uitstellen: de melding voor {{item}} tot de gekozen datum',
    snoozedUntil: 'Uitgesteld tot {{date}}.',
    acknowledge: 'Als gezien markeren',
    acknowledgeName: 'Als gezien markeren, de melding voor {{item}}',
    acknowledged: 'Als gezien gemarkeerd.'
  }
};
