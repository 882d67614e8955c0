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
