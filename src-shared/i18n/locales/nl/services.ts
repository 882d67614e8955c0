/** Dutch, namespace `services`. */
import type { Translation } from '../../catalog';
import type { services as en } from '../en/services';

export const services: Translation<typeof en> = {
  loading: 'diensten',
  loadFailed: 'diensten',
  noProvider: {
    title: 'Geen provider gekoppeld',
    action: 'Naar providers',
    body: 'Koppel uw provider of gebruik de demoprovider. Uw hostingaccounts en andere producten verschijnen hier na de eerste synchronisatie.'
  },
  empty: {
    title: 'Nog geen diensten in de cache',
    body: 'Hostdeck toont de hostingaccounts en producten die het bij uw provider heeft gesynchroniseerd. Er zijn er nog geen gesynchroniseerd: gebruik <strong>Nu synchroniseren</strong> in de statusbalk of wacht op de volgende automatische synchronisatie.',
    noMatchTitle: 'Geen diensten die aan deze filters voldoen',
    noMatchBody: 'Probeer een andere zoekopdracht of status, of wis de filters.',
    clearFilters: 'Filters wissen'
  },
  list: {
    label: 'Diensten',
    noun: 'diensten',
    all_one: '{{count, number}} dienst',
    all_other: '{{count, number}} diensten',
    range_one: '{{first}}–{{last}} van {{count, number}} dienst',
    range_other: '{{first}}–{{last}} van {{count, number}} diensten',
    matching: '{{range}} gevonden, {{cached}} in de cache',
    noMatch: 'Geen diensten gevonden ({{cached}} in de cache)'
  },
  filters: {
    label: 'Diensten filteren',
    status: 'Status',
    search: 'Zoeken',
    searchPlaceholder: 'Domein, pakket, server'
  },
  status: {
    all: 'Alle',
    pending: 'In afwachting',
    active: 'Actief',
    suspended: 'Opgeschort',
    terminated: 'Beëindigd',
    cancelled: 'Geannuleerd',
    fraud: 'Fraude',
    completed: 'Voltooid',
    unknown: 'Onbekend'
  },
  cycle: {
    free: 'Gratis',
    oneTime: 'Eenmalig',
    monthly: 'Maandelijks',
    quarterly: 'Per kwartaal',
    semiAnnually: 'Halfjaarlijks',
    annually: 'Jaarlijks',
    biennially: 'Tweejaarlijks',
    triennially: 'Driejaarlijks'
  },
  columns: {
    domain: 'Domeinnaam',
    noDomain: '(geen domeinnaam)',
    pack: 'Pakket',
    status: 'Status',
    cycle: 'Cyclus',
    amount: 'Bedrag',
    nextDue: 'Vervaldatum',
    disk: 'Schijf',
    bandwidth: 'Dataverkeer',
    diskOf: 'Schijfgebruik van {{name}}',
    bandwidthOf: 'Dataverkeer van {{name}}'
  },
  caption: {
    name: 'Diensten op pakket, {{dir}}.',
    domain: 'Diensten op domeinnaam, {{dir}}.',
    status: 'Diensten op status, {{dir}}.',
    'next-due': 'Diensten op volgende vervaldatum, {{dir}}.',
    amount: 'Diensten op terugkerend bedrag, {{dir}}.',
    disk: 'Diensten op schijfgebruik, {{dir}}.',
    bandwidth: 'Diensten op dataverkeer, {{dir}}.',
    ascending: 'oplopend',
    descending: 'aflopend'
  },
  meter: {
    noLimit: '{{used}}, geen limiet',
    of: '{{used}} van {{limit}} ({{percent}})'
  },
  detail: {
    back: '← Alle diensten',
    what: 'de dienst',
    noun: 'Dienst',
    login: 'Aanmelden bij het controlepaneel',
    opening: 'Openen…',
    loginOpened: 'Het controlepaneel is in uw browser geopend.',
    loginOffline: 'Aanmelden gaat via uw provider, en die is nu niet bereikbaar.',
    pack: 'Servicepakket',
    group: 'Groep',
    cycle: 'Factuurcyclus',
    amount: 'Terugkerend bedrag',
    nextDue: 'Volgende vervaldatum',
    registered: 'Aangemaakt op',
    server: 'Server',
    disk: 'Schijf',
    bandwidth: 'Dataverkeer',
    diskUse: 'Schijfgebruik',
    bandwidthUse: 'Dataverkeer'
  }
};
