/** Dutch, namespace `domains`. */
import type { Translation } from '../../catalog';
import type { domains as en } from '../en/domains';

export const domains: Translation<typeof en> = {
  list: {
    loadingWhat: 'domeinnamen',
    failedWhat: 'domeinnamen',
    region: 'Alle domeinnamen',
    noun: 'domeinnamen',
    emptyTitle: 'Nog geen domeinnamen',
    openSettings: 'Instellingen openen',
    emptyText:
      'Koppel uw provider in Instellingen, of gebruik de demoprovider. Domeinnamen die bijna verlopen, verschijnen hier, en Hostdeck waarschuwt u bij de drempels die u in Instellingen kiest.',
    noMatchTitle: 'Geen domeinnamen die aan deze filters voldoen',
    noMatchText: 'Verruim de filters of wis ze om alle domeinnamen weer te zien.',
    clearFilters: 'Filters wissen'
  },
  count: {
    all_one: '{{n}} domeinnaam',
    all_other: '{{n}} domeinnamen',
    ofCached_one: '{{n}} van {{cached}} domeinnaam',
    ofCached_other: '{{n}} van {{cached}} domeinnamen',
    range_one: '{{first}}–{{last}} van {{n}} domeinnaam',
    range_other: '{{first}}–{{last}} van {{n}} domeinnamen',
    rangeMatching_one: '{{first}}–{{last}} van {{n}} gevonden, {{cached}} domeinnaam in totaal',
    rangeMatching_other: '{{first}}–{{last}} van {{n}} gevonden, {{cached}} domeinnamen in totaal'
  },
  caption: {
    sorted: 'Domeinnamen, gesorteerd op {{column}} ({{direction}}).',
    ascending: 'oplopend',
    descending: 'aflopend'
  },
  columns: {
    name: 'Domeinnaam',
    status: 'Status',
    alert: 'Melding',
    expiresOn: 'Verloopt op',
    daysLeft: 'Resterend',
    autoRenew: 'Auto-verlenging',
    nextDueOn: 'Vervaldatum',
    // A soft hyphen: the long word breaks in a narrow column header rather than being cut.
    renewalPrice: 'Verlengings\u00ADprijs'
  },
  expired: '{{when}} verlopen',
  autoRenew: { on: 'aan', off: 'uit', unknown: 'onbekend' },
  status: {
    active: 'Actief',
    // The words the alerts, notifications and the command line use (as the Dutch-speaking
    // registries do): one domain in one stage is never called two things.
    grace: 'Grace-periode',
    redemption: 'Quarantaine',
    expired: 'Verlopen',
    pending: 'In behandeling',
    pending_registration: 'Registratie loopt',
    pending_transfer: 'Verhuizing loopt',
    cancelled: 'Opgezegd',
    fraud: 'Fraude',
    transferred_away: 'Verhuisd',
    unknown: 'Onbekend'
  },
  filters: {
    region: 'Domeinnamen filteren',
    search: 'Zoeken',
    searchPlaceholder: 'Domeinnaam',
    within: 'Verloopt binnen',
    anyTime: 'Altijd',
    withinDays_one: '{{count}} dag',
    withinDays_other: '{{count}} dagen',
    status: 'Status',
    allStatuses: 'Alle statussen',
    autoRenewOff: 'Alleen zonder automatische verlenging',
    clear: 'Filters wissen'
  },
  detail: {
    back: '← Alle domeinnamen',
    loading: 'Domeinnaam wordt geladen…',
    loadFailed: 'Deze domeinnaam kon niet worden geladen: {{reason}}',
    retry: 'Opnieuw proberen',
    expires: 'Verloopt op',
    daysLeft: 'Resterend',
    autoRenew: 'Automatische verlenging',
    nextDue: 'Volgende vervaldatum',
    renewalPrice: 'Verlengingsprijs',
    registrar: 'Registrar',
    renew: 'Verlengen',
    renewing: 'Bezig met verlengen…',
    openRenewalPage: 'Verlengingspagina openen',
    renewResult: {
      renewed: '{{domain}} is met één jaar verlengd.',
      renewedPending:
        '{{domain}} is met één jaar verlengd; de nieuwe vervaldatum verschijnt na de volgende geslaagde synchronisatie.',
      openedPage: 'De verlengingspagina voor {{domain}} is in uw browser geopend.',
      pageUrl: 'Open de verlengingspagina van de provider om {{domain}} te verlengen.'
    },
    alert: 'Melding',
    acknowledged: 'Gezien: de melding komt terug bij de volgende drempel.',
    noAlert: 'Geen open melding voor deze domeinnaam.',
    history: 'Meldingsgeschiedenis',
    noHistory: 'Nog geen meldingen.',
    events: {
      raised: 'Gemeld',
      notified: 'Melding verstuurd',
      snoozed: 'Uitgesteld',
      acknowledged: 'Gezien',
      cleared: 'Opgelost'
    }
  },
  autoRenewSwitch: {
    on: 'Aan',
    off: 'Uit',
    saving: 'Bezig met opslaan…',
    of: ' — automatische verlenging van {{name}}',
    notChanged: 'Niet gewijzigd: {{reason}}'
  },
  renewals: {
    title: 'Komende verlengingen',
    none: 'Geen verlengingen in de komende 12 maanden.',
    total_one: '{{count}} verlenging in de komende 12 maanden',
    total_other: '{{count}} verlengingen in de komende 12 maanden',
    totalCost_one: '{{count}} verlenging in de komende 12 maanden, {{amount}}',
    totalCost_other: '{{count}} verlengingen in de komende 12 maanden, {{amount}}',
    legendCount: 'Verlengingen (linkeras)',
    legendCost: 'Kosten (rechteras)',
    legendCostIn: 'Kosten in {{currency}} (rechteras)',
    tableCaption: 'Verlengingen en hun kosten per maand',
    month: 'Maand',
    renewals: 'Verlengingen',
    cost: 'Kosten',
    unpriced_one: ' (+{{count}} zonder prijs)',
    unpriced_other: ' (+{{count}} zonder prijs)'
  }
};
