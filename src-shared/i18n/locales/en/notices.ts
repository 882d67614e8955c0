/**
 * English, namespace `notices`: what core's coded facts say in words — alerts, desktop
 * notifications and their summaries (src-shared/i18n/alert-text.ts).
 */
export const notices = {
  title: {
    domainThreshold: 'Domain expiring',
    domainGrace: 'Domain in grace period',
    domainRedemption: 'Domain in redemption',
    domainExpired: 'Domain expired',
    ticketReply: 'New reply to your ticket',
    invoiceOverdue: 'Invoice overdue',
    lowCredit: 'Credit balance low',
    summaryDomains_one: '{{count}} domain needs attention',
    summaryDomains_other: '{{count}} domains need attention',
    summary_one: '{{count}} new alert',
    summary_other: '{{count}} new alerts'
  },
  domain: {
    expiresToday: '{{domain}} expires today ({{date}})',
    expiresTomorrow: '{{domain}} expires tomorrow ({{date}})',
    expiresIn_one: '{{domain}} expires in {{count}} day ({{date}})',
    expiresIn_other: '{{domain}} expires in {{count}} days ({{date}})',
    graceDatedPriced:
      '{{domain}} is in its grace period (expired {{date}}) — renewing it costs {{amount}}',
    graceDated:
      '{{domain}} is in its grace period (expired {{date}}) — renew it before it goes into redemption',
    gracePriced: '{{domain}} is in its grace period — renewing it costs {{amount}}',
    grace: '{{domain}} is in its grace period — renew it before it goes into redemption',
    redemptionDatedPriced:
      '{{domain}} is in redemption (expired {{date}}) — restoring it costs {{amount}}',
    redemptionDated:
      '{{domain}} is in redemption (expired {{date}}) — restoring it costs more than a renewal',
    redemptionPriced: '{{domain}} is in redemption — restoring it costs {{amount}}',
    redemption: '{{domain}} is in redemption — restoring it costs more than a renewal',
    expiredOn: '{{domain}} expired on {{date}}',
    expired: '{{domain}} has expired'
  },
  invoice: {
    overdue: 'Invoice {{invoice}} was due on {{date}} — {{amount}} outstanding',
    overdueUnpriced: 'Invoice {{invoice}} was due on {{date}} — a balance is outstanding'
  },
  credit: {
    low: 'Your credit balance is {{balance}}, below your alert level of {{threshold}}',
    lowNoThreshold: 'Your credit balance is {{balance}}'
  },
  breakdown: {
    expired_one: '{{count}} expired',
    expired_other: '{{count}} expired',
    redemption_one: '{{count}} in redemption',
    redemption_other: '{{count}} in redemption',
    grace_one: '{{count}} in grace period',
    grace_other: '{{count}} in grace period',
    within_one: '{{count}} expires within {{days}}',
    within_other: '{{count}} expire within {{days}}',
    days_one: '{{count}} day',
    days_other: '{{count}} days'
  },
  summary: {
    domains_one: '{{count}} domain: {{breakdown}}',
    domains_other: '{{count}} domains: {{breakdown}}',
    tickets_one: '{{count}} ticket reply',
    tickets_other: '{{count}} ticket replies',
    invoices_one: '{{count}} overdue invoice',
    invoices_other: '{{count}} overdue invoices',
    lowCredit: 'low credit',
    otherDomains_one: '{{count}} domain alert',
    otherDomains_other: '{{count}} domain alerts'
  },
  history: {
    untilNextThreshold: 'until the next threshold',
    until: 'until {{date}}',
    inSummary: 'in the summary “{{title}}”'
  },
  payu: {
    hoursWithoutData_one:
      'No snapshot is known for {{count}} hour, {{from}} to {{to}}; nothing is counted there.',
    hoursWithoutData_other:
      'No snapshot is known for {{count}} hours, {{from}} to {{to}}; nothing is counted there.',
    establishedRun:
      '{{resource}} is already in the first snapshot ({{at}}); its start is unknown, so it is counted as charged.',
    nonWholeHourZone:
      '{{zone}} is not a whole number of hours from UTC: a slot across local midnight belongs to the day it starts on.',
    addonWithoutParent:
      'Add-on {{resource}} names no parent account (first at {{at}}); it is billed on its own.',
    addonParentAbsent:
      'Parent account {{parent}} of add-on {{resource}} is missing from the snapshot at {{at}}; the add-on is billed on its own.'
  }
} as const;
