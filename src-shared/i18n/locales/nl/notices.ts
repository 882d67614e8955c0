/** Dutch, namespace `notices`. */
import type { Translation } from '../../catalog';
import type { notices as en } from '../en/notices';

export const notices: Translation<typeof en> = {
  title: {
    domainThreshold: 'Domeinnaam verloopt binnenkort',
    domainGrace: 'Domeinnaam in de grace-periode',
    domainRedemption: 'Domeinnaam in de quarantaine',
    domainExpired: 'Domeinnaam verlopen',
    ticketReply: 'Nieuw antwoord op uw ticket',
    invoiceOverdue: 'Factuur over de vervaldatum',
    lowCredit: 'Tegoed laag',
    summaryDomains_one: '{{count}} domeinnaam vraagt aandacht',
    summaryDomains_other: '{{count}} domeinnamen vragen aandacht',
    summary_one: '{{count}} nieuwe melding',
    summary_other: '{{count}} nieuwe meldingen'
  },
  domain: {
    expiresToday: '{{domain}} verloopt vandaag ({{date}})',
    expiresTomorrow: '{{domain}} verloopt morgen ({{date}})',
    expiresIn_one: '{{domain}} verloopt over {{count}} dag ({{date}})',
    expiresIn_other: '{{domain}} verloopt over {{count}} dagen ({{date}})',
    graceDatedPriced:
      '{{domain}} zit in de grace-periode (verlopen op {{date}}) — verlenging kost {{amount}}',
    graceDated:
      '{{domain}} zit in de grace-periode (verlopen op {{date}}) — verleng de domeinnaam voor hij in quarantaine gaat',
    gracePriced: '{{domain}} zit in de grace-periode — verlenging kost {{amount}}',
    grace:
      '{{domain}} zit in de grace-periode — verleng de domeinnaam voor hij in quarantaine gaat',
    redemptionDatedPriced:
      '{{domain}} zit in quarantaine (verlopen op {{date}}) — herstellen kost {{amount}}',
    redemptionDated:
      '{{domain}} zit in quarantaine (verlopen op {{date}}) — herstellen kost meer dan een verlenging',
    redemptionPriced: '{{domain}} zit in quarantaine — herstellen kost {{amount}}',
    redemption: '{{domain}} zit in quarantaine — herstellen kost meer dan een verlenging',
    expiredOn: '{{domain}} is verlopen op {{date}}',
    expired: '{{domain}} is verlopen'
  },
  invoice: {
    overdue: 'Factuur {{invoice}} had vervaldatum {{date}} — {{amount}} staat nog open',
    overdueUnpriced: 'Factuur {{invoice}} had vervaldatum {{date}} — er staat nog een bedrag open'
  },
  credit: {
    low: 'Uw tegoed is {{balance}}, onder uw meldingsgrens van {{threshold}}',
    lowNoThreshold: 'Uw tegoed is {{balance}}'
  },
  breakdown: {
    expired_one: '{{count}} verlopen',
    expired_other: '{{count}} verlopen',
    redemption_one: '{{count}} in quarantaine',
    redemption_other: '{{count}} in quarantaine',
    grace_one: '{{count}} in de grace-periode',
    grace_other: '{{count}} in de grace-periode',
    within_one: '{{count}} verloopt binnen {{days}}',
    within_other: '{{count}} verlopen binnen {{days}}',
    days_one: '{{count}} dag',
    days_other: '{{count}} dagen'
  },
  summary: {
    domains_one: '{{count}} domeinnaam: {{breakdown}}',
    domains_other: '{{count}} domeinnamen: {{breakdown}}',
    tickets_one: '{{count}} antwoord op een ticket',
    tickets_other: '{{count}} antwoorden op tickets',
    invoices_one: '{{count}} factuur over de vervaldatum',
    invoices_other: '{{count}} facturen over de vervaldatum',
    lowCredit: 'tegoed laag',
    otherDomains_one: '{{count}} melding over een domeinnaam',
    otherDomains_other: '{{count}} meldingen over domeinnamen'
  },
  history: {
    untilNextThreshold: 'tot de volgende grens',
    until: 'tot {{date}}',
    inSummary: 'in het overzicht ‘{{title}}’'
  },
  payu: {
    hoursWithoutData_one:
      'Geen momentopname bekend voor {{count}} uur, {{from}} tot {{to}}; daar wordt niets geteld.',
    hoursWithoutData_other:
      'Geen momentopname bekend voor {{count}} uur, {{from}} tot {{to}}; daar wordt niets geteld.',
    establishedRun:
      '{{resource}} staat al in de eerste momentopname ({{at}}); het begin is onbekend, dus het telt als gefactureerd.',
    nonWholeHourZone:
      '{{zone}} wijkt geen heel aantal uren af van UTC: een tijdvak over middernacht hoort bij de dag waarop het begint.',
    addonWithoutParent:
      'Add-on {{resource}} noemt geen bovenliggend account (eerst om {{at}}); de add-on wordt apart gefactureerd.',
    addonParentAbsent:
      'Bovenliggend account {{parent}} van add-on {{resource}} ontbreekt in de momentopname van {{at}}; de add-on wordt apart gefactureerd.'
  }
};
