/** Dutch, namespace `cli`. */
import type { Translation } from '../../catalog';
import type { cli as en } from '../en/cli';

export const cli: Translation<typeof en> = {
  alerts: {
    header: {
      severity: 'ERNST',
      category: 'CATEGORIE',
      item: 'ONDERWERP',
      reason: 'REDEN',
      daysLeft: 'DAGEN OVER',
      message: 'BERICHT'
    },
    none: 'Geen open meldingen.',
    creditBalance: 'Tegoed',
    invoice: 'Factuur {{number}}',
    severity: { info: 'info', warning: 'waarschuwing', critical: 'kritiek' },
    category: { domain: 'domeinnaam', ticket: 'ticket', invoice: 'factuur' },
    reason: {
      threshold_one: 'grens van {{count}} dag',
      threshold_other: 'grens van {{count}} dagen',
      grace: 'grace-periode',
      redemption: 'quarantaine',
      expired: 'verlopen',
      ticketReply: 'antwoord van support',
      invoiceOverdue: 'over de vervaldatum',
      lowCredit: 'tegoed laag'
    }
  },
  invoices: {
    header: {
      number: 'NUMMER',
      issued: 'DATUM',
      due: 'VERVALDATUM',
      status: 'STATUS',
      total: 'TOTAAL',
      balance: 'OPENSTAAND',
      pdf: 'PDF'
    },
    status: {
      draft: 'concept',
      unpaid: 'onbetaald',
      payment_pending: 'betaling in behandeling',
      paid: 'betaald',
      collections: 'bij incasso',
      cancelled: 'geannuleerd',
      refunded: 'terugbetaald',
      overdue: 'vervallen'
    },
    detail: {
      title: 'Factuur {{number}} (id {{id}})',
      status: 'Status: {{status}}',
      issued: 'Datum: {{date}}',
      due: 'Vervaldatum: {{date}}',
      paid: 'Betaald op: {{date}}',
      paymentMethod: 'Betaalwijze: {{method}}',
      lines: 'Regels:',
      untaxed: '{{amount}} (zonder btw)',
      linesUnavailable: 'Regels: niet beschikbaar ({{reason}})',
      linesNotSynced: 'Regels: nog niet gesynchroniseerd',
      subtotal: 'Subtotaal: {{amount}}',
      tax: 'Btw: {{amount}}',
      credit: 'Tegoed: {{amount}}',
      total: 'Totaal: {{amount}}',
      balance: 'Openstaand: {{amount}}',
      transactions: 'Transacties:',
      refund: 'terugbetaling {{amount}}',
      payment: 'betaald {{amount}}',
      reference: 'ref. {{reference}}',
      pdfCached: 'PDF: in cache ({{file}}, {{size}})',
      pdfNotCached: 'PDF: niet in cache'
    },
    pdfCached: 'in cache',
    none: 'Nog geen facturen in de cache.',
    noMatch: 'Geen facturen voor deze filters.',
    sum: '{{total}} (nog te betalen {{due}})',
    summary_one: '{{count}} factuur, totaal {{sums}}.',
    summary_other: '{{count}} facturen, totaal {{sums}}.'
  },
  services: {
    header: {
      domain: 'DOMEINNAAM',
      pack: 'SERVICEPAKKET',
      status: 'STATUS',
      cycle: 'PERIODE',
      amount: 'BEDRAG',
      nextDue: 'VOLGENDE VERVALDATUM',
      disk: 'SCHIJF (MB)',
      bandwidth: 'BANDBREEDTE (MB)'
    },
    status: {
      pending: 'in afwachting',
      active: 'actief',
      suspended: 'opgeschort',
      terminated: 'beëindigd',
      cancelled: 'geannuleerd',
      fraud: 'fraude',
      completed: 'voltooid',
      unknown: 'onbekend'
    },
    none: 'Nog geen servicepakketten in de cache.',
    noMatch: 'Geen servicepakketten voor deze filters.',
    summary_one: '{{shown}} van {{count}} servicepakket.',
    summary_other: '{{shown}} van {{count}} servicepakketten.'
  },
  tickets: {
    header: {
      number: 'NUMMER',
      status: 'STATUS',
      lastReply: 'LAATSTE ANTWOORD',
      new: 'NIEUW',
      technician: 'TECHNICUS',
      subject: 'ONDERWERP'
    },
    none: 'Nog geen tickets in de cache.',
    noMatch: 'Geen tickets voor deze filters.',
    summary: '{{shown}} van {{total}} getoond; {{unread}} ongelezen.',
    thread: {
      status: 'Status: {{status}}',
      awaitingYou: '{{status}} (wacht op jou)',
      priority: 'Prioriteit: {{priority}}',
      department: 'Afdeling: {{name}}',
      technician: 'Technicus: {{name}}',
      opened: 'Geopend: {{time}}',
      lastReply: 'Laatste antwoord: {{time}}',
      clientArea: 'Klantenzone: {{url}}',
      attachments: '[bijlagen: {{files}}]',
      author: { staff: 'support', customer: 'klant' },
      notSent: 'nog niet verzonden ({{state}}): {{kind}}',
      state: {
        queued: 'in de wachtrij',
        sending: 'wordt verzonden',
        sent: 'verzonden',
        failed: 'mislukt'
      },
      kind: { reply: 'antwoord', open: 'nieuw ticket', close: 'verzoek tot sluiten' }
    }
  },
  outbox: {
    header: {
      id: 'ID',
      kind: 'SOORT',
      ticket: 'TICKET',
      state: 'STATUS',
      tries: 'POGINGEN',
      stored: 'OPGESLAGEN',
      lastError: 'LAATSTE FOUT'
    },
    empty: 'Er wacht niets om verzonden te worden.'
  },
  payu: {
    title: 'PAYU {{month}} ({{timeZone}}), {{hours}} uur, {{start}} t/m {{end}}',
    asOf: 'Stand op {{asOf}}: {{state}}',
    final: 'definitief',
    notFinal: 'nog niet definitief',
    totals:
      'Totaal {{total}}  Maandschatting {{estimate}}  Uren in afwachting {{pending}}  (in centen)',
    billed:
      'Gefactureerde accounts {{accounts}}  Gefactureerde add-ons {{addons}}  Servicepakketten {{packs}}',
    header: {
      resource: 'Resource',
      kind: 'Soort',
      parent: 'Bovenliggend',
      pack: 'Pakket',
      price: 'Prijs',
      activeHours: 'Actieve u',
      billedHours: 'Gefact. u',
      days: 'Gefactureerde dagen',
      amount: 'Bedrag',
      status: 'Status',
      firstHour: 'Eerste uur',
      lastHour: 'Laatste uur'
    },
    kind: { account: 'account', addon: 'add-on' },
    status: { charged: 'gefactureerd', pending: 'in afwachting', free: 'gratis' },
    daily: { date: 'Datum', hours: 'Uren', amount: 'Bedrag' },
    noUsage: 'Geen verbruik in deze maand.',
    warnings: 'Waarschuwingen ({{count}}):'
  },
  sync: {
    start: '“{{profile}}” wordt gesynchroniseerd naar {{path}}',
    ok: 'ok',
    failed: 'MISLUKT',
    changed_one: '{{count}} gewijzigd',
    changed_other: '{{count}} gewijzigd',
    recorded: 'uurbeeld {{last}} opgeslagen (opname sinds {{first}})',
    cancelled: 'geannuleerd; de volgende synchronisatie gaat verder waar deze stopte',
    refused: 'de provider heeft de inloggegevens geweigerd',
    partial:
      'sommige gegevens konden niet worden gesynchroniseerd; de gegevens in de cache zijn bewaard'
  }
};
